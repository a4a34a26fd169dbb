"""Encodings found automatically: UTF-8/16, Windows-1258, TCVN3, VNI, VISCII, NFD; and text
that is none of them is refused, never turned into wrong Vietnamese."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.load import builders
from vankien.errors import InputError
from vankien.folding import alphabet, encode
from vankien.load import encodings, load_bytes

SAMPLE = (
    "NGHỊ QUYẾT\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN\n"
    "Ngày 18/4/2023, Ban Chấp hành Đảng bộ huyện khóa XXI tổ chức Hội nghị lần thứ 13; "
    "tổng thu ngân sách đạt 95,5% dự toán, tăng 8,5% so với cùng kỳ. Đồng chí Bí thư Huyện ủy "
    "chỉ đạo các cấp ủy, chính quyền thực hiện những nhiệm vụ trọng tâm của quý II năm 2023."
)

# fmt: off
CASES = [
    # (encoding name, how the bytes are made)
    ("utf-8",  lambda t: t.encode("utf-8")),
    ("utf-8",  lambda t: b"\xef\xbb\xbf" + t.encode("utf-8")),
    ("utf-16", lambda t: t.encode("utf-16")),
    ("utf-16", lambda t: t.encode("utf-16-le")),
    ("utf-8",  lambda t: unicodedata.normalize("NFD", t).encode("utf-8")),
    ("cp1258", builders.cp1258_bytes),
    ("tcvn3",  lambda t: builders.legacy_bytes(t, "tcvn3")),
    ("vni",    lambda t: builders.legacy_bytes(t, "vni")),
    ("viscii", lambda t: builders.legacy_bytes(t, "viscii")),
    ("tcvn3",  lambda t: builders.legacy_text(t, "tcvn3").encode("utf-8")),  # pasted from .VnTime
    ("vni",    lambda t: builders.legacy_text(t, "vni").encode("utf-8")),
]
# fmt: on


@pytest.mark.parametrize(("encoding", "make"), CASES)
def test_encoding_is_found_and_text_restored(encoding, make):
    loaded = load_bytes(make(SAMPLE), "van_ban.txt")
    assert loaded.encoding == encoding
    assert loaded.text == SAMPLE
    assert unicodedata.is_normalized("NFC", loaded.text)


def test_tcvn3_capitals_are_restored_by_line_and_word():
    typed = builders.legacy_text("NGHỊ QUYẾT\nBan Thường vụ ĐẢNG ỦY xã Ủy", "tcvn3")
    assert encodings.convert(typed, "tcvn3") == "NGHỊ QUYẾT\nBan Thường vụ ĐẢNG ỦY xã ủy"


# fmt: off
NOT_LEGACY = [
    # Unicode Vietnamese with a few Latin-1 signs must stay as it is.
    "Diện tích 25 m² (khoảng ½ sào), nhiệt độ 30°C; © Huyện ủy. " * 3,
    "Số 04-NQ/HU ngày 18/4/2023 của Ban Chấp hành Đảng bộ huyện về tăng 8,5%.",
    "Hội nghị nhất trí cao với đánh giá kết quả thực hiện nhiệm vụ quý I.",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_LEGACY)
def test_unicode_vietnamese_is_never_converted(text):
    assert encodings.fix_unicode(text) == (text, None)


@given(st.text(alphabet=st.sampled_from(alphabet())))
def test_strange_characters_counted_on_the_one_byte_code_as_by_the_pattern(text):
    _, junk = encodings._patterns()
    assert encodings._few_strange(encode(text)) == (len(junk.findall(text)) < 3)


@given(st.text(alphabet=st.one_of(st.sampled_from("Nghị quyết ½²\x00ÖÕ¸"), st.characters())))
def test_a_text_said_to_have_few_strange_characters_has_few(text):
    _, junk = encodings._patterns()
    if encodings._few_strange(encode(text)):
        assert len(junk.findall(text)) < 3


def test_the_readers_code_is_the_texts():
    text, encoding, code = encodings.decode_encoded(SAMPLE.encode("utf-8"), "a.txt")
    assert (text, encoding, code) == (SAMPLE, "utf-8", encode(SAMPLE))
    legacy = builders.legacy_text(SAMPLE, "tcvn3").encode("utf-8")
    assert encodings.decode_encoded(legacy, "a.txt") == (SAMPLE, "tcvn3", None)


# fmt: off
REFUSED = [
    ("franc.txt", ("Le conseil a décidé à l'unanimité que la société éditera " * 5).encode("cp1252")),
    ("rac.txt",   bytes(range(128, 256)) * 20),
    ("nhiphan.txt", b"\x00\x01\x02\xff" * 500),
]
# fmt: on


@pytest.mark.parametrize(("name", "data"), REFUSED)
def test_text_in_no_vietnamese_encoding_is_refused(name, data):
    with pytest.raises(InputError) as caught:
        load_bytes(data, name)
    assert caught.value.code in ("V102", "V105")
    assert name in str(caught.value)
