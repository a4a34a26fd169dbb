"""Sums of money no unit makes sense of, and fractions whose two sides differ in scale.

``unit_suspect`` (a warning):

- ``27.075.000.000 triệu đồng`` is 27 triệu tỷ đồng, more than any budget a document of
  this genre can speak of (the national GDP is about 1,2 × 10^16 đồng): above
  :data:`IMPOSSIBLE` for any document, above :data:`LOCAL_LIMIT` for a tỉnh, huyện or xã one;
- ``27.075.000.000 triệu đồng/28.500.000.000 đồng, đạt 95%``: the stated percent fits the
  numbers as written but not their scales, so one side carries a wrong scale word. Without
  a stated percent, a scaled ratio beyond 1.000 times (or under 1/1.000) while the written
  numbers are within 10 times of each other says the same.
"""

from __future__ import annotations

from vankien.check._common import agrees, exact, issue, overlaps, show
from vankien.document import Doc
from vankien.models import Issue, Record, Relation

CODES = ("unit_suspect",)
IMPOSSIBLE = 1e17  # đồng: eight times the national GDP
LOCAL_LIMIT = 1e16  # đồng: about the national GDP; no tỉnh, huyện or xã speaks of more
SCALE_WORDS = {1e3: "nghìn", 1e6: "triệu", 1e9: "tỷ", 1e12: "nghìn tỷ", 1e15: "triệu tỷ"}


def check(record: Record, doc: Doc) -> list[Issue]:
    """Every suspect unit among ``record.relations``."""
    local = record.meta.level in ("tinh", "huyen", "xa")
    pairs: list[Issue] = []
    magnitudes: list[Issue] = []
    for item in record.relations:
        if item.kind != "unit":
            continue
        if "amount" in item.values:
            magnitudes.extend(_magnitude(item, doc, local))
        elif "part_scale" in item.values:
            pairs.extend(_mixed(item, doc))
    # One issue per place; a pair's message states both sides, so it goes first.
    kept: list[Issue] = []
    for candidate in pairs + magnitudes:
        if not any(overlaps(candidate.span, k.span) for k in kept):
            kept.append(candidate)
    return kept


def _magnitude(item: Relation, doc: Doc, local: bool) -> list[Issue]:
    amount, value, scale = (item.values.get(k) for k in ("amount", "value", "scale"))
    if (
        not isinstance(amount, float)
        or not isinstance(value, float)
        or not isinstance(scale, float)
    ):
        return []
    limit = LOCAL_LIMIT if local else IMPOSSIBLE
    if amount < limit:
        return []
    word = SCALE_WORDS.get(scale, show(scale))
    message = (
        f"{show(value)} {word} đồng = {show(amount)} đồng, lớn hơn mọi quy mô tiền có thể có; "
        f"có lẽ ghi thừa đơn vị “{word}” (số {show(value)} đã tính bằng đồng)"
    )
    return [issue(doc, "unit_suspect", "warning", item.span, message)]


def _mixed(item: Relation, doc: Doc) -> list[Issue]:
    values = item.values
    part, whole = values.get("part"), values.get("whole")
    part_scale, whole_scale = values.get("part_scale"), values.get("whole_scale")
    if not all(isinstance(v, float) and v > 0 for v in (part, whole, part_scale, whole_scale)):
        return []
    written = exact(part, whole)
    scaled = exact(part * part_scale, whole * whole_scale)
    percent = values.get("percent")
    if isinstance(percent, float):
        places = item.decimals.get("percent", 0)
        if not agrees(written, percent, places) or agrees(scaled, percent, places):
            return []
    elif not (10 <= written <= 1000 and not 0.1 <= scaled <= 100000):
        return []
    odd = "part" if part_scale > whole_scale else "whole"
    span = item.spans.get(odd, item.span)
    names = {k: SCALE_WORDS.get(values[f"{k}_scale"], "") for k in ("part", "whole")}
    message = (
        f"Hai vế không cùng đơn vị: {show(part)} {names['part']} đồng / "
        f"{show(whole)} {names['whole']} đồng = {show(scaled, 2)} %"
    )
    if isinstance(percent, float):
        message += (
            f", văn bản ghi {show(percent, item.decimals.get('percent', 0))} % "
            f"(đúng nếu hai vế cùng đơn vị)"
        )
    side = "vế đầu" if odd == "part" else "vế sau"
    message += f"; có lẽ {side} ghi nhầm đơn vị “{names[odd]} đồng”"
    message = message.replace("  ", " ").replace("“ đồng”", "“đồng”")
    return [issue(doc, "unit_suspect", "warning", tuple(span), message)]
