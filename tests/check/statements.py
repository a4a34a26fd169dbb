"""Hypothesis strategies: consistent statements in the genre's phrasings, and the same
statements with one number corrupted beyond tolerance (with the code that must catch it).

Each strategy draws a :class:`Statement`; ``corrupted`` is ``None`` where no check can tell
(a ``trong đó`` breakdown lists only some parts, so any numbers are consistent).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from hypothesis import strategies as st

NOUNS = [
    "ấp, khu phố",
    "trường",
    "hộ gia đình",
    "cơ quan, đơn vị",
    "xã, thị trấn",
    "đảng viên",
    "nhiệm vụ",
    "hồ sơ",
    "doanh nghiệp",
    "chi bộ",
]
UNITS = ["đơn", "vụ", "người", "hồ sơ", "dự án", "đảng viên", "lượt người", "hộ"]
REVENUES = ["thu nội địa", "thu xuất nhập khẩu", "thu khác"]
LABELS = [
    "tố cáo",
    "khiếu nại",
    "kiến nghị",
    "phản ánh",
    "khiển trách",
    "cảnh cáo",
    "cách chức",
    "khai trừ",
    "nam",
    "nữ",
]
SUBJECTS = [
    "Thu ngân sách",
    "Tổng vốn huy động",
    "Giá trị sản xuất",
    "Doanh thu dịch vụ",
    "Số lượt khách",
]
HIGHER = [
    "Tỷ lệ đoàn viên, hội viên",
    "Tỷ lệ tham gia bảo hiểm y tế",
    "Tỷ lệ trường đạt chuẩn",
    "Tỷ lệ hộ gia đình văn hóa",
    "Tỷ lệ giải quyết đơn thư",
]
LOWER = [
    "Tỷ lệ hộ nghèo",
    "Tỷ lệ trẻ suy dinh dưỡng",
    "Tỷ lệ nợ xấu",
    "Số vụ tai nạn giao thông",
    "Tỷ lệ thất nghiệp",
]


@dataclass(frozen=True)
class Statement:
    """A consistent statement, its corrupted twin and the code the twin must raise."""

    text: str
    corrupted: str | None
    code: str


def vn(value: Decimal | int, places: int = 0) -> str:
    """``Decimal("75.68"), 2`` → ``"75,68"``; ``54511`` → ``"54.511"``."""
    quantum = Decimal(1).scaleb(-places)
    text = str(Decimal(value).quantize(quantum))
    whole, _, fraction = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    written = sign + ".".join(groups or ["0"])
    return f"{written},{fraction}" if fraction else written


def stated(value: Decimal, places: int, truncate: bool) -> Decimal:
    quantum = Decimal(1).scaleb(-places)
    return value.quantize(quantum, rounding=ROUND_DOWN if truncate else ROUND_HALF_UP)


def off(value: Decimal, places: int, steps: int, down: bool) -> Decimal:
    """``value`` moved ``steps`` (≥ 2) units of its last place, never below zero."""
    quantum = Decimal(1).scaleb(-places)
    moved = (
        value - steps * quantum
        if down and value - steps * quantum >= 0
        else value + steps * quantum
    )
    return moved


def percent_of(part: int, whole: int) -> Decimal:
    return Decimal(part) / Decimal(whole) * 100


@st.composite
def fractions(draw) -> Statement:
    whole = draw(st.integers(1, 200_000))
    part = draw(st.integers(0, whole))
    places = draw(st.integers(0, 2))
    truncate = draw(st.booleans())
    exact = percent_of(part, whole)
    pct = stated(exact, places, truncate)
    noun = draw(st.sampled_from(NOUNS))
    phrasing = draw(st.integers(0, 4))

    def say(p: int, value: Decimal) -> str:
        pc = vn(value, places)
        return [
            f"Đến nay, có {vn(p)}/{vn(whole)} {noun} thực hiện tốt, đạt {pc}%.",
            f"Tỷ lệ {noun} tham gia đạt {pc}% ({vn(p)}/{vn(whole)} {noun}).",
            f"Kết quả đạt tỷ lệ {pc}% với {vn(p)}/{vn(whole)} {noun}, hoàn thành kế hoạch.",
            f"Toàn huyện có {vn(p)}/{vn(whole)} {noun} đạt chuẩn, chiếm tỷ lệ {pc}%.",
            f"Có {vn(p)}/{vn(whole)} {noun} được công nhận ({pc}%).",
        ][phrasing]

    steps = draw(st.integers(2, 40))
    down = draw(st.booleans())
    if draw(st.booleans()):
        bad = off(pct, places, steps, down)
        while bad in (stated(exact, places, False), stated(exact, places, True)):
            bad = off(bad, places, 2, False)
        corrupted = say(part, bad)
    else:
        shift = steps * max(1, whole // 1000)
        bad_part = part - shift if down and part >= shift else part + shift
        while pct in (stated(percent_of(bad_part, whole), places, t) for t in (False, True)):
            bad_part += max(1, whole // 100)
        corrupted = say(bad_part, pct)
    return Statement(say(part, pct), corrupted, "percent_mismatch")


@st.composite
def totals(draw) -> Statement:
    parts = draw(st.lists(st.integers(0, 900), min_size=2, max_size=5))
    labels = draw(
        st.lists(st.sampled_from(LABELS), min_size=len(parts), max_size=len(parts), unique=True)
    )
    unit = draw(st.sampled_from(UNITS))
    total = sum(parts)
    width = draw(st.sampled_from([1, 2]))

    def num(n: int) -> str:
        return f"{n:0{width}d}"

    kind = draw(st.integers(0, 3))
    if kind == 3:  # a partial breakdown: never a sum, so never corrupted
        listed = ", ".join(f"{label} {num(n)}" for label, n in zip(labels, parts, strict=True))
        extra = draw(st.integers(0, 500))
        return Statement(
            f"Trong năm, đã tiếp nhận {total + extra} {unit}, trong đó {listed}.", None, ""
        )

    def say(t: int) -> str:
        if kind == 0:
            listed = ", ".join(f"{label} {num(n)}" for label, n in zip(labels, parts, strict=True))
            return f"Trong năm, đã nhận {t} {unit} ({listed}); đã giải quyết xong."
        items = [f"{num(n)} {label}" for label, n in zip(labels, parts, strict=True)]
        if kind == 1:
            return f"Tổng số {t} {unit} ({', '.join(items)})."
        listed = ", ".join(items[:-1]) + " và " + items[-1]
        return f"Đoàn công tác gồm {t} {unit}: {listed}."

    delta = draw(st.integers(1, 50))
    bad = total + delta if draw(st.booleans()) or total < delta else total - delta
    return Statement(say(total), say(bad), "total_mismatch")


@st.composite
def money_totals(draw) -> Statement:
    """A sum of amounts written with decimal commas, some parts in triệu đồng: ``Tổng thu
    1.393,757 tỷ đồng, gồm: thu nội địa 1.200 tỷ đồng, thu khác 193.757 triệu đồng.``"""
    places = draw(st.integers(0, 3))
    scale = 10**places
    parts = draw(st.lists(st.integers(1, 5_000_000), min_size=2, max_size=3))
    labels = draw(
        st.lists(st.sampled_from(REVENUES), min_size=len(parts), max_size=len(parts), unique=True)
    )
    total = sum(parts)

    in_millions = draw(st.lists(st.booleans(), min_size=len(parts), max_size=len(parts)))

    def amount(n: int, millions: bool) -> str:
        if millions:  # the same amount in triệu đồng: 193,757 tỷ đồng → 193.757 triệu đồng
            return f"{vn(Decimal(n) * 1000 / scale, max(0, places - 3))} triệu đồng"
        return f"{vn(Decimal(n) / scale, places)} tỷ đồng"

    def say(t: int) -> str:
        listed = ", ".join(
            f"{label} {amount(n, m)}"
            for label, n, m in zip(labels, parts, in_millions, strict=True)
        )
        return f"Tổng thu ngân sách {vn(Decimal(t) / scale, places)} tỷ đồng, gồm: {listed}."

    delta = draw(st.integers(2, 50)) * max(1, scale)
    return Statement(say(total), say(total + delta), "total_mismatch")


@st.composite
def changes(draw) -> Statement:
    base = draw(st.integers(1, 5000))
    new = draw(st.integers(0, 10000).filter(lambda n: n != base))
    places = draw(st.integers(0, 2))
    truncate = draw(st.booleans())
    up = new > base
    diff = abs(new - base)
    rel = stated(Decimal(diff) / Decimal(base) * 100, places, truncate)
    ratio = stated(Decimal(new) / Decimal(base) * 100, places, truncate)
    verb = "tăng" if up else "giảm"
    subject = draw(st.sampled_from(SUBJECTS))
    unit = draw(st.sampled_from(["tỷ đồng", "người", "hồ sơ", "lượt"]))
    year = draw(st.integers(2015, 2025))
    phrasing = draw(st.integers(0, 3 if up else 2))
    steps = draw(st.integers(2, 40))

    def bad(value: Decimal, exact: Decimal) -> Decimal:
        moved = off(value, places, steps, draw(st.booleans()))
        while moved in (stated(exact, places, False), stated(exact, places, True)):
            moved = off(moved, places, 2, False)
        return moved

    exact_rel = Decimal(diff) / Decimal(base) * 100
    if phrasing == 0:
        in_millions = unit == "tỷ đồng" and draw(st.booleans())  # "tăng 200 triệu đồng"

        def say(p: Decimal, d: int) -> str:
            difference = f"{vn(d * 1000)} triệu đồng" if in_millions else f"{vn(d)} {unit}"
            return (
                f"{subject} đạt {vn(new)} {unit}, {verb} {difference} ({verb} {vn(p, places)}%) "
                f"so với năm trước (năm {year}: {vn(base)} {unit})."
            )

        if draw(st.booleans()):
            return Statement(say(rel, diff), say(bad(rel, exact_rel), diff), "change_mismatch")
        return Statement(say(rel, diff), say(rel, diff + steps), "change_mismatch")
    if phrasing == 1:
        way = "lên" if up else "xuống"

        def say(p: Decimal) -> str:
            return (
                f"{subject} {verb} từ {vn(base)} {unit} {way} {vn(new)} {unit}, "
                f"{verb} {vn(p, places)}%."
            )

        return Statement(say(rel), say(bad(rel, exact_rel)), "change_mismatch")
    if phrasing == 2:

        def say(r: Decimal) -> str:
            return (
                f"{subject} đạt {vn(new)} {unit}, bằng {vn(r, places)}% so với cùng kỳ "
                f"({vn(base)} {unit})."
            )

        exact_ratio = Decimal(new) / Decimal(base) * 100
        return Statement(say(ratio), say(bad(ratio, exact_ratio)), "change_mismatch")

    def say(d: int, p: Decimal) -> str:
        return (
            f"Cai nghiện {vn(new)} lượt người, vượt {d:02d} người (vượt {vn(p, places)}%) "
            f"so với chỉ tiêu giao năm {year} (giao {vn(base)} người)."
        )

    return Statement(say(diff, rel), say(diff + steps, rel), "change_mismatch")


@st.composite
def verdicts(draw) -> Statement:
    target = Decimal(draw(st.integers(10, 950))) / 10
    actual = Decimal(draw(st.integers(0, 1000))) / 10
    lower = draw(st.booleans())
    bound = draw(st.sampled_from(["plain", "min", "max"] if not lower else ["plain", "max"]))
    if bound == "max":
        lower = True
    reached = actual <= target if lower else actual >= target
    if bound == "max":
        reached = actual < target
    beyond = actual < target if lower else actual > target
    if reached:
        cue = draw(
            st.sampled_from(
                ["vượt chỉ tiêu", "đạt chỉ tiêu", "đảm bảo"]
                if beyond
                else ["đạt chỉ tiêu", "đảm bảo"]
            )
        )
    else:
        cue = draw(st.sampled_from(["chưa đạt", "không đạt", "chưa đảm bảo"]))
    indicator = draw(st.sampled_from(LOWER if lower else HIGHER))
    words = {"plain": "là ", "min": "từ ", "max": "dưới "}[bound]
    tail = " trở lên" if bound == "min" else ""
    verb = "còn" if lower else "đạt"
    form = draw(st.integers(0, 1)) if cue.startswith("vượt") and not lower else 0

    def say(a: Decimal) -> str:
        if form == 1:
            return f"{indicator} đạt {vn(a, 1)}%, vượt chỉ tiêu nghị quyết ({vn(target, 1)}%)."
        return (
            f"{indicator} {verb} {vn(a, 1)}% (*Nghị quyết {words}{vn(target, 1)}%{tail} - "
            f"thực hiện {cue}*)."
        )

    gap = Decimal(draw(st.integers(5, 200))) / 10
    if reached:  # move the result to the wrong side of the target
        bad = target + gap if lower else max(Decimal(0), target - gap)
        if bad == target:
            bad = target + gap
    else:
        bad = max(Decimal(0), target - gap) if lower else target + gap
    return Statement(say(actual), say(bad), "verdict_mismatch")


def statements() -> st.SearchStrategy[Statement]:
    """Any statement of the genre this module knows."""
    return st.one_of(fractions(), totals(), money_totals(), changes(), verdicts())
