"""huabei_assist.named_tuple.NamedTuple makes the classes typing.NamedTuple makes, without checking
each annotation when the class is made (docs/decisions.md "NamedTuple classes made without typing's
checks"): the same fields, defaults, methods, docstring, errors and type hints."""

from __future__ import annotations

import pathlib
import typing
from decimal import Decimal

import pytest

from huabei_assist.named_tuple import NamedTuple as Fast


def _both(body: str) -> list[type]:
    made = []
    for base in (typing.NamedTuple, Fast):
        namespace: dict = {"Base": base, "Decimal": Decimal, "__name__": "tests.made"}
        exec("from __future__ import annotations\n" + body, namespace)
        made.append(namespace["Point"])
    return made


BODY = '''
class Point(Base):
    """A point with a label."""

    x: int
    y: Decimal | None = None
    label: str = "p"

    @property
    def twice(self) -> int:
        return 2 * self.x

    @classmethod
    def origin(cls) -> "Point":
        return cls(0)

    def moved(self, by: int) -> "Point":
        return self._replace(x=self.x + by)
'''


def test_the_class_behaves_as_typing_makes_it():
    typed, fast = _both(BODY)
    assert fast._fields == typed._fields == ("x", "y", "label")
    assert fast._field_defaults == typed._field_defaults == {"y": None, "label": "p"}
    assert fast.__doc__ == typed.__doc__ == "A point with a label."
    assert (fast.__name__, fast.__qualname__, fast.__module__) == (typed.__name__, typed.__qualname__, typed.__module__)
    assert fast.__mro__[1:] == typed.__mro__[1:] == (tuple, object)
    point = fast(3, label="q")
    assert point == (3, None, "q") and point.twice == 6 and point.moved(2).x == 5 and fast.origin() == (0, None, "p")
    assert point._asdict() == {"x": 3, "y": None, "label": "q"} and fast._make([1, 2, "r"]).y == 2
    with pytest.raises(TypeError):
        fast(1, 2, 3, 4)


def test_annotations_stay_as_written_and_resolve_as_typing_s_do():
    typed, fast = _both(BODY)
    assert fast.__annotations__ == {"x": "int", "y": "Decimal | None", "label": "str"}
    assert typing.get_type_hints(fast, {"Decimal": Decimal}) == typing.get_type_hints(typed, {"Decimal": Decimal})


def test_the_same_errors_as_typing():
    for body, error in (("class Point(Base):\n    x: int = 0\n    y: int\n", TypeError),
                        ("class Point(Base):\n    x: int\n    def _replace(self): pass\n", AttributeError)):
        for base in (typing.NamedTuple, Fast):
            with pytest.raises(error):
                exec(body, {"Base": base, "__name__": "tests.made"})
    with pytest.raises(TypeError):
        Fast("Point", [("x", int)])  # only the class syntax


def test_huabei_s_classes_use_it():
    """One way to make them: a module importing typing's NamedTuple pays the checks again."""
    package = pathlib.Path(__file__).resolve().parent.parent / "huabei_assist"
    typing_users = [str(path.relative_to(package)) for path in package.rglob("*.py")
                    if path.name != "named_tuple.py"
                    and any(line.startswith("from typing import") and "NamedTuple" in line
                            for line in path.read_text(encoding="utf-8").splitlines())]
    assert typing_users == []
