"""Property tests: 10.000 consistent statements in the genre's phrasings raise no issue; the
same statements with one number corrupted beyond tolerance raise the right code (≥ 95 %)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.check.build import quick_issues_of as issues_of
from tests.check.statements import Statement, statements

BATCH = 25
BATCHES = 400  # 25 × 400 = 10.000 statements
RUN = settings(
    max_examples=BATCHES,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _drawn(test) -> list[Statement]:
    """Every statement ``test`` saw, running it over ``BATCHES`` batches of ``BATCH``."""
    seen: list[Statement] = []

    @RUN
    @given(st.lists(statements(), min_size=BATCH, max_size=BATCH))
    def run(batch: list[Statement]) -> None:
        seen.extend(batch)
        test(batch)

    run()
    return seen


def test_consistent_statements_raise_no_issue():
    alarms: list[tuple[str, list]] = []

    def check(batch: list[Statement]) -> None:
        for statement in batch:
            found = issues_of(statement.text)
            if found:
                alarms.append((statement.text, [(i.code, i.message) for i in found]))

    seen = _drawn(check)
    assert len(seen) >= 10_000
    assert alarms == [], f"{len(alarms)} false alarms, e.g. {alarms[:5]}"


def test_corrupted_statements_raise_the_right_code():
    caught: list[bool] = []
    missed: list[str] = []

    def check(batch: list[Statement]) -> None:
        for statement in batch:
            if statement.corrupted is None:
                continue
            codes = {i.code for i in issues_of(statement.corrupted)}
            caught.append(statement.code in codes)
            if statement.code not in codes:
                missed.append(statement.corrupted)

    _drawn(check)
    assert len(caught) >= 7_000
    rate = sum(caught) / len(caught)
    assert rate >= 0.95, f"caught {rate:.3f}; missed e.g. {missed[:5]}"
