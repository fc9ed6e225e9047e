"""The tree's one-way flow: no module of webapp imports, directly or through others, a module
that imports it back (request → form/body → service → model; extraction below all)."""

import ast
from pathlib import Path

WEBAPP = Path(__file__).resolve().parent.parent / "webapp"


def _imports() -> dict[str, set[str]]:
    modules: dict[str, set[str]] = {}
    for path in WEBAPP.rglob("*.py"):
        parts = path.relative_to(WEBAPP.parent).with_suffix("").parts
        name = ".".join(parts).removesuffix(".__init__")
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.module.startswith("webapp")
            ):
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("webapp"))
        modules[name] = found
    return {
        name: {
            other
            for other in found
            if other in modules
            and other != name
            # a package and its own modules are one unit
            and not other.startswith(name + ".")
            and not name.startswith(other + ".")
        }
        for name, found in modules.items()
    }


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph[node]:
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

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_import_graph_has_no_cycle():
    assert _cycles(_imports()) == []


def test_services_never_import_views_or_the_api():
    for name, imported in _imports().items():
        if name.startswith(("webapp.services", "webapp.models", "webapp.extraction")):
            assert not any(
                other.startswith(("webapp.views", "webapp.api", "webapp.cli")) for other in imported
            ), name
