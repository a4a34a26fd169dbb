"""DOCX reader: paragraphs and tables in document order, text boxes and footnotes kept.

A two-column table (the header: issuer and ``Số`` on the left, ``ĐẢNG CỘNG SẢN VIỆT NAM``
and the place-date on the right; or the ``Nơi nhận`` / signature table) gives each of its
cells' paragraphs a line of its own, row by row, left cell first, so ``layout`` meets the
header lines as in a typed text. A wider table gives one line per row, cells joined by
`` | ``. Runs set in a legacy font (``.VnTime`` → TCVN3, ``VNI-Times`` → VNI) are
converted to Unicode; ``.VnTimeH``-style capitals fonts are upper-cased; ``w:caps`` runs too.
Footnotes follow the body, one line each (``1 Nghị quyết số 04-NQ/TU ...``).
"""

from __future__ import annotations

import functools
import io
import re
import zipfile

from vankien import regex_cache
from vankien.errors import InputError, human_size

from . import encodings
from .base import Decoded

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_UNZIPPED = 200 * 1024 * 1024
MAX_XML = 60 * 1024 * 1024  # parsed into memory: a tenfold of it in lxml trees
MAX_ENTRIES = 5000
MAX_RATIO = 400
WIDE_TABLE_COLUMNS = 3
LAYOUT_TABLE_ROWS = 4

_SUBSET = regex_cache.compile(r"^[A-Z]{6}\+")


def legacy_of_font(font: str | None) -> tuple[str | None, bool]:
    """The legacy encoding a font name implies, and whether it draws capitals.

    ``".VnTime"`` → ``("tcvn3", False)``; ``".VnTimeH"`` → ``("tcvn3", True)``;
    ``"VNI-Times"`` → ``("vni", False)``; ``"Times New Roman"`` → ``(None, False)``.
    """
    if not font:
        return None, False
    name = _SUBSET.sub("", font.strip())
    upper = name.upper()
    if upper.startswith(".VN"):
        return "tcvn3", name.endswith("H")
    if upper.startswith("VNI"):
        return "vni", False
    return None, False


def check_package(data: bytes, name: str, fmt: str = "DOCX") -> None:
    """Refuse a package that is encrypted, not a zip, or would unzip to too much."""
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data or b"EncryptionInfo" in data:
            raise InputError("V109", name)
        raise InputError("V103", name, format=fmt, detail="tệp Word cũ (.doc) mang đuôi .docx")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except Exception as exc:  # zipfile raises many kinds on a damaged archive
        raise InputError("V103", name, format=fmt, detail="không phải tệp nén ZIP hợp lệ") from exc
    total = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos) or 1
    if (
        len(infos) > MAX_ENTRIES
        or total > MAX_UNZIPPED
        or (total > 20 * 1024 * 1024 and total / packed > MAX_RATIO)
    ):
        raise InputError("V111", name, format=fmt, size=human_size(total))
    names = {info.filename for info in infos}
    if "word/document.xml" not in names and fmt == "DOCX":
        raise InputError("V103", name, format=fmt, detail="thiếu phần nội dung word/document.xml")


class _Fonts:
    """Which font each run is set in: its own ``rFonts``, its styles, the document default."""

    def __init__(self, styles_element) -> None:
        self.styles: dict[str, tuple[str | None, str | None, bool]] = {}
        self.numbering: dict[str, object] = {}
        self.default: str | None = None
        if styles_element is None:
            return
        for rpr in styles_element.iter(f"{W}rPrDefault"):
            self.default = _font_of(rpr.find(f"{W}rPr"))
        for style in styles_element.iter(f"{W}style"):
            based = style.find(f"{W}basedOn")
            rpr = style.find(f"{W}rPr")
            caps = rpr is not None and _on(rpr.find(f"{W}caps"))
            numpr = style.find(f"{W}pPr/{W}numPr")
            if numpr is not None:
                self.numbering[style.get(f"{W}styleId") or ""] = numpr
            self.styles[style.get(f"{W}styleId") or ""] = (
                _font_of(rpr),
                based.get(f"{W}val") if based is not None else None,
                caps,
            )

    def of_style(self, style_id: str | None) -> tuple[str | None, bool]:
        seen: set[str] = set()
        font, caps = None, False
        while style_id and style_id not in seen and style_id in self.styles:
            seen.add(style_id)
            own, style_id, own_caps = self.styles[style_id]
            font = font or own
            caps = caps or own_caps
        return font, caps


def _on(element) -> bool:
    return element is not None and element.get(f"{W}val", "true") not in ("0", "false", "off")


def _font_of(rpr) -> str | None:
    if rpr is None:
        return None
    fonts = rpr.find(f"{W}rFonts")
    if fonts is None:
        return None
    return fonts.get(f"{W}ascii") or fonts.get(f"{W}hAnsi") or fonts.get(f"{W}cs")


def _val(element, tag: str, default: str) -> str:
    found = element.find(f"{W}{tag}")
    return found.get(f"{W}val", default) if found is not None else default


def _roman(n: int) -> str:
    out = ""
    for value, letters in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


_FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerLetter": _letters,
}


class _Numbering:
    """Word's automatic numbering, written out as the reader sees it: ``I.``, ``1.2.``, ``a)``, ``-``.

    Counters run per list (``numId``); a level's counter restarts when a higher level moves on.
    """

    def __init__(self, numbering) -> None:
        self.levels: dict[str, dict[int, tuple[int, str, str, str]]] = {}
        self.counters: dict[str, list[int]] = {}
        if numbering is None:
            return
        abstract: dict[str, dict[int, tuple[int, str, str, str]]] = {}
        for node in numbering.iter(f"{W}abstractNum"):
            abstract[node.get(f"{W}abstractNumId") or ""] = self._levels(node)
        for num in numbering.iter(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            levels = dict(abstract.get(ref.get(f"{W}val") if ref is not None else "", {}))
            for override in num.iter(f"{W}lvlOverride"):
                ilvl = int(override.get(f"{W}ilvl", "0") or 0)
                start = override.find(f"{W}startOverride")
                if start is not None and ilvl in levels:
                    levels[ilvl] = (int(start.get(f"{W}val", "1") or 1), *levels[ilvl][1:])
            self.levels[num.get(f"{W}numId") or ""] = levels

    @staticmethod
    def _levels(node) -> dict[int, tuple[int, str, str, str]]:
        out = {}
        for lvl in node.iter(f"{W}lvl"):
            val = functools.partial(_val, lvl)
            try:
                start = int(val("start", "1"))
                ilvl = int(lvl.get(f"{W}ilvl", "0"))
            except ValueError:
                continue
            out[ilvl] = (start, val("numFmt", "decimal"), val("lvlText", ""), val("suff", "tab"))
        return out

    def label(self, num_id: str | None, ilvl: int) -> str:
        """The next label of list ``num_id`` at level ``ilvl``, with its separator; ``""`` if none."""
        levels = self.levels.get(num_id or "")
        if not levels or ilvl not in levels or not 0 <= ilvl < 9:
            return ""
        counters = self.counters.setdefault(num_id or "", [0] * 9)
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        start, fmt, text, suffix = levels[ilvl]
        if fmt == "bullet":
            label = text if text in ("-", "+", "•", "–", "*", "o") else "-"
        elif fmt == "none":
            label = ""
        else:

            def number(match: re.Match[str]) -> str:
                level = int(match.group(1)) - 1
                if level not in levels:
                    return ""
                first, kind = levels[level][0], levels[level][1]
                value = counters[level] + first - 1 if counters[level] else first
                return _FORMATS.get(kind, str)(max(value, 0))

            label = re.sub(r"%([1-9])", number, text)
        if not label:
            return ""
        return label + ("" if suffix == "nothing" else " ")


class _Reader:
    def __init__(self, fonts: _Fonts, numbering: _Numbering | None = None) -> None:
        self.fonts = fonts
        self.numbering = numbering or _Numbering(None)
        self.legacy: set[str] = set()

    def paragraph(self, p) -> list[str]:
        """The paragraph's text (line breaks kept), then any text boxes it anchors."""
        ppr = p.find(f"{W}pPr")
        pstyle = ppr.find(f"{W}pStyle") if ppr is not None else None
        para_font, para_caps = self.fonts.of_style(
            pstyle.get(f"{W}val") if pstyle is not None else None
        )
        pieces: list[tuple[str, str | None, bool]] = []
        boxes: list[str] = []
        for run in p.iter(f"{W}r"):
            if _inside(run, p, (f"{W}txbxContent", MC_FALLBACK, f"{W}moveFrom")):
                continue
            rpr = run.find(f"{W}rPr")
            rstyle = rpr.find(f"{W}rStyle") if rpr is not None else None
            style_font, style_caps = self.fonts.of_style(
                rstyle.get(f"{W}val") if rstyle is not None else None
            )
            font = _font_of(rpr) or style_font or para_font or self.fonts.default
            caps = (rpr is not None and _on(rpr.find(f"{W}caps"))) or style_caps or para_caps
            encoding, capitals = legacy_of_font(font)
            pieces.append((self._run_text(run, encoding), encoding, capitals or caps))
        for box in p.iter(f"{W}txbxContent"):
            if _inside(box, p, (MC_FALLBACK,)) or _inside(box, p, (f"{W}txbxContent",)):
                continue
            boxes.extend(self.blocks(box))
        text = self._join(pieces)
        if text.strip():
            text = self._label(ppr, pstyle) + text
        return [text, *boxes]

    def _label(self, ppr, pstyle) -> str:
        numpr = ppr.find(f"{W}numPr") if ppr is not None else None
        if numpr is None and pstyle is not None:
            numpr = self.fonts.numbering.get(pstyle.get(f"{W}val") or "")
        if numpr is None:
            return ""
        num = numpr.find(f"{W}numId")
        lvl = numpr.find(f"{W}ilvl")
        try:
            ilvl = int(lvl.get(f"{W}val", "0")) if lvl is not None else 0
        except ValueError:
            return ""
        return self.numbering.label(num.get(f"{W}val") if num is not None else None, ilvl)

    def _run_text(self, run, encoding: str | None) -> str:
        out: list[str] = []
        for node in run:
            tag = node.tag
            if tag == f"{W}t":
                out.append(node.text or "")
            elif tag == f"{W}tab":
                out.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                out.append("\n")
            elif tag == f"{W}noBreakHyphen":
                out.append("-")
            elif tag == f"{W}softHyphen" and encoding == "tcvn3":
                out.append("\u00ad")  # TCVN3 puts ư in the soft-hyphen slot
        return "".join(out)

    def _join(self, pieces: list[tuple[str, str | None, bool]]) -> str:
        out: list[str] = []
        group: list[str] = []
        current: tuple[str | None, bool] | None = None
        for text, encoding, capitals in [*pieces, ("", "end", False)]:
            if (encoding, capitals) != current:
                if group and current is not None:
                    out.append(self._convert("".join(group), *current))
                group, current = [], (encoding, capitals)
            group.append(text)
        return "".join(out)

    def _convert(self, text: str, encoding: str | None, capitals: bool) -> str:
        if encoding:
            self.legacy.add(encoding)
            return encodings.convert(text, encoding, capitals=capitals)
        return text.upper() if capitals else text

    def table(self, tbl) -> list[str]:
        rows = [row for row in tbl.iter(f"{W}tr") if _owner(row, "tbl") is tbl]
        grid = tbl.find(f"{W}tblGrid")
        columns = len(grid.findall(f"{W}gridCol")) if grid is not None else 0
        cells = [[tc for tc in row if tc.tag == f"{W}tc"] for row in rows]
        columns = max([columns, *(len(c) for c in cells)]) if cells else columns
        layout = columns < WIDE_TABLE_COLUMNS and len(rows) <= LAYOUT_TABLE_ROWS
        lines: list[str] = []
        for row in cells:
            texts = [self.blocks(tc) for tc in row]
            if layout:
                for cell in texts:
                    lines.extend(line for line in cell if line.strip())
            else:
                joined = " | ".join(
                    " ".join(part.strip() for part in cell if part.strip()) for cell in texts
                )
                if joined.strip(" |"):
                    lines.append(joined)
        return [*lines, ""] if lines else []

    def blocks(self, container) -> list[str]:
        """The lines of a body, cell or text box: paragraphs and tables in order."""
        lines: list[str] = []
        for child in container:
            tag = child.tag
            if tag == f"{W}p":
                lines.extend(self.paragraph(child))
            elif tag == f"{W}tbl":
                lines.extend(self.table(child))
            elif tag in (f"{W}sdt", f"{W}customXml", f"{W}ins", f"{W}smartTag"):
                content = child.find(f"{W}sdtContent")
                lines.extend(self.blocks(content if content is not None else child))
        return lines


def _inside(element, stop, tags: tuple[str, ...]) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _owner(element, local: str):
    parent = element.getparent()
    while parent is not None and parent.tag != f"{W}{local}":
        parent = parent.getparent()
    return parent


def _footnotes(document, reader: _Reader) -> list[str]:
    from lxml import etree

    lines: list[str] = []
    for rel in document.part.rels.values():
        if rel.is_external or not rel.reltype.endswith(("/footnotes", "/endnotes")):
            continue
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        root = etree.fromstring(rel.target_part.blob, parser)
        number = 0
        for note in root:
            if note.tag not in (f"{W}footnote", f"{W}endnote"):
                continue
            if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            number += 1
            text = " ".join(line.strip() for line in reader.blocks(note) if line.strip())
            if text:
                lines.append(f"{number} {text}")
    return lines


def read_docx(data: bytes, name: str) -> Decoded:
    """The text of a DOCX file; :class:`InputError` for a broken, encrypted or bomb package.

    (A Word 97-2003 file named ``.docx`` never reaches here: ``load.sniff`` sends it to ``.doc``.)
    """
    check_package(data, name)
    try:
        import docx
    except ImportError as exc:  # pragma: no cover - a broken install
        raise InputError(
            "V110", name, tool="python-docx", install="pip install python-docx"
        ) from exc
    try:
        document = docx.Document(io.BytesIO(data))
        styles = document.styles.element
    except Exception as exc:  # python-docx raises many kinds on a damaged package
        raise InputError("V103", name, format="DOCX", detail=_reason(exc)) from exc
    try:
        numbering = document.part.numbering_part.element
    except Exception:  # no numbering part, or a damaged one
        numbering = None
    reader = _Reader(_Fonts(styles), _Numbering(numbering))
    lines = reader.blocks(document.element.body)
    try:
        notes = _footnotes(document, reader)
    except Exception:  # a damaged footnotes part must not lose the body
        notes = []
    if notes:
        lines += ["", *notes]
    text = "\n".join(lines)
    encoding = next(iter(sorted(reader.legacy)), None)
    if encoding is None:
        text, encoding = encodings.fix_unicode(text)
    return Decoded(text=text, format="docx", encoding=encoding)


def _reason(exc: Exception) -> str:
    kind = type(exc).__name__
    if "KeyError" in kind:
        return "thiếu một phần của gói tài liệu"
    if "XMLSyntax" in kind:
        return "nội dung XML bị lỗi"
    return "cấu trúc tệp không đọc được"
