"""`NamedTuple` for huabei's classes: typing.NamedTuple without checking each annotation at start-up.

Why: with `from __future__ import annotations` every annotation is a string, and typing.NamedTuple
turns each one into a ForwardRef when the class is made, which compiles it as an expression. A
`status` run makes ~45 such classes (the books' schemas, the views' blocks, the results), ~60 % of
whose making was those compiles (docs/decisions.md "NamedTuple classes made without typing's
checks"). The classes made here are the ones typing makes, collections.namedtuple classes with the
class body's methods, docstring and defaults, except that `__annotations__` keeps the strings as
written: typing.get_type_hints and Pydantic resolve them when they need them, as for any class.
mypy (TYPE_CHECKING) sees typing.NamedTuple itself. Only the class syntax is offered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    import collections

    _PROHIBITED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults",
                             "_make", "_replace", "_asdict", "_source"})
    _NOT_COPIED = frozenset({"__module__", "__annotations__"})

    class _Maker(type):
        """Makes the class the way typing.NamedTupleMeta does (Python 3.11), without typing._type_check."""

        def __new__(mcls, typename, bases, namespace):
            if not bases:  # _Base itself
                return super().__new__(mcls, typename, bases, namespace)
            annotations = namespace.get("__annotations__", {})
            defaults: list[str] = []
            for field in annotations:
                if field in namespace:
                    defaults.append(field)
                elif defaults:
                    raise TypeError(f"Non-default namedtuple field {field} cannot follow default field"
                                    f"{'s' if len(defaults) > 1 else ''} {', '.join(defaults)}")
            made = collections.namedtuple(typename, list(annotations), defaults=[namespace[name] for name in defaults],
                                          module=namespace["__module__"])
            made.__annotations__ = made.__new__.__annotations__ = dict(annotations)
            for key, value in namespace.items():
                if key in _PROHIBITED:
                    raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
                if key not in _NOT_COPIED and key not in annotations:
                    setattr(made, key, value)
            return made

    class _Base(metaclass=_Maker):
        pass

    def NamedTuple(*args, **kwargs):  # noqa: N802 - typing's name, for the class syntax only
        raise TypeError("huabei_assist.named_tuple.NamedTuple is for `class X(NamedTuple):` only")

    NamedTuple.__mro_entries__ = lambda bases: (_Base,)
