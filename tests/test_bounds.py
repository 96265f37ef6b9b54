"""Every number from an option is bounded before it becomes an int: one usage line naming the range."""

import subprocess
import sys
from decimal import Decimal

import pytest

from huabei_assist import bounds
from huabei_assist.errors import InputError

FIVE_THOUSAND = "9" * 5000


def run_bounded(*args: str, timeout: float = 20) -> subprocess.CompletedProcess:
    """A real process under a timeout: a number turned into a huge int would hang, and fail here."""
    return subprocess.run([sys.executable, "-m", "huabei_assist", *args, "--lang", "en"],
                          capture_output=True, text=True, timeout=timeout)


CAP = ("At most 60 periods (got {got}). The cap comes from 《商业银行信用卡业务监督管理办法》(2011) 第70条 (statute): a "
       "bank may agree an individual plan of up to 5 years with a cardholder; the article binds card-issuing banks, "
       "and Huabei is not a bank card, so the tool keeps to it only as a reference. Use --periods 60 or fewer.")


@pytest.mark.parametrize(("args", "line"), [
    (["plan", "--amount", "100", "--periods", "1e999999"],
     CAP.format(got="1E+999999")),
    (["plan", "--amount", "100", "--periods", "12", "--due-day", "1e999999"],
     "--due-day must be a day from 1 to 31, got 1E+999999."),
    (["status", "--days", "1e999999"], "--days must be a whole number from 0 to 36525, got '1e999999'."),
    (["waiver", "--amount", "100", "--days", "1e9999"], "--days must be a whole number from 1 to 36525, got '1e9999'."),
    (["plan", "compare", "--amount", "100", "--periods", "3,1e999999"],
     CAP.format(got="1E+999999")),
    (["credit", "--paid", "2026-03-15", "--method", "installment", "--periods", "1e99999", "--start", "2026-01-01",
      "--today", "2026-11-29"],
     CAP.format(got="1E+99999")),
    (["calls", "check", "--max-per-day", "1e999999", "--at", "2026-11-29 10:00"],
     "The daily limit from --max-per-day must be a whole number from 1 to 10000, got '1e999999'."),
])
def test_huge_exponent_is_a_usage_error_at_once(args, line):
    result = run_bounded(*args)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", line + "\n")


@pytest.mark.parametrize(("args", "line"), [
    (["status", "--days", "²"], "--days must be a whole number from 0 to 36525, got '²'."),
    (["status", "--days", FIVE_THOUSAND], f"--days must be a whole number from 0 to 36525, got '{'9' * 80}…'."),
    (["status", "--days", "99999999999999999999999"],
     "--days must be a whole number from 0 to 36525, got '99999999999999999999999'."),
    (["status", "--days", "36526"], "--days must be a whole number from 0 to 36525, got '36526'."),
    (["plan", "--amount", "100", "--periods", "²"], "--periods must be a whole number from 1 to 60, got '²'."),
    (["plan", "--amount", "100", "--periods", "2.5"], "--periods must be a whole number from 1 to 60, got '2.5'."),
    (["plan", "--amount", "100", "--periods", "12", "--due-day", "²"],
     "--due-day must be a whole number from 1 to 31, got '²'."),
    (["budget", "--income", "100", "--due-day", FIVE_THOUSAND],
     f"--due-day must be a whole number from 1 to 31, got '{'9' * 80}…'."),
    (["plan", "--amount", FIVE_THOUSAND, "--periods", "3"],
     f"--amount got {'9' * 80}…, which is too large. Check for extra digits."),
    (["plan", "--amount", "1e-999999", "--periods", "3"],  # money has no exponent form: the form to use
     "--amount needs a sum of money, got '1e-999999'. Write it like 1234.56 or 1,234.56 (¥ or 元 allowed)."),
    (["plan", "--amount", "100", "--periods", "12", "--fee-rate", "1e-99999"],
     "--fee-rate got 1e-99999, which is too small (when not 0, at least 0.000000000001). Check the decimal point."),
    (["calls", "log", "show", "²"],
     "An entry ID is a whole number above 0, got '²'. Run `huabei calls log list` to see the IDs."),
    (["calls", "log", "show", "9223372036854775808"],
     "ID must be a whole number from 1 to 9223372036854775807, got '9223372036854775808'."),
    (["calls", "log", "delete", FIVE_THOUSAND, "--yes"],
     f"ID must be a whole number from 1 to 9223372036854775807, got '{'9' * 80}…'."),
    (["calls", "check", "--count-today", "²", "--at", "2026-11-29 10:00"],
     "--count-today must be a whole number above 0 (this contact included), got ²."),
    (["calls", "check", "--count-today", "10001", "--at", "2026-11-29 10:00"],
     "--count-today must be a whole number from 1 to 10000, got '10001'."),
])
def test_out_of_range_option_is_one_usage_line(run, args, line):
    result = run(*args, "--lang", "en")
    assert (result.code, result.out, result.err) == (2, "", line + "\n")


def test_largest_id_is_looked_up(run):
    result = run("calls", "log", "show", "9223372036854775807", "--lang", "en")
    assert result.code == 1 and "There is no entry 9223372036854775807." in result.err


def test_in_range_values_still_work(run):
    full_width = run("plan", "--amount", "1200", "--periods", "１２", "--due-day", "３", "--start", "2026-01-15",
                     "--json")
    assert full_width.code == 0 and '"periods": 12' in full_width.out and '"2026-02-03"' in full_width.out
    assert run("status", "--days", "36525").code == 0
    assert run("status", "--days", "0").code == 0


def test_whole_checks_the_range_on_the_decimal():
    assert bounds.whole(" 12 ", "--n", 1, 60) == 12
    assert bounds.whole("1.2e1", "--n", 1, 60) == 12
    for text in ("1e999999", "-1e999999", "²", "1.5", "NaN", "Infinity", "9" * 65, ""):
        with pytest.raises(InputError) as caught:
            bounds.whole(text, "--n", 1, 60)
        assert caught.value.key == "common.whole_out_of_range"
    assert bounds.decimal("0", "--x") == Decimal(0)


def test_shown_cuts_and_keeps_one_line():
    assert bounds.shown("a\nb\rc") == "a\\nb\\rc"
    assert bounds.shown("x" * 81) == "x" * 80 + "…"
    assert bounds.shown("x" * 80) == "x" * 80


@pytest.mark.parametrize(("content", "name"), [
    ('[{"at": "2026-11-29T10:00", "number": "1", "kind": "call", "id": ' + FIVE_THOUSAND + '}]', "i.json"),
    ('[{"at": "2026-11-29T10:00", "number": "1", "kind": "call", "id": 9223372036854775808}]', "i.json"),
    ('[{"at": "2026-11-29T10:00", "number": "1", "kind": "call", "id": "²"}]', "i.json"),
    ("id,at,number,kind,agency,note,recording_path,recording_sha256,flags,created\n"
     "²,2026-11-29T10:00,1,call,,,,,,\n", "i.csv"),
])
def test_an_imported_id_out_of_range_is_refused(run, tmp_path, content, name):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = run("calls", "log", "import", str(path), "--lang", "en")
    assert (result.code, result.out) == (2, "")
    assert result.err == f"{path}, entry 1, field id: not a positive whole number. Nothing was imported.\n"
