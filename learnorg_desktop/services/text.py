"""Text normalisation shared by search and matching."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower-case and strip accents: "Hélène Œuvre" -> "helene oeuvre"."""
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return folded.replace("œ", "oe").replace("æ", "ae")


def search_key(*parts: str) -> str:
    """The indexed text a person is found by."""
    return fold(" ".join(p.strip() for p in parts if p))
