"""Start-up benchmark: `huabei status --days 45`, `huabei --help`, a TAB press and a non-interactive
`huabei guide` against `python -c pass`.

Runs the commands alternately in one invocation, so machine load hits them all alike, and prints
each command's median and its ratio to the median of `python -c pass`: piped against `python -c
pass` piped (the target is <= 6x; <= 8x for the guide, which runs six engines), on a terminal (a
pseudo-terminal, so Rich draws the table) against `python -c pass` in a pseudo-terminal too (the
target is <= 7x).
A bare one-option Typer app is timed as well: it is the floor any Typer CLI pays on this machine.

    python bench/startup.py            # 30 rounds
    python bench/startup.py --rounds 60 --json
"""

from __future__ import annotations

import argparse
import json
import os
import pty
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 6.0  # piped
TERMINAL_TARGET = 7.0  # in a pseudo-terminal, Rich drawing the table
GUIDE_TARGET = 8.0  # piped, no questions
GUIDE = ["guide", "--since", "2026-09-20", "--amount", "4800", "--income", "5000", "--spending", "3000",
         "--problems", "off-hours,third-party", "--today", "2026-12-01", "--json"]
BARE_TYPER = """
import typer
app = typer.Typer(add_completion=False)
@app.command()
def main(days: int = 0):
    print(days)
app()
"""


def huabei_exe() -> str:
    beside = Path(sys.executable).with_name("huabei")
    found = str(beside) if beside.exists() else shutil.which("huabei")
    if not found:
        sys.exit("huabei is not installed in this environment: pip install -e . first")
    return found


def timed(argv: list[str], env: dict, tty: bool, extra: dict | None = None) -> float:
    """Wall time of one run; with tty=True stdout is a pseudo-terminal, so the Rich table is drawn."""
    env = {**env, **(extra or {})}
    if tty:
        leader, follower = pty.openpty()
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=follower, stderr=subprocess.DEVNULL, env=env)
        os.close(follower)
        while True:  # drain the terminal so the child never blocks on a full buffer
            try:
                if not os.read(leader, 65536):
                    break
            except OSError:
                break
        proc.wait()
        elapsed = time.perf_counter() - start
        os.close(leader)
    else:
        start = time.perf_counter()
        proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"{' '.join(argv)} exited {proc.returncode}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    huabei = huabei_exe()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "HUABEI_CACHE_DIR": tmp}
        env.pop("NO_COLOR", None)
        # Users run with bytecode caches; let the warm-up write them even if this shell disables it.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        bare = Path(tmp, "bare_typer.py")
        bare.write_text(BARE_TYPER)
        tab = {"_HUABEI_COMPLETE": "complete_bash", "COMP_WORDS": "huabei status --d", "COMP_CWORD": "2"}
        cases = {
            "python -c pass": ([sys.executable, "-c", "pass"], False, None),
            "python -c pass (terminal)": ([sys.executable, "-c", "pass"], True, None),
            "huabei status --days 45 (piped, plain table)": ([huabei, "status", "--days", "45"], False, None),
            "huabei status --days 45 (terminal, rich table)": ([huabei, "status", "--days", "45"], True, None),
            "huabei --help": ([huabei, "--help"], False, None),
            "huabei guide ... --json (piped, no questions)": ([huabei, *GUIDE], False, None),
            "TAB after `huabei status --d` (bash)": ([huabei], False, tab),
            "bare Typer app, one option (floor)": ([sys.executable, str(bare), "--days", "45"], False, None),
        }
        for argv, tty, extra in cases.values():  # warm up: fills the data cache and the OS file cache
            timed(argv, env, tty, extra)
        samples: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.rounds):
            for name, (argv, tty, extra) in cases.items():
                samples[name].append(timed(argv, env, tty, extra))

    base = statistics.median(samples["python -c pass"])
    terminal_base = statistics.median(samples["python -c pass (terminal)"])
    floor = statistics.median(samples["bare Typer app, one option (floor)"])
    rows = []
    for name, values in samples.items():
        median = statistics.median(values)
        against = terminal_base if cases[name][1] else base  # a terminal run against python in a terminal
        rows.append({"command": name, "median_ms": round(median * 1000, 1), "ratio": round(median / against, 2),
                     "over_floor_ms": round((median - floor) * 1000, 1)})
    verdicts = [(next(r for r in rows if r["command"].startswith("huabei status") and kind in r["command"]), target)
                for kind, target in (("piped", TARGET), ("terminal", TERMINAL_TARGET))]
    if args.json:
        print(json.dumps({"rounds": args.rounds, "target_ratio": TARGET, "terminal_target_ratio": TERMINAL_TARGET,
                          "guide_target_ratio": GUIDE_TARGET, "load_average": os.getloadavg(), "results": rows},
                         indent=2))
    else:
        width = max(len(r["command"]) for r in rows)
        print(f"{'command'.ljust(width)}  median ms  x python -c pass  ms over floor   ({args.rounds} rounds, alternating)")
        for r in rows:
            print(f"{r['command'].ljust(width)}  {r['median_ms']:9.1f}  {r['ratio']:14.2f}x  {r['over_floor_ms']:12.1f}")
        print(f"(terminal runs against python -c pass in a terminal; load average {os.getloadavg()[0]:.2f})")
        for row, target in verdicts:
            verdict = "meets" if row["ratio"] <= target else "misses"
            print(f"{row['command']}: {row['ratio']:.2f}x, {verdict} the target of <= {target:g}x")
        guide = next(r for r in rows if r["command"].startswith("huabei guide"))
        verdict = "meets" if guide["ratio"] <= GUIDE_TARGET else "misses"
        print(f"{guide['command']}: {guide['ratio']:.2f}x, {verdict} the target of <= {GUIDE_TARGET:g}x")


if __name__ == "__main__":
    main()
