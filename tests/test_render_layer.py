"""render/: one handler per output form, and the only layer that writes output (domain modules import
no command, view, renderer or message module)."""

import ast
from datetime import date
from pathlib import Path

import pytest

from huabei_assist.render import RENDERERS, render, save
from huabei_assist.render.formats import OutputFormat
from huabei_assist.render.view import Calendar, CalendarEvent, Table, View

PACKAGE = Path(__file__).resolve().parent.parent / "huabei_assist"
VIEW = View("标题", [Table(None, ["期数", "金额"], [["1", "500.00"]], primary=True)], {"n": 1},
            calendar=Calendar("日历", [CalendarEvent("p1@huabei", date(2027, 1, 10), "还款 500.00")]),
            document="# 信\n正文\n")


def test_every_output_format_has_a_renderer():
    assert set(RENDERERS) == set(OutputFormat)  # a new form needs its handler here


@pytest.mark.parametrize("form", list(OutputFormat))
def test_every_output_format_renders_a_view(form):
    text = render(VIEW, form)
    expected = {"table": "标题", "plain": "标题", "json": '"n": 1', "markdown": "| 期数 | 金额", "csv": "期数,金额\n1,500.00",
                "ics": "BEGIN:VCALENDAR", "text": "# 信\n正文\n"}
    assert expected[form.value] in text


def test_save_writes_the_form_once_and_keeps_a_document_as_written(tmp_path):
    assert save(VIEW, OutputFormat.TEXT, str(tmp_path / "letter.md")) == str(tmp_path / "letter.md")
    assert (tmp_path / "letter.md").read_text(encoding="utf-8") == "# 信\n正文\n"
    save(VIEW, "csv", str(tmp_path / "t.csv"))
    assert (tmp_path / "t.csv").read_text(encoding="utf-8") == "期数,金额\n1,500.00\n"


UPPER = ("huabei_assist.cli", "huabei_assist.views", "huabei_assist.render", "huabei_assist.i18n")


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_domain_modules_import_nothing_from_the_layers_above():
    """Only cli/, views/ and render/ (and the entry point) reach up: a domain module that wrote a file
    through a view (plans/export.py did) or spoke the catalog would tie the engine to the interface."""
    above = {"cli", "views", "render", "i18n"}
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).parts
        if parts[0] in above or parts == ("__main__.py",):
            continue
        bad = sorted(name for name in _imports(path) if name.startswith(UPPER)
                     or name in {f"huabei_assist.{layer}" for layer in above})
        if bad:
            offenders["/".join(parts)] = bad
    assert offenders == {}
