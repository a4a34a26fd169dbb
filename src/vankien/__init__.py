"""vankien reads Vietnamese Party documents into grounded, checkable records.

>>> import vankien
>>> record = vankien.read("examples/001_107d5b72e63935bb.txt")
>>> record.meta.doc_type
'KL'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .compiled import use_compiled_if_current

__version__ = "0.1.0"
__all__ = ["Record", "open", "read", "read_many", "read_text", "__version__"]

if TYPE_CHECKING:
    from .corpus import open
    from .models import Record
    from .pipeline import read, read_many, read_text

use_compiled_if_current()


def __getattr__(name: str) -> Any:
    # Heavy modules load on first use, so `vankien --help` starts fast.
    if name in ("read", "read_many", "read_text"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "open":
        from .corpus import open

        return open
    if name == "Record":
        from .models import Record

        return Record
    raise AttributeError(name)
