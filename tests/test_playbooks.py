"""`huabei playbook`: steps in order, exact due dates from --today, reported items marked."""

import json
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from huabei_assist.errors import InputError
from huabei_assist.knowledge.playbooks_schema import PlaybookBook
from huabei_assist.playbooks import plan, playbook_ids
from tests.conftest import edit_text

KINDS = ("job-loss", "identity-theft", "student", "pregnant", "illness")


def test_the_five_playbooks():
    assert playbook_ids() == KINDS


def test_job_loss_dates_from_the_end_of_january():
    steps = plan("job-loss", date(2026, 1, 31)).steps
    assert [s.due for s in steps] == [date(2026, 1, 31), date(2026, 1, 31), date(2026, 2, 3), date(2026, 2, 7),
                                      date(2026, 2, 14), date(2026, 4, 30)]  # 31 Jan + 3 months: 30 April
    assert [c.id for c in steps[0].channels] == ["95188"] and [x.id for x in steps[3].letters] == ["hardship"]
    assert steps[0].step.basis == "reported" and "未经证实" in steps[0].step.text.zh and "40%" in steps[0].step.text.zh


def test_identity_theft_objection_is_20_days_not_15_working_days():
    steps = plan("identity-theft", date(2026, 11, 29)).steps
    assert [s.due for s in steps] == [date(2026, 11, 29), date(2026, 11, 29), date(2026, 12, 2), date(2026, 12, 6),
                                      date(2026, 12, 26), date(2026, 12, 26)]
    objection = steps[3]
    assert objection.step.basis == "statute" and "20日" in objection.step.text.zh
    assert "15个工作日" in objection.step.seed_claim.zh  # shown as the seed's claim that does not hold
    assert steps[4].due - steps[3].due == timedelta(days=20)
    assert [c.id for c in steps[5].channels] == ["12363"] and [c.id for c in steps[1].channels] == ["110"]


@pytest.mark.parametrize("kind", ("student", "pregnant", "illness"))
def test_special_group_claims_are_marked_reported(kind):
    first = plan(kind, date(2026, 11, 29)).steps[0]
    assert first.step.basis == "reported" and "1-3年" in first.step.text.zh and "不是法定权利" in first.step.text.zh


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)), st.sampled_from(KINDS))
def test_due_dates_never_go_backwards(today, kind):
    dues = [s.due for s in plan(kind, today).steps]
    assert dues[0] == today and dues == sorted(dues)


def test_unknown_playbook_suggests():
    with pytest.raises(InputError) as caught:
        plan("jobloss", date(2026, 1, 1))
    assert caught.value.key == "playbook.unknown_close" and caught.value.params["close"] == "job-loss"


def test_out_of_order_steps_are_a_data_error(data_copy, run):
    edit_text(data_copy / "playbooks.toml", "after_days = 14", "after_days = 1")
    result = run("playbook", "job-loss")
    assert result.code == 1 and "playbooks.toml" in result.err and "in order" in result.err


def test_schema_rejects_unknown_channels():
    from huabei_assist.knowledge.validate import validate
    from huabei_assist.errors import DataFileError

    raw = {"playbooks": [{"id": "x", "title": {"zh": "x", "en": "x"},
                          "steps": [{"text": {"zh": "a", "en": "a"}, "basis": "reported", "source": "s",
                                     "channels": ["999"]}]}]}
    with pytest.raises(DataFileError) as caught:
        validate("playbooks.toml", raw, PlaybookBook)
    assert caught.value.params["field"] == "channels"


def test_command_table_and_json(run):
    result = run("playbook", "identity-theft", "--today", "2026-11-29")
    assert result.code == 0
    for text in ("2026-12-06", "huabei letter objection", "此说法不成立", "不是法定期限", "转述，非法定权利"):
        assert text in result.out, text
    doc = json.loads(run("playbook", "job-loss", "--today", "2026-01-31", "--json").out)
    assert doc["playbook"] == "job-loss" and doc["today"] == "2026-01-31"
    assert [s["due"] for s in doc["steps"]][-1] == "2026-04-30"
    assert set(doc["steps"][3]) == {"number", "due", "deadline", "text", "basis", "source", "channels", "letters"}
    assert doc["steps"][3]["letters"] == ["hardship"] and doc["steps"][0]["basis"] == "reported"
    assert [r["id"] for r in doc["rights"]] == ["no-harassment", "guideline-practices", "credit-5-years",
                                             "judgment-detention", "refuse-judgment-crime"]


def test_command_lists_playbooks_and_writes_csv(run):
    doc = json.loads(run("playbook", "--json").out)
    assert [p["playbook"] for p in doc["playbooks"]] == list(KINDS)
    csv = run("playbook", "student", "--today", "2026-11-29", "--format", "csv", "--lang", "en").out.splitlines()
    assert csv[0] == "#,By,What to do,Channels,Letters,Sources" and len(csv) == 5
    assert csv[1].startswith('1,2026-11-29,"Call 95188, say you are a student')


@pytest.mark.parametrize("args, code, start", [
    (("playbook", "jobloss"), 2, "没有 'jobloss' 这个行动方案。你是不是要找：job-loss？"),
    (("playbook", "illness", "--today", "yesterday-ish"), 2, "--today 的日期无法识别"),
    (("playbook", "illness", "--lang", "fr"), 2, "不支持的语言 'fr'"),
])
def test_bad_input(run, args, code, start):
    result = run(*args)
    assert result.code == code and result.err.startswith(start) and result.err.count("\n") == 1


def test_bank_card_rules_are_never_listed_under_your_rights(run):
    """The 信用卡业务管理办法 binds card-issuing banks: its 第68条 and 第70条 are not a Huabei user's rights,
    so no stage, playbook, problem or the caller check lists a fact citing it under "your rights"."""
    from huabei_assist.knowledge.base import Knowledge

    kb = Knowledge()
    bank = {fact.id for fact in kb.rights.rights if fact.source == "credit-card-measures"}
    assert bank == {"negotiation-70"}  # kept for plan's 60-period limit, which says it binds banks
    lists = [s.rights for s in kb.stages.stages] + [p.rights for p in kb.playbooks.playbooks]
    lists += [c.rights for c in kb.channels.complaints] + [kb.channels.verify.rights]
    assert all(not bank & set(ids) for ids in lists)
    for days in (0, 15, 45, 120, 200):
        rights = json.loads(run("status", "--days", str(days), "--json").out)["rights"]
        assert not any(r["source"]["id"] == "credit-card-measures" for r in rights), days
    stage3 = json.loads(run("status", "--days", "120", "--json").out)["rights"]
    assert "guideline-practices" in {r["id"] for r in stage3}
