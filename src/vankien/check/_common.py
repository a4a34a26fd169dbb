"""What the checks share: grounded issues, agreement at a stated precision, number display."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Context, Decimal
from functools import cache

from vankien.document import Doc
from vankien.extract.numbers import format_number
from vankien.models import Issue, Severity, Span, trusted

# Decimal's default context with 40 digits: a ratio computed exactly enough to be rounded at
# any precision a document writes (vankien never changes the default context).
_PRECISE = Context(prec=40)


def issue(doc: Doc, code: str, severity: Severity, span: Span, message: str) -> Issue:
    """An issue grounded at ``span`` of ``doc``."""
    return trusted(
        Issue,
        {
            "text": doc.slice(span),
            "span": span,
            "code": code,
            "severity": severity,
            "message": message,
        },
    )


def exact(numerator: float, denominator: float, scale: float = 100.0) -> Decimal:
    """``numerator / denominator * scale`` without float error: ``exact(56, 74)`` → 75.6756…"""
    quotient = _PRECISE.divide(Decimal(repr(numerator)), Decimal(repr(denominator)))
    return _PRECISE.multiply(quotient, Decimal(repr(scale)))


def agrees(value: Decimal | float, stated: float, places: int) -> bool:
    """Whether ``stated`` is ``value`` rounded or truncated to ``places`` decimals.

    ``agrees(exact(54511, 67837), 80.35, 2)`` is true (80,355… truncated);
    ``agrees(exact(56, 74), 75.56, 2)`` is false (75,68 either way).
    """
    value = value if isinstance(value, Decimal) else Decimal(repr(value))
    quantum = _quantum(places)
    written = Decimal(repr(stated)).quantize(quantum)
    if value < 0:
        value, written = -value, -written
    return written in (
        value.quantize(quantum, rounding=ROUND_HALF_UP),
        value.quantize(quantum, rounding=ROUND_DOWN),
    )


@cache
def _quantum(places: int) -> Decimal:
    """``2`` → ``Decimal("0.01")``."""
    return Decimal(1).scaleb(-places)


def show(value: Decimal | float, places: int | None = None) -> str:
    """A number the Vietnamese way: ``show(75.6757, 2)`` → ``"75,68"``, ``show(1029)`` → ``"1.029"``."""
    number = float(value)
    if places is None:
        places = 0 if number.is_integer() else min(3, len(repr(number).partition(".")[2]))
    if isinstance(value, Decimal):
        value = value.quantize(_quantum(places), rounding=ROUND_HALF_UP)
    return format_number(float(value), places)


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]
