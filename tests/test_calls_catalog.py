"""The calls catalog is complete in both languages, and the command tree stays light to import."""

from __future__ import annotations

import string
import subprocess
import sys

from huabei_assist.i18n import CATALOG_MODULES
from huabei_assist.i18n.calls import MESSAGES


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_calls_messages_complete_with_matching_placeholders():
    assert "calls" in CATALOG_MODULES
    for key, (zh, en) in MESSAGES.items():
        assert key.startswith("calls.") and zh.strip() and en.strip(), key
        assert _fields(zh) == _fields(en), key


def test_every_kind_is_named_and_every_state_and_rule_detail_has_a_message():
    from huabei_assist.knowledge.calls_schema import CollectionRules
    from huabei_assist.knowledge.load import load

    book = load("collection_rules", CollectionRules)
    assert [(kind.id, kind.name("zh"), kind.name("en")) for kind in book.kinds] == [  # named in data/, not here
        ("call", "电话", "call"), ("sms", "短信", "SMS"), ("visit", "上门", "visit"), ("letter", "信件", "letter")]
    for state in ("ok", "changed", "missing"):
        assert f"calls.recording_{state}" in MESSAGES
    for rule in book.rules:
        assert f"calls.detail_{rule.id}" in MESSAGES
    for source in ("data", "option", "env"):
        assert f"calls.window_from_{source}" in MESSAGES and f"calls.window_from_{source}_dossier" in MESSAGES
    from huabei_assist.calls.rules import BASIS_ORDER

    for basis in BASIS_ORDER:
        assert f"calls.verdict_{basis}" in MESSAGES


def test_building_the_command_tree_imports_no_domain_module():
    code = ("import sys, huabei_assist.cli.app as a; a.build(full=True); "
            "print(sorted(m for m in ('sqlite3', 'dateutil', 'hashlib', 'huabei_assist.calls.store', "
            "'huabei_assist.calls.rules', 'pydantic', 'rich') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
