"""``studyapp.lean.lean_dataclass`` makes the class ``dataclasses.dataclass`` makes (issue 17, eighteenth round): the
same fields, ``__init__``, repr, equality, order, hash, frozenness, parameters and pickling, for every combination of
options the app uses and more; and the model classes a start makes are made by it."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import itertools
import pickle
from dataclasses import FrozenInstanceError, field

import pytest

from studyapp.lean import lean_dataclass

OPTIONS = [
    dict(zip(("frozen", "slots", "eq", "order", "repr"), combo))
    for combo in itertools.product((False, True), repeat=5)
    if not (combo[3] and not combo[2])  # order needs eq
]


def _body(explicit: str = ""):
    """A fresh class body each call (a decorated class is changed in place)."""

    class Thing:
        """A thing."""

        name: str
        size: float = 1.0
        tags: tuple[str, ...] = ()
        note: str = field(default="", repr=False, compare=False)
        weight: int = field(default=0, hash=False)
        parts: list = field(default_factory=list)

        def label(self) -> str:
            return f"{self.name}!"

    if explicit == "eq":
        Thing.__eq__ = lambda self, other: True
    return Thing


def _samples(cls) -> list:
    return [
        cls("a"), cls("a"), cls("b", 2.0), cls("a", 1.0, ("x",), "note", 3), cls("a", 1.0, (), "other note", 3),
        cls("a", float("nan")), cls("a", 0.0), cls("a", -0.0), cls("a", 1.0, (), "", 0, [1, 2]),
    ]


def _same_behaviour(standard, lean) -> None:
    assert [f.name for f in dataclasses.fields(lean)] == [f.name for f in dataclasses.fields(standard)]
    assert str(inspect.signature(lean)) == str(inspect.signature(standard))
    assert lean.__match_args__ == standard.__match_args__ if hasattr(standard, "__match_args__") else True
    assert getattr(lean, "__slots__", None) == getattr(standard, "__slots__", None)
    for attr in ("init", "repr", "eq", "order", "unsafe_hash", "frozen"):
        assert getattr(lean.__dataclass_params__, attr) == getattr(standard.__dataclass_params__, attr), attr
    assert (lean.__hash__ is None) == (standard.__hash__ is None)
    ours, theirs = _samples(lean), _samples(standard)
    for a, b in zip(ours, theirs):
        if standard.__dataclass_params__.repr:
            assert repr(a).replace(lean.__qualname__, "T") == repr(b).replace(standard.__qualname__, "T")
        if standard.__hash__ is not None and standard.__hash__ is not object.__hash__:
            try:
                expected = hash(b)
            except TypeError:  # a list among the hashed fields
                with pytest.raises(TypeError):
                    hash(a)
            else:
                assert hash(a) == expected
    for (a1, b1), (a2, b2) in itertools.product(zip(ours, theirs), repeat=2):
        assert (a1 == a2) == (b1 == b2)
        assert (a1 != a2) == (b1 != b2)
        if standard.__dataclass_params__.order:
            for op in ("__lt__", "__le__", "__gt__", "__ge__"):
                try:
                    expected = getattr(b1, op)(b2)
                except TypeError:
                    with pytest.raises(TypeError):
                        getattr(a1, op)(a2)
                else:
                    assert getattr(a1, op)(a2) == expected
    assert ours[0].__eq__(object()) is NotImplemented and theirs[0].__eq__(object()) is NotImplemented
    assert ours[0] != theirs[0]  # another class: never equal
    if standard.__dataclass_params__.frozen:
        with pytest.raises(FrozenInstanceError):
            ours[0].name = "z"
    else:
        ours[0].name = "z"
    assert dataclasses.replace(ours[1], size=5.0).size == 5.0
    assert dataclasses.asdict(ours[3]) == dataclasses.asdict(theirs[3])
    assert copy.deepcopy(ours[3]) == ours[3] if standard.__dataclass_params__.eq else True


@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: ",".join(k for k, v in o.items() if v) or "plain")
def test_lean_dataclass_makes_what_dataclass_makes(options):
    _same_behaviour(dataclasses.dataclass(**options)(_body()), lean_dataclass(**options)(_body()))


def test_a_repr_within_itself_and_a_class_of_its_own_eq_as_dataclass_has_them():
    for make in (dataclasses.dataclass, lean_dataclass):
        Node = make(_body())
        node = Node("n")
        node.parts.append(node)
        assert repr(node).endswith("parts=[...])")
        Own = make(_body("eq"))
        assert Own("a") == Own("b") and Own.__hash__ is None  # the class's own __eq__ kept; unhashable as dataclass leaves it


def test_frozen_lean_classes_pickle_as_dataclass_ones():
    assert pickle.loads(pickle.dumps(_Frozen("a", 2.0))) == _Frozen("a", 2.0)


@lean_dataclass(frozen=True, slots=True)
class _Frozen:
    name: str
    size: float = 1.0


def test_the_model_classes_a_start_makes_are_lean():
    from studyapp.config import Settings
    from studyapp.context import Context
    from studyapp.packs import LoadResult, Pack, Problem, Question, Source
    from studyapp.paths import AppPaths
    from studyapp.scheduling import CardState, Plan
    from studyapp.session import StudySession, _Learning

    for cls in (Settings, Context, LoadResult, Pack, Problem, Question, Source, AppPaths, CardState, Plan, StudySession, _Learning):
        for name in ("__repr__", "__eq__", "__lt__", "__hash__"):
            method = inspect.unwrap(getattr(cls, name, None) or object.__init__)
            code = getattr(method, "__code__", None)
            assert code is None or code.co_filename != "<string>", f"{cls.__name__}.{name} compiled by dataclass"
