"""Where the user's stores live: $HUABEI_HOME, else $XDG_DATA_HOME/huabei, else
~/.local/share/huabei (a leading ~ in either variable is expanded).

Apart from sqlite_store.py so that asking whether a store exists (the guide asks for the debts
list) loads neither sqlite3 nor the store's code.
"""

from __future__ import annotations

import os
from pathlib import Path

DEBTS_FILE = "debts.sqlite3"


def home() -> Path:
    override = os.environ.get("HUABEI_HOME")
    if override:
        return Path(os.path.expanduser(override))  # a quoted '~/x' means the home folder, not a folder "~"
    base = os.environ.get("XDG_DATA_HOME") or os.path.join("~", ".local", "share")
    return Path(os.path.expanduser(base)) / "huabei"


def debts_path() -> Path:
    """The debts list (debts/store.py)."""
    return home() / DEBTS_FILE
