"""Exactly one JSON document: money as strings ("500.00"), dates as ISO 8601."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal


def _default(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot put {type(value).__name__} into JSON")


def to_json(data: object) -> str:
    from huabei_assist.escape import json_inert

    return json_inert(json.dumps(data, ensure_ascii=False, indent=2, default=_default))
