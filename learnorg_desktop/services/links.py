"""Checking the links users type: online meeting links and the library's links (web, e-mail, file path)."""

from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import urlsplit

from learnorg_desktop.services.errors import ValidationError

LINK_MAX = 1000
_WEB_SCHEMES = frozenset({"http", "https"})


def _too_long(value: str, field: str, limit: int) -> None:
    if len(value) > limit:
        raise ValidationError(field, f"the link is longer than {limit} characters", code="too_long", limit=limit)


def _is_web(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme.lower() in _WEB_SCHEMES and bool(parts.hostname) and not any(c.isspace() for c in value)


def _is_mailto(value: str) -> bool:
    parts = urlsplit(value)
    address = parts.path
    return parts.scheme.lower() == "mailto" and "@" in address and not any(c.isspace() for c in address)


def _is_file_path(value: str) -> bool:
    """An absolute path (POSIX, Windows drive or UNC share) or a file:// URL: a document left where it is."""
    if urlsplit(value).scheme.lower() == "file":
        return len(value) > len("file://")
    windows = PureWindowsPath(value)
    return windows.is_absolute() or value.startswith("\\\\") or PurePosixPath(value).is_absolute()


def check_web_link(value: str, field: str = "online_link", *, limit: int = 500) -> str:
    """An empty string or an http(s) address with a host (a video-call link, a course page)."""
    link = value.strip()
    if not link:
        return ""
    _too_long(link, field, limit)
    if not _is_web(link):
        raise ValidationError(field, f"'{link}' is not a web address (http:// or https://)", code="bad_link",
                              value=link)
    return link


def check_resource_link(value: str, field: str = "url", *, limit: int = LINK_MAX) -> str:
    """A required http(s) address, mailto: address, file:// URL or absolute file path."""
    link = value.strip()
    if not link:
        raise ValidationError(field, "the link is required", code="required")
    _too_long(link, field, limit)
    if not (_is_web(link) or _is_mailto(link) or _is_file_path(link)):
        raise ValidationError(field, f"'{link}' is not a web address, an e-mail link or a file path",
                              code="bad_link", value=link)
    return link
