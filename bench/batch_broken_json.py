"""A broken JSON array: `huabei plan batch` of a ~100 MB array with a syntax error at item 11.

Before issue 9 the reader kept appending the rest of the file to its buffer and re-decoding it
(99 MB: 208 MB peak, 45 s). Now the error ends the reading: the first 10 rows are printed, item 11
is reported as the row that stopped it, and nothing after it is read. Reports the peak memory (max
RSS of the process, from a fresh wrapper as bench/batch.py measures it; target under 120 MB), the
wall time, the exit code (1) and the error line.

    python bench/batch_broken_json.py              # 100 MB
    python bench/batch_broken_json.py --mb 500 --json
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch import PEAK, huabei_cmd  # noqa: E402  (the sibling benchmark: same command, same measure)

ITEM = '{"amount": 1200, "periods": 12, "kind": "installment", "start": "2026-01-15"}'
BROKEN = ITEM.replace(":", "", 1)  # '{"amount" 1200, ...': a syntax error


def broken_array(path: Path, megabytes: int) -> int:
    """10 good items, a broken one, then good items up to the size; the file's size in bytes."""
    block = ",\n".join([ITEM] * 10_000) + ",\n"
    with path.open("w", encoding="utf-8") as handle:
        size = handle.write("[" + ",\n".join([ITEM] * 10) + ",\n" + BROKEN + ",\n")
        while size < megabytes * 1_000_000:
            size += handle.write(block)
        size += handle.write(ITEM + "]\n")
    return size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=100, help="file size in MB (default 100)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path, out = Path(tmp) / "broken.json", Path(tmp) / "out.csv"
        size = broken_array(path, args.mb)
        cmd = huabei_cmd(path) + ["--lang", "en"]
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        peak_kib, code = subprocess.check_output([sys.executable, "-c", PEAK, str(out), *cmd], text=True).split()
        figures = {"file_mb": round(size / 1e6, 1), "peak_mb": round(int(peak_kib) / 1024, 1),
                   "seconds": round(seconds, 2), "exit_code": int(code), "rows_printed": len(proc.stdout.splitlines()) - 1,
                   "error": proc.stderr.strip()}
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        for name, value in figures.items():
            print(f"{name:13} {value}")
    ok = figures["peak_mb"] < 120 and figures["exit_code"] == 1 and figures["rows_printed"] == 10
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
