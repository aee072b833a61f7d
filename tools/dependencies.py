"""Which package imports which, and the cycles among them.

    .venv/bin/python -m tools.dependencies            # the graph, cycles, layer breaches
    .venv/bin/python -m tools.dependencies --strict   # exit 1 on a cycle or a breach
    .venv/bin/python -m tools.dependencies --strict --quiet   # as make check runs it

A package is ``marketplace.<name>`` (its modules and subpackages together),
``search_index``, or a top-level module of ``marketplace``. Every import counts,
also those inside functions: an import hidden in a function is still a dependency.

Besides having no cycles, the graph must run one way through the layers in
``LAYERS``: a package imports only packages of its own layer or of layers below.
``make check`` runs the strict form.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ROOTS = ("marketplace", "search_index")

# Bottom to top. Within the domain layer only "no cycles" applies.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "foundation",
        ("marketplace", "marketplace.core", "marketplace.catalog", "marketplace.activity"),
    ),
    ("search engine", ("search_index",)),
    (
        "domain",
        (
            "marketplace.companies",
            "marketplace.accounts",
            "marketplace.offers",
            "marketplace.partners",
            "marketplace.search",
            "marketplace.posting",
            "marketplace.conversations",
            "marketplace.indicators",
            "marketplace.trust",
            "marketplace.deals",
            "marketplace.consultations",
            "marketplace.ecatalogue",
        ),
    ),
    (
        "application",
        (
            "marketplace.web",
            "marketplace.api",
            "marketplace.cli",
            "marketplace.demo",
            "marketplace.worker",
            "marketplace.cluster",
            "marketplace.subscriptions",
            "marketplace.models",
        ),
    ),
)


def package_of(module: str) -> str | None:
    """The package a dotted module name belongs to, or None outside the project."""
    parts = module.split(".")
    if parts[0] == "search_index":
        return "search_index"
    if parts[0] == "marketplace":
        return ".".join(parts[:2]) if len(parts) > 1 else "marketplace"
    return None


def _module_name(path: Path) -> str:
    relative = path.relative_to(REPO).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def graph() -> dict[str, set[str]]:
    """Package -> the packages it imports."""
    edges: dict[str, set[str]] = defaultdict(set)
    for root in ROOTS:
        for path in (REPO / root).rglob("*.py"):
            module = _module_name(path)
            source = package_of(module)
            if source is None:
                continue
            edges.setdefault(source, set())
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
                for name in names:
                    target = package_of(name)
                    if target and target != source and target != "marketplace":
                        edges[source].add(target)
    return dict(edges)


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one package (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(edges.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def layer_of(package: str) -> int | None:
    """The package's layer (0 at the bottom), or None when ``LAYERS`` does not name it."""
    for level, (_name, packages) in enumerate(LAYERS):
        if package in packages:
            return level
    return None


def breaches(edges: dict[str, set[str]]) -> list[str]:
    """Imports that go up a layer, and packages no layer names (each as a sentence)."""
    found = []
    for source in sorted(edges):
        source_level = layer_of(source)
        if source_level is None:
            found.append(f"{source} is in no layer (add it to LAYERS in tools/dependencies.py)")
            continue
        for target in sorted(edges[source]):
            target_level = layer_of(target)
            if target_level is not None and target_level > source_level:
                found.append(
                    f"{source} ({LAYERS[source_level][0]}) imports {target} "
                    f"({LAYERS[target_level][0]}), a layer above it"
                )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 on a cycle or an import up a layer"
    )
    parser.add_argument("--quiet", action="store_true", help="print only the problems")
    args = parser.parse_args()
    edges = graph()
    for source in sorted(edges) if not args.quiet else ():
        print(f"{source} -> {', '.join(sorted(edges[source])) or '(nothing)'}")
    found = cycles(edges)
    for component in found:
        print(f"cycle among {len(component)} packages: {', '.join(component)}")
    upward = breaches(edges)
    for breach in upward:
        print(breach)
    if not found and not upward:
        print("no cycles; every import runs down the layers")
    if args.strict and (found or upward):
        sys.exit(1)


if __name__ == "__main__":
    main()
