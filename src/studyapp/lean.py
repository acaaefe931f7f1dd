"""Dataclasses made without compiling their repr, comparisons and hash at every start (issue 17).

``dataclasses.dataclass`` writes each method it adds as source text and compiles it while the class
is made (on Python 3.11, 0.4-2 M instructions a method): the dozen model classes a start to the first
question makes cost 47.6 M instructions in ``dataclass``, about 16 ms. ``lean_dataclass`` takes the
same arguments and makes the same class: ``dataclass`` still writes the ``__init__`` (its signature,
defaults and speed are the compiled one's) and a frozen class's ``__setattr__`` and ``__delattr__``;
``__repr__``, ``__eq__``, the order methods and ``__hash__`` are made from the field names instead, each
returning what the compiled one returns: the same fields in the same tuples, ``NotImplemented`` for
another class, ``...`` for a repr within itself, ``__hash__`` set or left as ``dataclass`` sets or
leaves it (tests/test_lean_dataclass.py holds them equal to ``dataclass``'s). 29.9 M instead of 47.6 M.
"""

from __future__ import annotations

import reprlib
from collections.abc import Callable
from dataclasses import dataclass, fields
from operator import attrgetter, eq as _eq, ge as _ge, gt as _gt, le as _le, lt as _lt
from typing import Any, TypeVar

T = TypeVar("T")
_MISSING = object()


def _values(names: tuple[str, ...]) -> Callable[[Any], tuple]:
    """The fields' values as one tuple, as the compiled methods build it ("(self.a,self.b,)")."""
    if len(names) >= 2:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return lambda obj: ()


def _compare(values: Callable[[Any], tuple], op: Callable[[Any, Any], Any], name: str) -> Callable[[Any, Any], Any]:
    def method(self, other):
        if other.__class__ is self.__class__:
            return op(values(self), values(other))
        return NotImplemented

    method.__name__ = name
    return method


def lean_dataclass(cls: type[T] | None = None, /, *, repr: bool = True, eq: bool = True, order: bool = False, **kwargs: Any):  # noqa: A002
    """``dataclasses.dataclass(cls, repr=..., eq=..., order=..., **kwargs)``, its repr, comparisons and hash not compiled."""
    if kwargs.get("unsafe_hash"):
        raise TypeError("lean_dataclass: unsafe_hash is not supported")
    if order and not eq:
        raise ValueError("eq must be true if order is true")

    def wrap(cls: type[T]) -> type[T]:
        own_hash = cls.__dict__.get("__hash__", _MISSING)  # as dataclass tells a hash the class wrote from the None Python sets
        explicit_hash = not (own_hash is _MISSING or own_hash is None and "__eq__" in cls.__dict__)
        made = dataclass(cls, repr=False, eq=False, order=False, **kwargs)
        own = fields(made)
        qualname = made.__qualname__

        def add(name: str, method: Callable) -> None:
            if name in made.__dict__:
                if name in ("__lt__", "__le__", "__gt__", "__ge__"):
                    raise TypeError(f"Cannot overwrite attribute {name} in class {made.__name__}. Consider using functools.total_ordering")
                return  # the class's own, as dataclass keeps it
            method.__qualname__ = f"{qualname}.{method.__name__}"
            setattr(made, name, method)

        if repr:
            shown = tuple(f.name for f in own if f.repr)

            def __repr__(self) -> str:
                return self.__class__.__qualname__ + "(" + ", ".join(f"{name}={getattr(self, name)!r}" for name in shown) + ")"

            add("__repr__", reprlib.recursive_repr()(__repr__))
        if eq:
            compared = _values(tuple(f.name for f in own if f.compare))
            add("__eq__", _compare(compared, _eq, "__eq__"))
            if order:
                add("__lt__", _compare(compared, _lt, "__lt__"))
                add("__le__", _compare(compared, _le, "__le__"))
                add("__gt__", _compare(compared, _gt, "__gt__"))
                add("__ge__", _compare(compared, _ge, "__ge__"))
            if not explicit_hash:
                if kwargs.get("frozen"):
                    hashed = _values(tuple(f.name for f in own if (f.compare if f.hash is None else f.hash)))

                    def __hash__(self) -> int:
                        return hash(hashed(self))

                    __hash__.__qualname__ = f"{qualname}.__hash__"
                    made.__hash__ = __hash__
                else:
                    made.__hash__ = None  # as dataclass leaves a mutable class that compares equal by value
        params = made.__dataclass_params__
        params.repr, params.eq, params.order = repr, eq, order  # what the class is, for whoever reads them
        return made

    return wrap if cls is None else wrap(cls)
