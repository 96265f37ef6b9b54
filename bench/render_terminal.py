"""What drawing on a terminal costs, in-process: importing render/rich_out.py (Rich with it) and
render.emit() of the `huabei status --days 45` view (zh and en) on a terminal of 80 columns.

Each round is a fresh process (imports and Rich's caches start cold, as in a real run): it builds
both views first (the status path without the command line), then times the import of
render/rich_out.py, the first emit() (Console creation included) and the next ones. Rounds alternate
with `python -c pass`, the reference issue 11's targets are given against, and each figure is
printed as its median in ms and as a ratio to that reference, so a slow or busy machine does not
move the ratios much. Not a test: timings do not belong in the suite.
--against DIR times the huabei_assist of another checkout too (e.g. `git worktree add /tmp/base main`),
in the same rounds, for a before/after that machine load does not skew.

    python bench/render_terminal.py             # 20 rounds
    python bench/render_terminal.py --rounds 40 --json
    python bench/render_terminal.py --against /tmp/base
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import io, json, sys, time
from datetime import date

import huabei_assist

from huabei_assist.knowledge.base import Knowledge
from huabei_assist.render import emit
from huabei_assist.status import assess
from huabei_assist.views.status_view import status_view

kb = Knowledge()
views = [status_view(assess(today=date(2026, 11, 29), days=45, kb=kb), lang, kb=kb) for lang in ("zh", "en")]


class Terminal(io.StringIO):
    def isatty(self):
        return True


def drawn(view):
    saved, sys.stdout = sys.stdout, Terminal()
    try:
        start = time.perf_counter()
        emit(view)
        return time.perf_counter() - start
    finally:
        sys.stdout = saved


start = time.perf_counter()
import huabei_assist.render.rich_out
imported = time.perf_counter() - start
first = drawn(views[0])
second = drawn(views[0])
english = drawn(views[1])
print(json.dumps({"from": huabei_assist.__file__, "import": imported, "first zh": first, "next zh": second, "first en": english}))
"""


def _timed(argv: list[str], env: dict, cwd: str) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=cwd, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"{argv[:2]} exited {proc.returncode}: {proc.stderr}")
    return elapsed, proc.stdout


def _figures(samples: dict[str, list[float]], base: float) -> dict:
    samples["import + first zh"] = [a + b for a, b in zip(samples["import"], samples["first zh"])]
    return {name: {"ms": round(statistics.median(values) * 1000, 1),
                   "ratio": round(statistics.median(values) / base, 2)} for name, values in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--against", metavar="DIR", help="another checkout whose huabei_assist is timed too")
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:  # also the children's directory: '' on sys.path finds no package
        env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE")}
        env.update(HUABEI_CACHE_DIR=cache, COLUMNS="80", TERM="xterm-256color")
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # users run with bytecode caches: the warm-up writes them
        envs = {"this checkout": {**env, "PYTHONPATH": ""}}
        if options.against:
            envs[options.against] = {**env, "PYTHONPATH": str(Path(options.against).resolve())}
        for name, child_env in envs.items():  # builds the data cache, writes the bytecode
            origin = json.loads(_timed([sys.executable, "-c", CHILD], child_env, cache)[1])["from"]
            print(f"{name}: {origin}", file=sys.stderr)
        reference: list[float] = []
        samples: dict[str, dict[str, list[float]]] = {name: {} for name in envs}
        for _ in range(options.rounds):
            reference.append(_timed([sys.executable, "-c", "pass"], env, cache)[0])
            for name, child_env in envs.items():
                figures = json.loads(_timed([sys.executable, "-c", CHILD], child_env, cache)[1])
                for figure, seconds in figures.items():
                    if figure != "from":
                        samples[name].setdefault(figure, []).append(seconds)
    base = statistics.median(reference)
    result = {"python -c pass ms": round(base * 1000, 1), "rounds": options.rounds,
              **{name: _figures(figures, base) for name, figures in samples.items()}}
    if options.json:
        print(json.dumps(result, indent=2))
        return
    print(f"python -c pass: {result['python -c pass ms']} ms (median of {options.rounds})")
    for name in envs:
        print(name)
        for figure, value in result[name].items():
            print(f"  {figure:<18} {value['ms']:>7.1f} ms  {value['ratio']:>5.2f}x python -c pass")


if __name__ == "__main__":
    main()
