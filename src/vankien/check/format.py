"""The required layout of a Party document, as versioned rules (``data/rules/v*.toml``).

``format_*`` issues (severity ``info``): a missing ``ĐẢNG CỘNG SẢN VIỆT NAM``, issuer,
number-symbol, place-date line, kind, trích yếu, signature block or ``Nơi nhận``; a
number-symbol in the state form (``08/CT-TTg``) on a Party document (``04-NQ/TU``).
Documents issued before 09/01/2026 are held to Quy định 66-QĐ/TW with Hướng dẫn 36-HD/VPTW
(ruleset ``v2017``), later ones to Quy định 399-QĐ/TW (``v2026``); each message names its
rule id and source. Only Party documents are checked: a state document (national motto
``CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM``, state number-symbol) follows other rules, and a
document whose layout was not found at all is left alone.
"""

from __future__ import annotations

from functools import cache

from vankien import regex_cache
from vankien.check._common import issue
from vankien.document import Doc
from vankien.folding import key
from vankien.models import Issue, Record, Span
from vankien.vocab import table

RULESETS = ("v2017", "v2026")
HEAD_PARTS = ("kind", "title", "issuer", "party_line", "number", "place_date")
FOOT_PARTS = ("signature", "recipients")
PARTY_NUMBER = regex_cache.compile(r"\d+\s*-\s*[A-ZĐ][A-Za-zĐđ]{0,5}\s*/\s*[A-ZĐ][A-Za-zĐđ0-9-]*")
STATE_NUMBER = regex_cache.compile(
    r"\d+\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐ][A-Za-zĐđ]*\s*-\s*[A-ZĐ][A-Za-zĐđ0-9-]*"
)
STATE_MOTTO = regex_cache.compile(r"cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam")
HEADER_CHARS = 1200
PARTY_BODY = regex_cache.compile(
    r"(?<![a-z])(?:(?:huyen|tinh|thi|thanh|quan|dang)\s+uy|dang\s+bo|chi\s+bo|ban\s+chap\s+hanh"
    r"|ban\s+thuong\s+vu|bo\s+chinh\s+tri|ban\s+bi\s+thu|dang\s+cong\s+san)(?![a-z])"
)
STATE_BODY = regex_cache.compile(
    r"(?<![a-z])(?:uy\s+ban\s+nhan\s+dan|hoi\s+dong\s+nhan\s+dan|chinh\s+phu|quoc\s+hoi|"
    r"thu\s+tuong|bo\s+truong|van\s+phong\s+chinh\s+phu)(?![a-z])"
)


@cache
def ruleset(version: str) -> dict:
    """The ruleset ``data/rules/<version>.toml``."""
    return table(f"rules/{version}")


def ruleset_for(issued_on: str | None) -> dict:
    """The ruleset in force on ``issued_on`` (ISO); the newest when the date is unknown.

    The document's date is its issue date, else its meeting date, else the end of the
    period it reviews (a report is issued after the period it reviews).
    """
    chosen = ruleset(RULESETS[-1])
    if issued_on:
        for version in RULESETS:
            rules = ruleset(version)
            if rules["since"] <= issued_on and issued_on <= rules.get("until", "9999-12-31"):
                chosen = rules
    return chosen


CODES: tuple[str, ...] = tuple(
    dict.fromkeys(rule["code"] for version in RULESETS for rule in ruleset(version)["rules"])
)


def rules_of(record: Record) -> dict:
    """The ruleset for ``record``: by its issue date, else meeting date, else the end of
    the period it reviews (``"2023-03-31"`` for a report on quý I/2023 → ``v2017``)."""
    reviewed = record.meta.periods.reviewed
    return ruleset_for(
        record.meta.issued_on or record.meta.meeting_on or (reviewed[1] if reviewed else None)
    )


def check(record: Record, doc: Doc) -> list[Issue]:
    """Every departure of a Party document from the format rules in force on its date."""
    layout = doc.layout
    if not _laid_out(doc) or not is_party(record, doc):
        return []
    found: list[Issue] = []
    for rule in _rules(rules_of(record)["version"]):
        if rule.part and getattr(layout, rule.part) is None:
            if rule.part == "number":
                span = _number_line(doc) or _head(doc)
            else:
                span = _head(doc) if rule.where == "head" else _foot(doc)
            if span:
                found.append(issue(doc, rule.code, "info", span, rule.message))
        elif not rule.part and rule.test == "party_number" and layout.number is not None:
            written = doc.slice(layout.number)
            if STATE_NUMBER.search(written) and not PARTY_NUMBER.search(written):
                found.append(issue(doc, rule.code, "info", layout.number, rule.message))
    return found


class _Rule:
    """A rule of a ruleset as the check reads it, its message written out once: the layout
    ``part`` that must be found, ``where`` its absence is shown (``"head"`` or the foot), a
    ``test`` of a part found (``"party_number"``)."""

    __slots__ = ("code", "part", "where", "test", "message")

    def __init__(
        self, code: str, part: str | None, where: str | None, test: str | None, message: str
    ) -> None:
        self.code = code
        self.part = part
        self.where = where
        self.test = test
        self.message = message


@cache
def _rules(version: str) -> tuple[_Rule, ...]:
    """The rules of ruleset ``version``: ``Thiếu tiêu đề … (theo Quy định 399-QĐ/TW …; quy tắc
    v2026.party_line)``."""
    return tuple(
        _Rule(
            rule["code"],
            rule.get("part"),
            rule.get("where"),
            rule.get("test"),
            f"{rule['message']} (theo {rule['source']}; quy tắc {rule['id']})",
        )
        for rule in ruleset(version)["rules"]
    )


def _laid_out(doc: Doc) -> bool:
    """Whether layout found at least two parts of a document (``kind`` and ``title``, say)."""
    found = 0
    for part in (*HEAD_PARTS, *FOOT_PARTS):
        if getattr(doc.layout, part) is not None:
            found += 1
            if found == 2:
                return True
    return False


def is_party(record: Record, doc: Doc) -> bool:
    """Whether ``doc`` is a Party document (and not a state one)."""
    if STATE_MOTTO.search(doc.folded, 0, HEADER_CHARS):
        return False
    layout = doc.layout
    if layout.party_line is not None:
        return True
    number = doc.slice(layout.number) if layout.number else (record.meta.number or "")
    if number and STATE_NUMBER.search(number) and not PARTY_NUMBER.search(number):
        return False
    if number and PARTY_NUMBER.search(number):
        return True
    signer = record.meta.signer
    named = " ".join(
        filter(
            None,
            [
                record.meta.issuer,
                signer.authority if signer else None,
                doc.slice(layout.issuer) if layout.issuer else None,
                doc.slice(layout.authority) if layout.authority else None,
            ],
        )
    )
    folded = key(named)
    return bool(PARTY_BODY.search(folded)) and not STATE_BODY.search(folded)


def _head(doc: Doc) -> Span | None:
    """Where a missing header part would be: the first header part found, else the first line."""
    spans = [getattr(doc.layout, part) for part in HEAD_PARTS]
    present = [span for span in spans if span is not None]
    if present:
        return min(present)
    return _line(doc, first=True)


# A number line whose number was left blank, to be written by hand: "Số       -BC/ĐU".
_BLANK_NUMBER = regex_cache.compile(r"(?m)^[ \t*_#|]*so\b[ \t:.]*-[ \t]*[a-z]{1,6}[ \t]*/[^\n]*")


def _number_line(doc: Doc) -> Span | None:
    """Where a missing number is: its line in the header when it was left blank (``Số
    -BC/ĐU``), trimmed."""
    match = _BLANK_NUMBER.search(doc.folded, 0, HEADER_CHARS)
    if match is None:
        return None
    start, end = match.span()
    while start < end and doc.text[start] in " \t*_#|":
        start += 1
    while end > start and doc.text[end - 1] in " \t*_#|":
        end -= 1
    return start, end


def _foot(doc: Doc) -> Span | None:
    """Where a missing footer part would be: the footer part found, else the last line."""
    present = [getattr(doc.layout, part) for part in FOOT_PARTS if getattr(doc.layout, part)]
    if present:
        return max(present)
    return _line(doc, first=False)


def _line(doc: Doc, *, first: bool) -> Span | None:
    text = doc.text
    stripped = text.strip()
    if not stripped:
        return None
    if first:
        start = text.index(stripped[0])
        end = text.find("\n", start)
        return start, end if end != -1 else len(text)
    end = len(text.rstrip())
    start = text.rfind("\n", 0, end) + 1
    return start, end
