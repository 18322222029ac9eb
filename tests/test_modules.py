"""The package's modules as code: defects no behaviour test points at."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"


def bound_twice(source: str) -> dict[str, list[int]]:
    """Names a module binds more than once at its top level (assignment, def, class), with their lines."""
    lines: dict[str, list[int]] = defaultdict(list)
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            lines[name].append(node.lineno)
    return {name: at for name, at in lines.items() if len(at) > 1}


def test_the_check_sees_a_pattern_bound_twice() -> None:
    source = '_RE_A = re.compile("x")\n\ndef f():\n    return _RE_A\n\n_RE_A = re.compile("y")\n'
    assert bound_twice(source) == {"_RE_A": [1, 6]}


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_binds_a_name_twice_at_its_top_level(path: Path) -> None:
    # A second `_RE_LINE_HEAD = …` three thousand lines below the first silently replaced it for every function
    # of the module, the one the first was written for included.
    assert bound_twice(path.read_text(encoding="utf-8")) == {}
