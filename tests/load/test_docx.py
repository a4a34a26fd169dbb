"""DOCX: paragraphs and tables in order, the header table laid out line by line, text boxes
and footnotes kept, legacy font runs converted; a damaged package is a clear error."""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.load import builders
from tests.load.builders import para, raw_docx, run, text_box
from vankien.errors import InputError
from vankien.load import load_bytes
from vankien.load.docx import legacy_of_font, read_docx

HEADER = [
    ("HUYỆN ỦY TÂY SƠN\n*", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("Số 04-NQ/HU", "Tây Sơn, ngày 20 tháng 4 năm 2023"),
]
BODY = "NGHỊ QUYẾT\nvề nhiệm vụ trọng tâm quý II năm 2023\nThu ngân sách đạt 95,5% dự toán."


def test_header_table_gives_each_field_a_line_before_the_title():
    lines = load_bytes(builders.docx_bytes(BODY, header=HEADER), "nq.docx").text.split("\n")
    order = [
        "HUYỆN ỦY TÂY SƠN",
        "*",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Số 04-NQ/HU",
        "Tây Sơn, ngày 20 tháng 4 năm 2023",
        "NGHỊ QUYẾT",
    ]
    assert [lines.index(line) for line in order] == sorted(lines.index(line) for line in order)


def test_wide_table_gives_a_line_per_row():
    import docx

    document = docx.Document()
    document.add_paragraph("Kết quả thực hiện các chỉ tiêu chủ yếu:")
    table = document.add_table(rows=2, cols=3)
    for row, values in zip(
        table.rows,
        [("Chỉ tiêu", "Kế hoạch", "Thực hiện"), ("Thu ngân sách", "27 tỷ", "28,5 tỷ")],
        strict=True,
    ):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_paragraph("Sau bảng.")
    out = io.BytesIO()
    document.save(out)
    text = read_docx(out.getvalue(), "bang.docx").text
    assert "Chỉ tiêu | Kế hoạch | Thực hiện\nThu ngân sách | 27 tỷ | 28,5 tỷ" in text
    assert text.index("Kết quả") < text.index("Thu ngân sách") < text.index("Sau bảng.")


def test_text_box_kept_once_and_footnotes_follow_the_body():
    data = raw_docx(
        para(run("Căn cứ Nghị quyết số 04-NQ/TU"))
        + para(run("Đoạn có khung ") + text_box("Chữ trong khung")),
        footnotes='<w:footnote w:id="1">'
        + para(run("Ngày 14/12/2022 của Tỉnh ủy."))
        + "</w:footnote>",
    )
    text = read_docx(data, "ghichu.docx").text
    assert text.count("Chữ trong khung") == 1
    assert text.endswith("1 Ngày 14/12/2022 của Tỉnh ủy.")
    assert text.index("Căn cứ") < text.index("Chữ trong khung") < text.index("1 Ngày")


# fmt: off
FONTS = [
    # (font, legacy text typed in it, Unicode it stands for)
    (".VnTime",      builders.legacy_text("Nghị quyết của Đảng bộ", "tcvn3"), "Nghị quyết của Đảng bộ"),
    (".VnTimeH",     builders.legacy_text("nghị quyết", "tcvn3"),             "NGHỊ QUYẾT"),
    ("VNI-Times",    builders.legacy_text("Nghị quyết của Đảng bộ", "vni"),   "Nghị quyết của Đảng bộ"),
    ("ABCDEF+.VnArial", builders.legacy_text("tăng 8,5%", "tcvn3"),           "tăng 8,5%"),
    # a Unicode font leaves the same characters alone
    ("Times New Roman", "Ngày µ", "Ngày µ"),
]
# fmt: on


@pytest.mark.parametrize(("font", "typed", "unicode"), FONTS)
def test_legacy_font_runs_are_converted(font, typed, unicode):
    data = raw_docx(para(run("Văn bản: "), run(typed, font=font)))
    assert read_docx(data, "cu.docx").text == "Văn bản: " + unicode


def test_legacy_font_from_the_paragraph_style():
    styles = (
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial"/></w:rPr></w:rPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:styleId="Normal"><w:rPr><w:rFonts w:ascii=".VnTime"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Body"><w:basedOn w:val="Normal"/></w:style>'
    )
    body = (
        '<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr>'
        + run(builders.legacy_text("Huyện ủy", "tcvn3"))
        + "</w:p>"
    )
    decoded = read_docx(raw_docx(body, styles=styles), "kieu.docx")
    assert (decoded.text, decoded.encoding) == ("Huyện ủy", "tcvn3")


def test_caps_run_reads_as_shown():
    assert read_docx(raw_docx(para(run("nghị quyết", caps=True))), "hoa.docx").text == "NGHỊ QUYẾT"


NUMBERING = (
    '<w:abstractNum w:abstractNumId="0">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl>'
    '<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%4)"/></w:lvl>'
    '<w:lvl w:ilvl="4"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>'
    '</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num>'
)


def _numbered(level: int, text: str) -> str:
    return (
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="7"/></w:numPr></w:pPr>'
        + run(text)
        + "</w:p>"
    )


def test_automatic_numbering_is_written_out():
    levels = [
        (0, "KẾT QUẢ"),
        (1, "Kinh tế"),
        (2, "Nông nghiệp"),
        (2, "Công nghiệp"),
        (3, "thu ngân sách"),
        (4, "đạt 95%"),
        (1, "Xã hội"),
        (0, "NHIỆM VỤ"),
        (1, "Tăng thu"),
    ]
    data = raw_docx("".join(_numbered(level, text) for level, text in levels), numbering=NUMBERING)
    assert read_docx(data, "so.docx").text.split("\n") == [
        "I. KẾT QUẢ",
        "1. Kinh tế",
        "1.1. Nông nghiệp",
        "1.2. Công nghiệp",
        "a) thu ngân sách",
        "- đạt 95%",
        "2. Xã hội",
        "II. NHIỆM VỤ",
        "1. Tăng thu",
    ]


def test_list_styles_of_word_are_numbered():
    import docx

    document = docx.Document()
    for style, text in [
        ("List Number", "Một"),
        ("List Number", "Hai"),
        ("List Bullet", "Gạch đầu dòng"),
    ]:
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    assert read_docx(out.getvalue(), "ds.docx").text == "1. Một\n2. Hai\n- Gạch đầu dòng"


# fmt: off
FONT_NAMES = [
    (".VnTime", ("tcvn3", False)), (".VnTimeH", ("tcvn3", True)), (".vnarial", ("tcvn3", False)),
    ("VNI-Times", ("vni", False)), ("VNI-Helve", ("vni", False)),
    ("Times New Roman", (None, False)), ("Vinhan", (None, False)), (None, (None, False)),
]
# fmt: on


@pytest.mark.parametrize(("font", "want"), FONT_NAMES)
def test_legacy_of_font(font, want):
    assert legacy_of_font(font) == want


def _zip(entries: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


def _bomb() -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/document.xml", "w", force_zip64=True) as entry,
    ):
        block = b"\0" * (1 << 20)
        for _ in range(260):
            entry.write(block)
    return out.getvalue()


GOOD = builders.docx_bytes(BODY)
# fmt: off
BROKEN = [
    # (what, bytes, code)
    ("cut in half",        GOOD[: len(GOOD) // 2],                                         "V103"),
    ("not a zip",          b"PK\x03\x04" + b"rac" * 100,                                   "V103"),
    ("zip without body",   _zip({"word/other.xml": b"<x/>"}),                              "V103"),
    ("broken XML",         _zip({"[Content_Types].xml": b"<Types", "word/document.xml": b"<w:document"}), "V103"),
    ("password",           b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512 + "EncryptedPackage".encode("utf-16-le"), "V109"),
]
# fmt: on


@pytest.mark.parametrize(("what", "data", "code"), BROKEN, ids=[c[0] for c in BROKEN])
def test_broken_docx_is_a_clear_error(what, data, code):
    with pytest.raises(InputError) as caught:
        load_bytes(data, "hong.docx")
    assert caught.value.code == code
    assert "hong.docx" in str(caught.value)


def test_zip_bomb_is_refused_without_unzipping():
    with pytest.raises(InputError) as caught:
        load_bytes(_bomb(), "bom.docx")
    assert caught.value.code == "V111"
