"""layout.analyse: the Layout it returns is the frozen dataclass its fields make."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, asdict, fields, replace

import pytest

from tests.layout._cases import PARTY_HEADER
from vankien.folding import fold
from vankien.layout import Layout, analyse


def test_the_layout_is_the_dataclass_built_from_its_fields() -> None:
    found = analyse(PARTY_HEADER, fold(PARTY_HEADER))
    built = Layout(**{f.name: getattr(found, f.name) for f in fields(Layout)})
    assert found == built and repr(found) == repr(built) and asdict(found) == asdict(built)
    assert replace(found, title=None) == replace(built, title=None)
    assert found.issuer is not None and found.sections
    with pytest.raises(FrozenInstanceError):
        found.title = None  # type: ignore[misc]
