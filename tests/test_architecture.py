"""The layers of docs/architecture.md, checked on the source: imports point downward,
and no two modules import each other (directly or round a circle)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "facilitator"


def _imports() -> dict[str, set[str]]:
    """Every module's imports, top-level and under `if TYPE_CHECKING:` alike (a circle in
    the types is still a circle for the reader)."""
    found: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        module = module.removesuffix(".__init__")
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
            elif isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
        found[module] = names
    return found


def _packages_of(name: str) -> list[str]:
    """Importing a.b.c runs a/__init__ and a/b/__init__ first: all three are imported."""
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts) + 1)]


def test_no_module_imports_itself_round_a_circle():
    """Counting every import: at load time, inside functions and for the types alike (a
    circle a function's import hides is still one for the reader)."""
    imports = _imports()
    graph = {
        module: {
            package
            for n in names
            for package in _packages_of(n)
            # a package's own modules may be re-exported by its __init__ (store.models)
            if package in imports and not (module + ".").startswith(package + ".")
        }
        for module, names in imports.items()
    }
    circles = []

    def walk(start: str, module: str, path: list[str]) -> None:
        for target in graph.get(module, ()):
            if target == start:
                circles.append(" → ".join([*path, start]))
            elif target not in path:
                walk(start, target, [*path, target])

    for module in graph:
        walk(module, module, [module])
    assert circles == []


def test_the_lower_layers_import_no_qt_and_the_domain_no_database():
    imports = _imports()
    for module, names in imports.items():
        layer = module.split(".")[1] if "." in module else ""
        if layer in ("domain", "store", "report", "web"):
            assert not any(n.startswith("PySide6") for n in names), module
            assert not any(n.startswith("facilitator.ui") for n in names), module
        if layer == "domain":
            assert not any(n.startswith(("sqlalchemy", "facilitator.store")) for n in names), module
            assert not any(n.startswith(("reportlab", "facilitator.report")) for n in names), module
        if layer == "store":
            assert not any(n.startswith("facilitator.report") for n in names), module


def test_the_screens_hold_plain_data_not_orm_objects():
    """ui/ shows what the store reads for it (items, rows, details), never its models."""
    imports = _imports()
    for module, names in imports.items():
        if module.startswith("facilitator.ui"):
            assert "facilitator.store.models" not in names, module
            assert not any(n.startswith("sqlalchemy") for n in names), module


VIEW_SUFFIXES = ("_panel", "_box", "_tab", "_page", "_dialog", "_window", "_view", "_chart")


def _store_calls(path: Path) -> list[str]:
    """The store functions a module calls (names imported from facilitator.store, called
    directly or through the module they were imported as)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("facilitator.store"):
            imported.update(alias.asname or alias.name for alias in node.names)
    calls = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        if isinstance(function, ast.Name) and function.id in imported:
            calls.append(function.id)
        elif (
            isinstance(function, ast.Attribute)
            and isinstance(function.value, ast.Name)
            and function.value.id in imported
        ):
            calls.append(f"{function.value.id}.{function.attr}")
    return [c for c in calls if c not in ("Kind", "StoreError")]  # an enum, an exception


def test_views_only_show_they_never_call_the_store():
    """A panel, box, tab, page, dialog or window holds layout and signals; what it reads
    and saves goes through its controller or its table model (docs/architecture.md)."""
    views = [
        path
        for path in (PACKAGE / "ui").rglob("*.py")
        if path.stem.endswith(VIEW_SUFFIXES) or path.stem in ("panel", "flip_chart")
    ]
    assert len(views) >= 29  # the rule looks at the views it means to
    calling = {str(p.relative_to(PACKAGE)): _store_calls(p) for p in views}
    assert {name: calls for name, calls in calling.items() if calls} == {}


BLOCK_PACKAGES = (
    "good_news",
    "okr_reporting",
    "successes_learnings",
    "closing",
    "new_okrs",
    "summary",
)


def test_each_block_is_one_package_that_imports_no_other_block():
    """ui/blocks/<block>/ holds what one agenda block shows and does; parts shared by
    several blocks are in ui/blocks/parts/, and the registry lists the blocks."""
    from facilitator.domain.agenda import BlockKind
    from facilitator.ui.blocks.registry import BLOCKS

    assert [block.kind for block in BLOCKS] == list(BlockKind)
    assert [block.name for block in BLOCKS] == list(BLOCK_PACKAGES)
    for module, names in _imports().items():
        parts = module.split(".")
        if parts[:3] != ["facilitator", "ui", "blocks"] or len(parts) < 4:
            continue
        if parts[3] in BLOCK_PACKAGES:
            others = {f"facilitator.ui.blocks.{b}" for b in BLOCK_PACKAGES if b != parts[3]}
            reached = {n for n in names if any(n.startswith(o) for o in others)}
            assert reached == set(), module
        if parts[3] == "parts":
            reached = {n for n in names if any(f".blocks.{b}" in n for b in BLOCK_PACKAGES)}
            assert reached == set(), module


MAX_MODULE_LINES = 400


def test_no_module_is_over_400_lines():
    """A module does one job; the control window only assembles its parts."""
    long_modules = {}
    for path in PACKAGE.rglob("*.py"):
        lines = path.read_text(encoding="utf-8").count("\n")
        if lines > MAX_MODULE_LINES:
            long_modules[str(path.relative_to(PACKAGE.parent))] = lines
    assert long_modules == {}


MAX_FUNCTION_LINES = 60
LONG_BY_NATURE = {("facilitator/cli.py", "build_parser")}  # one argument after another


def test_no_function_is_over_60_lines():
    """A function reads on one screen; a long constructor builds its parts by name."""
    long_functions = {}
    for path in PACKAGE.rglob("*.py"):
        name = str(path.relative_to(PACKAGE.parent))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES and (name, node.name) not in LONG_BY_NATURE:
                    long_functions[f"{name}:{node.name}"] = length
    assert long_functions == {}


def test_store_failures_are_said_on_the_stores_bridge_not_passed_up_by_hand():
    """One bridge per store (`ui/message_bridge.bridge_for`): no controller, model or panel
    declares a `storeFailed` of its own for its owner to forward."""
    declaring = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "message_bridge.py"
        and "storeFailed = Signal" in path.read_text(encoding="utf-8")
    ]
    assert declaring == []
