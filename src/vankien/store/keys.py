"""The keys a citation and a stored document are matched on.

``"04-NQ/TU"`` and ``"4 - NQ/TU"`` share the number key ``"4-nq/tu"``; a citation's
``(khóa XXI)`` gives its term ``"XXI"``.
"""

from __future__ import annotations

import re

from vankien.folding import fold

_SPACE = re.compile(r"\s+")
_LEADING_ZEROS = re.compile(r"^0+(?=\d)")
_TERM = re.compile(r"\bkhoa\s+([ivxl]+)\b")


def number_key(number: str | None) -> str | None:
    """The matching key of a number-symbol: folded, no spaces, no leading zeros.

    ``"04-NQ/TU"`` → ``"4-nq/tu"``; ``"01 - NQ/ĐU"`` → ``"1-nq/du"``.
    """
    if not number:
        return None
    folded = _SPACE.sub("", fold(number)).strip("-/.")
    return _LEADING_ZEROS.sub("", folded) or None


def ref_term(text: str | None) -> str | None:
    """The term (khóa) a citation names: ``"… (khóa XXI)"`` → ``"XXI"``."""
    if not text:
        return None
    match = _TERM.search(fold(text))
    return match.group(1).upper() if match else None
