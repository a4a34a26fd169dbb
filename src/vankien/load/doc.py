"""Word 97-2003 ``.doc`` reader: LibreOffice (headless) converts it to DOCX, read as DOCX.

``soffice --headless --convert-to docx`` runs in a private profile (so several can run at
once) and is given :data:`SECONDS`; a missing LibreOffice gets a message naming the package.
A ``.doc`` that is really a DOCX (a renamed file) is read directly.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from vankien.errors import InputError

from .base import Decoded
from .docx import OLE_MAGIC, read_docx

SECONDS = 120
INSTALL = "sudo apt-get install libreoffice-writer-nogui (hoặc libreoffice-writer)"
RTF_MAGIC = b"{\\rtf"


def soffice() -> str | None:
    """The LibreOffice executable, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(data: bytes, name: str, suffix: str = ".doc") -> bytes:
    """The DOCX bytes LibreOffice makes of ``data``."""
    exe = soffice()
    if exe is None:
        raise InputError("V110", name, tool="LibreOffice (để đọc tệp .doc)", install=INSTALL)
    with tempfile.TemporaryDirectory(prefix="vankien-doc-") as tmp:
        source = Path(tmp) / f"input{suffix}"
        source.write_bytes(data)
        profile = Path(tmp) / "profile"
        env = dict(os.environ, HOME=tmp)
        command = [
            exe,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(Path(tmp) / "out"),
            str(source),
        ]
        try:
            subprocess.run(
                command, capture_output=True, timeout=SECONDS, env=env, stdin=subprocess.DEVNULL
            )
        except subprocess.TimeoutExpired as exc:
            raise InputError("V112", name, tool="LibreOffice", seconds=SECONDS) from exc
        except OSError as exc:
            raise InputError(
                "V110", name, tool="LibreOffice (để đọc tệp .doc)", install=INSTALL
            ) from exc
        out = Path(tmp) / "out" / "input.docx"
        if not out.exists() or out.stat().st_size == 0:
            raise InputError(
                "V103",
                name,
                format="DOC",
                detail="LibreOffice không chuyển đổi được: tệp hỏng hoặc có mật khẩu",
            )
        return out.read_bytes()


def read_doc(data: bytes, name: str) -> Decoded:
    """The text of a Word 97-2003 file (or of an RTF file named ``.doc``)."""
    if data.startswith(b"PK"):
        return read_docx(data, name)
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise InputError("V109", name)
        suffix = ".doc"
    elif data.lstrip().startswith(RTF_MAGIC):
        suffix = ".rtf"
    else:
        raise InputError("V103", name, format="DOC", detail="không phải tệp Word (.doc)")
    decoded = read_docx(convert(data, name, suffix), name)
    return Decoded(text=decoded.text, format="doc", encoding=decoded.encoding)
