"""Both languages complete: every key has zh and en text with the same placeholders."""

import string

import pytest

from huabei_assist.i18n import CATALOG_MODULES, catalog


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("module", CATALOG_MODULES)
def test_catalog_is_complete(module):
    messages = catalog(module)
    assert messages, module
    for key, pair in messages.items():
        assert key.startswith(f"{module}."), key
        assert isinstance(pair, tuple) and len(pair) == 2, key
        zh, en = pair
        assert zh.strip() and en.strip(), f"{key} is missing a language"
        assert placeholders(zh) == placeholders(en), f"{key}: placeholders differ"


def test_every_catalog_module_is_listed():
    from pathlib import Path

    import huabei_assist.i18n as i18n

    modules = {p.stem for p in Path(i18n.__file__).parent.glob("*.py") if p.stem != "__init__"}
    assert modules == set(CATALOG_MODULES)


def test_no_message_is_the_name_of_an_id():
    """An id's name in output lives in data/ (its `name`, views/id_names.py), not in the catalog: the
    catalog held calls.kind_sms ("短信", "SMS") and plan.kind_installment beside the data entries."""
    from huabei_assist.knowledge.choices import CHOICES, entries
    from huabei_assist.views.id_names import id_name

    names = {(entry.name.zh, entry.name.en): (choices, entry.id) for choices in CHOICES for entry in entries(choices)
             if getattr(entry, "name", None) is not None}
    assert ("短信", "SMS") in names and ("账单分期", "bill installment") in names and len(names) >= 30
    doubled = {key: names[pair] for module in CATALOG_MODULES for key, pair in catalog(module).items() if pair in names}
    assert doubled == {}
    assert (id_name("contact_kind", "sms", "zh"), id_name("contact_kind", "sms", "en")) == ("短信", "SMS")
