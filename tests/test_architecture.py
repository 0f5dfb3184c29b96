"""The shape of the code: features in folders of a readable size, layers that import
only downwards (start-up and command line over ui/ over core/), and no import cycle."""

import ast
from pathlib import Path

from tests.conftest import REPO_ROOT

PACKAGE = REPO_ROOT / "reader"
MOST_MODULES_IN_A_FOLDER = 12
# A module of the first layer may not import one of the second.
FORBIDDEN = [
    ("reader.core", "reader.ui"),
    ("reader.core", "reader.cli"),
    ("reader.core", "reader.app"),
    ("reader.ui", "reader.cli"),
    ("reader.ui", "reader.app"),
]


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in PACKAGE.rglob("*.py")}


def imports_of(path: Path, known: dict[str, Path]) -> set[str]:
    """Every module of Reader that `path` imports, at the top or inside a function."""
    name = module_name(path)
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{name}: Reader imports by absolute names"
            base = node.module or ""
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.add(candidate if candidate in known else base)
    return {target for target in found if target in known and target != name}


def import_graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports_of(path, known) for name, path in known.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
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


def within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def test_no_import_cycle():
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]


def test_layers_import_only_downwards():
    wrong = [
        f"{source} imports {target}"
        for source, targets in import_graph().items()
        for target in targets
        for lower, upper in FORBIDDEN
        if within(source, lower) and within(target, upper)
    ]
    assert wrong == []


def test_core_has_no_widgets():
    """core/ is tested without a screen: it may use QtCore and QtGui's text layout, never
    widgets."""
    offenders = [
        str(path.relative_to(REPO_ROOT))
        for path in (PACKAGE / "core").rglob("*.py")
        if "QtWidgets" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_no_folder_holds_more_than_twelve_modules():
    crowded = {
        str(folder.relative_to(REPO_ROOT)): count
        for folder in [PACKAGE, *(path for path in PACKAGE.rglob("*") if path.is_dir())]
        if (count := len([p for p in folder.glob("*.py") if p.name != "__init__.py"]))
        > MOST_MODULES_IN_A_FOLDER
    }
    assert crowded == {}


def test_each_module_s_tests_are_found_by_its_path():
    """tests/ mirrors reader/: a test folder exists for every package with tests."""
    test_folders = {
        path.relative_to(REPO_ROOT / "tests")
        for path in (REPO_ROOT / "tests").rglob("test_*.py")
        if path.parent.name not in ("e2e", "bench")
    }
    strays = [
        str(folder)
        for folder in {path.parent for path in test_folders}
        if folder != Path() and not (PACKAGE / folder).is_dir()
    ]
    assert strays == []
