"""The interface language of this run, set by main() before the command tree is built.

Help texts are filled in when the command modules are imported, so they read it from here.
"""

from __future__ import annotations

from huabei_assist.i18n import DEFAULT_LANG, template

LANG = DEFAULT_LANG


def h(key: str) -> str:
    """Help text in the interface language; its figures are filled when it is shown (help_words)."""
    return template(key, LANG)
