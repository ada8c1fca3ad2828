"""Typed errors that the GUI and the CLI turn into messages; anything else is a bug."""

from __future__ import annotations

from typing import Any


class ServiceError(Exception):
    """A refusal the user can act on. `code` is stable, `params` fill the translated text."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.params = params


class ValidationError(ServiceError):
    """A field's value is not acceptable; `field` names it."""

    code = "invalid"

    def __init__(self, field: str, message: str, *, code: str | None = None, **params: Any) -> None:
        super().__init__(message, code=code, **params)
        self.field = field


class NotFoundError(ServiceError):
    code = "not_found"


class ConflictError(ServiceError):
    """Someone else changed the record since it was read."""

    code = "conflict"
