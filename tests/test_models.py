"""The record models: items made without validation are what validation would make."""

from __future__ import annotations

import pytest

from vankien.models import Figure, Record, Relation, trusted


def test_every_record_of_the_corpus_is_what_validation_makes(records):
    for path, (record, _) in records.items():
        written = record.model_dump_json()
        assert Record.model_validate_json(written).model_dump_json() == written, path
        assert Record.model_validate(record.model_dump()).model_dump_json() == written, path


def test_trusted_fills_the_defaults_in_the_models_order():
    made = trusted(Record, {"figures": []})
    assert list(made.__dict__) == list(Record.model_fields)
    assert made.model_dump_json() == Record().model_dump_json()
    assert made.model_fields_set == {"figures"}


def test_trusted_gives_each_item_its_own_list_and_dict():
    first = trusted(Relation, {"text": "56/74", "span": (0, 5), "kind": "ratio"})
    second = trusted(Relation, {"text": "56/74", "span": (0, 5), "kind": "ratio"})
    first.values["part"] = 56.0
    assert second.values == {}
    assert trusted(Record, {}).figures is not trusted(Record, {}).figures


def test_trusted_is_the_validated_model():
    fields = {"text": "8,5%", "span": (3, 7), "value": 8.5, "unit": "%", "kind": "change"}
    assert trusted(Figure, dict(fields)) == Figure(**fields)


def test_trusted_refuses_a_missing_required_field():
    with pytest.raises(TypeError):
        trusted(Figure, {"text": "8,5%"})


def test_trusted_puts_the_fields_in_the_models_order():
    fields = {"span": (3, 7), "text": "8,5%", "unit": "%", "value": 8.5, "kind": "change"}
    made = trusted(Figure, fields)
    assert list(made.__dict__) == list(Figure.model_fields)
    assert made.model_dump_json() == Figure(**fields).model_dump_json()


def test_trusted_refuses_a_name_the_model_does_not_have():
    with pytest.raises(TypeError):
        trusted(Figure, {"text": "8,5%", "span": (3, 7), "valeu": 8.5})
