"""`plan batch` never aborts: whatever cannot be read is its row's error, and the rows around it are computed.

Each case runs in a real process under a timeout (a number turned into a huge int, or a file read
whole, would hang or run long, and fail here), with the exact output rows and error lines.
"""

import json
import os
import signal
import subprocess
import sys
import time
import tracemalloc
from io import StringIO

import pytest


HEADER = ("row,amount,periods,kind,fee_rate,annual_rate,payment_per_period,total_fee,total_paid,apr,"
          "effective_annual_rate,xirr,first_due,last_due,over_24_percent")
ROW = "{n},100.00,3,installment,0.025,,34.16,2.50,102.50,0.1494,0.1600,0.1397,2026-02-10,2026-04-10,false"
ROW_200 = "{n},200.00,3,installment,0.025,,68.34,5.00,205.00,0.1494,0.1601,0.1398,2026-02-10,2026-04-10,false"
CAP = ("At most 60 periods (got {got}). The cap comes from 《商业银行信用卡业务监督管理办法》(2011) 第70条 (statute): a "
       "bank may agree an individual plan of up to 5 years with a cardholder; the article binds card-issuing banks, "
       "and Huabei is not a bank card, so the tool keeps to it only as a reference. Use --periods 60 or fewer.")
GOOD = '{"amount": 100, "periods": 3}'


def batch(path, *args: str, timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "huabei_assist", "plan", "batch", str(path), "--format", "csv",
                           "--start", "2026-01-01", "--lang", "en", *args],
                          capture_output=True, text=True, timeout=timeout)


def write(tmp_path, name: str, content: str | bytes):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_csv_cells_that_cannot_be_read_are_their_rows_errors(tmp_path):
    path = write(tmp_path, "s.csv", "amount,periods\n100,3\n100,1e9999\n100,1e999999\n100," + "9" * 5000 + "\n"
                 "100,²\n100," + "x" * 131_073 + "\n" + '"' + "y" * 140_000 + '",3\n1e999999,3\n200,3\n')
    result = batch(path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [HEADER, ROW.format(n=1), ROW_200.format(n=9)]
    assert result.stderr.splitlines() == [
        "row 2, field periods: " + CAP.format(got="1E+9999"),
        "row 3, field periods: " + CAP.format(got="1E+999999"),
        f"row 4, field periods: the value is longer than 200 characters: '{'9' * 80}…'.",
        "row 5, field periods: periods must be a whole number from 1 to 60, got '²'.",
        f"row 6, field periods: the value is longer than 200 characters: '{'x' * 80}…'.",
        f"row 7, field amount: the value is longer than 200 characters: '{'y' * 80}…'.",
        "row 8, field amount: amount needs a sum of money, got '1e999999'. Write it like 1234.56 or 1,234.56 (¥ or 元 allowed).",
    ]


def test_a_line_longer_than_the_limit_is_cut_and_its_cell_named(tmp_path):
    # 300,000 characters on one line, inside a quoted cell: the cut cell does not swallow the next rows
    path = write(tmp_path, "s.csv", 'periods,amount\n3,"' + "z" * 300_000 + '"\n3,200\n')
    result = batch(path)
    assert result.stdout.splitlines() == [HEADER, ROW_200.format(n=2)]
    assert result.stderr == f"row 1, field amount: the value is longer than 200 characters: '{'z' * 80}…'.\n"


@pytest.mark.parametrize(("header", "line"), [
    ("amount,periods,amount", "The batch file's header has the column 'amount' twice; give each column once."),
    ("amount,periods,months", "The batch file's header has an unknown column 'months'; the columns are: amount, "
                              "periods, kind, fee_rate, start, due_day, annual_rate, payment, fee_per_period."),
])
def test_a_repeated_or_unknown_column_is_a_header_error(tmp_path, header, line):
    result = batch(write(tmp_path, "s.csv", header + "\n100,3,5\n"))
    assert (result.returncode, result.stdout, result.stderr) == (2, "", line + "\n")


def test_a_bad_byte_names_its_row_and_every_row_before_it_is_printed(tmp_path):
    rows = 5000  # far more than one read buffer before the bad byte
    content = b"amount,periods\n" + b"100,3\n" * rows + b"\xff\xfe,3\n100,\xe9\n200,3\n"
    result = batch(write(tmp_path, "s.csv", content))
    assert result.returncode == 1
    out = result.stdout.splitlines()
    assert out[1:] == [ROW.format(n=n) for n in range(1, rows + 1)] + [ROW_200.format(n=rows + 3)]
    assert result.stderr.splitlines() == [f"row {rows + 1}, field amount: not UTF-8 text: '\\xff\\xfe'.",
                                          f"row {rows + 2}, field periods: not UTF-8 text: '\\xe9'."]


def test_a_bad_byte_in_the_header_refuses_the_file(tmp_path):
    result = batch(write(tmp_path, "s.csv", b"amount,peri\xffods\n100,3\n"))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"{tmp_path / 's.csv'} is not UTF-8 text; save it as UTF-8 CSV or JSON.\n"


def test_json_array_items_that_cannot_be_read_are_their_rows_errors(tmp_path):
    items = [GOOD, '{"amount": 1e999999, "periods": 3}', '{"amount": 100, "periods": 1e999999}',
             '{"amount": 100, "amount": 5, "periods": 3}', '{"amount": 100, "periods": ' + "9" * 5000 + "}",
             '{"amount": "' + "z" * 300_000 + '", "periods": 3}', '{"amount": "X", "periods": 3}',
             "[" * 100_000 + "]" * 100_000, '{"amount": 100, "periods": NaN}', '{"amount": 200, "periods": 3}']
    content = ("[" + ",\n".join(items) + "]").encode().replace(b'"X"', b'"\xff"')
    result = batch(write(tmp_path, "s.json", content))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [HEADER, ROW.format(n=1), ROW_200.format(n=10)]
    assert result.stderr.splitlines() == [
        "row 2, field amount: amount needs a sum of money, got '1e999999'. Write it like 1234.56 or 1,234.56 (¥ or 元 allowed).",
        "row 3, field periods: " + CAP.format(got="1E+999999"),
        "row 4, field amount: this field is given twice.",
        f"row 5, field periods: the value is longer than 200 characters: '{'9' * 80}…'.",
        "row 6, field -: the item is longer than 131072 characters and was not read.",
        "row 7, field amount: not UTF-8 text: '\\xff'.",
        "row 8, field -: nested too deep to be read.",
        "row 9, field periods: periods must be a whole number from 1 to 60, got 'NaN'.",
    ]


@pytest.mark.parametrize(("tail", "line"), [
    (GOOD + " oops " + GOOD + "]", "row 3, field -: not valid JSON: expected ',' or ']'; the rest of the file was not read."),
    ('{"amount": 100, "periods": 3}}, ' + GOOD + "]",
     "row 3, field -: not valid JSON: expected ',' or ']'; the rest of the file was not read."),
    ('{"amount" 100}, ' + GOOD + "]", "row 2, field -: not valid JSON: a syntax error; the rest of the file was not read."),
    ('{"amount": 100, "periods": 3}', "row 3, field -: not valid JSON: the file ends before the array does."),
    ('"' + "q" * 300_000, "row 2, field -: not valid JSON: the file ends before the array does."),
    ("[" * 100_000, "row 2, field -: not valid JSON: the file ends before the array does."),
])
def test_after_a_syntax_error_the_json_array_is_not_read_further(tmp_path, tail, line):
    result = batch(write(tmp_path, "s.json", "[" + GOOD + ", " + tail))
    assert result.returncode == 1
    assert result.stdout.splitlines()[:2] == [HEADER, ROW.format(n=1)]
    assert result.stderr.splitlines()[-1] == line


def test_json_lines_that_cannot_be_read_are_their_rows_errors(tmp_path):
    lines = [GOOD, "[" * 50_000 + "]" * 50_000, "[" * 100_000 + "]" * 100_000, "{bad", '{"amount": 200, "periods": 3}']
    result = batch(write(tmp_path, "s.jsonl", "\n".join(lines) + "\n"))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [HEADER, ROW.format(n=1), ROW_200.format(n=5)]
    assert result.stderr.splitlines() == [
        "row 2, field -: nested too deep to be read.",
        "row 3, field -: the line is longer than 131072 characters and was not read.",
        "row 4, field -: not valid JSON: a syntax error at character 2.",
    ]


def _peak_reading(text: str) -> int:
    """Peak bytes Python allocated while reading every row of a JSON array (nothing computed)."""
    from huabei_assist.plans.batch import read_rows

    stream = StringIO(text)  # the file, before the measure starts
    tracemalloc.start()
    try:
        for _ in read_rows(stream, "json"):
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_broken_json_array_is_not_read_into_memory():
    """A syntax error at item 11: the peak is the same for a 2 MB and a 20 MB file (the old reader held
    all the rest: 208 MB for 99 MB; bench/batch_broken_json.py measures a 100 MB file in a process)."""
    item = '{"amount": 1200, "periods": 12, "kind": "installment", "start": "2026-01-15"}'
    head = "[" + ",".join([item] * 10) + "," + item.replace(":", "", 1) + ","

    def text(size: int) -> str:
        return head + ",".join([item] * (size // len(item))) + "]"

    small, large = text(2_000_000), text(20_000_000)
    small_peak = _peak_reading(small)
    assert small_peak < 1_000_000  # a read chunk and one item, not the file
    assert _peak_reading(large) < small_peak + 100_000


def test_ctrl_c_ends_a_long_batch_with_130_and_one_line(tmp_path):
    path = write(tmp_path, "long.csv", "amount,periods\n" + "1200,12\n" * 1_000_000)
    proc = subprocess.Popen([sys.executable, "-m", "huabei_assist", "plan", "batch", str(path), "--json", "--lang", "en"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0)
    try:
        first = os.read(proc.stdout.fileno(), 1)  # the batch is running: "[" comes with the first rows
        time.sleep(0.3)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert (proc.returncode, err.decode()) == (130, "Cancelled.\n")
    rows = json.loads(first + out)  # the JSON document is still closed
    assert 0 < len(rows) < 1_000_000


def test_a_quoted_value_over_many_lines_past_the_limit_ends_the_reading(tmp_path):
    # csv.reader would carry on inside the cell, reading each of its 70,000 lines as a row
    path = write(tmp_path, "s.csv", 'amount,periods\n100,3\n"' + "x\n" * 70_000 + '",3\n200,3\n')
    result = batch(path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [HEADER, ROW.format(n=1)]
    assert result.stderr == ("row 2, field -: cannot be read as CSV: a quoted value runs over several lines past "
                             "131072 characters; the rest of the file was not read.\n")


_ITEMS = ['{"amount": 100, "periods": 3}', '"str\\"ing ] ,"', '[[1, 2], {"a": "]}"}]', '{"amount": 1, "amount": 2}',
          "123e45", "-0.5", "true", "null", '{"amount": "\\u00e9\\\\", "periods": "6"}', '"' + "x" * 300 + '"']


def _rows(text: str) -> str:
    from huabei_assist.errors import HuabeiError
    from huabei_assist.plans.batch import read_rows

    try:
        return repr(list(read_rows(StringIO(text), "json")))
    except HuabeiError as exc:
        return exc.key


@pytest.mark.parametrize("seed", range(4))
def test_json_array_rows_do_not_depend_on_where_the_buffer_is_cut(monkeypatch, seed):
    """Items and errors are the same read 1, 5 or 65,536 characters at a time, whole or damaged
    (a character dropped, added, or the file cut), and a valid array gives json's own items."""
    import random

    import huabei_assist.plans.batch as batch_module

    rng = random.Random(seed)
    for _ in range(150):
        text = "[" + ", ".join(rng.choice(_ITEMS) for _ in range(rng.randint(0, 5))) + "]"
        valid = text
        for _ in range(rng.randint(0, 2)):
            at = rng.randrange(len(text) + 1)
            text = rng.choice([text[:at] + text[at + 1:], text[:at] + rng.choice('[]{}",:\\ e1') + text[at:], text[:at]])
        seen = set()
        for chunk in (1, 5, 1 << 16):
            monkeypatch.setattr(batch_module, "_CHUNK", chunk)
            seen.add(_rows(text))
        assert len(seen) == 1, text
        if text == valid:
            decoder = batch_module._decoder()
            assert seen.pop() == repr(list(enumerate(decoder.decode(valid), 1)))


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_a_fifo_a_device_or_a_folder_is_refused_without_reading_it(tmp_path, kind):
    """Opening a FIFO blocks until a writer comes, /dev/zero never ends: neither is read."""
    if kind == "fifo":
        path = tmp_path / "scenarios.csv"
        os.mkfifo(path)
        reason = "it is not a regular file (a pipe, a device or a socket)"
    elif kind == "device":
        path, reason = "/dev/zero", "it is not a regular file (a pipe, a device or a socket)"
    else:
        path, reason = tmp_path, "it is a directory, not a file"
    proc = batch(path, timeout=20)
    assert (proc.returncode, proc.stdout) == (1, "")
    assert proc.stderr == f"Cannot read {path}: {reason}. Check the file name and permissions.\n"


def test_a_fifo_in_the_data_folder_is_a_data_error_not_a_hang(tmp_path, data_copy):
    (data_copy / "stages.toml").unlink()
    os.mkfifo(data_copy / "stages.toml")
    proc = subprocess.run([sys.executable, "-m", "huabei_assist", "status", "--days", "4", "--lang", "en"],
                          capture_output=True, text=True, timeout=20)
    assert proc.returncode == 1
    assert proc.stderr.startswith("Data file stages.toml is invalid: entry -, field -: it is not a regular file")
    assert proc.stderr.count("\n") == 1


# ------------------------------------------------------------------ through the command: rows, header, reasons

def test_batch_row_with_a_far_off_start_is_a_row_error(run, tmp_path):
    scenarios = tmp_path / "s.csv"
    scenarios.write_text("amount,periods,start\n6000,12,9999-06-01\n6000,3,\n", encoding="utf-8")
    result = run("plan", "batch", str(scenarios), "--format", "csv", "--start", "2026-01-01")
    assert result.code == 1
    assert "内部错误" not in result.err and "start" in result.err
    assert result.out.splitlines()[1].startswith("2,6000.00,3,")


def test_huge_batch_row_is_a_row_error(run, tmp_path):
    scenarios = tmp_path / "s.csv"
    scenarios.write_text(f"amount,periods\n1{'0' * 30},3\n5,3\n", encoding="utf-8")  # 10^30 CNY
    result = run("plan", "batch", str(scenarios), "--format", "csv")
    assert result.code == 1
    assert "内部错误" not in result.err and "太大" in result.err
    assert result.out.splitlines()[1].startswith("2,5.00,3,")


def test_batch_with_a_bad_header_prints_nothing_on_stdout(run, tmp_path):
    scenarios = tmp_path / "s.csv"
    scenarios.write_text("amount,periods,foo\n5,3,1\n", encoding="utf-8")
    result = run("plan", "batch", str(scenarios), "--format", "csv")
    assert result.code == 2
    assert result.out == ""
    assert "'foo'" in result.err and len(result.err.strip().splitlines()) == 1


def test_batch_still_prints_the_header_for_an_empty_file(run, tmp_path):
    scenarios = tmp_path / "s.csv"
    scenarios.write_text("amount,periods\n", encoding="utf-8")
    result = run("plan", "batch", str(scenarios), "--format", "csv")
    assert result.code == 0 and result.out.startswith("row,amount,periods,")


def test_batch_json_reasons_in_chinese(run, tmp_path):
    rows = tmp_path / "s.jsonl"
    rows.write_text('{"amount": "5", "periods": 3}\n{bad\n', encoding="utf-8")
    result = run("plan", "batch", str(rows), "--format", "csv")
    assert result.code == 1
    assert result.err.strip() == "第2行，字段 -：不是有效的JSON：第 2 个字符处有语法错误。"
