"""Payoff benchmark: the engine's three orders for 20 debts over 120 months, against `python -c pass`.

Runs, alternately in one invocation (so machine load hits them alike):
- `python -c pass`;
- a process that imports the engine, reads the rules (data cache warm) and runs compare() for
  the generated 20 debts, showing only the totals (what `payoff --compare` prints);
- the same, turning every month of every order into rows (what `payoff --compare --json` carries);
- `huabei payoff --compare --debts FILE` piped, the real command on the same 20 debts written as a
  CSV file (the target: <= 8x `python -c pass`), and the same with `--json` (every row of every order);
- `huabei status --days 45` piped: what a command of the CLI costs today, for reference;
and prints each median with its ratio to `python -c pass`, plus the engine's own time in-process.

    python bench/payoff.py              # 20 rounds
    python bench/payoff.py --rounds 40 --json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from payoff_scenario import cli_args, run_engine, scenario_csv
from startup import timed

TARGET = 8.0
PAYOFF = "huabei payoff --compare --debts FILE (piped)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    child = str(Path(__file__).resolve().with_name("payoff_scenario.py"))
    huabei = Path(sys.executable).with_name("huabei")
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "HUABEI_CACHE_DIR": tmp}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        cases = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "engine: compare, totals (process)": [sys.executable, child],
            "engine: compare, every row (process)": [sys.executable, child, "rows"],
        }
        if huabei.exists():
            debts = Path(tmp) / "debts.csv"
            debts.write_text(scenario_csv(), encoding="utf-8")
            env["HUABEI_HOME"] = str(Path(tmp) / "home")
            cases[PAYOFF] = [str(huabei), *cli_args(str(debts))]
            cases["huabei payoff --compare --json (piped)"] = [str(huabei), *cli_args(str(debts)), "--json"]
            cases["huabei status --days 45 (piped, reference)"] = [str(huabei), "status", "--days", "45"]
        for argv in cases.values():  # warm up: the data cache, bytecode, the OS file cache
            timed(argv, env, False)
        samples: dict[str, list[float]] = {name: [] for name in cases}
        inproc: dict[str, list[float]] = {"totals": [], "rows": []}
        os.environ["HUABEI_CACHE_DIR"] = tmp
        for _ in range(args.rounds):
            for name, argv in cases.items():
                samples[name].append(timed(argv, env, False))
            inproc["totals"].append(run_engine(False))
            inproc["rows"].append(run_engine(True))

    base = statistics.median(samples["python -c pass"])
    rows = [{"case": name, "median_ms": round(statistics.median(v) * 1000, 1),
             "ratio": round(statistics.median(v) / base, 2)} for name, v in samples.items()]
    engine = {k: round(statistics.median(v) * 1000, 2) for k, v in inproc.items()}
    if args.json:
        print(json.dumps({"rounds": args.rounds, "target_ratio": TARGET, "results": rows,
                          "engine_in_process_ms": engine}, indent=2))
        return
    width = max(len(r["case"]) for r in rows)
    print(f"{'case'.ljust(width)}  median ms  x python -c pass   ({args.rounds} rounds, alternating)")
    for r in rows:
        print(f"{r['case'].ljust(width)}  {r['median_ms']:9.1f}  {r['ratio']:14.2f}x")
    if PAYOFF in samples:
        ratio = next(r["ratio"] for r in rows if r["case"] == PAYOFF)
        print(f"\n{PAYOFF}: {ratio:.2f}x python -c pass (target <= {TARGET:g}x): {'met' if ratio <= TARGET else 'MISSED'}")
    print(f"\nengine in-process (20 debts, 120 months, 3 orders): totals {engine['totals']} ms, "
          f"every row {engine['rows']} ms ({engine['rows'] / base / 1000:.2f}x python -c pass)")


if __name__ == "__main__":
    main()
