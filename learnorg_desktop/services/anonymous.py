"""What an anonymised person looks like: one rule shared by the privacy service and the exchange merge.

Pure functions on plain values (no session), so that the exchange can apply the same rule to a version
it merges as the service applies to a record here.
"""

from __future__ import annotations

import hashlib
from typing import Any

ANONYMOUS_LABEL = "Anonymised"
# Every person column that identifies someone or holds free text about them. Kept: kind, office, role,
# arrival and departure dates (turnover, length of stay and every other statistic need them).
IDENTITY_COLUMNS = ("first_name", "last_name", "email", "phone", "notes", "sensitive_notes", "departure_reason",
                    "languages")


def anonymous_code(seed: str) -> str:
    """Six hexadecimal digits that tell anonymised people apart in lists ("Anonymised #3F9A2C")."""
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:6].upper()


def anonymous_identity(code: str, label: str = ANONYMOUS_LABEL) -> dict[str, Any]:
    """The identity columns of an anonymised person (the derived search and sort keys follow from them)."""
    return {
        "first_name": "", "last_name": f"{label.strip() or ANONYMOUS_LABEL} #{code}", "email": None, "phone": "",
        "notes": "", "sensitive_notes": None, "departure_reason": "", "languages": "",
    }
