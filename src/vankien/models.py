"""The document record (contract v1, ``shared/spec/record.md``) as pydantic models.

Field names and vocabularies are fixed by the contract: add fields, never rename.
Every item carries ``span`` (code points into the canonical text) and ``text``, the
exact slice; :meth:`Record.check_grounding` asserts it.
"""

from collections.abc import Callable
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field
from pydantic_core import PydanticUndefined

SCHEMA_VERSION = 1

Span = tuple[int, int]
Level = Literal["trung_uong", "tinh", "huyen", "xa"]
FigureKind = Literal["actual", "target", "change"]
Bound = Literal["min", "max", "approx"]
Verdict = Literal["met", "exceeded", "not_met"]
Severity = Literal["error", "warning", "info"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Item(_Model):
    """An item grounded in the canonical text: ``text == canonical[span[0]:span[1]]``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    span: Span

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.text!r} @ {self.span[0]}:{self.span[1]})"


class Source(_Model):
    path: str | None = None
    sha256: str | None = None
    format: Literal["txt", "md", "docx", "doc", "pdf", "html", "image"] = "txt"
    encoding: str | None = None
    chars: int = 0
    pages: list[tuple[int, int, int]] | None = None
    # Extension: pages read by OCR, ``[(page, mean word confidence 0..100)]``.
    ocr: list[tuple[int, float]] | None = None


class Signer(_Model):
    name: str | None = None
    position: str | None = None
    authority: str | None = None


class Periods(_Model):
    reviewed: tuple[str, str] | None = None
    planned: tuple[str, str] | None = None


class Meta(_Model):
    doc_type: str | None = None
    number: str | None = None
    issuer: str | None = None
    level: Level | None = None
    term: str | None = None
    conference: int | None = None
    title: str | None = None
    place: str | None = None
    issued_on: str | None = None
    meeting_on: str | None = None
    signer: Signer | None = None
    recipients: list[str] = []
    periods: Periods = Field(default_factory=Periods)


class Section(_Model):
    label: str
    heading: str
    span: Span
    children: list["Section"] = []


class Reference(_Item):
    doc_type: str | None = None
    number: str | None = None
    date: str | None = None
    issuer: str | None = None


class Figure(_Item):
    value: float | None = None
    unit: str | None = None
    part: float | None = None
    whole: float | None = None
    range: tuple[float, float] | None = None
    kind: FigureKind = "actual"
    bound: Bound | None = None
    period: str | None = None
    indicator: str | None = None
    target_value: float | None = None
    verdict: Verdict | None = None
    # Extension: the words that state the verdict when the text states it ("vượt chỉ tiêu").
    verdict_cue: str | None = None


class Relation(_Item):
    """Extension: numbers the text relates, for the checks (never re-parsed later).

    ``kind`` is ``ratio`` (a fraction and the percent stated for it), ``total`` (a total
    and its listed parts), ``change`` (two compared values and the stated difference) …;
    ``values`` holds the numbers by role, ``decimals`` the precision each was written
    with, ``spans`` where each was written.
    ``"56/74 ..., đạt 75,56%"`` → ``Relation(kind="ratio", values={"part": 56, "whole": 74,
    "percent": 75.56})``.
    """

    kind: str
    values: dict[str, float | list[float] | None] = {}
    decimals: dict[str, int] = {}
    spans: dict[str, Span] = {}
    exhaustive: bool | None = None


class Assignment(_Item):
    responsible: str
    task: str | None = None
    due_text: str | None = None
    due: str | None = None


class Issue(_Item):
    code: str
    severity: Severity
    message: str


class Record(_Model):
    schema_version: int = SCHEMA_VERSION
    # Extension: the format ruleset the checks applied (``v2017``: 66-QĐ/TW with 36-HD/VPTW;
    # ``v2026``: 399-QĐ/TW), chosen by the document's date.
    ruleset_version: str | None = None
    source: Source = Field(default_factory=Source)
    meta: Meta = Field(default_factory=Meta)
    sections: list[Section] = []
    references: list[Reference] = []
    figures: list[Figure] = []
    assignments: list[Assignment] = []
    issues: list[Issue] = []
    # Extension: the relations between numbers that the checks read.
    relations: list[Relation] = []

    def items(self) -> list[_Item]:
        """Every grounded item of the record, in section order."""
        return [*self.references, *self.figures, *self.assignments, *self.issues, *self.relations]

    def ungrounded(self, text: str) -> list[_Item]:
        """Items whose ``text`` is not the canonical text at their ``span``."""
        return [item for item in self.items() if text[item.span[0] : item.span[1]] != item.text]


M = TypeVar("M", bound=BaseModel)
_new = object.__new__
_set = object.__setattr__


def trusted(model: type[M], fields: dict[str, object]) -> M:
    """``model(**fields)`` made without validation, for the extractors' own items, whose
    fields are already of the model's types (floats as floats, spans as tuples); the fields
    not given take their defaults, and all stand in the model's order (its JSON's). A name
    the model does not have is refused (``TypeError``), as a missing required field is.
    ``trusted(Figure, {"text": "8,5%", "span": (3, 7), "value": 8.5, "unit": "%"})``.
    The tests validate every record of the corpus again and compare."""
    names, makers = _SHAPES.get(model) or _shape(model)
    if tuple(fields) != names:
        unknown = set(fields).difference(names)
        if unknown:
            raise TypeError(f"{model.__name__} has no field {', '.join(sorted(unknown))}")
        given = set(fields)
        fields = {
            name: _given_or_default(fields, name, made_by)
            for name, made_by in zip(names, makers, strict=True)
        }
    else:
        given = set(names)
    made = _new(model)
    _set(made, "__dict__", fields)
    _set(made, "__pydantic_fields_set__", given)
    _set(made, "__pydantic_extra__", None)
    _set(made, "__pydantic_private__", None)
    return made


_SHAPES: dict[type, tuple[tuple[str, ...], tuple[Callable[[], object] | None, ...]]] = {}


def _shape(
    model: type[BaseModel],
) -> tuple[tuple[str, ...], tuple[Callable[[], object] | None, ...]]:
    """The names of the fields of ``model`` in order, and what makes each one's default
    (None: it has none)."""
    infos = model.model_fields
    shape = _SHAPES[model] = (
        tuple(infos),
        tuple(_default_maker(info.default, info.default_factory) for info in infos.values()),
    )
    return shape


def _default_maker(
    default: object, factory: Callable[[], object] | None
) -> Callable[[], object] | None:
    """What gives a field its default: its factory, a fresh copy of a list or dict, the value."""
    if factory is not None:
        return factory
    if default is PydanticUndefined:
        return None
    if isinstance(default, (list, dict)):
        return lambda: type(default)(default)
    return lambda: default


def _given_or_default(
    fields: dict[str, object], name: str, made_by: Callable[[], object] | None
) -> object:
    if name in fields:
        return fields[name]
    if made_by is None:
        raise TypeError(f"{name} is required")
    return made_by()
