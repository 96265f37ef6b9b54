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
