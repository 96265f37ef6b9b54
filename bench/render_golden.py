"""Golden corpus of what Rich draws on a terminal, to keep a speed change of render/rich_out.py
byte-identical (not a test: a tool to run before and after).

Every command tests/test_render_every_command.py runs, in both languages, is run in-process; each
View it hands to render.emit is drawn again through the real emit() (Console creation included) on a
fake terminal at 80, 120, 40 and 60 columns, in 256 colours and in truecolor, whole and --brief.
Then `huabei status --days 45` is run as a process in a pseudo-terminal (COLUMNS 80 and 120).

    python bench/render_golden.py --save /tmp/golden     # from the code before the change
    python bench/render_golden.py --check /tmp/golden    # after: lists every output that differs
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TERMINALS = {"256": {"TERM": "xterm-256color"}, "truecolor": {"TERM": "xterm-256color", "COLORTERM": "truecolor"}}
WIDTHS = (80, 120, 40, 60)  # 40 and 60: where columns shrink and labels are cut
STATUS = ["status", "--days", "45", "--today", "2026-11-29"]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _environ(extra: dict) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "COLORTERM", "TERM", "COLUMNS", "LINES"):
        os.environ.pop(name, None)
    os.environ.update(extra)


def _views(home: Path) -> list[tuple[str, object]]:
    """(name, View) for every command of the test, both languages."""
    sys.path.insert(0, str(REPO))
    import huabei_assist.render as render_module
    from huabei_assist.cli import main
    from tests.test_render_every_command import _commands

    found: list[tuple[str, object]] = []
    seen: list = []
    real = render_module.emit
    render_module.emit = lambda view, *form, **options: seen.append(view)
    saved = sys.stdout, sys.stderr
    try:
        for lang in ("zh", "en"):
            work = home / lang
            work.mkdir()
            os.environ["HUABEI_HOME"], os.environ["HUABEI_CACHE_DIR"] = str(work / "home"), str(work / "cache")
            os.environ["COLUMNS"] = "80"
            for number, args in enumerate(_commands(work)):
                seen.clear()
                sys.stdout, sys.stderr = io.StringIO(), io.StringIO()
                code = main([*args, "--lang", lang])
                sys.stdout, sys.stderr = saved
                if code != 0:
                    sys.exit(f"{args} exited {code}")
                label = "_".join(a for a in args[:3] if "/" not in a)
                found += [(f"{lang}-{number:02d}-{label}-{index}", view) for index, view in enumerate(seen)]
    finally:
        sys.stdout, sys.stderr = saved
        render_module.emit = real
    return found


def _drawn(view, width: int, terminal: dict, brief: bool) -> str:
    from huabei_assist.render import emit

    _environ({**terminal, "COLUMNS": str(width)})
    saved, sys.stdout = sys.stdout, _Terminal()
    try:
        emit(view, brief=brief)
        return sys.stdout.getvalue()
    finally:
        sys.stdout = saved


def _in_pty(args: list[str], width: int, lang: str, home: Path) -> str:
    from tests.test_output import run_in_terminal

    _environ({"TERM": "xterm-256color", "COLUMNS": str(width)})
    os.environ.update(HUABEI_HOME=str(home / "home"), HUABEI_CACHE_DIR=str(home / "cache"))
    code, out = run_in_terminal(*args, "--lang", lang, timeout=120)
    if code != 0:
        sys.exit(f"{args} in a terminal exited {code}")
    return out


def corpus(views: list[tuple[str, object]] | None) -> tuple[dict[str, str], list[tuple[str, object]]]:
    """The outputs, and the views they were drawn from (`views` given: the saved ones, since some
    views hold the time of a run or a temporary path)."""
    outputs: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        views = views if views is not None else _views(home)
        for name, view in views:
            for width in WIDTHS:
                for colours, terminal in TERMINALS.items():
                    outputs[f"{name}-{width}-{colours}"] = _drawn(view, width, terminal, False)
                    if view.brief():
                        outputs[f"{name}-{width}-{colours}-brief"] = _drawn(view, width, terminal, True)
        for lang in ("zh", "en"):
            for width in WIDTHS[:2]:
                outputs[f"pty-{lang}-status-{width}"] = _in_pty(STATUS, width, lang, home / f"pty-{lang}")
    return outputs, views


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--check", type=Path)
    options = parser.parse_args()
    import pickle

    saved = None if options.save else pickle.loads((options.check / "views.pickle").read_bytes())
    outputs, views = corpus(saved)
    if options.save:
        options.save.mkdir(parents=True, exist_ok=True)
        (options.save / "views.pickle").write_bytes(pickle.dumps(views))
        for name, text in outputs.items():
            (options.save / f"{name}.txt").write_bytes(text.encode("utf-8"))
        print(f"{len(outputs)} outputs saved in {options.save}")
        return
    golden = {p.stem: p.read_bytes().decode("utf-8") for p in options.check.glob("*.txt")}
    differ = sorted(name for name in golden.keys() | outputs.keys() if golden.get(name) != outputs.get(name))
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(outputs)} outputs, {len(golden)} golden, {len(differ)} differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
