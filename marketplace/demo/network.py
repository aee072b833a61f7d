"""``make run``: the main portal and, beside it, a demo partner portal, configured both ways.

With the demo data on (``TRADEWIND_DEMO``, default 1) and no partner file of your own
(``TRADEWIND_PARTNERS`` unset), two Tradewinds start, each with gunicorn and its
in-process worker:

- the main portal on 127.0.0.1:$PORT (default 5000), data in $TRADEWIND_DATA_DIR (./var);
- the demo partner, "Busan Trade Portal (demo)", on 127.0.0.1:$PORT+1, with its own data
  directory ($TRADEWIND_DATA_DIR/demo-partner: database, index, secret key, temp files)
  and its own smaller demo set (``demo load --variant partner``).

Each names the other in its partner file as a ``portal`` (both are searched by
meta-search; only the main portal auto-posts to the partner) and holds a partner token
that the other issued to a "listings" member. Partner files and tokens live in
$TRADEWIND_DATA_DIR/demo-network/; the tokens are made on the first run only. One
Ctrl-C (or SIGTERM) stops both portals, and when one stops the other is stopped too.

Otherwise this does what ``make run`` always did: migrate, load the demo data (unless
TRADEWIND_DEMO=0) and serve one portal.

Run it as ``.venv/bin/python -m marketplace.demo.network`` (the Makefile's ``run``).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from config.settings import REPO_ROOT, Defaults, _bool

BIN = Path(sys.executable).parent  # the virtualenv's bin/, with flask and gunicorn
GUNICORN = [str(BIN / "gunicorn"), "--config", "config/gunicorn.conf.py"]
FLASK = [str(BIN / "flask"), "--app", "app"]

PARTNER_NAME, PARTNER_TITLE = "busan-trade", "Busan Trade Portal (demo)"
PARTNER_TOKEN_ENV = "TRADEWIND_DEMO_PARTNER_TOKEN"  # the main portal's token on the partner
MAIN_TOKEN_ENV = "TRADEWIND_MAIN_PORTAL_TOKEN"  # the partner's token on the main portal
# Settings of the main portal the partner must not share (it gets its own or none).
NOT_INHERITED = (
    "TRADEWIND_DATABASE_URL",
    "TRADEWIND_SECRET_KEY",
    "TRADEWIND_PUBLIC_URL",
    "TRADEWIND_PORTAL_NAME",
    "TRADEWIND_PORTAL_TITLE",
    "TRADEWIND_HTTPS",
    PARTNER_TOKEN_ENV,
    MAIN_TOKEN_ENV,
)
READY_TIMEOUT = 120  # seconds for both portals to answer
STOP_TIMEOUT = 35  # seconds for gunicorn to stop gracefully before it is killed


@dataclass
class Portal:
    """One Tradewind of the network: who it is, where it listens and keeps its data."""

    name: str  # its PORTAL_NAME: how the other portal names it
    title: str
    port: int
    data_dir: Path
    partners_file: Path
    env: dict[str, str]
    prefix: str = ""  # put before its output lines, to tell the two apart

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def sqlite_file(self) -> Path | None:
        """Its SQLite database, or None when it uses TRADEWIND_DATABASE_URL."""
        return None if "TRADEWIND_DATABASE_URL" in self.env else self.data_dir / "tradewind.db"


def say(message: str) -> None:
    print(message, flush=True)


# --- one portal, as before ---------------------------------------------------------------


def serve_alone() -> None:
    """Migrate, load the demo data when enabled, and become gunicorn (never returns)."""
    os.chdir(REPO_ROOT)
    for command in (FLASK + ["db", "upgrade"], FLASK + ["demo", "load", "--if-enabled"]):
        say(" ".join(command))
        code = subprocess.run(command, check=False).returncode
        if code:
            sys.exit(code)
    say(" ".join(GUNICORN))
    os.execv(GUNICORN[0], GUNICORN)


# --- the network ---------------------------------------------------------------------------


def plan(environ: dict[str, str]) -> tuple[Portal, Portal, Path]:
    """The two portals and the directory of the network's files, from the environment."""
    data_dir = Path(environ.get("TRADEWIND_DATA_DIR", Defaults.DATA_DIR)).resolve()
    network_dir = data_dir / "demo-network"
    port = int(environ.get("PORT", Defaults.PORT))
    main_name = environ.get("TRADEWIND_PORTAL_NAME", Defaults.PORTAL_NAME)
    if main_name == PARTNER_NAME:
        raise SystemExit(f"TRADEWIND_PORTAL_NAME={main_name} is the demo partner's name")
    main = Portal(
        main_name,
        environ.get("TRADEWIND_PORTAL_TITLE", Defaults.PORTAL_TITLE),
        port,
        data_dir,
        network_dir / f"{main_name}.partners.toml",
        dict(environ),
    )
    main.env.setdefault("TRADEWIND_PUBLIC_URL", main.url)
    partner_env = {k: v for k, v in environ.items() if k not in NOT_INHERITED}
    partner = Portal(
        PARTNER_NAME,
        PARTNER_TITLE,
        port + 1,
        data_dir / "demo-partner",
        network_dir / f"{PARTNER_NAME}.partners.toml",
        partner_env,
        prefix=f"[{PARTNER_NAME}] ",
    )
    partner.env["TRADEWIND_PUBLIC_URL"] = partner.url
    partner.env["TMPDIR"] = str(partner.data_dir / "tmp")
    partner.env["PYTHONUNBUFFERED"] = "1"
    for portal in (main, partner):
        portal.env.update(
            TRADEWIND_DATA_DIR=str(portal.data_dir),
            PORT=str(portal.port),
            TRADEWIND_PARTNERS=str(portal.partners_file),
            TRADEWIND_PORTAL_NAME=portal.name,
            TRADEWIND_PORTAL_TITLE=portal.title,
        )
    return main, partner, network_dir


def partner_entry(other: Portal, post: bool, token_env: str) -> str:
    """A partner-file table naming ``other`` (by its own PORTAL_NAME)."""

    def q(value: str) -> str:
        return json.dumps(value, ensure_ascii=False)  # a valid TOML basic string

    return (
        f'[[partners]]\nname = {q(other.name)}\ntitle = {q(other.title)}\nkind = "portal"\n'
        f"url = {q(other.url)}\nsearch = true\npost = {str(post).lower()}\n"
        f"timeout = 2.0\ntoken_env = {q(token_env)}\n"
    )


def write_file(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` in one step, when it differs."""
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def write_partner_files(main: Portal, partner: Portal) -> None:
    """Each portal's partner file names the other (rewritten when the ports change)."""
    header = "# Written by marketplace/demo/network.py (make run); rewritten on every run.\n"
    write_file(main.partners_file, header + partner_entry(partner, True, PARTNER_TOKEN_ENV))
    write_file(partner.partners_file, header + partner_entry(main, False, MAIN_TOKEN_ENV))


def run(portal: Portal, *args: str, quiet: bool = False) -> subprocess.CompletedProcess:
    """A ``flask --app app`` command for ``portal``; its output is shown (unless ``quiet``)."""
    done = subprocess.run(
        FLASK + list(args),
        cwd=REPO_ROOT,
        env=portal.env,
        text=True,
        check=False,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    if not quiet:
        for line in done.stdout.splitlines():
            say(portal.prefix + line)
    return done


def must(done: subprocess.CompletedProcess, portal: Portal) -> subprocess.CompletedProcess:
    if done.returncode:
        for line in done.stdout.splitlines():
            say(portal.prefix + line)
        raise SystemExit(
            f"{portal.prefix}`flask {' '.join(done.args[3:])}` failed (exit code {done.returncode})"
        )
    return done


def prepare(portal: Portal, variant: str, network_dir: Path) -> None:
    """Migrate and load the demo data; forget tokens this portal issued if its database is new."""
    portal.data_dir.mkdir(parents=True, exist_ok=True)
    if "TMPDIR" in portal.env:
        Path(portal.env["TMPDIR"]).mkdir(exist_ok=True)
    if portal.sqlite_file is not None and not portal.sqlite_file.exists():
        for stale in network_dir.glob(f"*-at-{portal.name}.token"):
            stale.unlink()
    must(run(portal, "db", "upgrade"), portal)
    must(run(portal, "demo", "load", "--if-enabled", "--variant", variant), portal)


def token_for(holder: Portal, issuer: Portal, network_dir: Path) -> str:
    """The partner token ``issuer`` gave ``holder``: made on the first run, then kept (0600).

    The token belongs to a member of ``issuer`` whose company lists ``holder``'s copies.
    """
    path = network_dir / f"{holder.name}-at-{issuer.name}.token"
    if path.exists():
        return path.read_text().strip()
    email = f"listings@{holder.name}.example"
    # May already exist (a run stopped half-way); `tokens create` below says if it does not.
    created = run(
        issuer,
        "users",
        "create",
        email,
        "--role",
        "exporter",
        "--company",
        f"{holder.title} listings",
        "--country",
        "KR",
        quiet=True,
    )
    done = run(
        issuer,
        "tokens",
        "create",
        email,
        "--partner",
        holder.name,
        "--name",
        f"{holder.title} (demo network)",
        quiet=True,
    )
    if done.returncode and created.returncode:
        for line in created.stdout.splitlines():
            say(issuer.prefix + line)
    token = must(done, issuer).stdout.strip().splitlines()[-1]
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(token + "\n")
    say(f"{issuer.prefix}partner token for {holder.name} ({email}) kept in {path}")
    return token


def copy_output(stream, prefix: str) -> None:
    """Show a portal's output line by line, each line marked with its prefix."""
    for line in iter(stream.readline, b""):
        sys.stdout.buffer.write(prefix.encode() + line)
        sys.stdout.flush()


def start(portal: Portal) -> subprocess.Popen:
    """gunicorn for ``portal``; output goes to ours, prefixed when the portal has a prefix.

    Each gunicorn gets its own control socket in its data directory (by default both
    would take ~/.gunicorn/gunicorn.ctl), or none when that path is too long for a socket.
    """
    socket = portal.data_dir / "gunicorn.ctl"
    control = (
        ["--control-socket", str(socket)]
        if len(os.fsencode(socket)) < 100
        else ["--no-control-socket"]
    )
    piped = subprocess.PIPE if portal.prefix else None
    process = subprocess.Popen(
        GUNICORN + control,
        cwd=REPO_ROOT,
        env=portal.env,
        stdout=piped,
        stderr=subprocess.STDOUT if piped else None,
    )
    if piped:
        threading.Thread(
            target=copy_output, args=(process.stdout, portal.prefix), daemon=True
        ).start()
    return process


def answers(portal: Portal) -> bool:
    """True when the portal's home page answers (anything but a server error)."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: no proxy
    try:
        with opener.open(f"{portal.url}/", timeout=5) as response:
            return response.status < 500
    except urllib.error.HTTPError as exc:
        return exc.code < 500
    except OSError:
        return False


def serve(main: Portal, partner: Portal) -> int:
    """Run both portals until a signal arrives or one of them stops; then stop both."""
    received: list[int] = []
    wake = threading.Event()

    def on_signal(signum, _frame):
        received.append(signum)
        wake.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    processes = {portal.name: (portal, start(portal)) for portal in (main, partner)}
    ready, started, code = False, time.monotonic(), 0
    while not received:
        stopped = [(p, proc) for p, proc in processes.values() if proc.poll() is not None]
        if stopped:
            portal, proc = stopped[0]
            say(
                f"{portal.title} ({portal.url}) stopped with exit code {proc.returncode}; "
                "stopping the other portal"
            )
            code = proc.returncode or 1
            break
        if not ready:
            if all(answers(p) for p, _ in processes.values()):
                ready = True
                say(
                    f"\n{main.title} on {main.url} — demo partner {partner.title} on "
                    f"{partner.url}\n(Ctrl-C stops both)\n"
                )
            elif time.monotonic() - started > READY_TIMEOUT:
                say(f"the portals did not answer within {READY_TIMEOUT} s; stopping them")
                code = 1
                break
        wake.wait(0.5 if ready else 1.0)
    # Ctrl-C on a terminal reaches gunicorn directly too; a second signal does no harm.
    stop_with = received[0] if received else signal.SIGTERM
    for _, proc in processes.values():
        if proc.poll() is None:
            proc.send_signal(stop_with)
    deadline = time.monotonic() + STOP_TIMEOUT
    for portal, proc in processes.values():
        try:
            proc.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            say(f"{portal.title} did not stop within {STOP_TIMEOUT} s; killing it")
            proc.kill()
            proc.wait()
    return code


def main() -> int:
    if not _bool(os.environ.get("TRADEWIND_DEMO", "1")) or "TRADEWIND_PARTNERS" in os.environ:
        serve_alone()
    # Until the portals run, SIGTERM stops the set-up like Ctrl-C does (no command left behind).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        main_portal, partner, network_dir = plan(dict(os.environ))
        network_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_partner_files(main_portal, partner)
        prepare(main_portal, "default", network_dir)
        prepare(partner, "partner", network_dir)
        partner.env[MAIN_TOKEN_ENV] = token_for(partner, main_portal, network_dir)
        main_portal.env[PARTNER_TOKEN_ENV] = token_for(main_portal, partner, network_dir)
    except KeyboardInterrupt:
        return 130
    return serve(main_portal, partner)


if __name__ == "__main__":
    sys.exit(main())
