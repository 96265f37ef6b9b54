"""Batch benchmark: `huabei plan batch` on generated scenarios against numpy_financial.irr.

In one run, alternately (so machine load hits both alike):
  * huabei plan batch FILE --format csv   (the full engine: schedule, dates, fees, APR; a new process)
  * a reference script that only computes the same scenarios' APRs with numpy_financial.irr
    (cash flows built with plain floats, the same rules; a new process)
and reports the median wall times and their ratio (target: the batch at least 3x faster), then the
peak memory (max RSS, from resource.getrusage(RUSAGE_CHILDREN) in a fresh wrapper process) of the
batch at N and 10 x N rows (targets: under 120 MB, and flat). It also checks that the two agree on
every APR (to 4 places). Needs the bench extra: pip install -e ".[bench]".

    python bench/batch.py                 # 10,000 scenarios, 3 rounds; memory at 10k and 100k
    python bench/batch.py --rows 2000 --rounds 1 --json
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LIST = {3: 0.025, 6: 0.045, 9: 0.065, 12: 0.088}

REFERENCE = r'''
import csv, sys
import numpy_financial as npf

def flows(amount, periods, kind, fee_rate, annual_rate):
    if kind == "installment" and not fee_rate:
        fee_rate = {3: 0.025, 6: 0.045, 9: 0.065, 12: 0.088}[periods]
    if annual_rate:
        i = annual_rate / 12
        pay = round(amount * i / (1 - (1 + i) ** -periods), 2)
        return [-amount] + [pay] * periods
    total = amount * (1 + (fee_rate or 0.0))
    return [-amount] + [total / periods] * periods

out = csv.writer(sys.stdout, lineterminator="\n")
with open(sys.argv[1], newline="") as handle:
    for n, row in enumerate(csv.DictReader(handle), 1):
        cf = flows(float(row["amount"]), int(row["periods"]), row["kind"],
                   float(row["fee_rate"] or 0), float(row["annual_rate"] or 0))
        out.writerow([n, "%.4f" % (npf.irr(cf) * 12)])
'''

PEAK = r'''
import resource, subprocess, sys
with open(sys.argv[1], "w") as sink:
    code = subprocess.call(sys.argv[2:], stdout=sink, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
'''


def scenarios(path: Path, rows: int, seed: int = 7) -> None:
    """3-60 periods, both kinds: list-price and own-rate installments, fee-rate and interest negotiated plans."""
    rng = random.Random(seed)
    with path.open("w", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["amount", "periods", "kind", "fee_rate", "start", "due_day", "annual_rate"])
        for _ in range(rows):
            amount = f"{rng.randint(500, 200000)}.{rng.randint(0, 99):02d}"
            periods = rng.randint(3, 60)
            if periods in LIST and rng.random() < 0.5:
                row = [amount, periods, "installment", "", "2026-01-15", 10, ""]
            elif rng.random() < 0.5:
                row = [amount, periods, "negotiated", f"{rng.randint(0, 300) / 1000:.3f}", "2026-01-15",
                       rng.randint(1, 31), ""]
            else:
                row = [amount, periods, "negotiated", "", "2026-01-15", rng.randint(1, 31),
                       f"{rng.randint(1, 240) / 1000:.3f}"]
            out.writerow(row)


def huabei_cmd(path: Path) -> list[str]:
    exe = Path(sys.executable).with_name("huabei")
    found = str(exe) if exe.exists() else shutil.which("huabei")
    if not found:
        sys.exit("huabei is not installed in this environment: pip install -e '.[bench]' first")
    return [found, "plan", "batch", str(path), "--format", "csv", "--start", "2026-01-01"]


def timed(cmd: list[str], out: Path) -> float:
    start = time.perf_counter()
    with out.open("w") as sink:
        code = subprocess.call(cmd, stdout=sink, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    if code != 0:
        sys.exit(f"{cmd[0]} failed with exit code {code}")
    return elapsed


def peak_mb(cmd: list[str], out: Path) -> float:
    text = subprocess.check_output([sys.executable, "-c", PEAK, str(out), *cmd], text=True).split()
    if text[1] != "0":
        sys.exit(f"{cmd[0]} failed with exit code {text[1]}")
    return int(text[0]) / 1024  # ru_maxrss is in KiB on Linux


def agree(ours: Path, ref: Path) -> tuple[int, float]:
    """Rows compared, and the largest APR difference."""
    with ours.open() as a, ref.open() as b:
        mine = [r["apr"] for r in csv.DictReader(a)]
        theirs = [r[1] for r in csv.reader(b)]
    if len(mine) != len(theirs):
        sys.exit(f"row counts differ: {len(mine)} vs {len(theirs)}")
    return len(mine), max(abs(float(x) - float(y)) for x, y in zip(mine, theirs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    try:
        import numpy_financial  # noqa: F401
    except ImportError:
        sys.exit("numpy-financial is missing: pip install -e '.[bench]'")

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        small, large = tmp_path / "small.csv", tmp_path / "large.csv"
        scenarios(small, args.rows)
        scenarios(large, args.rows * 10, seed=8)
        ref_script = tmp_path / "reference.py"
        ref_script.write_text(REFERENCE)
        ours_out, ref_out = tmp_path / "ours.csv", tmp_path / "ref.csv"
        ours_cmd, ref_cmd = huabei_cmd(small), [sys.executable, str(ref_script), str(small)]
        ours_t, ref_t = [], []
        for _ in range(args.rounds):
            ours_t.append(timed(ours_cmd, ours_out))
            ref_t.append(timed(ref_cmd, ref_out))
        compared, max_diff = agree(ours_out, ref_out)
        mem_small = peak_mb(ours_cmd, tmp_path / "m1.csv")
        mem_large = peak_mb(huabei_cmd(large), tmp_path / "m2.csv")
        mem_ref = peak_mb(ref_cmd, tmp_path / "m3.csv")

    result = {
        "rows": args.rows, "rounds": args.rounds,
        "batch_median_s": round(statistics.median(ours_t), 3),
        "reference_median_s": round(statistics.median(ref_t), 3),
        "speedup": round(statistics.median(ref_t) / statistics.median(ours_t), 2),
        "batch_peak_mb": round(mem_small, 1), "batch_peak_mb_10x": round(mem_large, 1),
        "reference_peak_mb": round(mem_ref, 1),
        "apr_rows_compared": compared, "apr_max_abs_diff": max_diff,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{args.rows:,} scenarios, {args.rounds} rounds (medians):")
    print(f"  huabei plan batch         {result['batch_median_s']:8.3f} s")
    print(f"  numpy_financial.irr ref   {result['reference_median_s']:8.3f} s")
    print(f"  speed-up                  {result['speedup']:8.2f} x   (target >= 3)")
    print(f"  peak memory, {args.rows:,} rows    {result['batch_peak_mb']:6.1f} MB")
    print(f"  peak memory, {args.rows * 10:,} rows   {result['batch_peak_mb_10x']:6.1f} MB   (target < 120, flat)")
    print(f"  reference peak memory      {result['reference_peak_mb']:6.1f} MB")
    print(f"  APRs compared: {compared:,}, largest difference {max_diff:.4f}")


if __name__ == "__main__":
    main()
