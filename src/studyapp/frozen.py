"""Frozen dataclasses made as quickly as plain ones: the answer path's records.

A frozen dataclass's ``__init__`` stores each field through ``object.__setattr__``,
about 0.25 µs a field: 3.7 µs for a review's 13, some 9 µs of every answer over the
records it makes. An unfrozen twin with the same slots stores them as plain slot
assignments, and the object then becomes the frozen class by having its class
assigned, which Python allows between classes with identical slots (``packs`` does
the same for questions). What comes out is what ``cls(...)`` makes: the same type,
fields, equality, hash and repr, and still frozen (tests/test_frozen_records.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def fast_constructor(cls: type[T]) -> Callable[..., T]:
    """A callable taking ``cls``'s arguments and returning ``cls(...)``, through an
    unfrozen twin; ``cls`` itself where that cannot be done (a ``__post_init__``,
    fields outside ``__init__``, other slots, or Python refusing the class change)."""
    from dataclasses import MISSING, field, fields, make_dataclass

    own = fields(cls)
    if (
        getattr(cls, "__post_init__", None) is not None
        or tuple(getattr(cls, "__slots__", ())) != tuple(f.name for f in own)
        or any(not f.init or f.kw_only for f in own)
    ):
        return cls
    specs = []
    for f in own:
        if f.default is not MISSING:
            spec = field(default=f.default)
        elif f.default_factory is not MISSING:
            spec = field(default_factory=f.default_factory)
        else:
            spec = field()
        specs.append((f.name, f.type, spec))
    twin = make_dataclass(
        f"_{cls.__name__}Twin",
        specs,
        namespace={"__doc__": f"{cls.__name__}'s unfrozen twin (studyapp.frozen)."},  # a docstring: no signature worked out for one
        slots=True,
        eq=False,
        repr=False,
        match_args=False,
    )
    try:
        probe = object.__new__(twin)
        probe.__class__ = cls
    except TypeError:
        return cls

    def build(*args, **kwargs) -> T:
        made = twin(*args, **kwargs)
        made.__class__ = cls
        return made

    build.__doc__ = f"``{cls.__name__}(...)`` without its frozen __init__ (studyapp.frozen)."
    return build
