"""The message catalog: every user-facing string, in zh and en.

Messages live in one module per command group (i18n/common.py, i18n/status.py, ...), each a dict
`MESSAGES = {key: (zh, en)}`; a key's prefix names its module, so a command loads only its own.
"""

from __future__ import annotations

import importlib
import os

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"
CATALOG_MODULES = (
    "common", "status", "plan", "waiver", "budget", "credit", "calls", "channels", "letter", "playbook", "sources",
    "payoff", "debts", "guide",
)

# The language when none is asked for: zh, or en when stdout or stderr cannot hold Chinese (an
# ASCII or latin-1 terminal); set by cli.main() for each run.
fallback_lang = DEFAULT_LANG

_catalogs: dict[str, dict[str, tuple[str, str]]] = {}


def catalog(module: str) -> dict[str, tuple[str, str]]:
    if module not in _catalogs:
        _catalogs[module] = importlib.import_module(f"{__name__}.{module}").MESSAGES
    return _catalogs[module]


def template(key: str, lang: str) -> str:
    """The message for `key` in `lang` as written, placeholders and all."""
    zh, en = catalog(key.split(".", 1)[0])[key]
    return en if lang == "en" else zh


def fill(text: str, lang: str = DEFAULT_LANG) -> str:
    """A help text with its figures ({fee_rate} ...) and lists ({choices:plan_kind}) filled from data/:
    done when the help is shown, so that building the command tree reads no data."""
    return text.format_map(_Params(lang=lang)) if "{" in text else text


def t(key: str, lang: str, **params: object) -> str:
    """The message for `key` in `lang`, with its {placeholders} filled: from `params`, else, for a
    number that is a fact ({fee_rate}, {window} ...), from data/ (knowledge/figures.py).

    A parameter is often what the user typed (a value, a path, a cell of a file): its control
    characters are written as escapes (escape.shown), so a message stays one inert line."""
    text = template(key, lang)
    if "{" not in text:
        return text
    from huabei_assist.errors import Reason
    from huabei_assist.escape import shown

    return text.format_map(_Params({name: t(value.key, lang, **value.params) if isinstance(value, Reason)
                                    else shown(value) if isinstance(value, str)
                                    else value(lang) if callable(value)  # a text in both languages (schema.Text)
                                    else value
                                    for name, value in params.items()}, lang))


class _Params(dict):
    def __init__(self, values: dict | None = None, lang: str = DEFAULT_LANG) -> None:
        super().__init__(values or {})
        self.lang = lang

    def __missing__(self, name: str) -> object:
        if name == "choices":
            return _Choices(self.lang)
        from huabei_assist.knowledge.figures import Figures

        return Figures()[name]


class _Choices:
    """{choices:plan_kind}: the ids of a list of data/ (knowledge/choices.py), with their Chinese names in zh."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __format__(self, name: str) -> str:
        from huabei_assist.knowledge.choices import listed
        from huabei_assist.render.width import kept_whole

        return listed(name, self.lang, whole=kept_whole)  # help pages only: their lines break between entries


def requested_lang(cli_value: str | None = None) -> str:
    """--lang, else HUABEI_LANG, else zh (en where Chinese cannot be shown). Unknown names are
    returned as given, for the caller to reject."""
    value = cli_value if cli_value is not None else os.environ.get("HUABEI_LANG", "")
    value = value.strip().lower()
    return value or fallback_lang
