"""The domain side of a non-interactive `huabei guide`, timed in-process: what `guide`'s command
function does after the command line is parsed (imports of the engines, the views and the JSON
renderer, the knowledge base read from its cache, the page built, its JSON written).

Each round is a fresh interpreter that first imports the command tree (`huabei_assist.cli`,
`cli.app`, `cli.guide_cmd`: the lead's side, not timed), then times the rest; the median over the
rounds is printed, with the modules the timed part imported.

    python bench/guide_domain.py              # 15 rounds
    python bench/guide_domain.py --rounds 30 --modules
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

ROUND = r"""
import io, sys, time
import huabei_assist.cli, huabei_assist.cli.app, huabei_assist.cli.guide_cmd  # the command tree: not timed
before = set(sys.modules)
start = time.perf_counter()
from decimal import Decimal
from huabei_assist import guide as domain
from huabei_assist.cli import inputs
from huabei_assist.knowledge.base import Knowledge
from huabei_assist.render import emit
from huabei_assist.render.formats import OutputFormat
from huabei_assist.views.guide_view import guide_view
kb = Knowledge()
today = inputs.today("2026-12-01")
debts = domain.other_debts()
answers = domain.Answers(today=today, since=inputs.day("2026-09-20", "--since"), amount=inputs.amount("4800"),
                         income=inputs.amount("5000", "--income"), spending=inputs.money("3000", "--spending"),
                         problems=domain.parse_problems("off-hours,third-party", kb))
page = domain.build(answers, debts=debts, kb=kb)
out, sys.stdout = sys.stdout, io.StringIO()
emit(guide_view(page, "zh", kb=kb), OutputFormat.JSON)
sys.stdout = out
elapsed = time.perf_counter() - start
print(elapsed)
print(" ".join(sorted(m for m in set(sys.modules) - before if m.startswith("huabei_assist") is False)))
print(" ".join(sorted(m for m in set(sys.modules) - before if m.startswith("huabei_assist"))))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--modules", action="store_true", help="list the modules the timed part imports")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "HUABEI_CACHE_DIR": os.path.join(tmp, "cache"), "HUABEI_HOME": os.path.join(tmp, "home")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        runs = [subprocess.run([sys.executable, "-c", ROUND], env=env, capture_output=True, text=True, check=True)
                for _ in range(args.rounds + 1)][1:]  # the first fills the data cache and the bytecode
    times = [float(run.stdout.split("\n")[0]) for run in runs]
    others, ours = runs[-1].stdout.split("\n")[1:3]
    print(f"guide's domain side: median {statistics.median(times) * 1000:.1f} ms, min {min(times) * 1000:.1f} ms "
          f"({args.rounds} rounds; load average {os.getloadavg()[0]:.2f}); "
          f"{len(others.split())} other modules and {len(ours.split())} of huabei_assist imported")
    if args.modules:
        print("other:", others)
        print("huabei_assist:", ours)


if __name__ == "__main__":
    main()
