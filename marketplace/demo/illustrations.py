"""Drawn product illustrations for the demo offers: catalogue-style placeholder photos.

The demo data set posts about two thousand buy and sell offers and none of them has a
photo. :func:`illustration` draws one from the offer's HS code (its first 4, then 2
digits), its category slug and, failing both, a few English words of its title: a soft
studio backdrop, a flat-design drawing of the product family with simple shading, and a
soft floor shadow. There is no text in the pictures, since the portal is multilingual,
and no logos.

Everything is drawn with :mod:`PIL.ImageDraw` on a canvas twice the final size and
halved with a box filter, which is what gives the edges their anti-aliasing. A box filter
at exactly 2x averages the four samples of each pixel, which is all supersampling needs;
LANCZOS would cost about half of the time budget of one picture on its own. Pictures are
deterministic: the same arguments give the same bytes, because every random choice comes
from a generator seeded with a hash of the arguments (never Python's salted ``hash``).
Nothing is cached on disk; only a few colour-independent tables live in memory.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import math
import random
from collections.abc import Callable, Sequence

from PIL import Image, ImageDraw, ImageFilter

WIDTH, HEIGHT = 800, 600
QUALITY = 82
_S = 2  # supersampling factor: drawings use 800x600 coordinates on a 1600x1200 canvas

Color = tuple[int, int, int]
Point = tuple[float, float]
Stops = Sequence[tuple[float, Color]]

WHITE: Color = (255, 255, 255)
BLACK: Color = (0, 0, 0)


# --------------------------------------------------------------------------- colours


def _mix(a: Color, b: Color, t: float) -> Color:
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def _light(c: Color, t: float) -> Color:
    return _mix(c, WHITE, t)


def _dark(c: Color, t: float) -> Color:
    return _mix(c, BLACK, t)


def _sample(stops: Stops, t: float) -> Color:
    if t <= stops[0][0]:
        return stops[0][1]
    for (t0, c0), (t1, c1) in itertools.pairwise(stops):
        if t <= t1:
            return _mix(c0, c1, (t - t0) / (t1 - t0) if t1 > t0 else 0.0)
    return stops[-1][1]


def _round_stops(c: Color) -> Stops:
    """Shading across a cylinder lit from the upper left: dark rim, highlight, dark rim."""
    return (
        (0.0, _dark(c, 0.35)),
        (0.22, c),
        (0.36, _light(c, 0.45)),
        (0.55, c),
        (0.85, _dark(c, 0.25)),
        (1.0, _dark(c, 0.45)),
    )


def _metal_stops(c: Color) -> Stops:
    """Polished metal: a sharper, brighter highlight than painted surfaces."""
    return (
        (0.0, _dark(c, 0.45)),
        (0.18, _dark(c, 0.1)),
        (0.32, _light(c, 0.55)),
        (0.4, _light(c, 0.8)),
        (0.52, _light(c, 0.2)),
        (0.8, _dark(c, 0.25)),
        (1.0, _dark(c, 0.55)),
    )


# Light studio backdrops (wall top, wall bottom, floor); the variant picks one.
_BACKDROPS: tuple[tuple[Color, Color, Color], ...] = (
    ((236, 240, 245), (214, 222, 232), (200, 208, 219)),
    ((245, 240, 232), (228, 219, 206), (214, 203, 188)),
    ((235, 243, 238), (212, 227, 219), (196, 213, 204)),
    ((240, 238, 246), (222, 219, 234), (206, 203, 221)),
)

# Flat-design accent colours for painted or plastic products.
_ACCENTS: tuple[Color, ...] = (
    (47, 111, 196),
    (214, 72, 62),
    (38, 150, 110),
    (238, 146, 38),
    (32, 146, 160),
    (122, 92, 190),
    (232, 190, 46),
    (60, 72, 96),
)

_STEELS: tuple[Color, ...] = ((190, 196, 204), (120, 128, 140), (176, 184, 176), (150, 156, 168))


# --------------------------------------------------------------------------- geometry


def _rot(pts: Sequence[Point], cx: float, cy: float, deg: float) -> list[Point]:
    a = math.radians(deg)
    ca, sa = math.cos(a), math.sin(a)
    return [
        (cx + (x - cx) * ca - (y - cy) * sa, cy + (x - cx) * sa + (y - cy) * ca) for x, y in pts
    ]


def _ellipse_pts(cx: float, cy: float, rx: float, ry: float, n: int = 48) -> list[Point]:
    return [
        (cx + rx * math.cos(2 * math.pi * k / n), cy + ry * math.sin(2 * math.pi * k / n))
        for k in range(n)
    ]


def _capsule(a: Point, b: Point, r: float, n: int = 8) -> list[Point]:
    """A stadium between two centres: pens, fingers, straps."""
    ang = math.atan2(b[1] - a[1], b[0] - a[0])
    pts: list[Point] = []
    for k in range(n + 1):
        t = ang - math.pi / 2 + math.pi * k / n
        pts.append((b[0] + r * math.cos(t), b[1] + r * math.sin(t)))
    for k in range(n + 1):
        t = ang + math.pi / 2 + math.pi * k / n
        pts.append((a[0] + r * math.cos(t), a[1] + r * math.sin(t)))
    return pts


def _smooth(pts: Sequence[Point], rounds: int = 3) -> list[Point]:
    """Chaikin corner cutting: turns a rough closed outline into an organic shape."""
    out = list(pts)
    for _ in range(rounds):
        nxt: list[Point] = []
        for i, (x0, y0) in enumerate(out):
            x1, y1 = out[(i + 1) % len(out)]
            nxt.append((0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1))
            nxt.append((0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1))
        out = nxt
    return out


def _quad(q: Sequence[Point], u: float, v: float) -> Point:
    """Bilinear point in a quad given as (back-left, back-right, front-right, front-left)."""
    (ax, ay), (bx, by), (cx, cy), (dx, dy) = q
    x = (ax + (bx - ax) * u) * (1 - v) + (dx + (cx - dx) * u) * v
    y = (ay + (by - ay) * u) * (1 - v) + (dy + (cy - dy) * u) * v
    return (x, y)


def _subquad(q: Sequence[Point], u0: float, v0: float, u1: float, v1: float) -> list[Point]:
    return [_quad(q, u0, v0), _quad(q, u1, v0), _quad(q, u1, v1), _quad(q, u0, v1)]


def _shift(pts: Sequence[Point], dx: float, dy: float) -> list[Point]:
    return [(x + dx, y + dy) for x, y in pts]


# --------------------------------------------------------------------------- the pen

Shape = tuple[str, Sequence[float]]  # ("poly", flat points) | ("ellipse", box) | ("rect", box)


def _flat(pts: Sequence[Point]) -> list[float]:
    return [c for p in pts for c in p]


class _Pen:
    """ImageDraw in 800x600 coordinates on the supersampled canvas."""

    def __init__(self, img: Image.Image) -> None:
        self.img = img
        self.draw = ImageDraw.Draw(img)
        self._background: Image.Image | None = None

    @staticmethod
    def _px(pts: Sequence[Point]) -> list[tuple[float, float]]:
        return [(x * _S, y * _S) for x, y in pts]

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, fill: Color) -> None:
        box = ((cx - rx) * _S, (cy - ry) * _S, (cx + rx) * _S, (cy + ry) * _S)
        self.draw.ellipse(box, fill=fill)

    def circle(self, cx: float, cy: float, r: float, fill: Color) -> None:
        self.ellipse(cx, cy, r, r, fill)

    def ring(self, cx: float, cy: float, rx: float, ry: float, fill: Color, width: float) -> None:
        box = ((cx - rx) * _S, (cy - ry) * _S, (cx + rx) * _S, (cy + ry) * _S)
        self.draw.ellipse(box, outline=fill, width=max(1, round(width * _S)))

    def rect(self, x0: float, y0: float, x1: float, y1: float, fill: Color, r: float = 0) -> None:
        box = (x0 * _S, y0 * _S, max(x0, x1) * _S, max(y0, y1) * _S)
        if r > 0:
            self.draw.rounded_rectangle(box, radius=r * _S, fill=fill)
        else:
            self.draw.rectangle(box, fill=fill)

    def poly(self, pts: Sequence[Point], fill: Color) -> None:
        self.draw.polygon(self._px(pts), fill=fill)

    def line(self, pts: Sequence[Point], fill: Color, width: float) -> None:
        self.draw.line(self._px(pts), fill=fill, width=max(1, round(width * _S)), joint="curve")

    def arc(
        self,
        cx: float,
        cy: float,
        rx: float,
        ry: float,
        start: float,
        end: float,
        fill: Color,
        width: float,
    ) -> None:
        box = ((cx - rx) * _S, (cy - ry) * _S, (cx + rx) * _S, (cy + ry) * _S)
        self.draw.arc(box, start, end, fill=fill, width=max(1, round(width * _S)))

    # -- masks: gradients, translucency, soft shadows, holes

    def _mask(
        self, shapes: Sequence[Shape], value: int = 255
    ) -> tuple[Image.Image, tuple[int, int]] | None:
        xs: list[float] = []
        ys: list[float] = []
        for _kind, coords in shapes:
            xs.extend(coords[0::2])
            ys.extend(coords[1::2])
        x0 = max(0, math.floor(min(xs) * _S) - 1)
        y0 = max(0, math.floor(min(ys) * _S) - 1)
        x1 = min(WIDTH * _S, math.ceil(max(xs) * _S) + 1)
        y1 = min(HEIGHT * _S, math.ceil(max(ys) * _S) + 1)
        if x1 <= x0 or y1 <= y0:
            return None
        mask = Image.new("L", (x1 - x0, y1 - y0), 0)
        md = ImageDraw.Draw(mask)
        for kind, coords in shapes:
            px = [(c * _S - (x0 if i % 2 == 0 else y0)) for i, c in enumerate(coords)]
            if kind == "poly":
                md.polygon(px, fill=value)
            elif kind == "ellipse":
                md.ellipse(px, fill=value)
            elif kind == "hole":
                md.ellipse(px, fill=0)
            else:
                md.rectangle(px, fill=value)
        return mask, (x0, y0)

    def shade(self, shapes: Sequence[Shape], stops: Stops, axis: str = "x") -> None:
        """Fill the union of ``shapes`` with a linear gradient across its bounding box."""
        made = self._mask(shapes)
        if made is None:
            return
        mask, (x0, y0) = made
        w, h = mask.size
        n = w if axis == "x" else h
        steps = min(n, 128)  # a coarse ramp, stretched: the box filter hides the steps
        ramp = [_sample(stops, (i + 0.5) / steps) for i in range(steps)]
        line = Image.new("RGB", (steps, 1) if axis == "x" else (1, steps))
        line.putdata(ramp)
        # Stretch the ramp in one dimension, then repeat it: a 2D bilinear resize of the
        # whole box costs several times more for the same picture.
        line = line.resize((n, 1) if axis == "x" else (1, n), Image.Resampling.BILINEAR)
        grad = line.resize((w, h), Image.Resampling.NEAREST)
        self.img.paste(grad, (x0, y0), mask)

    def tint(self, shapes: Sequence[Shape], fill: Color, alpha: float) -> None:
        """A translucent layer: glass, highlights, reflections."""
        made = self._mask(shapes, round(255 * alpha))
        if made is not None:
            mask, at = made
            self.img.paste(fill, (*at, at[0] + mask.size[0], at[1] + mask.size[1]), mask)

    def soft(
        self,
        ellipses: Sequence[tuple[float, float, float, float]],
        fill: Color = (30, 34, 44),
        strength: float = 0.32,
        blur: float = 14,
    ) -> None:
        """Soft blurred ellipses (cx, cy, rx, ry): floor shadows, or glows in a light colour."""
        q = 4  # the blur runs at a quarter of the logical size; it is smooth anyway
        margin = blur * 3
        x0 = max(0.0, min(cx - rx for cx, _, rx, _ in ellipses) - margin)
        y0 = max(0.0, min(cy - ry for _, cy, _, ry in ellipses) - margin)
        x1 = min(float(WIDTH), max(cx + rx for cx, _, rx, _ in ellipses) + margin)
        y1 = min(float(HEIGHT), max(cy + ry for _, cy, _, ry in ellipses) + margin)
        sw, sh = max(1, round((x1 - x0) / q)), max(1, round((y1 - y0) / q))
        small = Image.new("L", (sw, sh), 0)
        d = ImageDraw.Draw(small)
        for cx, cy, rx, ry in ellipses:
            box = ((cx - rx - x0) / q, (cy - ry - y0) / q, (cx + rx - x0) / q, (cy + ry - y0) / q)
            d.ellipse(box, fill=round(255 * strength))
        small = small.filter(ImageFilter.GaussianBlur(blur / q))
        size = (round((x1 - x0) * _S), round((y1 - y0) * _S))
        # Smooth at 1x, then pixel-doubled: the 2x detail would be averaged away anyway.
        mask = small.resize((size[0] // _S, size[1] // _S), Image.Resampling.BILINEAR)
        mask = mask.resize(size, Image.Resampling.NEAREST)
        at = (round(x0 * _S), round(y0 * _S))
        self.img.paste(fill, (*at, at[0] + size[0], at[1] + size[1]), mask)

    def keep_background(self) -> None:
        """Remember the backdrop as it is now, so that :meth:`hole` can show it again."""
        self._background = self.img.copy()

    def hole(self, cx: float, cy: float, rx: float, ry: float) -> None:
        """Let the backdrop show through an ellipse (a tyre's centre, a handle's eye)."""
        if self._background is None:
            return
        made = self._mask([("ellipse", (cx - rx, cy - ry, cx + rx, cy + ry))])
        if made is not None:
            mask, (x0, y0) = made
            w, h = mask.size
            self.img.paste(self._background.crop((x0, y0, x0 + w, y0 + h)), (x0, y0), mask)


def _ell(cx: float, cy: float, rx: float, ry: float) -> Shape:
    return ("ellipse", (cx - rx, cy - ry, cx + rx, cy + ry))


def _box(x0: float, y0: float, x1: float, y1: float) -> Shape:
    return ("rect", (x0, y0, x1, y1))


def _pg(pts: Sequence[Point]) -> Shape:
    return ("poly", _flat(pts))


def _backdrop(variant: int) -> Image.Image:
    """A seamless studio sweep: a lit wall fading into the floor, with a soft light behind."""
    top, bottom, floor = _BACKDROPS[variant % len(_BACKDROPS)]
    w, h = 32, 24
    data: list[Color] = []
    for j in range(h):
        ty = j / (h - 1)
        sweep = min(1.0, max(0.0, (ty - 0.55) / 0.3))
        sweep = sweep * sweep * (3 - 2 * sweep)
        base = _mix(_mix(top, bottom, min(1.0, ty / 0.7)), floor, sweep)
        for i in range(w):
            tx = i / (w - 1)
            glow = max(0.0, 1 - ((tx - 0.5) * 1.5) ** 2 - ((ty - 0.42) * 1.9) ** 2)
            corner = ((tx - 0.5) ** 2 + (ty - 0.5) ** 2) * 0.25
            data.append(_dark(_light(base, 0.55 * glow * glow), corner))
    small = Image.new("RGB", (w, h))
    small.putdata(data)
    # The 1x backdrop is smooth, so doubling it by pixel repetition costs nothing visible.
    once = small.resize((WIDTH, HEIGHT), Image.Resampling.BILINEAR)
    return once.resize((WIDTH * _S, HEIGHT * _S), Image.Resampling.NEAREST)


# --------------------------------------------------------------------------- building blocks

Rng = random.Random


def _cylinder(
    p: _Pen,
    cx: float,
    base: float,
    w: float,
    h: float,
    c: Color,
    ry: float | None = None,
    top: Color | None = None,
    metal: bool = False,
) -> None:
    """An upright cylinder standing on ``base``: shaded body, lighter top ellipse."""
    ry = w * 0.16 if ry is None else ry
    x0, x1 = cx - w / 2, cx + w / 2
    stops = _metal_stops(c) if metal else _round_stops(c)
    p.shade([_box(x0, base - h, x1, base), _ell(cx, base, w / 2, ry)], stops)
    p.ellipse(cx, base - h, w / 2, ry, _light(c, 0.3) if top is None else top)


def _sphere(p: _Pen, cx: float, cy: float, r: float, c: Color, steps: int = 7) -> None:
    """A ball lit from the upper left: concentric discs drifting towards the light."""
    p.circle(cx, cy, r, _dark(c, 0.28))
    for k in range(1, steps + 1):
        t = k / steps
        rr = r * (1 - 0.62 * t)
        off = r * 0.3 * t
        p.circle(cx - off, cy - off, rr, _light(c, 0.55 * t * t) if t > 0.3 else c)
    p.ellipse(cx - r * 0.42, cy - r * 0.45, r * 0.16, r * 0.11, _light(c, 0.85))


def _block(
    p: _Pen,
    x: float,
    y: float,
    w: float,
    h: float,
    dx: float,
    dy: float,
    c: Color,
    top: Color | None = None,
    side: Color | None = None,
) -> None:
    """A box in oblique view: front face (x, y)-(x+w, y+h), depth offset (dx, dy<0)."""
    p.poly([(x, y), (x + dx, y + dy), (x + w + dx, y + dy), (x + w, y)], top or _light(c, 0.28))
    p.poly(
        [(x + w, y), (x + w + dx, y + dy), (x + w + dx, y + h + dy), (x + w, y + h)],
        side or _dark(c, 0.2),
    )
    p.rect(x, y, x + w, y + h, c)


def _oblique_cylinders(
    p: _Pen,
    centres: Sequence[Point],
    r: float,
    depth: Point,
    body: Callable[[int], Color],
    face: Callable[[int, float, float], None],
    strips: int = 12,
) -> None:
    """Parallel cylinders lying with their ends towards the viewer (pipes, rolls, bars).

    In this oblique projection every front end is nearer than every body, so bodies go
    first, the ones further along the depth direction last, then all the ends.
    """
    dx, dy = depth
    length = math.hypot(dx, dy)
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    order = sorted(range(len(centres)), key=lambda i: centres[i][0] * ux + centres[i][1] * uy)
    for i in order:
        cx, cy = centres[i]
        stops = _round_stops(body(i))
        for k in range(strips):
            s0, s1 = -1 + 2 * k / strips, -1 + 2 * (k + 1) / strips
            col = _sample(stops, 1 - (k + 0.5) / strips)
            pts: list[Point] = [(cx + nx * r * s0, cy + ny * r * s0)]
            for j in range(5):
                s = s0 + (s1 - s0) * j / 4
                a = math.sqrt(max(0.0, 1 - s * s))
                pts.append((cx + dx + r * (nx * s + ux * a), cy + dy + r * (ny * s + uy * a)))
            pts.append((cx + nx * r * s1, cy + ny * r * s1))
            p.poly(pts, col)
    for i in range(len(centres)):
        face(i, *centres[i])


def _pyramid(rows: int, r: float, cx: float, base: float) -> list[Point]:
    """Centres of touching circles stacked in a pyramid, bottom row first."""
    out: list[Point] = []
    for row in range(rows):
        n = rows - row
        y = base - r - row * r * math.sqrt(3)
        out.extend((cx - (n - 1) * r + 2 * r * k, y) for k in range(n))
    return out


# --------------------------------------------------------------------------- metals


def _pipes(p: _Pen, rng: Rng, v: int, solid: bool = False) -> None:
    """Stacked pipe ends (or solid bars) lying in a pyramid."""
    steel = _STEELS[v % len(_STEELS)]
    rows = 4 if v % 2 == 0 else 3
    r = 44 if rows == 4 else 56
    depth = (170.0, -78.0)
    centres = _pyramid(rows, r, 330, 470)
    p.soft([(330 + depth[0] * 0.5, 468, rows * r + 80, 22)])

    def face(_i: int, cx: float, cy: float) -> None:
        p.circle(cx, cy, r, _dark(steel, 0.45))
        p.circle(cx - 1.5, cy - 1.5, r - 2.5, _light(steel, 0.35))
        p.circle(cx + 1, cy + 1, r - 5, steel)
        if solid:
            for k in (0.75, 0.5, 0.25):
                p.ring(cx, cy, r * k, r * k, _dark(steel, 0.08), 1.2)
            p.arc(cx, cy, r * 0.8, r * 0.8, 200, 280, _light(steel, 0.7), 3)
            return
        inner = r * 0.8
        p.circle(cx, cy, inner, _dark(steel, 0.42))
        p.circle(cx + inner * 0.16, cy - inner * 0.08, inner * 0.86, _dark(steel, 0.7))
        p.arc(cx, cy, r * 0.9, r * 0.9, 195, 285, _light(steel, 0.75), 2.5)

    _oblique_cylinders(p, centres, r, depth, lambda _i: steel, face)


def _bars(p: _Pen, rng: Rng, v: int) -> None:
    _pipes(p, rng, v, solid=True)


def _coil(p: _Pen, rng: Rng, v: int) -> None:
    """A steel coil lying on its saddles, eye towards the viewer."""
    colours = ((196, 202, 210), (104, 112, 124), (182, 190, 184), _ACCENTS[v % 3])
    c = colours[v % len(colours)]
    cx, cy, rx, ry, length = 285.0, 300.0, 105.0, 165.0, 230.0
    bx = cx + length
    p.soft([(cx + length / 2 + 20, 470, 260, 20)])
    wood = (150, 108, 70)
    for x in (cx + 40, bx - 40):
        p.poly([(x - 70, 470), (x + 70, 470), (x + 40, 430), (x - 40, 430)], wood)
        p.poly([(x - 70, 470), (x + 70, 470), (x + 70, 476), (x - 70, 476)], _dark(wood, 0.3))
    p.shade(
        [_box(cx, cy - ry, bx, cy + ry), _ell(bx, cy, rx, ry)],
        _metal_stops(c) if v != 3 else _round_stops(c),
        axis="y",
    )
    strap = (70, 74, 82)
    for x in (cx + 75, cx + 155):
        p.rect(x, cy - ry - 1, x + 10, cy + ry + 1, strap)
        p.rect(x + 2, cy - ry - 1, x + 4, cy + ry + 1, _light(strap, 0.4))
    p.ellipse(cx, cy, rx, ry, _dark(c, 0.35))
    p.ellipse(cx - 2, cy - 2, rx - 4, ry - 4, _light(c, 0.25))
    n = 9
    for k in range(n):
        t = 1 - k / n * 0.62
        p.ellipse(cx, cy, (rx - 6) * t, (ry - 6) * t, _mix(_light(c, 0.3), c, (k % 2) * 0.6))
    p.ellipse(cx, cy, rx * 0.36, ry * 0.36, _dark(c, 0.45))
    p.ellipse(cx + rx * 0.08, cy, rx * 0.3, ry * 0.33, _dark(c, 0.75))
    p.arc(cx, cy, rx * 0.85, ry * 0.85, 190, 260, _light(c, 0.8), 3)


def _sheets(p: _Pen, rng: Rng, v: int, tone: Color | None = None, t: float = 9) -> None:
    """A stack of plates or sheets on timber battens."""
    c = tone or _STEELS[(v + 1) % len(_STEELS)]
    x, base, w, dx, dy = 175.0, 455.0, 370.0, 150.0, -95.0
    p.soft([(x + w / 2 + dx / 2, base + 6, w / 2 + 110, 24)])
    wood = (160, 118, 76)
    for bx in (x + 30, x + w - 80):
        _block(p, bx, base - 14, 50, 14, dx, dy, wood)
    count = 9 if v % 2 == 0 else 12
    y = base - 14
    for k in range(count):
        jx = rng.uniform(-4, 4)
        top = _light(c, 0.35)
        _block(p, x + jx, y - t, w, t, dx, dy, _dark(c, 0.12), top=top, side=_dark(c, 0.3))
        p.line([(x + jx, y - t), (x + jx + w, y - t)], _light(c, 0.55), 1)
        y -= t + 1
    q = [(x, y), (x + dx, y + dy), (x + w + dx, y + dy), (x + w, y)]
    p.shade([_pg(q)], ((0, _light(c, 0.2)), (0.5, _light(c, 0.55)), (1, c)), axis="x")
    p.tint(
        [_pg([(x + 120, y), (x + 175, y), (x + 175 + dx, y + dy), (x + 120 + dx, y + dy)])],
        WHITE,
        0.35,
    )


def _ingots(p: _Pen, rng: Rng, v: int, tone: Color | None = None) -> None:
    """Ingots stacked in a pyramid, each a trapezoid bar."""
    c = tone or ((226, 178, 64), (196, 120, 72), (204, 208, 214), (166, 172, 180))[v % 4]
    w, h, dx, dy = 150.0, 50.0, 70.0, -44.0
    p.soft([(400, 468, 270, 22)])
    rows = ((3, 0.0), (2, 0.5), (1, 1.0))
    for row, (n, off) in enumerate(rows):
        y = 470 - row * (h + 2)
        for k in range(n):
            x = 180 + (k + off) * (w + 6) - row * 4
            front = [(x, y), (x + w, y), (x + w - 16, y - h), (x + 16, y - h)]
            top = [
                (x + 16, y - h),
                (x + w - 16, y - h),
                (x + w - 16 + dx * 0.7, y - h + dy * 0.7),
                (x + 16 + dx * 0.7, y - h + dy * 0.7),
            ]
            side = [
                (x + w, y),
                (x + w + dx, y + dy),
                (x + w - 16 + dx * 0.7, y - h + dy * 0.7),
                (x + w - 16, y - h),
            ]
            p.poly(side, _dark(c, 0.3))
            p.shade([_pg(top)], ((0, _light(c, 0.5)), (1, _light(c, 0.15))), axis="x")
            p.shade([_pg(front)], _metal_stops(c), axis="y")


def _fasteners(p: _Pen, rng: Rng, v: int) -> None:
    """Hex bolts standing on their heads, with nuts and washers in front."""
    c = ((192, 198, 206), (84, 88, 96), (214, 184, 96), (170, 176, 186))[v % 4]
    p.soft([(400, 452, 260, 22)])
    base = 450.0
    for cx, length, hw in ((270.0, 190.0, 54.0), (400.0, 250.0, 62.0), (530.0, 160.0, 50.0)):
        head_h = hw * 0.7
        sw = hw * 0.58
        top = base - head_h - length
        p.shade([_box(cx - sw, top, cx + sw, base - head_h)], _metal_stops(c))
        yy = top + 12
        while yy < base - head_h - 34:
            p.line([(cx - sw, yy + 5), (cx + sw, yy)], _dark(c, 0.4), 2.5)
            p.line([(cx - sw, yy + 8), (cx + sw, yy + 3)], _light(c, 0.55), 1.2)
            yy += 11
        p.ellipse(cx, top, sw, sw * 0.28, _light(c, 0.4))
        p.ring(cx, top, sw * 0.7, sw * 0.2, _dark(c, 0.1), 1.5)
        hb = base - head_h
        p.shade([_box(cx - hw, hb, cx - hw / 2, base)], ((0, _dark(c, 0.45)), (1, _dark(c, 0.15))))
        p.shade([_box(cx - hw / 2, hb, cx + hw / 2, base)], _metal_stops(c))
        p.shade([_box(cx + hw / 2, hb, cx + hw, base)], ((0, _dark(c, 0.2)), (1, _dark(c, 0.5))))
        p.rect(cx - hw, hb, cx + hw, hb + 4, _light(c, 0.5))
    for cx, cy, r in ((335.0, 488.0, 46.0), (475.0, 496.0, 40.0)):
        h = r * 0.55
        side = [
            (cx - r, cy),
            (cx - r / 2, cy + r * 0.45),
            (cx + r / 2, cy + r * 0.45),
            (cx + r, cy),
        ]
        p.poly(side + _shift(side[::-1], 0, h), _dark(c, 0.35))
        p.shade([_box(cx - r / 2, cy + r * 0.45, cx + r / 2, cy + r * 0.45 + h)], _metal_stops(c))
        hexa = [
            (cx - r, cy),
            (cx - r / 2, cy - r * 0.45),
            (cx + r / 2, cy - r * 0.45),
            (cx + r, cy),
            (cx + r / 2, cy + r * 0.45),
            (cx - r / 2, cy + r * 0.45),
        ]
        p.poly(hexa, _light(c, 0.35))
        p.ellipse(cx, cy, r * 0.5, r * 0.24, _dark(c, 0.6))
        p.arc(cx, cy, r * 0.5, r * 0.24, 0, 180, _light(c, 0.2), 2)
    p.ring(610, 500, 40, 14, _light(c, 0.15), 12)
    p.ring(200, 496, 34, 12, c, 10)


# --------------------------------------------------------------------------- machinery


def _valve(p: _Pen, rng: Rng, v: int) -> None:
    """A flanged gate valve with its handwheel."""
    body = ((46, 92, 168), (196, 62, 52), (96, 102, 110), (200, 160, 72))[v % 4]
    wheel = (206, 50, 44) if v % 4 != 1 else (40, 44, 52)
    steel = (190, 196, 204)
    cy = 385.0
    p.soft([(400, 470, 230, 20)])
    p.shade([_box(215, cy - 50, 585, cy + 50)], _round_stops(body), axis="y")
    for x in (205.0, 555.0):
        p.shade([_box(x, cy - 85, x + 40, cy + 85)], _round_stops(_dark(body, 0.08)), axis="y")
        p.rect(x, cy - 85, x + 40, cy - 79, _light(body, 0.35))
        for by in (cy - 62, cy + 48):
            p.rect(x - 8, by, x + 48, by + 14, _dark(steel, 0.15), 3)
    p.shade([_ell(400, cy, 105, 100)], _round_stops(body))
    bonnet = [(335.0, cy - 70), (465.0, cy - 70), (440.0, 215), (360.0, 215)]
    p.shade([_pg(bonnet)], _round_stops(body))
    p.shade([_box(340, 200, 460, 222)], _round_stops(_dark(body, 0.1)), axis="y")
    p.shade([_box(390, 112, 410, 205)], _metal_stops(steel))
    wy = 128.0
    p.ring(400, wy + 5, 120, 34, _dark(wheel, 0.4), 16)
    for ang in (20, 140, 260):
        a = math.radians(ang)
        p.line([(400, wy), (400 + 112 * math.cos(a), wy + 30 * math.sin(a))], _dark(wheel, 0.1), 10)
    p.ring(400, wy, 120, 34, wheel, 16)
    p.arc(400, wy - 2, 118, 32, 190, 300, _light(wheel, 0.5), 4)
    p.ellipse(400, wy, 26, 12, _dark(wheel, 0.2))
    p.ellipse(400, wy - 8, 10, 5, _light(steel, 0.3))


def _machine(p: _Pen, rng: Rng, v: int) -> None:
    """A boxy industrial machine (machining centre) with a window and control panel."""
    shell = ((232, 234, 237), (226, 230, 226), (236, 232, 226), (228, 230, 236))[v % 4]
    accent = _ACCENTS[(v * 3 + 1) % len(_ACCENTS)]
    x0, y0, x1, y1, dx, dy = 165.0, 165.0, 560.0, 445.0, 95.0, -58.0
    p.soft([(400, 478, 300, 24)])
    dark = (58, 62, 70)
    _block(p, x0 - 8, y1, x1 - x0 + 16, 30, dx, dy, dark)
    _block(p, x0, y0, x1 - x0, y1 - y0, dx, dy, shell, _light(shell, 0.4), _dark(shell, 0.14))
    p.shade([_box(x0, y0, x1, y1)], ((0, _dark(shell, 0.02)), (0.7, shell), (1, _dark(shell, 0.1))))
    p.rect(x0, y0, x1, y0 + 26, accent)
    p.poly(
        [(x1, y0), (x1 + dx, y0 + dy), (x1 + dx, y0 + dy + 26), (x1, y0 + 26)], _dark(accent, 0.25)
    )
    gx0, gy0, gx1, gy1 = x0 + 28, y0 + 52, x0 + 250, y1 - 34
    p.rect(gx0 - 8, gy0 - 8, gx1 + 8, gy1 + 8, _dark(shell, 0.2), 10)
    p.shade([_box(gx0, gy0, gx1, gy1)], ((0, (52, 70, 92)), (1, (30, 40, 54))), axis="y")
    p.rect(gx0 + 90, gy0, gx0 + 130, gy0 + 80, (120, 128, 138))
    tool = [
        (gx0 + 98, gy0 + 80),
        (gx0 + 122, gy0 + 80),
        (gx0 + 113, gy0 + 112),
        (gx0 + 107, gy0 + 112),
    ]
    p.poly(tool, (170, 176, 186))
    p.rect(gx0 + 20, gy1 - 40, gx1 - 20, gy1 - 22, (96, 104, 116))
    glare = [(gx0 + 20, gy0), (gx0 + 80, gy0), (gx0 + 10, gy1), (gx0, gy1), (gx0, gy0 + 40)]
    p.tint([_pg(glare)], WHITE, 0.16)
    p.tint(
        [_pg([(gx0 + 110, gy0), (gx0 + 130, gy0), (gx0 + 60, gy1), (gx0 + 40, gy1)])], WHITE, 0.1
    )
    p.rect(gx1 - 22, gy0 + 60, gx1 - 12, gy1 - 60, (190, 194, 200), 4)
    px0 = x1 - 108
    p.rect(px0, y0 + 52, x1 - 22, y0 + 200, (64, 68, 78), 8)
    screen = ((0, (64, 130, 196)), (1, (30, 70, 130)))
    p.shade([_box(px0 + 10, y0 + 62, x1 - 32, y0 + 112)], screen, axis="y")
    for k, col in enumerate(((72, 200, 120), (240, 200, 60), (90, 170, 240))):
        p.rect(px0 + 18, y0 + 72 + k * 12, px0 + 38 + 14 * k, y0 + 78 + k * 12, col)
    for k in range(3):
        for j in range(3):
            bx, by = px0 + 14 + j * 22, y0 + 124 + k * 20
            p.rect(bx, by, bx + 16, by + 14, (150, 156, 166), 3)
    p.circle(px0 + 30, y0 + 230, 15, (30, 30, 34))
    _sphere(p, px0 + 30, y0 + 228, 12, (220, 52, 44), 4)
    p.circle(px0 + 66, y0 + 230, 10, (52, 170, 90))
    tx, ty = x1 + dx * 0.6, y0 + dy * 0.6
    p.rect(tx - 3, ty - 40, tx + 3, ty, (80, 84, 92))
    for k, col in enumerate(((52, 180, 90), (240, 196, 50), (220, 60, 50))):
        _cylinder(p, tx, ty - 40 - k * 20, 22, 20, col, ry=5)
    p.rect(x0 + 8, y1 - 18, x0 + 60, y1 - 8, accent, 3)


def _motor(p: _Pen, rng: Rng, v: int, pump: bool = False) -> None:
    """An electric motor with cooling fins; with ``pump``, a pump volute on its shaft end."""
    c = ((52, 104, 170), (40, 130, 96), (120, 126, 136), (206, 84, 52))[v % 4]
    cy, r = 320.0, 92.0
    x0, x1 = (330.0, 600.0) if pump else (250.0, 540.0)
    p.soft([((x0 + x1) / 2 - (60 if pump else 0), 452, 240 if pump else 200, 20)])
    for fx in (x0 + 40, x1 - 90):
        foot = [(fx - 10, 450), (fx + 60, 450), (fx + 50, cy + r - 20), (fx, cy + r - 20)]
        p.poly(foot, _dark(c, 0.3))
    p.rect(x0 - 10, 448, x1 + 10, 458, _dark(c, 0.45), 3)
    fan = (60, 64, 72)
    p.shade([_box(x1 - 4, cy - r + 10, x1 + 46, cy + r - 10)], _round_stops(fan), axis="y")
    p.ellipse(x1 + 46, cy, 14, r - 10, _light(fan, 0.15))
    for k in range(5):
        p.line([(x1 + 6 + k * 9, cy - r + 14), (x1 + 6 + k * 9, cy + r - 14)], _dark(fan, 0.4), 2)
    p.shade([_box(x0, cy - r, x1, cy + r)], _round_stops(c), axis="y")
    for k, fy in enumerate(range(int(cy - r + 16), int(cy + r - 8), 14)):
        p.line([(x0 + 24, fy), (x1 - 8, fy)], _dark(c, 0.28 if k % 2 else 0.18), 3)
        p.line([(x0 + 24, fy + 3), (x1 - 8, fy + 3)], _light(c, 0.18), 1)
    p.shade([_ell(x0, cy, 26, r)], _round_stops(_light(c, 0.08)), axis="y")
    p.ellipse(x0 - 6, cy, 12, r * 0.35, _dark(c, 0.2))
    _block(p, x0 + 110, cy - r - 34, 70, 36, 26, -14, _dark(c, 0.05))
    if not pump:
        p.shade([_box(x0 - 70, cy - 13, x0, cy + 13)], _metal_stops((196, 200, 208)), axis="y")
        p.ellipse(x0 - 70, cy, 6, 13, (150, 156, 166))
        return
    p.shade([_box(x0 - 40, cy - 55, x0, cy + 55)], _round_stops(_dark(c, 0.1)), axis="y")
    vx = x0 - 120
    p.shade([_box(vx - 70, 150, vx - 10, 260)], _round_stops(c))
    p.shade([_box(vx - 86, 140, vx + 6, 160)], _round_stops(_dark(c, 0.1)))
    p.ellipse(vx - 40, 140, 46, 12, _light(c, 0.25))
    p.ellipse(vx - 40, 140, 28, 7, _dark(c, 0.6))
    _sphere(p, vx, cy + 10, 112, c, 6)
    p.circle(vx, cy + 10, 56, _dark(c, 0.25))
    p.circle(vx - 2, cy + 8, 50, _light(c, 0.2))
    p.circle(vx, cy + 10, 32, _dark(c, 0.7))
    for ang in range(0, 360, 60):
        a = math.radians(ang)
        p.circle(vx + 42 * math.cos(a), cy + 10 + 42 * math.sin(a), 4, _dark(c, 0.45))


def _pump(p: _Pen, rng: Rng, v: int) -> None:
    _motor(p, rng, v, pump=True)


def _washer(p: _Pen, rng: Rng, v: int) -> None:
    """A front-loading washing machine."""
    white = (244, 245, 247)
    p.soft([(420, 474, 190, 20)])
    x0, y0, x1, y1 = 270.0, 150.0, 520.0, 470.0
    _block(p, x0, y0, x1 - x0, y1 - y0, 60, -34, white, side=(206, 210, 216))
    p.shade([_box(x0, y0, x1, y1)], _round_stops(white))
    p.rect(x0 + 16, y0 + 14, x1 - 16, y0 + 56, (226, 230, 236), 8)
    p.circle(x0 + 60, y0 + 35, 15, (200, 206, 214))
    p.rect(x1 - 110, y0 + 26, x1 - 36, y0 + 44, _ACCENTS[(v * 2) % 8], 5)
    cx, cy = (x0 + x1) / 2, y0 + 190
    p.circle(cx, cy, 100, (200, 206, 214))
    p.circle(cx, cy, 88, (150, 160, 172))
    p.shade([_ell(cx, cy, 72, 72)], ((0, (70, 100, 130)), (1, (34, 48, 66))), axis="y")
    p.tint([_ell(cx - 20, cy - 24, 36, 22)], WHITE, 0.25)


def _fridge(p: _Pen, rng: Rng, v: int) -> None:
    """A two-door refrigerator, white or brushed steel."""
    p.soft([(420, 484, 170, 20)])
    x0, y0, x1, y1 = 310.0, 70.0, 490.0, 480.0
    face = (204, 208, 214) if v % 2 else (244, 245, 247)
    _block(p, x0, y0, x1 - x0, y1 - y0, 46, -26, face, side=_dark(face, 0.15))
    p.shade([_box(x0, y0, x1, y1)], _metal_stops(face) if v % 2 else _round_stops(face))
    p.rect(x0 + 2, y0 + 150, x1 - 2, y0 + 155, _dark(face, 0.25))
    for ya, yb in ((y0 + 40, y0 + 120), (y0 + 180, y0 + 300)):
        p.rect(x0 + 20, ya, x0 + 29, yb, _dark(face, 0.3), 4)


def _aircon(p: _Pen, rng: Rng, v: int) -> None:
    """A split air conditioner: the indoor unit above its outdoor unit."""
    white = (244, 245, 247)
    p.soft([(420, 484, 170, 20)])
    x0, y0, x1, y1 = 170.0, 110.0, 630.0, 240.0
    p.soft([(400, y1 + 12, 220, 10)], strength=0.18, blur=10)
    p.shade([_box(x0, y0, x1, y1)], _round_stops(white), axis="y")
    p.rect(x0 + 30, y1 - 40, x1 - 30, y1 - 22, (206, 210, 216), 8)
    for k in range(5):
        p.line([(x0 + 40, y1 - 36 + k * 3.5), (x1 - 40, y1 - 36 + k * 3.5)], (176, 182, 190), 1)
    p.circle(x1 - 60, y0 + 30, 5, (80, 200, 140))
    _block(p, 290, 320, 220, 160, 50, -30, (226, 228, 232))
    cx, cy = 380.0, 400.0
    p.circle(cx, cy, 62, (190, 194, 202))
    p.circle(cx, cy, 56, (90, 96, 106))
    for k in range(1, 5):
        p.ring(cx, cy, 56 * k / 5, 56 * k / 5, (150, 156, 166), 2)
    p.circle(cx, cy, 10, (190, 194, 202))
    for k in range(6):
        p.line([(462, 350 + k * 16), (496, 350 + k * 16)], (180, 184, 192), 3)


# --------------------------------------------------------------------------- electrical


def _one_bulb(p: _Pen, cx: float, cy: float, s: float, housing: Color) -> None:
    neck = [
        (cx - s * 0.7, cy + s * 0.6),
        (cx + s * 0.7, cy + s * 0.6),
        (cx + s * 0.42, cy + s * 1.3),
        (cx - s * 0.42, cy + s * 1.3),
    ]
    glass = (246, 246, 242)
    p.poly(_smooth(neck, 1), (226, 226, 224))
    p.circle(cx, cy, s, (222, 222, 222))
    for k in range(1, 8):
        t = k / 7
        p.circle(
            cx - s * 0.18 * t, cy - s * 0.2 * t, s * (1 - 0.55 * t), _mix((232, 232, 230), glass, t)
        )
    p.ellipse(cx - s * 0.45, cy - s * 0.42, s * 0.2, s * 0.13, WHITE)
    p.shade(
        [_box(cx - s * 0.44, cy + s * 1.2, cx + s * 0.44, cy + s * 1.52)], _round_stops(housing)
    )
    base = (196, 200, 206)
    p.shade([_box(cx - s * 0.34, cy + s * 1.52, cx + s * 0.34, cy + s * 2.0)], _metal_stops(base))
    for k in range(4):
        y = cy + s * (1.58 + k * 0.11)
        p.line([(cx - s * 0.34, y + s * 0.05), (cx + s * 0.34, y)], _dark(base, 0.35), s * 0.035)
    p.poly(
        [
            (cx - s * 0.3, cy + s * 2.0),
            (cx + s * 0.3, cy + s * 2.0),
            (cx + s * 0.14, cy + s * 2.14),
            (cx - s * 0.14, cy + s * 2.14),
        ],
        (40, 40, 44),
    )
    p.ellipse(cx, cy + s * 2.15, s * 0.1, s * 0.05, (200, 170, 90))


def _bulb(p: _Pen, rng: Rng, v: int) -> None:
    """LED light bulbs, the middle one glowing."""
    housing = ((240, 240, 240), (200, 204, 210), (240, 240, 240), (214, 200, 170))[v % 4]
    p.soft([(400, 290, 170, 170)], fill=(255, 244, 214), strength=0.55, blur=40)
    p.soft([(400, 470, 220, 18)])
    small = v % 2 == 0
    if small:
        _one_bulb(p, 250, 300, 62, housing)
        _one_bulb(p, 555, 300, 62, housing)
    _one_bulb(p, 400, 225, 100, housing)


def _panel(p: _Pen, rng: Rng, v: int) -> None:
    """A square LED panel seen at an angle, with a round downlight beside it."""
    p.soft([(430, 262, 230, 140)], fill=(250, 252, 255), strength=0.8, blur=40)
    p.soft([(420, 470, 250, 20)])
    q = [(250.0, 170.0), (560.0, 140.0), (640.0, 330.0), (300.0, 380.0)]
    edge = _shift(q, 0, 16)
    p.poly([edge[3], edge[2], q[2], q[3]], (130, 136, 146))
    p.poly([edge[2], edge[1], q[1], q[2]], (160, 166, 176))
    p.poly(q, (176, 182, 192))
    inner = _subquad(q, 0.05, 0.06, 0.95, 0.94)
    p.shade([_pg(inner)], ((0, (255, 255, 252)), (1, (228, 236, 246))), axis="y")
    p.tint([_pg(_subquad(q, 0.05, 0.06, 0.35, 0.94))], WHITE, 0.5)
    _cylinder(p, 210, 470, 150, 26, (230, 232, 236), ry=34, top=(214, 218, 224))
    p.ellipse(210, 444, 60, 22, (250, 250, 244))
    p.ellipse(204, 441, 34, 12, WHITE)


def _cable(p: _Pen, rng: Rng, v: int) -> None:
    """A wooden cable drum with its cable and a loose stripped end."""
    wood = (184, 138, 88)
    cable = ((36, 38, 44), (224, 112, 40), (40, 96, 170), (230, 190, 40))[v % 4]
    fx, bx, cy, ry, rx = 300.0, 470.0, 290.0, 190.0, 92.0
    p.soft([(390, 482, 230, 20)])
    p.ellipse(bx, cy, rx, ry, _dark(wood, 0.3))
    p.shade([_box(fx, cy - 135, bx, cy + 135)], _round_stops(cable), axis="y")
    for x in range(int(fx + 6), int(bx), 12):
        p.arc(x, cy, 14, 135, 270, 90, _dark(cable, 0.3), 2)
    p.ellipse(fx + 14, cy, rx, ry, _dark(wood, 0.35))
    p.ellipse(fx, cy, rx, ry, wood)
    for k in range(-3, 4):
        y = cy + k * ry / 3.6
        half = rx * math.sqrt(max(0.0, 1 - ((y - cy) / ry) ** 2))
        p.line([(fx - half, y), (fx + half, y)], _dark(wood, 0.15), 1.5)
    p.ring(fx, cy, rx, ry, _dark(wood, 0.2), 3)
    p.ellipse(fx, cy, 22, 44, (60, 42, 30))
    for ang in range(0, 360, 90):
        a = math.radians(ang + 45)
        p.circle(fx + 44 * math.cos(a), cy + 90 * math.sin(a), 5, (110, 114, 120))
    end = [(bx - 20, cy + 120), (bx + 60, cy + 170), (bx + 140, cy + 175), (bx + 190, cy + 150)]
    p.line(end, _dark(cable, 0.25), 24)
    p.line(_shift(end, -2, -3), cable, 18)
    tip = end[-1]
    p.line([tip, (tip[0] + 30, tip[1] - 14)], (200, 120, 60), 8)


def _pcb(p: _Pen, rng: Rng, v: int) -> None:
    """A populated circuit board at an angle: chips, capacitors, gold traces."""
    board = ((30, 120, 76), (28, 72, 140), (36, 36, 40), (30, 120, 76))[v % 4]
    q = [(300.0, 170.0), (650.0, 260.0), (500.0, 450.0), (150.0, 330.0)]
    p.soft([(400, 420, 260, 40)], strength=0.28)
    p.poly(_shift(q, 0, 10), _dark(board, 0.45))
    p.shade([_pg(q)], ((0, _light(board, 0.12)), (1, _dark(board, 0.12))), axis="y")
    gold = (214, 176, 86)
    for k in range(9):
        u = 0.08 + k * 0.1
        p.line(
            [_quad(q, u, 0.05), _quad(q, u, 0.3), _quad(q, u + 0.04, 0.38)], _light(board, 0.3), 1.5
        )
    for k in range(10):
        p.circle(*_quad(q, 0.06 + k * 0.09, 0.93), 3, gold)

    def chip(u0: float, v0: float, u1: float, v1: float, h: float, col: Color) -> None:
        top = _shift(_subquad(q, u0, v0, u1, v1), 0, -h)
        base = _subquad(q, u0, v0, u1, v1)
        p.poly([base[3], base[2], top[2], top[3]], _dark(col, 0.4))
        p.poly([base[0], base[3], top[3], top[0]], _dark(col, 0.2))
        p.poly(top, col)

    chip(0.35, 0.35, 0.62, 0.65, 10, (40, 42, 48))
    chip(0.1, 0.15, 0.26, 0.3, 7, (48, 50, 56))
    chip(0.7, 0.15, 0.9, 0.28, 7, (48, 50, 56))
    chip(0.72, 0.5, 0.8, 0.58, 14, (200, 204, 210))
    for k in range(6):
        x, y = _quad(q, 0.37 + k * 0.045, 0.68)
        p.line([(x, y - 4), (x, y + 2)], (200, 200, 204), 2)
    for u, vv in ((0.12, 0.55), (0.2, 0.62), (0.85, 0.75)):
        x, y = _quad(q, u, vv)
        _cylinder(
            p, x, y, 26, 40, (40, 80, 150) if v % 2 else (30, 30, 34), ry=6, top=(200, 204, 210)
        )


def _battery(p: _Pen, rng: Rng, v: int) -> None:
    """Cylindrical cells in front of a battery pack."""
    c = _ACCENTS[(v + 2) % len(_ACCENTS)]
    p.soft([(400, 470, 250, 22)])
    _block(p, 330, 190, 260, 260, 70, -40, (58, 62, 72))
    p.rect(360, 220, 560, 250, c, 6)
    p.rect(370, 280, 550, 290, (90, 96, 108), 4)
    _cylinder(p, 380, 168, 40, 14, (200, 60, 50), ry=8)
    _cylinder(p, 530, 168, 40, 14, (60, 64, 72), ry=8)
    for k, x in enumerate((200.0, 270.0, 340.0)):
        base = 480.0 + (k % 2) * 6
        _cylinder(p, x, base, 62, 200, (40, 42, 48), ry=10)
        _cylinder(p, x, base - 60, 62, 140, c, ry=10)
        _cylinder(p, x, base - 200, 24, 8, (200, 204, 210), ry=5, metal=True)


def _monitor(p: _Pen, rng: Rng, v: int) -> None:
    """A flat screen on its stand, with an abstract colour wallpaper."""
    p.soft([(400, 470, 160, 16)])
    p.poly([(370, 400), (430, 400), (450, 460), (350, 460)], (60, 64, 72))
    p.ellipse(400, 462, 110, 14, (70, 74, 82))
    x0, y0, x1, y1 = 150.0, 110.0, 650.0, 400.0
    p.rect(x0, y0, x1, y1, (30, 32, 38), 8)
    p.shade(
        [_box(x0 + 10, y0 + 10, x1 - 10, y1 - 20)],
        ((0, (20, 40, 90)), (1, (60, 30, 110))),
        axis="x",
    )
    a, b = _ACCENTS[v % 8], _ACCENTS[(v + 4) % 8]
    wave = [
        (x0 + 10, y1 - 120),
        (x0 + 180, y1 - 200),
        (x0 + 330, y1 - 120),
        (x1 - 10, y1 - 190),
        (x1 - 10, y1 - 20),
        (x0 + 10, y1 - 20),
    ]
    p.tint([_pg(_smooth(wave, 3))], _light(a, 0.2), 0.55)
    wave2 = [
        (x0 + 10, y1 - 60),
        (x0 + 200, y1 - 110),
        (x0 + 380, y1 - 40),
        (x1 - 10, y1 - 100),
        (x1 - 10, y1 - 20),
        (x0 + 10, y1 - 20),
    ]
    p.tint([_pg(_smooth(wave2, 3))], _light(b, 0.2), 0.6)
    p.tint(
        [_pg([(x0 + 10, y0 + 10), (x0 + 160, y0 + 10), (x0 + 60, y1 - 20), (x0 + 10, y1 - 20)])],
        WHITE,
        0.08,
    )


def _solar(p: _Pen, rng: Rng, v: int) -> None:
    """A photovoltaic module tilted on its frame."""
    q = [(230.0, 120.0), (590.0, 150.0), (650.0, 380.0), (170.0, 350.0)]
    p.soft([(410, 470, 260, 22)])
    frame = (170, 176, 186)
    for a, b in (
        ((210.0, 345.0), (215.0, 470.0)),
        ((630.0, 375.0), (610.0, 470.0)),
        ((240.0, 130.0), (300.0, 460.0)),
        ((585.0, 160.0), (560.0, 460.0)),
    ):
        p.line([a, b], _dark(frame, 0.3), 7)
    p.poly(_shift(q, 0, 8), _dark(frame, 0.3))
    p.poly(q, frame)
    cells = _subquad(q, 0.015, 0.02, 0.985, 0.98)
    cell = ((30, 52, 110), (24, 28, 40), (30, 52, 110), (38, 70, 130))[v % 4]
    p.shade([_pg(cells)], ((0, _light(cell, 0.15)), (1, _dark(cell, 0.2))), axis="y")
    for k in range(1, 10):
        p.line([_quad(cells, k / 10, 0), _quad(cells, k / 10, 1)], _light(cell, 0.45), 1.5)
    for k in range(1, 6):
        p.line([_quad(cells, 0, k / 6), _quad(cells, 1, k / 6)], _light(cell, 0.45), 1.5)
    p.tint(
        [
            _pg(
                [
                    _quad(cells, 0.45, 0),
                    _quad(cells, 0.6, 0),
                    _quad(cells, 0.3, 1),
                    _quad(cells, 0.15, 1),
                ]
            )
        ],
        WHITE,
        0.14,
    )


def _laptop(p: _Pen, rng: Rng, v: int) -> None:
    """An open laptop in three-quarter view."""
    shell = ((200, 204, 210), (60, 64, 72), (214, 196, 180), (180, 186, 196))[v % 4]
    base = [(250.0, 330.0), (560.0, 300.0), (650.0, 430.0), (280.0, 480.0)]
    lid = [(235.0, 100.0), (575.0, 80.0), (560.0, 300.0), (250.0, 330.0)]
    p.soft([(450, 470, 230, 26)])
    p.poly(
        [base[3], base[2], _shift([base[2]], 0, 12)[0], _shift([base[3]], 0, 12)[0]],
        _dark(shell, 0.35),
    )
    p.poly(base, _light(shell, 0.15))
    p.poly(lid, _dark(shell, 0.2))
    screen = _subquad(lid, 0.04, 0.05, 0.96, 0.93)
    a, b = _ACCENTS[(v + 5) % 8], _ACCENTS[(v + 1) % 8]
    p.shade([_pg(screen)], ((0, _light(a, 0.1)), (1, _dark(b, 0.2))), axis="y")
    p.tint(
        [
            _pg(
                [
                    _quad(screen, 0, 0.55),
                    _quad(screen, 1, 0.3),
                    _quad(screen, 1, 1),
                    _quad(screen, 0, 1),
                ]
            )
        ],
        _light(b, 0.3),
        0.5,
    )
    p.tint(
        [
            _pg(
                [
                    _quad(screen, 0.1, 0),
                    _quad(screen, 0.3, 0),
                    _quad(screen, 0.12, 1),
                    _quad(screen, 0, 1),
                    _quad(screen, 0, 0.3),
                ]
            )
        ],
        WHITE,
        0.12,
    )
    kb = _subquad(base, 0.07, 0.1, 0.93, 0.58)
    p.poly(kb, _dark(shell, 0.25))
    for j in range(4):
        for i in range(12):
            key = _subquad(
                kb, i / 12 + 0.006, j / 4 + 0.04, (i + 1) / 12 - 0.006, (j + 1) / 4 - 0.04
            )
            p.poly(key, _dark(shell, 0.6) if v % 2 == 0 else (34, 36, 40))
    p.poly(_subquad(base, 0.37, 0.66, 0.63, 0.92), _dark(shell, 0.08))


def _phone(p: _Pen, rng: Rng, v: int) -> None:
    """Two smartphones: one showing its screen, one its camera back."""
    back = ((40, 44, 52), (216, 218, 222), (56, 90, 140), (200, 170, 150))[v % 4]
    p.soft([(400, 478, 200, 20)])
    bx0, by0 = 410.0, 130.0
    p.rect(bx0, by0, bx0 + 175, by0 + 340, _dark(back, 0.3), 28)
    p.shade([_box(bx0 + 4, by0 + 4, bx0 + 171, by0 + 336)], _round_stops(back))
    p.rect(bx0 + 4, by0 + 4, bx0 + 171, by0 + 336, back, 26)
    p.tint(
        [
            _pg(
                [
                    (bx0 + 40, by0 + 4),
                    (bx0 + 90, by0 + 4),
                    (bx0 + 20, by0 + 336),
                    (bx0 + 4, by0 + 336),
                    (bx0 + 4, by0 + 60),
                ]
            )
        ],
        WHITE,
        0.1,
    )
    p.rect(bx0 + 18, by0 + 18, bx0 + 88, by0 + 100, _dark(back, 0.15), 16)
    for cx, cy in ((bx0 + 38, by0 + 40), (bx0 + 38, by0 + 78), (bx0 + 68, by0 + 58)):
        p.circle(cx, cy, 13, (30, 32, 36))
        p.circle(cx, cy, 8, (40, 60, 90))
        p.circle(cx - 3, cy - 3, 2.5, (160, 180, 210))
    x0, y0 = 230.0, 110.0
    p.rect(x0 - 2, y0 - 2, x0 + 182, y0 + 362, (20, 20, 24), 30)
    a, b = _ACCENTS[(v + 5) % 8], _ACCENTS[(v + 2) % 8]
    p.shade(
        [_box(x0 + 8, y0 + 8, x0 + 172, y0 + 352)],
        ((0, _light(a, 0.2)), (1, _dark(b, 0.1))),
        axis="y",
    )
    p.rect(x0 + 8, y0 + 8, x0 + 172, y0 + 352, (20, 20, 24), 24)
    p.shade(
        [_box(x0 + 10, y0 + 10, x0 + 170, y0 + 350)],
        ((0, _light(a, 0.2)), (1, _dark(b, 0.1))),
        axis="y",
    )
    for j in range(5):
        for i in range(4):
            ix, iy = x0 + 22 + i * 38, y0 + 44 + j * 46
            p.rect(ix, iy, ix + 26, iy + 26, _light(_ACCENTS[(i + j * 3 + v) % 8], 0.25), 7)
    p.rect(x0 + 66, y0 + 16, x0 + 114, y0 + 26, (20, 20, 24), 5)
    p.tint(
        [_pg([(x0 + 100, y0 + 10), (x0 + 150, y0 + 10), (x0 + 60, y0 + 350), (x0 + 10, y0 + 350)])],
        WHITE,
        0.1,
    )


# --------------------------------------------------------------------------- vehicles


def _tyre(p: _Pen, rng: Rng, v: int) -> None:
    """A new tyre standing at an angle: sidewall, tread and the open centre."""
    rubber = (44, 45, 50)
    fx, bx, cy, rx, ry = 330.0, 440.0, 290.0, 140.0, 190.0
    p.soft([(390, 478, 230, 20)])
    p.keep_background()
    p.ellipse(bx, cy, rx, ry, _dark(rubber, 0.3))
    p.shade([_box(fx, cy - ry, bx, cy + ry)], _round_stops(_light(rubber, 0.08)), axis="y")
    for k in range(-14, 15):
        ang = k / 15 * math.pi / 2
        y = cy + ry * math.sin(ang)
        dx = rx * math.cos(ang)
        p.line([(fx + dx, y), (bx + dx, y)], (26, 26, 30), 3 if abs(k) < 12 else 1.5)
    mid = [
        (
            fx + (bx - fx) * 0.5 + rx * math.cos(a / 20 * math.pi - math.pi / 2),
            cy + ry * math.sin(a / 20 * math.pi - math.pi / 2),
        )
        for a in range(21)
    ]
    p.line(mid, (24, 24, 28), 4)
    p.ellipse(fx, cy, rx, ry, rubber)
    p.ring(fx, cy, rx * 0.96, ry * 0.96, _light(rubber, 0.08), 3)
    p.ring(fx, cy, rx * 0.78, ry * 0.78, _light(rubber, 0.06), 2)
    p.arc(fx, cy, rx * 0.88, ry * 0.88, 150, 250, _light(rubber, 0.22), 5)
    p.ellipse(fx, cy, rx * 0.6, ry * 0.6, _dark(rubber, 0.1))
    hx, hrx, hry = fx + 6, rx * 0.54, ry * 0.56
    p.hole(hx, cy, hrx, hry)
    # Through the centre the far side's inner wall hides the left part of the opening.
    inner = [_ell(hx, cy, hrx, hry), ("hole", (hx + 24 - hrx, cy - hry, hx + 24 + hrx, cy + hry))]
    p.shade(inner, ((0, (30, 30, 34)), (1, (58, 58, 64))))


def _brake(p: _Pen, rng: Rng, v: int) -> None:
    """A ventilated brake disc with its caliper."""
    steel = (176, 180, 186)
    caliper = ((206, 46, 40), (230, 180, 40), (40, 90, 170), (60, 64, 72))[v % 4]
    cx, cy, r = 370.0, 290.0, 175.0
    p.soft([(390, 478, 200, 18)])
    p.circle(cx + 16, cy + 6, r, _dark(steel, 0.45))
    p.shade([_ell(cx, cy, r, r)], _metal_stops(steel))
    p.ring(cx, cy, r * 0.97, r * 0.97, _light(steel, 0.3), 2)
    for k in range(30):
        a = 2 * math.pi * k / 30
        for rr in (0.62, 0.8):
            p.circle(
                cx + r * rr * math.cos(a + rr * 3),
                cy + r * rr * math.sin(a + rr * 3),
                5,
                (70, 72, 78),
            )
    p.circle(cx, cy, r * 0.46, _dark(steel, 0.3))
    p.shade([_ell(cx, cy, r * 0.42, r * 0.42)], _metal_stops(_dark(steel, 0.1)))
    for k in range(5):
        a = 2 * math.pi * k / 5 - math.pi / 2
        p.circle(cx + r * 0.27 * math.cos(a), cy + r * 0.27 * math.sin(a), 10, (50, 52, 58))
    p.circle(cx, cy, r * 0.13, (40, 42, 46))
    outer = [
        (cx + (r + 16) * math.cos(math.radians(a)), cy + (r + 16) * math.sin(math.radians(a)))
        for a in range(-45, 46, 5)
    ]
    inner = [
        (cx + (r - 60) * math.cos(math.radians(a)), cy + (r - 60) * math.sin(math.radians(a)))
        for a in range(45, -46, -5)
    ]
    body = _smooth(outer + inner, 2)
    p.poly(_shift(body, 6, 6), _dark(caliper, 0.45))
    p.shade([_pg(body)], _round_stops(caliper), axis="y")


def _car(p: _Pen, rng: Rng, v: int) -> None:
    """A compact car in side view."""
    paint = _ACCENTS[(v * 5 + 1) % len(_ACCENTS)]
    p.soft([(400, 428, 280, 16)], strength=0.4)
    body = [
        (130, 395),
        (125, 330),
        (160, 305),
        (270, 290),
        (330, 225),
        (400, 210),
        (520, 215),
        (590, 280),
        (660, 300),
        (680, 340),
        (675, 395),
    ]
    body_f: list[Point] = [(float(x), float(y)) for x, y in body]
    p.shade([_pg(_smooth(body_f, 3))], _round_stops(paint), axis="y")
    glass = [(285.0, 292.0), (338.0, 235.0), (400.0, 224.0), (515.0, 228.0), (570.0, 285.0)]
    p.poly(_smooth(glass, 2), (48, 62, 84))
    p.line([(425, 226), (425, 290)], paint, 8)
    p.tint([_pg([(350.0, 238.0), (380.0, 230.0), (330.0, 288.0), (305.0, 288.0)])], WHITE, 0.25)
    p.line([(140, 340), (670, 345)], _light(paint, 0.35), 2)
    p.rect(640, 315, 672, 330, (250, 240, 200), 5)
    p.rect(128, 320, 148, 336, (220, 60, 50), 4)
    for wx in (235.0, 565.0):
        arch = [
            (
                wx + 72 * math.cos(math.pi * (1 + k / 16)),
                398 + 72 * math.sin(math.pi * (1 + k / 16)),
            )
            for k in range(17)
        ]
        p.poly(arch, (30, 32, 36))
        p.circle(wx, 395, 60, (36, 36, 40))
        p.circle(wx, 395, 36, (190, 196, 204))
        for k in range(5):
            a = 2 * math.pi * k / 5
            p.line([(wx, 395), (wx + 30 * math.cos(a), 395 + 30 * math.sin(a))], (140, 146, 156), 6)
        p.circle(wx, 395, 9, (120, 126, 136))


def _bicycle(p: _Pen, rng: Rng, v: int) -> None:
    """A bicycle in side view."""
    frame = _ACCENTS[(v * 3 + 2) % len(_ACCENTS)]
    p.soft([(400, 462, 270, 12)], strength=0.3)
    for wx in (235.0, 565.0):
        p.ring(wx, 355, 105, 105, (34, 34, 38), 12)
        p.ring(wx, 355, 95, 95, (170, 176, 184), 3)
        for k in range(16):
            a = math.pi * k / 8
            p.line(
                [(wx, 355), (wx + 93 * math.cos(a), 355 + 93 * math.sin(a))], (180, 186, 194), 1.2
            )
        p.circle(wx, 355, 9, (150, 156, 166))
    crank = (385.0, 360.0)
    seat, head = (345.0, 210.0), (530.0, 225.0)
    for start, end in (
        (crank, seat),
        (crank, head),
        (seat, (540.0, 245.0)),
        ((235.0, 355.0), crank),
        ((235.0, 355.0), seat),
        (head, (565.0, 355.0)),
    ):
        p.line([start, end], frame, 12)
    p.line([(338, 210), (330, 180)], (60, 62, 68), 7)
    p.poly(
        _smooth([(295.0, 172.0), (365.0, 168.0), (370.0, 182.0), (300.0, 186.0)], 2), (40, 40, 44)
    )
    p.line([(530, 225), (522, 188), (560, 180)], (60, 62, 68), 7)
    p.circle(*crank, 20, (120, 126, 136))
    p.line([crank, (410, 400)], (70, 72, 78), 6)


# --------------------------------------------------------------------------- beauty, chemicals

_PASTELS: tuple[Color, ...] = (
    (240, 196, 200),
    (246, 230, 214),
    (196, 226, 214),
    (212, 202, 236),
    (250, 246, 240),
    (206, 224, 240),
)
_GOLD: Color = (212, 178, 104)


def _cosmetics(p: _Pen, rng: Rng, v: int) -> None:
    """A jar, a tube, a pump bottle and a lipstick."""
    a = _PASTELS[v % len(_PASTELS)]
    b = _PASTELS[(v + 2) % len(_PASTELS)]
    cap = (_GOLD, (200, 204, 212), (60, 60, 66), _GOLD)[v % 4]
    p.soft([(400, 470, 260, 20)])
    # pump bottle, behind
    _cylinder(p, 480, 468, 110, 230, a, ry=16)
    _cylinder(p, 480, 238, 40, 26, cap, ry=7, metal=cap != (60, 60, 66))
    _cylinder(p, 480, 212, 16, 30, (236, 236, 238), ry=4)
    p.rect(472, 176, 520, 190, (236, 236, 238), 6)
    p.rect(515, 180, 532, 186, (236, 236, 238), 3)
    p.rect(440, 330, 520, 400, _light(a, 0.4), 6)
    # tube, standing on its cap
    tube = [(300.0, 190.0), (380.0, 190.0), (368.0, 420.0), (312.0, 420.0)]
    p.shade([_pg(tube)], _round_stops(b))
    p.rect(296, 180, 384, 196, _dark(b, 0.1), 3)
    for k in range(5):
        p.line([(300, 183 + k * 3), (380, 183 + k * 3)], _dark(b, 0.2), 1)
    _cylinder(p, 340, 470, 60, 52, cap, ry=9, metal=True)
    # jar, in front
    _cylinder(p, 245, 478, 150, 70, _light(b, 0.3), ry=22)
    _cylinder(p, 245, 408, 156, 38, cap, ry=22, metal=True)
    # lipstick
    _cylinder(p, 610, 476, 46, 90, (40, 40, 46), ry=8)
    _cylinder(p, 610, 386, 40, 30, cap, ry=7, metal=True)
    red = ((190, 40, 60), (210, 90, 110), (160, 40, 70), (200, 80, 70))[v % 4]
    _cylinder(p, 610, 356, 30, 36, red, ry=6)
    p.poly([(595, 320), (625, 320), (625, 300), (595, 314)], _light(red, 0.15))


def _soap(p: _Pen, rng: Rng, v: int) -> None:
    """Soap bars with bubbles beside a bottle of liquid detergent."""
    bottle = _ACCENTS[(v * 2 + 4) % len(_ACCENTS)]
    soap = _PASTELS[(v + 1) % len(_PASTELS)]
    p.soft([(400, 470, 260, 20)])
    x0, x1 = 440.0, 590.0
    body = [(x0, 470.0), (x0, 200.0), (x0 + 20, 170.0), (x1 - 50, 165.0), (x1, 200.0), (x1, 470.0)]
    p.shade([_pg(_smooth(body, 2))], _round_stops(bottle))
    p.ring(x1 - 35, 215, 34, 42, _dark(bottle, 0.1), 16)
    _cylinder(p, x0 + 50, 172, 56, 34, _light(bottle, 0.6), ry=9)
    p.rect(x0 + 20, 280, x1 - 20, 380, _light(bottle, 0.75), 12)
    p.circle(x0 + 75, 330, 26, _light(bottle, 0.3))
    for k, (bx, by) in enumerate(((180.0, 400.0), (210.0, 330.0))):
        col = soap if k == 0 else _light(soap, 0.2)
        p.rect(bx, by + 20, bx + 190, by + 70, _dark(col, 0.18), 22)
        p.rect(bx, by, bx + 190, by + 52, col, 22)
        p.rect(bx + 30, by + 12, bx + 160, by + 40, _light(col, 0.35), 14)
    for bx, by, r in (
        (260, 290, 26),
        (300, 250, 16),
        (230, 240, 12),
        (330, 300, 10),
        (200, 300, 8),
    ):
        p.ring(bx, by, r, r, (255, 255, 255), 2.2)
        p.tint([_ell(bx, by, r, r)], (200, 230, 250), 0.2)
        p.ellipse(bx - r * 0.4, by - r * 0.4, r * 0.2, r * 0.14, WHITE)


def _drums(p: _Pen, rng: Rng, v: int) -> None:
    """Steel drums for chemicals and oils."""
    c = ((40, 96, 170), (200, 60, 46), (40, 44, 52), (40, 140, 90))[v % 4]
    alt = _ACCENTS[(v + 6) % 8] if v % 2 else c
    p.soft([(400, 470, 280, 22)])

    def drum(cx: float, base: float, col: Color) -> None:
        w, h = 170.0, 250.0
        _cylinder(p, cx, base, w, h, col, ry=26)
        for t in (0.33, 0.66):
            y = base - h * t
            p.shade([_box(cx - w / 2, y - 5, cx + w / 2, y + 5)], _round_stops(_dark(col, 0.25)))
            p.arc(cx, y - 5, w / 2, 26, 0, 180, _light(col, 0.35), 2)
        top = base - h
        p.ring(cx, top, w / 2 - 3, 23, _dark(col, 0.2), 6)
        p.ellipse(cx - 40, top - 2, 12, 5, _dark(col, 0.5))
        p.ellipse(cx + 36, top + 3, 8, 3.5, _dark(col, 0.5))

    drum(300, 400, alt)
    drum(500, 400, c)
    drum(400, 470, c)


def _granules(p: _Pen, rng: Rng, v: int) -> None:
    """A woven sack of plastic granules with a heap of pellets in front."""
    pellet = ((236, 236, 230), (60, 110, 200), (40, 40, 44), (220, 70, 60))[v % 4]
    sack = (242, 240, 232)
    p.soft([(400, 470, 260, 22)])
    body = [
        (330.0, 470.0),
        (315.0, 230.0),
        (345.0, 120.0),
        (545.0, 120.0),
        (575.0, 230.0),
        (560.0, 470.0),
    ]
    p.shade([_pg(_smooth(body, 3))], _round_stops(sack))
    for yy in range(140, 465, 9):
        p.line([(330, yy), (560, yy)], _dark(sack, 0.05), 1)
    p.line([(350, 140), (540, 140)], _dark(sack, 0.25), 3)
    for k in range(20):
        x = 352.0 + k * 9.5
        p.line([(x, 134), (x + 5, 146)], _dark(sack, 0.35), 2)
    p.rect(380, 240, 510, 360, _light(_ACCENTS[(v + 1) % 8], 0.15), 8)
    p.rect(395, 255, 495, 345, _light(_ACCENTS[(v + 1) % 8], 0.55), 6)
    heap = [
        (160.0, 490.0),
        (200.0, 440.0),
        (260.0, 410.0),
        (320.0, 405.0),
        (380.0, 440.0),
        (420.0, 492.0),
    ]
    p.poly(_smooth(heap, 3), _dark(pellet, 0.25))
    for _ in range(170):
        t = rng.random()
        x = 170 + 240 * t
        top = 492 - 85 * math.sin(math.pi * t) ** 0.8
        y = rng.uniform(top + 4, 492)
        col = _mix(_dark(pellet, 0.2), _light(pellet, 0.25), rng.random())
        p.ellipse(x, y, 7, 5, _dark(col, 0.25))
        p.ellipse(x - 1, y - 1, 5.5, 4, col)
        p.ellipse(x - 2.5, y - 2, 1.6, 1.1, _light(col, 0.7))


def _heap(p: _Pen, rng: Rng, v: int, tone: Color | None = None, fine: bool = False) -> None:
    """A heap of ore, coal or bulk mineral lumps."""
    c = tone or ((140, 84, 60), (118, 78, 64), (150, 104, 72), (112, 102, 98))[v % 4]
    p.soft([(400, 478, 300, 22)])
    outline = [
        (110.0, 480.0),
        (210.0, 380.0),
        (330.0, 250.0),
        (410.0, 215.0),
        (480.0, 250.0),
        (590.0, 370.0),
        (690.0, 480.0),
    ]
    shape = _smooth(outline, 3)
    p.shade([_pg(shape)], ((0, _light(c, 0.25)), (0.5, c), (1, _dark(c, 0.35))))
    n = 260 if fine else 150
    size = 5.0 if fine else 20.0
    for k in range(n):
        t = (k * 0.618 + rng.random() * 0.2) % 1
        x = 140 + 520 * t
        top = 480 - 255 * math.sin(math.pi * t) ** 1.2
        # Lumps shrink towards the foot of the heap so that none sticks out of its outline.
        s = size * rng.uniform(0.6, 1.2) * min(1.0, 0.35 + 1.6 * math.sin(math.pi * t))
        if top + s > 474 - s * 0.5:
            continue
        y = rng.uniform(top + s, 474 - s * 0.5)
        light = 0.35 * (1 - t) - 0.2 * t
        col = _light(c, light) if light > 0 else _dark(c, -light)
        col = _mix(col, _light(col, 0.3), rng.random() * 0.5)
        pts = [
            (
                x + s * math.cos(a) * rng.uniform(0.7, 1.1),
                y + s * 0.8 * math.sin(a) * rng.uniform(0.7, 1.1),
            )
            for a in (0.0, 1.1, 2.2, 3.2, 4.3, 5.3)
        ]
        p.poly(pts, _dark(col, 0.25))
        p.poly(_shift(pts[:4], -s * 0.1, -s * 0.12), col)
        if not fine and rng.random() < 0.5:
            p.poly([pts[2], pts[3], (x, y)], _light(col, 0.3))


# --------------------------------------------------------------------------- textiles


def _fabric(p: _Pen, rng: Rng, v: int) -> None:
    """Rolls of fabric stacked with their ends towards the viewer."""
    start = v * 2
    colours = [_ACCENTS[(start + k * 3) % 8] for k in range(6)]
    colours = [_light(c, 0.15 * (k % 2)) for k, c in enumerate(colours)]
    r = 62.0
    centres = _pyramid(3, r, 330, 472)
    depth = (190.0, -70.0)
    p.soft([(420, 470, 300, 22)])

    def face(i: int, cx: float, cy: float) -> None:
        c = colours[i]
        p.circle(cx, cy, r, _dark(c, 0.3))
        for k in range(7):
            t = 1 - k / 7 * 0.7
            p.circle(cx - 1, cy - 1, r * t - 1.5, _mix(_light(c, 0.12), _dark(c, 0.08), k % 2))
        p.circle(cx, cy, r * 0.26, (196, 160, 112))
        p.circle(cx + 2, cy + 1, r * 0.17, (70, 54, 40))

    _oblique_cylinders(p, centres, r, depth, lambda i: colours[i], face)
    p.arc(centres[0][0], centres[0][1], r + 1, r + 1, 80, 100, _light(colours[0], 0.3), 2)


def _tshirts(p: _Pen, rng: Rng, v: int) -> None:
    """A stack of folded T-shirts, the top one showing its neckline."""
    start = v * 3
    colours = [_ACCENTS[(start + k * 5) % 8] for k in range(4)]
    colours[1] = (244, 244, 242)
    x0, x1, cx = 240.0, 560.0, 400.0
    p.soft([(400, 478, 220, 20)])
    y = 476.0
    for k in range(3, 0, -1):
        c = colours[k]
        p.rect(x0 + k * 2, y - 42, x1 - k * 2, y, _dark(c, 0.22), 14)
        p.rect(x0 + k * 2, y - 42, x1 - k * 2, y - 10, c, 14)
        p.line([(x0 + 40, y - 24), (x1 - 40, y - 24)], _dark(c, 0.1), 2)
        y -= 38
    c = colours[0]
    top = y - 228
    outline = [
        (x0, y),
        (x0, top + 52),
        (x0 + 16, top + 26),
        (cx - 86, top),
        (cx + 86, top),
        (x1 - 16, top + 26),
        (x1, top + 52),
        (x1, y),
    ]
    p.poly(_shift(_smooth(outline, 1), 0, 8), _dark(c, 0.25))
    p.shade([_pg(_smooth(outline, 1))], ((0, _light(c, 0.14)), (1, _dark(c, 0.04))), axis="y")
    for x in (x0 + 44, x1 - 44):
        p.line([(x, top + 44), (x, y - 10)], _dark(c, 0.12), 3)
        p.line([(x + 3, top + 44), (x + 3, y - 10)], _light(c, 0.15), 1.5)
    p.ellipse(cx, top + 26, 66, 30, _dark(c, 0.4))
    p.ellipse(cx, top + 20, 58, 22, _dark(c, 0.28))
    p.ring(cx, top + 26, 66, 30, _light(c, 0.06), 10)
    p.arc(cx, top + 26, 60, 24, 20, 160, _dark(c, 0.14), 1.5)


def _shoe(p: _Pen, cx: float, cy: float, s: float, c: Color, sole: Color) -> None:
    pts = [
        (-1.0, 0.0),
        (-1.04, -0.5),
        (-0.96, -0.86),
        (-0.72, -0.92),
        (-0.5, -0.8),
        (-0.22, -0.74),
        (0.22, -0.56),
        (0.62, -0.42),
        (0.92, -0.3),
        (1.05, -0.12),
        (1.03, 0.0),
    ]
    upper = _smooth([(cx + x * s, cy + y * s) for x, y in pts], 3)
    p.shade([_pg(upper)], ((0, _light(c, 0.15)), (1, _dark(c, 0.2))), axis="y")
    collar = [(-0.96, -0.84), (-0.72, -0.92), (-0.5, -0.8), (-0.72, -0.76)]
    p.poly(_smooth([(cx + x * s, cy + y * s) for x, y in collar], 2), _dark(c, 0.5))
    tongue = [(-0.5, -0.8), (-0.3, -0.84), (-0.16, -0.76), (-0.3, -0.72)]
    p.poly(_smooth([(cx + x * s, cy + y * s) for x, y in tongue], 2), _light(c, 0.1))
    for k in range(5):
        x = cx + (-0.38 + k * 0.12) * s
        y = cy + (-0.72 + k * 0.045) * s
        p.line(
            [(x - 0.05 * s, y - 0.03 * s), (x + 0.06 * s, y + 0.04 * s)], (250, 250, 250), 0.035 * s
        )
    stripe = [
        (cx - 0.56 * s, cy - 0.12 * s),
        (cx + 0.05 * s, cy - 0.56 * s),
        (cx + 0.17 * s, cy - 0.5 * s),
        (cx - 0.38 * s, cy - 0.1 * s),
    ]
    p.poly(stripe, _light(c, 0.6))
    toe = [(0.55, -0.4), (0.92, -0.3), (1.05, -0.12), (1.03, 0.0), (0.6, 0.0)]
    p.poly(_smooth([(cx + x * s, cy + y * s) for x, y in toe], 2), _light(c, 0.22))
    p.rect(cx - 1.08 * s, cy - 0.06 * s, cx + 1.1 * s, cy + 0.17 * s, _dark(sole, 0.14), 0.08 * s)
    p.rect(cx - 1.08 * s, cy - 0.08 * s, cx + 1.1 * s, cy + 0.06 * s, sole, 0.07 * s)


def _shoes(p: _Pen, rng: Rng, v: int) -> None:
    """A pair of sneakers in side view."""
    c = _ACCENTS[(v * 3 + 5) % 8]
    sole = (246, 246, 244) if v % 2 == 0 else (60, 60, 64)
    p.soft([(400, 470, 260, 18)])
    _shoe(p, 350, 360, 170, _dark(c, 0.25), _dark(sole, 0.1))
    _shoe(p, 440, 450, 180, c, sole)


def _handbag(p: _Pen, rng: Rng, v: int) -> None:
    """A leather handbag."""
    c = ((120, 70, 44), (40, 40, 44), (170, 60, 60), (190, 150, 110))[v % 4]
    p.soft([(400, 474, 220, 20)])
    p.arc(400, 240, 110, 120, 180, 360, _dark(c, 0.3), 18)
    p.arc(400, 238, 110, 120, 190, 350, _light(c, 0.1), 6)
    body = [(220.0, 470.0), (250.0, 240.0), (550.0, 240.0), (580.0, 470.0)]
    p.shade([_pg(_smooth(body, 2))], _round_stops(c))
    p.poly(
        _smooth([(245.0, 250.0), (555.0, 250.0), (545.0, 330.0), (255.0, 330.0)], 2), _dark(c, 0.15)
    )
    p.line([(258, 328), (542, 328)], _light(c, 0.2), 2)
    p.rect(385, 315, 415, 345, _GOLD, 5)
    p.rect(392, 322, 408, 338, _dark(_GOLD, 0.3), 3)


# --------------------------------------------------------------------------- food

_JUTE: Color = (196, 164, 112)


def _sack(p: _Pen, rng: Rng, v: int, grain: Color | None = None, bag: Color = _JUTE) -> None:
    """An open sack of grain, rice or sugar, with a few grains spilled in front."""
    g = grain or ((244, 240, 228), (226, 186, 104), (236, 200, 80), (200, 160, 110))[v % 4]
    p.soft([(400, 476, 230, 22)])
    body = [
        (270.0, 476.0),
        (250.0, 330.0),
        (280.0, 190.0),
        (520.0, 190.0),
        (550.0, 330.0),
        (530.0, 476.0),
    ]
    p.shade([_pg(_smooth(body, 3))], _round_stops(bag))
    for k in range(14):
        x = 290.0 + k * 16
        p.line([(x, 215), (x - 4, 470)], _dark(bag, 0.08), 1.5)
    for k in range(12):
        y = 225.0 + k * 21
        p.line([(262, y), (538, y + 2)], _dark(bag, 0.06), 1.5)
    p.ellipse(400, 195, 140, 46, _dark(bag, 0.25))
    p.shade([_ell(400, 190, 126, 38)], ((0, _light(g, 0.25)), (1, _dark(g, 0.1))), axis="y")
    for _ in range(90):
        a = rng.random() * 2 * math.pi
        rr = math.sqrt(rng.random())
        x, y = 400 + 118 * rr * math.cos(a), 190 + 32 * rr * math.sin(a)
        p.ellipse(x, y, 4.5, 2.5, _dark(g, 0.12) if rng.random() < 0.5 else _light(g, 0.3))
    p.arc(400, 198, 140, 46, 0, 180, _light(bag, 0.15), 12)
    p.arc(400, 198, 140, 46, 180, 360, _dark(bag, 0.1), 6)
    heap = [(470.0, 500.0), (520.0, 470.0), (580.0, 460.0), (640.0, 478.0), (670.0, 502.0)]
    p.poly(_smooth(heap, 3), _dark(g, 0.1))
    for _ in range(60):
        t = rng.random()
        x = 480 + 185 * t
        y = rng.uniform(502 - 38 * math.sin(math.pi * t), 502)
        p.ellipse(x, y, 4.5, 2.5, _light(g, 0.25) if rng.random() < 0.6 else _dark(g, 0.2))


def _fish(p: _Pen, rng: Rng, v: int) -> None:
    """Whole fish on crushed ice."""
    back = ((60, 90, 120), (90, 110, 120), (170, 80, 70), (70, 110, 100))[v % 4]
    belly = (236, 238, 240) if v % 4 != 2 else (246, 214, 200)
    p.soft([(400, 470, 280, 20)])
    ice = [
        (130.0, 470.0),
        (180.0, 410.0),
        (300.0, 390.0),
        (500.0, 392.0),
        (630.0, 410.0),
        (680.0, 470.0),
    ]
    p.poly(_smooth(ice, 3), (214, 230, 240))
    for _ in range(60):
        x, y = rng.uniform(160, 650), rng.uniform(405, 470)
        s = rng.uniform(6, 13)
        pts = [
            (x + s * math.cos(a + rng.random()), y + s * 0.6 * math.sin(a)) for a in (0.0, 2.1, 4.2)
        ]
        p.poly(pts, (236, 246, 252) if rng.random() < 0.6 else (190, 214, 230))

    def fish(cx: float, cy: float, s: float, col: Color) -> None:
        body = [
            (cx - s, cy),
            (cx - 0.55 * s, cy - 0.36 * s),
            (cx + 0.2 * s, cy - 0.4 * s),
            (cx + 0.72 * s, cy - 0.12 * s),
            (cx + 0.72 * s, cy + 0.12 * s),
            (cx + 0.2 * s, cy + 0.34 * s),
            (cx - 0.55 * s, cy + 0.3 * s),
        ]
        tail = [
            (cx + 0.62 * s, cy),
            (cx + 1.05 * s, cy - 0.32 * s),
            (cx + 0.96 * s, cy),
            (cx + 1.05 * s, cy + 0.32 * s),
        ]
        fin = [
            (cx - 0.2 * s, cy - 0.36 * s),
            (cx + 0.05 * s, cy - 0.58 * s),
            (cx + 0.35 * s, cy - 0.32 * s),
        ]
        p.poly(_smooth(fin, 1), _dark(col, 0.2))
        p.poly(_smooth(tail, 1), _dark(col, 0.1))
        p.shade(
            [_pg(_smooth(body, 3))],
            ((0, _dark(col, 0.1)), (0.45, _light(col, 0.3)), (0.6, belly), (1, _dark(belly, 0.1))),
            axis="y",
        )
        p.arc(cx - 0.5 * s, cy, 0.18 * s, 0.3 * s, 300, 60, _dark(col, 0.3), 0.018 * s)
        p.circle(cx - 0.76 * s, cy - 0.08 * s, 0.065 * s, WHITE)
        p.circle(cx - 0.76 * s, cy - 0.08 * s, 0.04 * s, (20, 20, 24))
        p.line(
            [(cx - 0.45 * s, cy + 0.02 * s), (cx + 0.6 * s, cy + 0.02 * s)],
            _light(col, 0.45),
            0.012 * s,
        )

    fish(380, 330, 230, _dark(back, 0.1))
    fish(420, 400, 250, back)


def _fruit(p: _Pen, rng: Rng, v: int, tone: Color | None = None) -> None:
    """A wooden crate heaped with round fruit."""
    c = tone or ((240, 146, 40), (200, 40, 44), (120, 170, 60), (240, 196, 60))[v % 4]
    wood = (196, 150, 98)
    p.soft([(400, 478, 250, 20)])
    r = 46.0
    for row, (n, y) in enumerate(((5, 330.0), (4, 300.0), (3, 268.0))):
        for k in range(n):
            x = 400 + (k - (n - 1) / 2) * r * 1.9 + rng.uniform(-5, 5)
            col = _mix(c, _dark(c, 0.2), rng.random() * 0.5)
            _sphere(p, x, y + rng.uniform(-4, 4), r, col, 6)
            if row == 2 or rng.random() < 0.3:
                p.line([(x + 2, y - r + 6), (x + 6, y - r - 8)], (90, 70, 40), 4)
                p.poly(
                    _smooth(
                        [
                            (x + 6, y - r - 4),
                            (x + 30, y - r - 18),
                            (x + 36, y - r - 4),
                            (x + 14, y - r + 2),
                        ],
                        2,
                    ),
                    (60, 140, 60),
                )
    _block(p, 190, 340, 420, 135, 0.001, -0.001, wood)
    for k in range(3):
        y = 348 + k * 43
        p.rect(190, y, 610, y + 36, _light(wood, 0.08 * (k % 2)), 3)
        p.line([(196, y + 34), (604, y + 34)], _dark(wood, 0.25), 2)
    for x in (190.0, 586.0):
        p.rect(x, 340, x + 24, 476, _dark(wood, 0.15))


def _coffee(p: _Pen, rng: Rng, v: int, tea: bool = False) -> None:
    """A cup on its saucer with coffee beans (or tea leaves) scattered in front."""
    cup = ((250, 250, 248), (236, 226, 210), (250, 250, 248), (60, 64, 72))[v % 4]
    drink = (120, 60, 30) if not tea else (190, 110, 40)
    p.soft([(400, 470, 230, 22)])
    p.ellipse(420, 432, 190, 44, _dark(cup, 0.15))
    p.ellipse(420, 426, 186, 40, cup)
    p.ellipse(420, 426, 110, 22, _dark(cup, 0.06))
    p.ring(540, 330, 50, 48, _dark(cup, 0.12), 20)
    body = [
        (290.0, 250.0),
        (550.0, 250.0),
        (530.0, 370.0),
        (480.0, 425.0),
        (360.0, 425.0),
        (310.0, 370.0),
    ]
    p.shade([_pg(_smooth(body, 2))], _round_stops(cup))
    p.ellipse(420, 250, 130, 30, _dark(cup, 0.1))
    p.ellipse(420, 253, 118, 24, drink)
    p.ellipse(400, 248, 50, 8, _light(drink, 0.3))
    for _ in range(14 if not tea else 10):
        x, y = rng.uniform(150, 660), rng.uniform(470, 520)
        if x > 240 and x < 600 and y < 480:
            continue
        ang = rng.uniform(0, 180)
        if tea:
            leaf = _rot(_smooth([(x - 22, y), (x, y - 9), (x + 22, y), (x, y + 9)], 2), x, y, ang)
            p.poly(leaf, (70, 120, 50) if rng.random() < 0.6 else (50, 90, 40))
            p.line(_rot([(x - 18, y), (x + 18, y)], x, y, ang), (110, 160, 80), 1.5)
        else:
            bean = _rot(_ellipse_pts(x, y, 16, 11, 20), x, y, ang)
            p.poly(bean, (90, 50, 28))
            p.line(
                _rot([(x - 12, y), (x - 3, y - 2), (x + 3, y + 2), (x + 12, y)], x, y, ang),
                (50, 26, 14),
                2.5,
            )
            p.poly(_rot(_ellipse_pts(x - 5, y - 4, 6, 3, 10), x, y, ang), (130, 80, 50))


def _tea(p: _Pen, rng: Rng, v: int) -> None:
    _coffee(p, rng, v, tea=True)


def _packaged(p: _Pen, rng: Rng, v: int, kind: str = "bottles") -> None:
    """Packaged food and drink: bottles, cans or jars with blank labels."""
    p.soft([(400, 476, 270, 22)])
    glass = ((64, 120, 60), (150, 90, 40), (60, 110, 130), (70, 80, 50))[v % 4]
    label = _PASTELS[v % len(_PASTELS)]
    accent = _ACCENTS[(v * 3) % 8]
    if kind in ("bottles", "wine", "oil"):
        if kind == "oil":
            glass = (226, 180, 50)
        tall = kind == "wine"
        for k, cx in enumerate((300.0, 400.0, 500.0)):
            base = 470.0 + (6 if k == 1 else 0)
            h, w = (300.0, 86.0) if tall else (250.0, 96.0)
            col = _dark(glass, 0.15 * (k % 2))
            _cylinder(p, cx, base, w, h - 90, col, ry=12)
            neck = [
                (cx - w / 2, base - h + 90),
                (cx + w / 2, base - h + 90),
                (cx + 14, base - h + 20),
                (cx - 14, base - h + 20),
            ]
            p.shade(
                [_pg(_smooth(neck, 1)), _box(cx - 14, base - h - 20, cx + 14, base - h + 30)],
                _round_stops(col),
            )
            p.shade(
                [_box(cx - 16, base - h - 30, cx + 16, base - h - 8)],
                _metal_stops(accent if tall else _GOLD),
            )
            p.rect(cx - w / 2, base - 150, cx + w / 2, base - 60, label)
            p.rect(cx - w / 2, base - 140, cx + w / 2, base - 128, accent)
            p.tint([_box(cx - w / 2 + 12, base - h + 95, cx - w / 2 + 22, base - 20)], WHITE, 0.25)
        return
    if kind == "cans":
        for k, (cx, base) in enumerate(((300.0, 410.0), (500.0, 410.0), (400.0, 476.0))):
            col = _ACCENTS[(v + k * 3) % 8]
            _cylinder(p, cx, base, 150, 170, (190, 196, 204), ry=24, metal=True)
            p.shade([_box(cx - 75, base - 150, cx + 75, base - 20)], _round_stops(col))
            p.rect(cx - 75, base - 110, cx + 75, base - 60, _light(col, 0.7))
            for rr in (0.9, 0.75):
                p.ring(cx, base - 170, 75 * rr, 24 * rr, (150, 156, 166), 2)
        return
    for k, (cx, base) in enumerate(((310.0, 420.0), (490.0, 420.0), (400.0, 478.0))):
        fill = ((200, 50, 40), (240, 160, 40), (120, 60, 90), (100, 150, 60))[(v + k) % 4]
        _cylinder(p, cx, base, 140, 150, fill, ry=22)
        p.rect(cx - 70, base - 110, cx + 70, base - 40, label)
        p.tint([_box(cx - 55, base - 140, cx - 42, base - 12)], WHITE, 0.3)
        _cylinder(p, cx, base - 150, 144, 30, accent, ry=22, metal=True)


def _cans(p: _Pen, rng: Rng, v: int) -> None:
    _packaged(p, rng, v, "cans")


def _jars(p: _Pen, rng: Rng, v: int) -> None:
    _packaged(p, rng, v, "jars")


def _bottles(p: _Pen, rng: Rng, v: int) -> None:
    _packaged(p, rng, v, "bottles")


def _wine(p: _Pen, rng: Rng, v: int) -> None:
    _packaged(p, rng, v, "wine")


def _oil(p: _Pen, rng: Rng, v: int) -> None:
    _packaged(p, rng, v, "oil")


def _carton(p: _Pen, rng: Rng, v: int, band: Color | None = None) -> None:
    """Stacked corrugated cartons: the generic shipment."""
    kraft = (200, 160, 112)
    tape = (222, 196, 150)
    p.soft([(400, 476, 280, 22)])

    def box(x: float, y: float, w: float, h: float) -> None:
        dx, dy = w * 0.3, -w * 0.2
        _block(p, x, y, w, h, dx, dy, kraft)
        p.poly(
            [
                (x + w / 2 - 14, y),
                (x + w / 2 - 14 + dx, y + dy),
                (x + w / 2 + 14 + dx, y + dy),
                (x + w / 2 + 14, y),
            ],
            tape,
        )
        p.rect(x + w / 2 - 14, y, x + w / 2 + 14, y + h * 0.35, tape)
        p.line([(x, y + 2), (x + w, y + 2)], _light(kraft, 0.3), 1.5)
        if band is not None:
            p.rect(x + 14, y + h * 0.5, x + w - 14, y + h * 0.8, band, 4)

    box(180, 300, 240, 176)
    box(400 + (v % 2) * 10, 330, 200, 146)
    box(210 + (v % 3) * 12, 160, 190, 140)


def _food_carton(p: _Pen, rng: Rng, v: int) -> None:
    _carton(p, rng, v, band=(80, 150, 70))


# --------------------------------------------------------------------------- wood, furniture


def _planks(p: _Pen, rng: Rng, v: int) -> None:
    """A stack of sawn timber boards with their end grain towards the viewer."""
    wood = ((222, 180, 128), (196, 146, 96), (230, 200, 150), (170, 110, 70))[v % 4]
    w, h, dx, dy = 86.0, 34.0, 230.0, -100.0
    cols, rows = 4, 5
    x0, base = 160.0, 470.0
    p.soft([(x0 + cols * w / 2 + dx / 2, 470, 300, 22)])
    for row in range(rows):
        y = base - (row + 1) * (h + 6)
        for col in range(cols):
            x = x0 + col * (w + 4)
            if row == rows - 1:
                p.poly(
                    [(x, y), (x + dx, y + dy), (x + w + dx, y + dy), (x + w, y)], _light(wood, 0.2)
                )
                for k in range(3):
                    t = (k + 1) / 4
                    p.line([(x + w * t, y), (x + w * t + dx, y + dy)], _dark(wood, 0.08), 1.5)
            if col == cols - 1:
                p.poly(
                    [(x + w, y), (x + w + dx, y + dy), (x + w + dx, y + h + dy), (x + w, y + h)],
                    _dark(wood, 0.2),
                )
        if row < rows - 1:
            p.poly(
                [
                    (x0 - 4, y - 2),
                    (x0 - 4 + dx, y - 2 + dy),
                    (x0 - 4 + dx, y - 6 + dy),
                    (x0 - 4, y - 6),
                ],
                _dark(wood, 0.4),
            )
    for row in range(rows):
        y = base - (row + 1) * (h + 6)
        for col in range(cols):
            x = x0 + col * (w + 4)
            p.rect(x, y, x + w, y + h, _light(wood, 0.1))
            ox, oy = x + rng.uniform(-20, w + 20), y + h + rng.uniform(10, 40)
            for rr in (30.0, 48.0, 66.0, 84.0):
                pts = [
                    (ox + rr * math.cos(a / 24 * math.pi), oy - rr * math.sin(a / 24 * math.pi))
                    for a in range(25)
                ]
                pts = [
                    (px, py) for px, py in pts if x + 2 < px < x + w - 2 and y + 2 < py < y + h - 2
                ]
                if len(pts) > 1:
                    p.line(pts, _dark(wood, 0.15), 1.5)
            p.rect(x, y + h - 3, x + w, y + h, _dark(wood, 0.2))


def _chair(p: _Pen, rng: Rng, v: int) -> None:
    """A modern upholstered chair in three-quarter view."""
    seat_c = _ACCENTS[(v * 3 + 4) % 8]
    leg = ((150, 104, 64), (40, 40, 44), (196, 150, 100), (170, 176, 186))[v % 4]
    p.soft([(410, 480, 160, 18)])
    bl, br, fr, fl = (290.0, 322.0), (470.0, 308.0), (512.0, 366.0), (318.0, 390.0)
    back = _smooth(
        [
            (288.0, 330.0),
            (294.0, 168.0),
            (318.0, 140.0),
            (446.0, 128.0),
            (468.0, 150.0),
            (472.0, 316.0),
        ],
        2,
    )
    p.poly(_shift(back, 10, -4), _dark(seat_c, 0.35))
    p.shade([_pg(back)], _round_stops(seat_c))
    for (x, y), length in ((bl, 118.0), (br, 122.0)):
        p.line([(x + 12, y), (x + 10, y + length)], _dark(leg, 0.3), 12)
    seat = [bl, br, fr, fl]
    p.poly([fl, fr, (fr[0], fr[1] + 24), (fl[0], fl[1] + 24)], _dark(seat_c, 0.25))
    p.poly([fr, br, (br[0], br[1] + 24), (fr[0], fr[1] + 24)], _dark(seat_c, 0.4))
    p.shade(
        [_pg(_smooth(seat, 1))], ((0, _dark(seat_c, 0.05)), (1, _light(seat_c, 0.18))), axis="y"
    )
    for (x, y), length in ((fl, 92.0), (fr, 100.0)):
        p.line(
            [(x + (10 if x < 400 else -10), y + 20), (x + (8 if x < 400 else -6), y + 20 + length)],
            leg,
            13,
        )


def _mattress(p: _Pen, rng: Rng, v: int) -> None:
    """A quilted mattress."""
    c = ((246, 246, 244), (232, 238, 246), (244, 236, 224), (236, 236, 242))[v % 4]
    trim = _ACCENTS[(v * 2 + 7) % 8]
    q = [(250.0, 240.0), (620.0, 230.0), (650.0, 340.0), (160.0, 360.0)]
    t = 80.0
    p.soft([(400, 446, 300, 24)])
    p.shade(
        [_pg([q[3], q[2], (q[2][0], q[2][1] + t), (q[3][0], q[3][1] + t)])],
        ((0, _dark(c, 0.06)), (1, _dark(c, 0.18))),
        axis="y",
    )
    p.poly([q[2], q[1], (q[1][0], q[1][1] + t), (q[2][0], q[2][1] + t)], _dark(c, 0.22))
    for k in (0.3, 0.7):
        p.line(
            [(q[3][0], q[3][1] + t * k), (q[2][0], q[2][1] + t * k), (q[1][0], q[1][1] + t * k)],
            trim,
            4,
        )
    p.shade([_pg(q)], ((0, _dark(c, 0.04)), (1, _light(c, 0.5))), axis="y")
    for j in range(1, 4):
        for i in range(1, 8):
            x, y = _quad(q, i / 8, j / 4)
            p.ellipse(x, y, 5, 3, _dark(c, 0.2))
            p.ellipse(x - 1, y - 1.5, 3, 1.5, WHITE)
    p.line([q[3], q[2], q[1]], _light(c, 0.6), 3)


# --------------------------------------------------------------------------- glass, ceramics, optics


def _glass_panes(p: _Pen, rng: Rng, v: int) -> None:
    """Float glass panes leaning on a rack."""
    tint = ((170, 214, 210), (160, 196, 220), (180, 210, 190), (150, 170, 180))[v % 4]
    p.soft([(400, 476, 260, 16)])
    p.poly([(180, 476), (620, 476), (600, 466), (200, 466)], (110, 116, 126))
    for k in range(5):
        off = k * 22
        pane = [
            (220.0 + off, 466.0),
            (560.0 + off, 466.0),
            (500.0 + off, 120.0 + k * 6),
            (160.0 + off, 120.0 + k * 6),
        ]
        p.tint([_pg(pane)], tint, 0.28)
        p.line([pane[0], pane[3], pane[2], pane[1]], _dark(tint, 0.25), 2.5)
        p.line([pane[0], pane[1]], _dark(tint, 0.35), 4)
        p.tint(
            [
                _pg(
                    [
                        _quad(pane, 0.2, 0),
                        _quad(pane, 0.3, 0),
                        _quad(pane, 0.12, 1),
                        _quad(pane, 0.02, 1),
                    ]
                )
            ],
            WHITE,
            0.3,
        )


def _glassware(p: _Pen, rng: Rng, v: int) -> None:
    """A wine glass, a tumbler and a glass jar."""
    edge = (150, 176, 190)
    tint = (210, 230, 240)
    p.soft([(400, 476, 250, 18)])

    def outline(pts: Sequence[Point]) -> None:
        p.tint([_pg(pts)], tint, 0.35)
        p.line([*pts, pts[0]], edge, 2.5)

    cx = 290.0
    bowl = _smooth(
        [
            (cx - 70, 180.0),
            (cx + 70, 180.0),
            (cx + 66, 280.0),
            (cx + 20, 330.0),
            (cx - 20, 330.0),
            (cx - 66, 280.0),
        ],
        3,
    )
    outline(bowl)
    wine = ((150, 30, 50), (230, 200, 120), (150, 30, 50), (230, 200, 120))[v % 4]
    p.tint([_pg([pt for pt in bowl if pt[1] > 262])], wine, 0.8)
    p.line([(cx, 330), (cx, 460)], edge, 6)
    p.ellipse(cx, 466, 60, 12, tint)
    p.ring(cx, 466, 60, 12, edge, 2.5)
    p.tint([_box(cx - 48, 200, cx - 38, 290)], WHITE, 0.6)
    tx = 450.0
    tumbler = [(tx - 60, 290.0), (tx + 60, 290.0), (tx + 50, 470.0), (tx - 50, 470.0)]
    outline(tumbler)
    p.tint(
        [_pg([(tx - 50, 450.0), (tx + 50, 450.0), (tx + 50, 470.0), (tx - 50, 470.0)])], edge, 0.5
    )
    p.ellipse(tx, 290, 60, 12, _light(tint, 0.3))
    p.ring(tx, 290, 60, 12, edge, 2)
    p.tint([_box(tx - 42, 305, tx - 32, 440)], WHITE, 0.6)
    jx = 580.0
    jar = [
        (jx - 55, 250.0),
        (jx + 55, 250.0),
        (jx + 60, 280.0),
        (jx + 60, 470.0),
        (jx - 60, 470.0),
        (jx - 60, 280.0),
    ]
    outline(jar)
    p.shade([_box(jx - 50, 222, jx + 50, 250)], _metal_stops((190, 196, 204)))
    p.tint([_box(jx - 46, 290, jx - 36, 450)], WHITE, 0.6)


def _tiles(p: _Pen, rng: Rng, v: int) -> None:
    """A board of ceramic floor tiles in perspective, with a stack of tiles."""
    c = ((236, 232, 224), (196, 200, 206), (214, 190, 160), (120, 128, 140))[v % 4]
    q = [(260.0, 210.0), (640.0, 230.0), (600.0, 440.0), (120.0, 410.0)]
    p.soft([(390, 450, 290, 30)])
    p.poly([q[3], q[2], (q[2][0], q[2][1] + 14), (q[3][0], q[3][1] + 14)], _dark(c, 0.35))
    p.poly([q[2], q[1], (q[1][0], q[1][1] + 14), (q[2][0], q[2][1] + 14)], _dark(c, 0.45))
    p.poly(q, (150, 150, 150))
    for j in range(3):
        for i in range(3):
            tile = _subquad(
                q, i / 3 + 0.008, j / 3 + 0.012, (i + 1) / 3 - 0.008, (j + 1) / 3 - 0.012
            )
            col = _mix(c, _light(c, 0.3), ((i + j) % 2) * 0.6)
            p.shade([_pg(tile)], ((0, _light(col, 0.2)), (1, col)), axis="y")
            if v % 2 == 0:
                a, b = _quad(tile, 0.1, rng.random()), _quad(tile, 0.9, rng.random())
                p.line(
                    [a, ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + rng.uniform(-8, 8)), b],
                    _dark(col, 0.1),
                    1.5,
                )


def _basin(p: _Pen, rng: Rng, v: int) -> None:
    """A ceramic washbasin with a chrome tap."""
    white = (246, 246, 246)
    p.soft([(400, 476, 210, 18)])
    p.shade(
        [_pg([(340.0, 330.0), (460.0, 330.0), (440.0, 474.0), (360.0, 474.0)])], _round_stops(white)
    )
    p.ellipse(400, 300, 220, 90, _dark(white, 0.12))
    p.shade([_ell(400, 290, 220, 84)], ((0, WHITE), (1, (228, 230, 232))), axis="y")
    p.shade([_ell(400, 300, 170, 56)], ((0, (196, 200, 206)), (1, (244, 246, 248))), axis="y")
    p.ellipse(410, 312, 14, 5, (140, 146, 154))
    chrome = (200, 206, 214)
    p.shade([_box(390, 190, 410, 252)], _metal_stops(chrome))
    p.shade([_box(400, 186, 470, 204)], _metal_stops(chrome), axis="y")
    p.ellipse(400, 252, 24, 7, _dark(chrome, 0.2))
    p.shade([_box(380, 170, 420, 182)], _metal_stops(chrome))


def _bricks(p: _Pen, rng: Rng, v: int) -> None:
    """A stack of bricks."""
    c = ((170, 80, 56), (196, 120, 80), (150, 150, 146), (200, 170, 120))[v % 4]
    p.soft([(420, 476, 270, 22)])
    w, h, dx, dy = 110.0, 44.0, 90.0, -56.0
    for row in range(6):
        y = 476 - (row + 1) * h
        shift = 0.0 if row % 2 == 0 else w / 2
        n = 3 if row % 2 == 0 else 2
        for k in range(n):
            x = 200 + shift + k * w
            col = _mix(c, _dark(c, 0.15), rng.random())
            _block(p, x, y, w - 3, h - 3, dx, dy, col)


def _glasses(p: _Pen, rng: Rng, v: int) -> None:
    """A pair of glasses or sunglasses, slightly from above."""
    frame = ((30, 30, 34), (140, 80, 50), (190, 160, 90), (60, 90, 150))[v % 4]
    sun = v % 2 == 0
    p.soft([(400, 420, 230, 16)])
    for side in (-1, 1):
        p.line(
            [(400 + side * 200, 250), (400 + side * 250, 200), (400 + side * 268, 180)],
            _dark(frame, 0.2),
            10,
        )
    for side in (-1, 1):
        cx = 400 + side * 110
        lens = _smooth(
            [
                (cx - 90, 240.0),
                (cx + 90, 240.0),
                (cx + 80, 330.0),
                (cx + 40, 360.0),
                (cx - 40, 360.0),
                (cx - 82, 330.0),
            ],
            3,
        )
        if sun:
            p.shade([_pg(lens)], ((0, (40, 50, 60)), (1, (100, 110, 120))), axis="y")
        else:
            p.tint([_pg(lens)], (210, 230, 244), 0.45)
        p.line([*lens, lens[0]], frame, 12)
        p.tint(
            [_pg([(cx - 60, 250.0), (cx - 30, 250.0), (cx - 70, 340.0), (cx - 80, 320.0)])],
            WHITE,
            0.35,
        )
    p.arc(400, 262, 30, 20, 200, 340, frame, 10)


def _gauge(p: _Pen, rng: Rng, v: int) -> None:
    """A dial pressure gauge: a measuring instrument without digits."""
    case = ((196, 200, 208), (40, 44, 52), (200, 164, 80), (196, 200, 208))[v % 4]
    cx, cy, r = 400.0, 270.0, 160.0
    p.soft([(400, 476, 150, 16)])
    p.shade([_box(370, 420, 430, 470)], _metal_stops((200, 164, 80)))
    p.shade([_box(360, 400, 440, 425)], _metal_stops((200, 164, 80)), axis="y")
    p.circle(cx + 8, cy + 8, r, _dark(case, 0.5))
    p.shade([_ell(cx, cy, r, r)], _metal_stops(case))
    p.circle(cx, cy, r * 0.86, (246, 246, 244))
    p.arc(cx, cy, r * 0.72, r * 0.72, 135, 290, (60, 170, 90), 10)
    p.arc(cx, cy, r * 0.72, r * 0.72, 350, 405, (210, 60, 50), 10)
    for k in range(41):
        a = math.radians(135 + 270 * k / 40)
        r0 = r * (0.66 if k % 5 == 0 else 0.72)
        p.line(
            [
                (cx + r0 * math.cos(a), cy + r0 * math.sin(a)),
                (cx + r * 0.8 * math.cos(a), cy + r * 0.8 * math.sin(a)),
            ],
            (40, 40, 44),
            3 if k % 5 == 0 else 1.5,
        )
    a = math.radians(135 + 270 * (0.35 + 0.1 * v))
    p.line(
        [
            (cx - 20 * math.cos(a), cy - 20 * math.sin(a)),
            (cx + r * 0.68 * math.cos(a), cy + r * 0.68 * math.sin(a)),
        ],
        (200, 40, 40),
        5,
    )
    p.circle(cx, cy, 12, (40, 40, 44))
    p.tint(
        [_pg([(cx - 100, cy - 100), (cx - 40, cy - 130), (cx + 40, cy - 40), (cx - 20, cy - 10)])],
        WHITE,
        0.25,
    )


def _watch(p: _Pen, rng: Rng, v: int) -> None:
    """A wristwatch with a leather or metal strap."""
    strap = ((110, 66, 40), (40, 40, 44), (190, 196, 204), (60, 90, 140))[v % 4]
    case = ((200, 206, 214), (212, 178, 104), (200, 206, 214), (60, 62, 68))[v % 4]
    dial = ((246, 246, 244), (30, 40, 60), (24, 24, 28), (240, 236, 226))[v % 4]
    hands = (30, 30, 34) if sum(dial) > 400 else (240, 240, 240)
    cx, cy, r = 400.0, 290.0, 110.0
    p.soft([(400, 470, 140, 16)])
    p.shade([_box(cx - 70, 60, cx + 70, 200)], _round_stops(strap))
    p.shade([_box(cx - 70, 380, cx + 70, 500)], _round_stops(strap))
    for y in (90.0, 450.0):
        p.line([(cx - 60, y), (cx + 60, y)], _dark(strap, 0.3), 2)
    p.circle(cx + 6, cy + 6, r + 16, _dark(case, 0.5))
    p.shade([_ell(cx, cy, r + 16, r + 16)], _metal_stops(case))
    p.rect(cx + r + 8, cy - 14, cx + r + 30, cy + 14, case, 5)
    p.circle(cx, cy, r, dial)
    for k in range(12):
        a = 2 * math.pi * k / 12
        r0 = r * (0.74 if k % 3 == 0 else 0.82)
        p.line(
            [
                (cx + r0 * math.cos(a), cy + r0 * math.sin(a)),
                (cx + r * 0.9 * math.cos(a), cy + r * 0.9 * math.sin(a)),
            ],
            hands,
            5 if k % 3 == 0 else 2.5,
        )
    p.line([(cx, cy), (cx + 50 * math.cos(-2.2), cy + 50 * math.sin(-2.2))], hands, 7)
    p.line([(cx, cy), (cx + 80 * math.cos(-0.6), cy + 80 * math.sin(-0.6))], hands, 5)
    p.line([(cx, cy), (cx + 84 * math.cos(1.9), cy + 84 * math.sin(1.9))], (210, 50, 40), 2)
    p.circle(cx, cy, 7, hands)
    p.tint(
        [_pg([(cx - 80, cy - 60), (cx - 20, cy - 100), (cx + 30, cy - 40), (cx - 40, cy - 10)])],
        WHITE,
        0.15,
    )


# --------------------------------------------------------------------------- medical


def _gloves(p: _Pen, rng: Rng, v: int) -> None:
    """A pair of examination gloves in front of their dispenser box."""
    c = ((80, 140, 220), (130, 100, 200), (246, 244, 236), (236, 218, 180))[v % 4]
    p.soft([(400, 476, 250, 20)])
    _block(p, 170, 250, 300, 220, 90, -56, (246, 248, 250))
    p.rect(200, 290, 440, 320, c, 6)
    p.poly(
        [(200 + 60, 250 - 10), (200 + 130, 250 - 48), (200 + 230, 250 - 48), (200 + 160, 250 - 10)],
        _dark(c, 0.3),
    )

    def glove(cx: float, base: float, col: Color, ang: float) -> None:
        parts: list[list[Point]] = [
            _capsule((cx - 45, base - 110), (cx - 45, base - 160), 22),
            _capsule((cx - 50, base - 170), (cx - 56, base - 268), 13),
            _capsule((cx - 20, base - 175), (cx - 20, base - 292), 14),
            _capsule((cx + 10, base - 175), (cx + 14, base - 284), 14),
            _capsule((cx + 38, base - 165), (cx + 46, base - 250), 12),
            _capsule((cx - 70, base - 110), (cx - 118, base - 178), 14),
        ]
        palm = [
            (cx - 75, base - 180),
            (cx + 55, base - 180),
            (cx + 50, base - 60),
            (cx + 40, base),
            (cx - 65, base),
            (cx - 72, base - 60),
        ]
        parts.append(_smooth(palm, 2))
        for part in parts:
            p.poly(_rot(part, cx, base, ang), _dark(col, 0.12))
        for part in parts:
            p.poly(_rot(_shift(part, 3, 2), cx, base, ang), col)
        p.poly(
            _rot(
                [(cx - 65, base - 20), (cx + 40, base - 20), (cx + 40, base), (cx - 65, base)],
                cx,
                base,
                ang,
            ),
            _light(col, 0.2),
        )

    glove(430, 480, _dark(c, 0.1), 8)
    glove(560, 486, c, -10)


def _syringe(p: _Pen, rng: Rng, v: int) -> None:
    """A syringe beside a vial."""
    liquid = ((80, 150, 230), (230, 200, 80), (230, 120, 120), (120, 200, 160))[v % 4]
    p.soft([(400, 476, 260, 18)])
    cx, cy, ang = 380.0, 330.0, -28.0

    def r(pts: Sequence[Point]) -> list[Point]:
        return _rot(pts, cx, cy, ang)

    p.line(r([(cx + 210, cy), (cx + 330, cy)]), (170, 176, 186), 3)
    p.poly(
        r([(cx + 180, cy - 12), (cx + 212, cy - 6), (cx + 212, cy + 6), (cx + 180, cy + 12)]),
        (200, 206, 214),
    )
    p.poly(
        r([(cx - 240, cy - 8), (cx - 60, cy - 8), (cx - 60, cy + 8), (cx - 240, cy + 8)]),
        (226, 230, 236),
    )
    p.poly(
        r([(cx - 256, cy - 40), (cx - 240, cy - 40), (cx - 240, cy + 40), (cx - 256, cy + 40)]),
        (214, 218, 226),
    )
    p.poly(
        r([(cx - 150, cy - 58), (cx - 136, cy - 58), (cx - 136, cy + 58), (cx - 150, cy + 58)]),
        (236, 238, 242),
    )
    barrel = r([(cx - 140, cy - 36), (cx + 180, cy - 36), (cx + 180, cy + 36), (cx - 140, cy + 36)])
    p.tint(
        [
            _pg(
                r(
                    [
                        (cx - 40, cy - 34),
                        (cx + 180, cy - 34),
                        (cx + 180, cy + 34),
                        (cx - 40, cy + 34),
                    ]
                )
            )
        ],
        liquid,
        0.55,
    )
    p.poly(
        r([(cx - 60, cy - 34), (cx - 40, cy - 34), (cx - 40, cy + 34), (cx - 60, cy + 34)]),
        (50, 52, 60),
    )
    p.tint([_pg(barrel)], (220, 236, 248), 0.3)
    p.line([*barrel, barrel[0]], (150, 170, 190), 2.5)
    for k in range(10):
        x = cx - 20 + k * 20
        p.line(r([(x, cy - 36), (x, cy - (20 if k % 2 else 12))]), (90, 100, 120), 2)
    p.tint(
        [
            _pg(
                r(
                    [
                        (cx - 130, cy - 28),
                        (cx + 170, cy - 28),
                        (cx + 170, cy - 20),
                        (cx - 130, cy - 20),
                    ]
                )
            )
        ],
        WHITE,
        0.6,
    )
    vx = 600.0
    p.tint([_box(vx - 40, 330, vx + 40, 476)], (220, 236, 248), 0.5)
    p.tint([_box(vx - 40, 380, vx + 40, 476)], liquid, 0.6)
    p.line([(vx - 40, 330), (vx - 40, 476), (vx + 40, 476), (vx + 40, 330)], (150, 170, 190), 2.5)
    p.rect(vx - 26, 300, vx + 26, 332, (200, 206, 214))
    p.shade([_box(vx - 34, 282, vx + 34, 304)], _round_stops(_ACCENTS[(v + 1) % 8]))
    p.tint([_box(vx - 32, 340, vx - 24, 466)], WHITE, 0.5)


def _masks(p: _Pen, rng: Rng, v: int) -> None:
    """A box of disposable face masks with one mask in front."""
    c = ((150, 200, 230), (246, 246, 246), (60, 64, 72), (240, 190, 200))[v % 4]
    p.soft([(400, 476, 270, 20)])
    _block(p, 200, 180, 330, 200, 110, -60, (244, 246, 250))
    p.rect(220, 200, 510, 230, _ACCENTS[(v + 4) % 8], 6)
    p.poly(
        [(230 + 40, 180 - 8), (230 + 120, 180 - 50), (230 + 260, 180 - 50), (230 + 180, 180 - 8)],
        (200, 206, 214),
    )
    loop = (236, 238, 240) if v % 4 != 1 else (180, 186, 196)
    mx0, my0, mx1, my1 = 260.0, 300.0, 540.0, 460.0
    p.ring(mx0 - 10, (my0 + my1) / 2, 50, 60, loop, 5)
    p.ring(mx1 + 10, (my0 + my1) / 2, 50, 60, loop, 5)
    p.shade([_box(mx0, my0, mx1, my1)], _round_stops(c), axis="y")
    p.rect(mx0, my0, mx1, my1, c, 14)
    for k in range(1, 4):
        y = my0 + k * (my1 - my0) / 4
        p.line([(mx0 + 6, y), (mx1 - 6, y)], _dark(c, 0.15), 3)
        p.line([(mx0 + 6, y + 3), (mx1 - 6, y + 3)], _light(c, 0.3), 1.5)
    p.line([(mx0 + 90, my0 + 10), (mx1 - 90, my0 + 10)], (200, 204, 210), 4)
    p.rect(mx0, my0, mx0 + 14, my1, _dark(c, 0.08), 6)
    p.rect(mx1 - 14, my0, mx1, my1, _dark(c, 0.08), 6)


def _pharma(p: _Pen, rng: Rng, v: int) -> None:
    """A pill bottle, a blister pack and loose capsules."""
    bottle = ((226, 140, 50), (246, 246, 246), (226, 140, 50), (246, 246, 246))[v % 4]
    cap_c = (246, 246, 246) if v % 2 == 0 else _ACCENTS[(v + 1) % 8]
    pill = _ACCENTS[(v * 3 + 1) % 8]
    p.soft([(400, 476, 260, 20)])
    _cylinder(p, 260, 460, 150, 220, bottle, ry=22)
    _cylinder(p, 260, 240, 160, 50, cap_c, ry=22)
    for k in range(10):
        x = 186.0 + k * 16
        p.line([(x, 196), (x, 238)], _dark(cap_c, 0.12), 2)
    p.rect(186, 300, 334, 400, (250, 250, 250))
    p.rect(186, 320, 334, 330, pill)
    q = [(380.0, 330.0), (600.0, 300.0), (640.0, 420.0), (420.0, 460.0)]
    p.poly(_shift(q, 0, 6), (150, 156, 166))
    p.shade([_pg(q)], _metal_stops((204, 208, 214)), axis="y")
    for j in range(2):
        for i in range(5):
            x, y = _quad(q, 0.12 + i * 0.19, 0.28 + j * 0.45)
            p.ellipse(x, y, 16, 11, _light(pill, 0.1))
            p.ellipse(x - 4, y - 3, 6, 3, _light(pill, 0.6))
    for x, y, ang in ((420.0, 505.0, 20.0), (500.0, 500.0, -35.0), (560.0, 512.0, 70.0)):
        half = _rot(_capsule((x - 22, y), (x, y), 12), x, y, ang)
        other = _rot(_capsule((x, y), (x + 22, y), 12), x, y, ang)
        p.poly(half, pill)
        p.poly(other, (246, 246, 246))


# --------------------------------------------------------------------------- leisure, stationery


def _sports(p: _Pen, rng: Rng, v: int) -> None:
    """A ball and a tennis racket."""
    frame = _ACCENTS[(v * 5 + 3) % 8]
    p.soft([(400, 476, 250, 18)])
    cx, cy, ang = 480.0, 230.0, 24.0

    def r(pts: Sequence[Point]) -> list[Point]:
        return _rot(pts, cx, cy, ang)

    p.poly(r(_capsule((cx, cy + 120), (cx, cy + 250), 16)), (40, 40, 44))
    p.line(r([(cx - 40, cy + 90), (cx, cy + 130), (cx + 40, cy + 90)]), frame, 12)
    rx, ry = 92.0, 118.0
    for k in range(-7, 8):
        x = cx + k * 12
        h = ry * math.sqrt(max(0.0, 1 - (k * 12 / rx) ** 2))
        p.line(r([(x, cy - h), (x, cy + h)]), (120, 124, 134), 1.5)
    for k in range(-9, 10):
        y = cy + k * 12
        w = rx * math.sqrt(max(0.0, 1 - (k * 12 / ry) ** 2))
        p.line(r([(cx - w, y), (cx + w, y)]), (120, 124, 134), 1.5)
    head = r(_ellipse_pts(cx, cy, rx, ry, 60))
    p.line([*head, head[0]], _dark(frame, 0.2), 16)
    p.line([*head, head[0]], frame, 11)
    ball = ((232, 120, 40), (246, 246, 246), (210, 230, 60), (232, 120, 40))[v % 4]
    bx, by, br = 280.0, 380.0, 96.0
    _sphere(p, bx, by, br, ball, 7)
    seam = (40, 30, 30) if v % 4 in (0, 3) else (60, 60, 70)
    if v % 4 == 2:
        p.arc(bx - br * 1.1, by, br * 0.8, br * 0.9, 300, 60, WHITE, 6)
        p.arc(bx + br * 1.1, by, br * 0.8, br * 0.9, 120, 240, WHITE, 6)
    else:
        p.line([(bx, by - br), (bx, by + br)], seam, 3)
        p.line([(bx - br, by), (bx + br, by)], seam, 3)
        p.arc(bx - br * 0.9, by, br * 0.6, br * 0.95, 300, 60, seam, 3)
        p.arc(bx + br * 0.9, by, br * 0.6, br * 0.95, 120, 240, seam, 3)


def _toys(p: _Pen, rng: Rng, v: int) -> None:
    """Stacked toy building blocks and a ball."""
    p.soft([(400, 476, 260, 20)])
    s = 92.0
    spots = (
        (200.0, 476.0),
        (300.0, 476.0),
        (400.0, 476.0),
        (250.0, 378.0),
        (350.0, 378.0),
        (300.0, 280.0),
    )
    for k, (x, base) in enumerate(spots):
        col = _ACCENTS[(k + v * 2) % 7]
        _block(p, x, base - s, s - 4, s - 4, 30, -20, col)
        p.circle(x + s / 2 - 2, base - s / 2 - 2, 20, _light(col, 0.25))
    _sphere(p, 570, 420, 60, _ACCENTS[(v + 3) % 7], 6)


def _stationery(p: _Pen, rng: Rng, v: int) -> None:
    """Notebooks stacked beside a cup of pens and pencils."""
    p.soft([(400, 476, 280, 20)])
    y = 476.0
    for k in range(3):
        col = _ACCENTS[(v + k * 3) % 8]
        q = [
            (170.0 + k * 6, y - 110),
            (420.0 + k * 6, y - 130),
            (470.0 + k * 4, y - 40),
            (200.0 + k * 4, y - 20),
        ]
        # Page block below the cover, with the back cover's edge under it.
        p.poly([q[3], q[2], (q[2][0], q[2][1] + 16), (q[3][0], q[3][1] + 16)], (240, 240, 236))
        p.poly([q[3], q[2], (q[2][0], q[2][1] + 4), (q[3][0], q[3][1] + 4)], _dark(col, 0.2))
        p.poly(q, col)
        y -= 22
        top = q
    for k in range(9):
        x, yy = _quad(top, 0.05 + k * 0.1, 0.06)
        p.ring(x, yy, 5, 8, (200, 204, 210), 2.5)
    p.line([_quad(top, 0.85, 0), _quad(top, 0.85, 1)], (40, 40, 44), 4)
    cx, base = 560.0, 476.0
    for k, (ang, col) in enumerate(
        (
            (-14, _ACCENTS[(v + 1) % 8]),
            (-4, (236, 190, 60)),
            (8, _ACCENTS[(v + 5) % 8]),
            (18, (60, 64, 72)),
        )
    ):
        px = cx - 30 + k * 20
        shaft = _rot(
            [
                (px - 8, base - 120),
                (px + 8, base - 120),
                (px + 8, base - 330),
                (px - 8, base - 330),
            ],
            px,
            base - 120,
            ang,
        )
        tip = _rot(
            [(px - 8, base - 330), (px + 8, base - 330), (px, base - 356)], px, base - 120, ang
        )
        p.poly(shaft, col)
        p.poly(tip, (236, 210, 170) if k == 1 else _dark(col, 0.3))
        p.poly(
            _rot(
                [
                    (px - 8, base - 300),
                    (px - 2, base - 300),
                    (px - 2, base - 330),
                    (px - 8, base - 330),
                ],
                px,
                base - 120,
                ang,
            ),
            _light(col, 0.3),
        )
    _cylinder(
        p, cx, base, 130, 180, (60, 64, 72) if v % 2 else (236, 238, 240), ry=20, top=(40, 40, 44)
    )
    for k in range(8):
        x = cx - 56 + k * 16
        p.line(
            [(x, base - 170), (x, base - 10)], (120, 126, 136) if v % 2 else (210, 214, 220), 1.5
        )


# --------------------------------------------------------------------------- environment


def _bales(p: _Pen, rng: Rng, v: int, material: str = "plastic") -> None:
    """Compressed bales of recovered material, strapped with wire."""
    palettes = {
        "plastic": (
            (70, 140, 210),
            (236, 240, 244),
            (80, 170, 100),
            (200, 220, 230),
            (230, 80, 60),
        ),
        "paper": (
            (236, 232, 220),
            (196, 170, 130),
            (210, 214, 220),
            (170, 140, 100),
            (246, 246, 240),
        ),
        "metal": (
            (150, 156, 166),
            (110, 116, 126),
            (190, 196, 204),
            (140, 96, 70),
            (170, 176, 186),
        ),
        "textile": ((60, 80, 140), (200, 60, 60), (230, 200, 80), (80, 140, 90), (236, 236, 236)),
    }
    cols = palettes.get(material, palettes["plastic"])
    p.soft([(410, 476, 290, 22)])

    def bale(x: float, y: float, w: float, h: float, dx: float, dy: float) -> None:
        base = _dark(_mix(cols[1], cols[2], 0.5), 0.15)
        _block(p, x, y, w, h, dx, dy, _dark(base, 0.1))
        faces = (
            ([(x, y), (x + w, y), (x + w, y + h), (x, y + h)], 0.0),
            ([(x, y), (x + dx, y + dy), (x + w + dx, y + dy), (x + w, y)], 0.25),
            ([(x + w, y), (x + w + dx, y + dy), (x + w + dx, y + h + dy), (x + w, y + h)], -0.25),
        )
        for q, light in faces:
            lo_x, hi_x = min(t[0] for t in q), max(t[0] for t in q)
            lo_y, hi_y = min(t[1] for t in q), max(t[1] for t in q)
            for _ in range(110 if light == 0 else 50):
                px, py = _quad(q, rng.random(), rng.random())
                s = rng.uniform(7, 18)
                col = cols[rng.randrange(len(cols))]
                col = _light(col, light) if light > 0 else _dark(col, -light + rng.random() * 0.15)
                pts = [
                    (
                        px + s * math.cos(a) * rng.uniform(0.5, 1.2),
                        py + s * 0.7 * math.sin(a) * rng.uniform(0.5, 1.2),
                    )
                    for a in (0.0, 1.4, 2.6, 3.8, 5.0)
                ]
                # Pieces stay inside the face's box so the bale keeps a crisp outline.
                pts = [(min(max(a, lo_x), hi_x), min(max(b, lo_y), hi_y)) for a, b in pts]
                p.poly(pts, col)
        for t in (0.25, 0.5, 0.75):
            p.line(
                [(x + w * t, y + h), (x + w * t, y), (x + w * t + dx, y + dy)], (60, 64, 72), 2.5
            )

    bale(170, 250, 230, 220, 80, -50)
    bale(410, 290, 200, 180, 70, -44)


def _paper_bales(p: _Pen, rng: Rng, v: int) -> None:
    _bales(p, rng, v, "paper")


def _metal_scrap(p: _Pen, rng: Rng, v: int) -> None:
    _bales(p, rng, v, "metal")


def _textile_bales(p: _Pen, rng: Rng, v: int) -> None:
    _bales(p, rng, v, "textile")


def _filters(p: _Pen, rng: Rng, v: int) -> None:
    """Pleated filter cartridges."""
    c = ((246, 246, 244), (236, 230, 210), (220, 230, 240), (246, 246, 244))[v % 4]
    cap = _ACCENTS[(v * 3 + 4) % 8] if v % 2 else (60, 64, 72)
    p.soft([(400, 476, 260, 20)])
    for cx, base, h, w in (
        (300.0, 420.0, 250.0, 120.0),
        (490.0, 430.0, 290.0, 130.0),
        (390.0, 480.0, 200.0, 120.0),
    ):
        _cylinder(p, cx, base, w + 10, 24, cap, ry=16)
        _cylinder(p, cx, base - 20, w, h - 40, c, ry=16)
        for k in range(1, 16):
            x = cx - w / 2 * math.cos(math.pi * k / 16)
            p.line([(x, base - h + 22), (x, base - 22)], _dark(c, 0.18), 1.5)
        _cylinder(p, cx, base - h + 20, w + 10, 22, cap, ry=16)
        p.ellipse(cx, base - h - 2, w * 0.2, 6, _dark(cap, 0.5))


def _cookware(p: _Pen, rng: Rng, v: int) -> None:
    """A stainless pot with its lid and a frying pan."""
    steel = (200, 206, 214)
    pan = ((40, 40, 44), (170, 60, 50), (50, 70, 100), (40, 40, 44))[v % 4]
    p.soft([(400, 476, 260, 20)])
    p.ring(230, 320, 26, 14, _dark(steel, 0.2), 6)
    p.ring(570, 320, 26, 14, _dark(steel, 0.2), 6)
    _cylinder(p, 400, 440, 330, 150, steel, ry=40, metal=True)
    p.ellipse(400, 290, 170, 44, _dark(steel, 0.2))
    p.shade([_ell(400, 280, 168, 42)], _metal_stops(steel), axis="x")
    p.ellipse(400, 250, 24, 10, (40, 40, 44))
    p.rect(388, 236, 412, 252, (40, 40, 44), 4)
    p.line([(560, 480), (700, 520)], (40, 40, 44), 20)
    p.ellipse(470, 470, 130, 42, _dark(pan, 0.3))
    p.ellipse(470, 464, 118, 34, pan)
    p.ellipse(440, 456, 50, 10, _light(pan, 0.15))


# --------------------------------------------------------------------------- choosing a drawing

Drawing = Callable[[_Pen, Rng, int], None]


def _toned(draw: Callable[..., None], **kwargs: object) -> Drawing:
    """A drawing with some of its options fixed (a mineral's colour, a bale's material)."""

    def drawing(p: _Pen, rng: Rng, v: int) -> None:
        draw(p, rng, v, **kwargs)

    return drawing


#: Every product family and its drawing, by name; the names are what :func:`family` returns.
DRAWINGS: dict[str, Drawing] = {
    "pipes": _pipes,
    "bars": _bars,
    "coil": _coil,
    "sheets": _sheets,
    "stone-slabs": _toned(_sheets, tone=(200, 196, 188), t=22),
    "ingots": _ingots,
    "fasteners": _fasteners,
    "valve": _valve,
    "machine": _machine,
    "motor": _motor,
    "pump": _pump,
    "washer": _washer,
    "fridge": _fridge,
    "aircon": _aircon,
    "led-bulb": _bulb,
    "led-panel": _panel,
    "cable": _cable,
    "circuit-board": _pcb,
    "battery": _battery,
    "screen": _monitor,
    "solar-panel": _solar,
    "laptop": _laptop,
    "phone": _phone,
    "tyre": _tyre,
    "brake-disc": _brake,
    "car": _car,
    "bicycle": _bicycle,
    "cosmetics": _cosmetics,
    "soap": _soap,
    "drums": _drums,
    "granules": _granules,
    "fertiliser": _toned(_sack, grain=(236, 236, 240), bag=(240, 242, 246)),
    "ore": _heap,
    "coal": _toned(_heap, tone=(46, 46, 52)),
    "sand": _toned(_heap, tone=(206, 184, 146), fine=True),
    "spices": _toned(_heap, tone=(196, 90, 40), fine=True),
    "nuts": _toned(_heap, tone=(214, 176, 120)),
    "fabric-rolls": _fabric,
    "t-shirts": _tshirts,
    "shoes": _shoes,
    "handbag": _handbag,
    "grain-sack": _sack,
    "sugar-sack": _toned(_sack, grain=(250, 250, 248)),
    "fish": _fish,
    "fruit": _fruit,
    "vegetables": _toned(_fruit, tone=(214, 50, 40)),
    "coffee": _coffee,
    "tea": _tea,
    "cans": _cans,
    "jars": _jars,
    "bottles": _bottles,
    "wine": _wine,
    "oil": _oil,
    "food-carton": _food_carton,
    "carton": _carton,
    "planks": _planks,
    "chair": _chair,
    "mattress": _mattress,
    "glass-panes": _glass_panes,
    "glassware": _glassware,
    "tiles": _tiles,
    "washbasin": _basin,
    "bricks": _bricks,
    "glasses": _glasses,
    "gauge": _gauge,
    "watch": _watch,
    "gloves": _gloves,
    "syringe": _syringe,
    "masks": _masks,
    "pharma": _pharma,
    "sports": _sports,
    "toys": _toys,
    "stationery": _stationery,
    "plastic-bales": _bales,
    "paper-bales": _paper_bales,
    "metal-scrap": _metal_scrap,
    "textile-bales": _textile_bales,
    "filters": _filters,
    "cookware": _cookware,
}


def _chapters(first: int, last: int, name: str) -> dict[str, str]:
    return {f"{n:02d}": name for n in range(first, last + 1)}


# HS prefixes (2 or 4 digits; the longer one wins) and their families.
_BY_HS: dict[str, str] = {
    **_chapters(1, 2, "food-carton"),
    "03": "fish",
    **_chapters(4, 6, "food-carton"),
    "07": "vegetables",
    "08": "fruit",
    "0801": "nuts",
    "0802": "nuts",
    "09": "spices",
    "0901": "coffee",
    "0902": "tea",
    **_chapters(10, 12, "grain-sack"),
    "13": "jars",
    "14": "grain-sack",
    "15": "oil",
    "16": "cans",
    "17": "sugar-sack",
    "18": "food-carton",
    "19": "food-carton",
    "20": "jars",
    "21": "jars",
    "22": "bottles",
    "2204": "wine",
    "23": "grain-sack",
    "24": "food-carton",
    "25": "sand",
    "26": "ore",
    "27": "coal",
    **{f"27{n:02d}": "drums" for n in range(9, 16)},
    "2716": "solar-panel",
    "28": "drums",
    "29": "drums",
    "30": "pharma",
    "31": "fertiliser",
    **_chapters(32, 38, "drums"),
    "33": "cosmetics",
    "34": "soap",
    "3825": "plastic-bales",
    "39": "granules",
    "3915": "plastic-bales",
    "40": "granules",
    "4004": "plastic-bales",
    "4011": "tyre",
    "4012": "tyre",
    "4013": "tyre",
    "4015": "gloves",
    "41": "fabric-rolls",
    "42": "handbag",
    "43": "fabric-rolls",
    "44": "planks",
    "45": "planks",
    "46": "carton",
    "47": "paper-bales",
    "48": "stationery",
    "4819": "carton",
    "49": "stationery",
    **_chapters(50, 60, "fabric-rolls"),
    "61": "t-shirts",
    "62": "t-shirts",
    "63": "fabric-rolls",
    "6307": "masks",
    "6309": "textile-bales",
    "64": "shoes",
    "65": "fabric-rolls",
    "66": "fabric-rolls",
    "67": "fabric-rolls",
    "68": "stone-slabs",
    "69": "tiles",
    **{f"69{n:02d}": "bricks" for n in range(1, 6)},
    "6910": "washbasin",
    "6911": "glassware",
    "6912": "glassware",
    "70": "glass-panes",
    "7010": "glassware",
    "7013": "glassware",
    "71": "ingots",
    "72": "coil",
    "7204": "metal-scrap",
    **{f"72{n:02d}": "sheets" for n in (11, 12, 20, 26)},
    **{f"72{n:02d}": "bars" for n in (13, 14, 15, 16, 17, 21, 22, 23, 27, 28, 29)},
    "73": "fasteners",
    "7304": "pipes",
    "7305": "pipes",
    "7306": "pipes",
    "7307": "valve",
    "7310": "drums",
    "7312": "cable",
    "7321": "cookware",
    "7323": "cookware",
    **_chapters(74, 81, "ingots"),
    "7404": "metal-scrap",
    "7503": "metal-scrap",
    "7602": "metal-scrap",
    "7802": "metal-scrap",
    "7902": "metal-scrap",
    "7411": "pipes",
    "7608": "pipes",
    "7606": "coil",
    "7607": "coil",
    "7409": "coil",
    "7615": "cookware",
    "82": "fasteners",
    "83": "fasteners",
    "84": "machine",
    "8407": "motor",
    "8408": "motor",
    "8409": "motor",
    "8413": "pump",
    "8414": "pump",
    "8415": "aircon",
    "8418": "fridge",
    "8421": "filters",
    "8450": "washer",
    "8470": "laptop",
    "8471": "laptop",
    "8473": "circuit-board",
    "8481": "valve",
    "85": "circuit-board",
    "8501": "motor",
    "8502": "motor",
    "8506": "battery",
    "8507": "battery",
    "8517": "phone",
    "8525": "screen",
    "8528": "screen",
    "8529": "screen",
    "8539": "led-bulb",
    "8541": "solar-panel",
    "8544": "cable",
    "8548": "metal-scrap",
    "8549": "metal-scrap",
    "86": "carton",
    "87": "car",
    "8708": "brake-disc",
    "8711": "bicycle",
    "8712": "bicycle",
    "8714": "bicycle",
    "88": "carton",
    "89": "carton",
    "90": "gauge",
    **{f"90{n:02d}": "glasses" for n in range(1, 5)},
    **{f"90{n:02d}": "syringe" for n in range(18, 23)},
    "91": "watch",
    "92": "carton",
    "93": "carton",
    "94": "chair",
    "9402": "syringe",
    "9404": "mattress",
    "9405": "led-panel",
    "95": "sports",
    "9503": "toys",
    "9504": "toys",
    "9505": "toys",
    "96": "stationery",
    "9603": "cosmetics",
    "9619": "pharma",
    "97": "carton",
}

_BY_CATEGORY: dict[str, str] = {
    "agricultural-food": "food-carton",
    "automotive-vehicles": "car",
    "beauty-household": "cosmetics",
    "chemical-plastics": "drums",
    "computers-telecom": "laptop",
    "electrical-electronics": "circuit-board",
    "environment": "plastic-bales",
    "glass-optical": "glassware",
    "machinery-equipment": "machine",
    "medical-health": "pharma",
    "minerals": "ore",
    "sports-leisure": "sports",
    "stationery-gifts": "stationery",
    "textiles-leather": "fabric-rolls",
    "wood-furniture": "chair",
    "others": "carton",
}

# English title words, used only when the HS code says nothing: demo titles are English.
_BY_WORD: tuple[tuple[str, str], ...] = (
    ("pipe", "pipes"),
    ("tube", "pipes"),
    ("coil", "coil"),
    ("valve", "valve"),
    ("bolt", "fasteners"),
    ("screw", "fasteners"),
    ("pump", "pump"),
    ("motor", "motor"),
    ("led", "led-bulb"),
    ("lamp", "led-bulb"),
    ("cable", "cable"),
    ("laptop", "laptop"),
    ("computer", "laptop"),
    ("phone", "phone"),
    ("tyre", "tyre"),
    ("tire", "tyre"),
    ("shirt", "t-shirts"),
    ("shoe", "shoes"),
    ("rice", "grain-sack"),
    ("wheat", "grain-sack"),
    ("fish", "fish"),
    ("coffee", "coffee"),
    ("tea", "tea"),
    ("soap", "soap"),
    ("detergent", "soap"),
    ("glove", "gloves"),
    ("mask", "masks"),
    ("syringe", "syringe"),
)


def family(hs_code: str | None, category: str, title: str = "") -> str:
    """The product family drawn for an offer: a key of :data:`DRAWINGS`.

    The HS code decides first (its 4-digit heading, then its 2-digit chapter), then a few
    English words of the title, then the category slug; anything else is a carton box.
    """
    digits = "".join(ch for ch in hs_code or "" if ch.isdigit())
    for length in (4, 2):
        if len(digits) >= length and digits[:length] in _BY_HS:
            return _BY_HS[digits[:length]]
    words = "".join(ch if ch.isalnum() else " " for ch in title.lower()).split()
    for stem, name in _BY_WORD:
        if any(word == stem or (len(stem) > 3 and word.startswith(stem)) for word in words):
            return name
    return _BY_CATEGORY.get(category, "carton")


def illustration(hs_code: str | None, category: str, title: str, variant: int = 0) -> bytes:
    """An 800x600 JPEG illustration of an offer's product, drawn from its HS code.

    ``category`` is the offer's category slug and ``title`` its title; they are used when
    the HS code is missing or unknown (see :func:`family`). ``variant`` (0-3; other values
    wrap) changes the backdrop, the product's colours and small details of the
    arrangement, so that several offers of one product do not look identical. The same
    arguments always give the same bytes.
    """
    v = variant % 4
    name = family(hs_code, category, title)
    seed = hashlib.sha256(f"{name}|{hs_code or ''}|{category}|{v}".encode()).digest()
    rng = random.Random(int.from_bytes(seed[:8], "big"))
    canvas = _backdrop(v)
    DRAWINGS[name](_Pen(canvas), rng, v)
    out = io.BytesIO()
    canvas.reduce(_S).save(out, "JPEG", quality=QUALITY)
    return out.getvalue()
