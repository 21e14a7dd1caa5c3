"""core.frozen: a ``@frozen`` class behaves as the same class under ``@dataclass(frozen=True)``
(construction, defaults, equality, hash, repr, no assignment)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from omise_token_gui.core.frozen import frozen


class Base:
    def shown(self) -> str:
        return "base"


@frozen
class Pair(Base):
    left: str
    right: str | None = None
    count: int = 0


@dataclasses.dataclass(frozen=True)
class DataPair(Base):
    left: str
    right: str | None = None
    count: int = 0


@frozen
class Other(Base):
    left: str
    right: str | None = None
    count: int = 0


CALLS: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
    (("a",), {}),
    (("a", "b"), {}),
    (("a", "b", 3), {}),
    (("a",), {"count": 2}),
    ((), {"left": "a", "right": "b"}),
    (("a",), {"right": None, "count": 1}),
]


@pytest.mark.parametrize(("args", "kwargs"), CALLS)
def test_it_is_built_compared_hashed_and_shown_as_a_frozen_dataclass(
    args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    mine, theirs = Pair(*args, **kwargs), DataPair(*args, **kwargs)
    assert (mine.left, mine.right, mine.count) == (theirs.left, theirs.right, theirs.count)
    assert mine == Pair(*args, **kwargs)
    assert hash(mine) == hash(theirs)
    assert repr(mine) == repr(theirs).replace("DataPair", "Pair")
    assert mine.shown() == "base"


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((), {}), (("a", "b", 1, "extra"), {}), (("a",), {"left": "b"}), (("a",), {"size": 1})],
)
def test_wrong_arguments_are_refused_as_a_dataclass_refuses_them(
    args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    with pytest.raises(TypeError):
        DataPair(*args, **kwargs)
    with pytest.raises(TypeError):
        Pair(*args, **kwargs)


def test_a_value_of_another_class_is_not_equal_even_with_the_same_fields() -> None:
    values: list[object] = [Other("a"), ("a", None, 0)]
    assert all(Pair("a") != value for value in values)
    assert Pair("a") != Pair("b")
    assert len({Pair("a"), Pair("a"), Pair("a", count=1)}) == 2


def test_fields_cannot_be_changed_or_deleted() -> None:
    value = Pair("a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        value.left = "b"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del value.left
    with pytest.raises(dataclasses.FrozenInstanceError):
        value.extra = 1  # type: ignore[attr-defined]
    assert value.left == "a"
