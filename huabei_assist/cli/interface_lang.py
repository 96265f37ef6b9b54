"""The interface language of this run, and help texts that are put into it when the tree is built.

main() sets LANG (from --lang wherever it stands, else HUABEI_LANG) before building the tree.
Command modules declare their help at import as h(key): a marked catalog key, not a text, so a
module imported once serves every language; `localize` puts the whole click tree into LANG when
build() makes it (a second run in the same process, in another language, gets its own texts).
"""

from __future__ import annotations

from huabei_assist.i18n import DEFAULT_LANG, template

LANG = DEFAULT_LANG

_MARK = "\x00help:"  # never typed by anyone (and not whitespace, which cleandoc strips): a help string starting with it is a catalog key


def h(key: str) -> str:
    """A help text by its catalog key; the text in the interface language replaces it in `localize`."""
    return _MARK + key


def text(value: str | None, lang: str) -> str | None:
    """`value` in `lang` when it is a key from h(), else as it is. Its figures ({fee_rate}) are
    filled when the help is shown (help_words), so building the tree reads no data."""
    if value and value.startswith(_MARK):
        return template(value[len(_MARK):], lang)
    return value


def localize(command, lang: str) -> None:
    """Every help text of a click command tree (commands, groups, options, arguments) in `lang`."""
    command.help = text(command.help, lang)
    command.short_help = text(command.short_help, lang)
    for param in command.params:
        if getattr(param, "help", None):
            param.help = text(param.help, lang)
    for sub in getattr(command, "commands", {}).values():
        localize(sub, lang)
