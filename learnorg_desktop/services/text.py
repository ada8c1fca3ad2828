"""Text normalisation shared by search, sorting and matching (one place for the folding rule)."""

from __future__ import annotations

import unicodedata


class _FoldTable(dict[int, str]):
    """Per-character folding, computed once per character seen (str.translate asks for each)."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code))
        folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        folded = folded.replace("œ", "oe").replace("æ", "ae")
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case and strip accents: "Hélène Œuvre" -> "helene oeuvre" (fast path for ASCII)."""
    return text.lower() if text.isascii() else text.translate(_FOLD_TABLE)


def search_key(*parts: str) -> str:
    """The indexed text a person is found by."""
    return fold(" ".join(p.strip() for p in parts if p))


def sort_name(last_name: str, first_name: str) -> str:
    """The key people are listed by: "Bénard" sorts with "Benard", before "Bernard", as French readers expect."""
    return f"{fold(last_name.strip())} {fold(first_name.strip())}".strip()
