"""Input that means what the user meant: each case is exit 2, exactly one line, the option named, the form to use."""

import json
from datetime import date

import pytest

from tests.test_completion import shell_is  # noqa: F401  (fixture)

MONEY_FORM = "Write 1234.56 or 1,234.56."


@pytest.mark.parametrize(("args", "line"), [
    (["status", "--days", "5", "--amount", "3.000,50"],
     "The sum '3.000,50' given to --amount is ambiguous: a comma only groups thousands (every three digits) and '.' "
     "is the decimal point. " + MONEY_FORM),
    (["plan", "--amount", "1,2", "--periods", "3"],
     "The sum '1,2' given to --amount is ambiguous: a comma only groups thousands (every three digits) and '.' "
     "is the decimal point. " + MONEY_FORM),
    (["budget", "--income", "12,34,5"],
     "The sum '12,34,5' given to --income is ambiguous: a comma only groups thousands (every three digits) and '.' "
     "is the decimal point. " + MONEY_FORM),
    (["waiver", "--amount", "100", "--days", "3", "--penalty", "0.001"],
     "The sum '0.001' given to --penalty has more than two decimals: money goes to the fen. " + MONEY_FORM),
    (["budget", "--income", "5000", "--balance", "1,23"],
     "The sum '1,23' given to --balance is ambiguous: a comma only groups thousands (every three digits) and '.' "
     "is the decimal point. " + MONEY_FORM),
    (["budget", "--income", "5000", "--bill", "abc"],
     "--bill needs a sum of money, got 'abc'. Write it like 1234.56 or 1,234.56 (¥ or 元 allowed)."),
    (["budget", "--income", "5000", "--plan-payment", "0.001"],
     "The sum '0.001' given to --plan-payment has more than two decimals: money goes to the fen. " + MONEY_FORM),
    (["status", "--days", "5", "--amount", "0"],
     "--amount must be more than 0, got 0: give the sum itself, e.g. --amount 1234.56."),
    (["status", "--days", "5", "--amount", "0.00"],
     "--amount must be more than 0, got 0.00: give the sum itself, e.g. --amount 1234.56."),
    (["plan", "--amount", "1000", "--periods", "12", "--fee-rate", "8.8"],
     "The rate '8.8' given to --fee-rate is unclear (did you mean 8.8%?): write 8.8% or 0.088."),
    (["plan", "--amount", "1000", "--periods", "12", "--annual-rate", "12"],
     "The rate '12' given to --annual-rate is unclear (did you mean 12%?): write 12% or 0.12."),
    (["status", "--days", "5", "--fee-rate", "3000"],
     "The rate given to --fee-rate must be 0 or more and under 100%, got 3000. Write a percentage (like 8.8%) or a "
     "decimal (like 0.088)."),
    (["status"], "Give one of --days (days overdue) or --since (the first overdue day)."),
    (["waiver", "--amount", "100"], "Give one of --days (days overdue) or --since (the first overdue day)."),
    (["status", "--days", "3", "--since", "2026-01-01"], "Give --days or --since, not both: remove one of them."),
    (["status", "--amout", "3"],
     "There is no option --amout. Did you mean --amount? Run `huabei status --help` to see the options."),
    (["plan", "--periods", "3", "--amuont", "3"],
     "There is no option --amuont. Did you mean --amount? Run `huabei plan --help` to see the options."),
    # an old switch of calls check (read as --flags, hidden from the help) is suggested as what it now is
    (["calls", "check", "--thret"],
     "There is no option --thret. Did you mean --flags threat? Run `huabei calls check --help` to see the options."),
    (["calls", "check", "--to-third-part"], "There is no option --to-third-part. Did you mean --flags third-party? "
     "Run `huabei calls check --help` to see the options."),
    # a shared option the command refuses (hidden from its help) is not suggested: "Did you mean --force?" was
    (["status", "--days", "5", "--forc"], "There is no option --forc. Run `huabei status --help` to see the options."),
    (["channels", "1237"],
     "There is no channel '1237'. Did you mean: 12378 (金融监管总局), 12363 (人民银行), 12321 (举报中心)? All channels: "
     "95188 (支付宝客服), 12378 (金融监管总局), 12363 (人民银行), nifa (互金协会), 12321 (举报中心), 110 (报警), "
     "heimao (黑猫投诉), court (法院)."),
    (["playbook", "job-los"],
     "There is no playbook 'job-los'. Did you mean: job-loss (失业)? All playbooks: job-loss (失业), "
     "identity-theft (身份盗用), student (学生), pregnant (怀孕), illness (重病)."),
    (["plan", "--amount", "100", "--periods", "3", "--kind", "negociated"],
     "Unknown plan kind 'negociated'. Did you mean negotiated (协商)? Use one of: installment (分期), negotiated (协商), "
     "minimum (最低还款)."),
    (["calls", "check", "--kind", "smss"],
     "Unknown kind 'smss'. Did you mean sms (短信)? Use one of: call (电话), sms (短信), visit (上门), letter (信件)."),
    (["credit", "--method", "setle"],
     "Unknown --method 'setle'. Did you mean settle (结清)? Use one of: settle (结清), installment (分期), court (法院)."),
    (["waiver", "--amount", "100", "--days", "3", "--group", "studnt"],
     "Unknown group 'studnt'. Did you mean student (学生)? Use one of: student (学生), pregnant (孕妇), illness (重病)."),
    (["--show-completion", "zhs"], "There is no shell 'zhs'. Did you mean zsh? Use one of: bash, zsh, fish, powershell, pwsh."),
])
def test_each_input_case_is_one_usage_line_naming_the_option_and_form(run, args, line):
    result = run(*args, "--lang", "en")
    assert (result.code, result.out, result.err) == (2, "", line + "\n")


@pytest.mark.parametrize(("args", "line"), [
    (["status", "--days", "5", "--amount", "3.000,50"],
     "--amount 的金额 '3.000,50' 有歧义：逗号只用于每三位分隔千位，小数点用 '.'。请写成 1234.56 或 1,234.56。"),
    (["plan", "--amount", "1000", "--periods", "12", "--fee-rate", "8.8"],
     "--fee-rate 的费率 '8.8' 不明确（是 8.8% 吗？）：请写成 8.8% 或 0.088。"),
    (["status"], "请给出 --days（逾期天数）或 --since（逾期第一天）其中之一。"),
    (["status", "--amout", "3"], "没有 --amout 这个选项。你是不是要用 --amount？运行 `huabei status --help` 查看可用选项。"),
    (["calls", "check", "--thret"],
     "没有 --thret 这个选项。你是不是要用 --flags threat？运行 `huabei calls check --help` 查看可用选项。"),
    (["channels", "X"], "没有渠道 'X'。可用的渠道：95188（支付宝客服）、12378（金融监管总局）、12363（人民银行）、"
                        "nifa（互金协会）、12321（举报中心）、110（报警）、heimao（黑猫投诉）、court（法院）。"),
    (["calls", "log", "add", "--number", "1", "--flags", "thret"],
     "不认识的情形 'thret'。你是不是要用 threat（威胁）？--flags 可用 third-party（联系第三人）、threat（威胁）、insult（辱骂）、"
     "forged-document（伪造文书）、posing-official（冒充公检法）、fake-blacklist（编造黑名单）、extra-fees（收取催收费）、"
     "push-borrowing（诱导借新还旧）、public-notice（公开张贴）、private-channel（私人号码或社交账号）、entering-home（擅自进入住所）（逗号分隔）。"),
])
def test_the_same_in_chinese(run, args, line):
    result = run(*args)
    assert (result.code, result.out, result.err) == (2, "", line + "\n")


@pytest.mark.parametrize(("amount", "principal"), [
    ("1,234.56", "1234.56"), ("¥3,000", "3000.00"), ("￥3,000", "3000.00"), ("3000元", "3000.00"),
    ("3,000 元", "3000.00"), ("３０００", "3000.00"), ("１，２３４．５６", "1234.56"),
])
def test_money_forms_reach_the_plan_exactly(run, amount, principal):
    result = run("plan", "--amount", amount, "--periods", "3", "--kind", "negotiated", "--start", "2026-01-15",
                 "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["principal"] == principal


def test_a_percentage_and_a_decimal_give_the_same_plan(run):
    outs = [run("plan", "--amount", "6000", "--periods", "12", "--kind", "negotiated", "--annual-rate", rate, "--start", "2026-01-15",
                "--json").out for rate in ("12%", "0.12", "１２％")]
    assert outs[0] == outs[1] == outs[2] and json.loads(outs[0])["annual_rate"] == "0.12"


def test_batch_cells_use_the_same_forms(run, tmp_path):
    path = tmp_path / "s.csv"
    path.write_text('amount,periods,fee_rate\n"¥1,200",3,0.5%\n"1,2",3,\n1200,3,8.8\n', encoding="utf-8")
    result = run("plan", "batch", str(path), "--format", "csv", "--lang", "en")
    assert result.code == 1
    assert result.out.splitlines()[1].startswith("1,1200.00,3,")
    assert result.err.splitlines() == [
        "row 2, field amount: The sum '1,2' given to amount is ambiguous: a comma only groups thousands (every three "
        "digits) and '.' is the decimal point. " + MONEY_FORM,
        "row 3, field fee_rate: The rate '8.8' given to fee_rate is unclear (did you mean 8.8%?): write 8.8% or 0.088."]


@pytest.mark.parametrize("command", [["calls", "log", "add", "--number", "1"], ["calls", "log", "edit", "1"]])
def test_a_contact_cannot_be_dated_after_today(run, command):
    assert run("calls", "log", "add", "--number", "1", "--at", "2026-11-29 10:00").code == 0
    result = run(*command, "--at", "2099-01-01 10:00", "--lang", "en")
    today = date.today().isoformat()
    assert (result.code, result.out) == (2, "")
    assert result.err == (f"The time '2099-01-01 10:00' given to --at is after today ({today}): the log holds contacts "
                          "that happened. Check the year and the date.\n")
    assert json.loads(run("calls", "log", "list", "--json").out)[0]["at"] == "2026-11-29T10:00"


def test_calls_check_may_ask_about_a_future_time(run):
    assert run("calls", "check", "--at", "2099-01-01 10:00").code == 0  # it records nothing


def test_an_imported_contact_after_today_is_refused(run, tmp_path):
    path = tmp_path / "i.json"
    path.write_text('[{"at": "2099-01-01T10:00", "number": "1", "kind": "call"}]', encoding="utf-8")
    result = run("calls", "log", "import", str(path), "--lang", "en")
    assert (result.code, result.out) == (2, "")
    assert result.err == (f"{path}, entry 1, field at: '2099-01-01T10:00' is after today ({date.today().isoformat()}): "
                          "the log holds contacts that happened. Nothing was imported.\n")


@pytest.mark.parametrize(("args", "mark"), [
    (["--show-completion", "zsh"], "#compdef huabei"),
    (["--show-completion=fish"], "complete --command huabei"),
    (["--show-completion", "bash"], "_huabei_completion()"),
])
def test_show_completion_prints_the_named_shells_script_from_any_shell(run, shell_is, args, mark):  # noqa: F811
    shell_is("bash" if "bash" not in args else "zsh")
    result = run(*args)
    assert result.code == 0 and result.out.startswith(mark)
