"""One catalogue of coded, one-line Vietnamese messages for everything a user can meet.

``VankienError(code, path, **params)`` renders as
``[V103] Không đọc được tệp bao_cao.pdf: tệp PDF bị hỏng.``; the CLI prints it on
stderr, counts the failure and goes on with the batch.
"""

from __future__ import annotations

from pathlib import Path

MESSAGES: dict[str, str] = {
    # input
    "V100": "Không tìm thấy tệp hoặc thư mục {path}.",
    "V101": "Không đọc được tệp {path}: tệp rỗng.",
    "V102": "Không đọc được tệp {path}: không nhận ra bảng mã ký tự ({detail}).",
    "V103": "Không đọc được tệp {path}: tệp {format} bị hỏng ({detail}).",
    "V104": "Không đọc được tệp {path}: tệp quá lớn ({size}, giới hạn {limit}).",
    "V105": "Tệp {path} không phải là văn bản: {detail}.",
    "V106": "Không đọc được tệp {path}: định dạng {format} chưa được hỗ trợ.",
    "V107": "Thư mục {path} không có văn bản nào đọc được.",
    "V108": "Không đọc được tệp {path}: {detail}.",
    "V109": "Không đọc được tệp {path}: tệp được bảo vệ bằng mật khẩu.",
    "V110": "Không đọc được tệp {path}: thiếu công cụ {tool} (cài đặt: {install}).",
    "V111": "Không đọc được tệp {path}: tệp {format} giải nén ra quá lớn ({size}), có thể là tệp độc hại.",
    "V112": "Không đọc được tệp {path}: {tool} chạy quá {seconds} giây.",
    "V113": "Không đọc được tệp {path}: {pages} trang cần nhận dạng chữ (OCR), vượt giới hạn {limit} trang.",
    "V114": "Không đọc được tệp {path}: không có chữ nào, kể cả sau khi nhận dạng chữ (OCR).",
    "V115": "Không đọc được tệp {path}: văn bản có {pages} trang, vượt giới hạn {limit} trang.",
    "V116": "Không đọc được tệp {path}: ảnh quá lớn ({pixels} điểm ảnh, giới hạn {limit}).",
    # store
    "V200": "Lỗi kho dữ liệu {path}: {detail}.",
    "V201": "Không tìm thấy văn bản {doc} trong kho {path}.",
    "V202": "Có {n} văn bản ứng với {doc} trong kho {path} ({names}); hãy chọn bằng mã số, ví dụ #{first}.",
    # data
    "V300": "Tệp dữ liệu {path} không hợp lệ: {detail}.",
}


class VankienError(Exception):
    """A failure a user can act on, with a code and a one-line Vietnamese message."""

    def __init__(self, code: str, path: str | Path | None = None, **params: object) -> None:
        self.code = code
        self.path = str(path) if path is not None else ""
        self.params = params
        template = MESSAGES[code]
        super().__init__(f"[{code}] " + template.format(path=self.path, **params))

    @property
    def message(self) -> str:
        return str(self)


class InputError(VankienError):
    """A file that cannot be read as a document."""


class StoreError(VankienError):
    """The corpus store failed."""


class DataError(VankienError):
    """A vocabulary or ruleset file of the package is invalid."""


def human_size(size: int) -> str:
    """``5242880`` → ``"5,0 MB"`` (Vietnamese decimal comma)."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.1f} {unit}".replace(".", ",") if unit != "B" else f"{size} B"
        value /= 1024
    return f"{size} B"
