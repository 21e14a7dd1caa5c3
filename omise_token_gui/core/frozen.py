"""``@frozen``: what ``@dataclass(frozen=True)`` gives a small value class, made cheaply.

The fields are the class's own annotations, in order (a default is the class attribute of the
same name). The class gets an ``__init__`` of them (positional or by name), equality and a
hash by class and fields, a repr, and no assignment after ``__init__``
(``dataclasses.FrozenInstanceError``). ``dataclasses`` writes and compiles six functions for
each class as it is defined (~0.6 ms a class, at import); these are shared, written once. For
the expression trees of ``core.verdict`` and ``core.history_columns``, which are imported
before the window first shows its history. No inherited fields, no ``fields()``.
"""

from __future__ import annotations

import inspect
from dataclasses import FrozenInstanceError
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")
_NO_DEFAULT = object()


@dataclass_transform(frozen_default=True)
def frozen(cls: type[T]) -> type[T]:
    names = tuple(inspect.get_annotations(cls))  # its own, as written (not evaluated)
    defaults = tuple(cls.__dict__.get(name, _NO_DEFAULT) for name in names)
    setattr(cls, "_fields", names)  # noqa: B010 - a class of any type
    setattr(cls, "_defaults", defaults)  # noqa: B010
    for name, method in _METHODS.items():
        setattr(cls, name, method)
    return cls


def _init(self: Any, *args: object, **kwargs: object) -> None:
    names: tuple[str, ...] = self._fields
    if len(args) > len(names):
        raise TypeError(f"{type(self).__name__}() takes {len(names)} arguments, not {len(args)}")
    for name in kwargs:
        if name not in names or names.index(name) < len(args):
            raise TypeError(f"{type(self).__name__}() got an unexpected or repeated {name!r}")
    for i, (name, default) in enumerate(zip(names, self._defaults, strict=True)):
        value = args[i] if i < len(args) else kwargs.get(name, default)
        if value is _NO_DEFAULT:
            raise TypeError(f"{type(self).__name__}() is missing {name!r}")
        object.__setattr__(self, name, value)


def _values(self: Any) -> tuple[object, ...]:
    return tuple(getattr(self, name) for name in self._fields)


def _eq(self: Any, other: object) -> object:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _values(self) == _values(other)


def _hash(self: Any) -> int:
    return hash(_values(self))


def _repr(self: Any) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
    return f"{type(self).__qualname__}({shown})"


def _setattr(self: Any, name: str, value: object) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _delattr(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


_METHODS = {
    "__init__": _init,
    "__eq__": _eq,
    "__hash__": _hash,
    "__repr__": _repr,
    "__setattr__": _setattr,
    "__delattr__": _delattr,
}
