"""The settings object and the error tree (settings.py, errors.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from wirecoder import errors
from wirecoder.errors import (
    ConfigurationError,
    EvaluationError,
    GazetteerError,
    InputError,
    ModelNotInstalledError,
    SchemaVersionError,
    StorageError,
    WirecoderError,
)
from wirecoder.model import Origin
from wirecoder.settings import Settings


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"batch_size": 0}, "batch_size must be at least 1"),
        ({"max_article_bytes": 0}, "max_article_bytes must be positive"),
        ({"max_article_bytes": -5}, "max_article_bytes must be positive"),
        ({"merge_day_window": -1}, "merge_day_window cannot be negative"),
    ],
)
def test_invalid_settings_raise_configuration_error(changes: dict, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        Settings(**changes)
    with pytest.raises(ConfigurationError, match=message):
        Settings().with_changes(**changes)


def test_defaults() -> None:
    settings = Settings()
    assert (settings.db, settings.batch_size, settings.max_article_bytes, settings.default_published) == (
        "wirecoder.db", 256, 2_000_000, None)
    assert (settings.merge_day_window, settings.merge_distance_km) == (1, 20.0)


def test_settings_are_frozen_and_changed_by_copy() -> None:
    settings = Settings()
    changed = settings.with_changes(merge_day_window=2)
    assert (settings.merge_day_window, changed.merge_day_window) == (1, 2)
    with pytest.raises(AttributeError):
        settings.batch_size = 3  # type: ignore[misc]


def test_environment_then_overrides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WIRECODER_DB", "from-env.db")
    monkeypatch.setenv("WIRECODER_MAX_ARTICLE_BYTES", "1234")
    monkeypatch.setenv("WIRECODER_DATA_DIR", str(tmp_path))
    settings = Settings.from_environment(default_published=date(2012, 1, 1), batch_size=None)
    assert (settings.db, settings.max_article_bytes, settings.default_published, settings.batch_size) == (
        "from-env.db", 1234, date(2012, 1, 1), 256)
    assert settings.gazetteer_path.parent == tmp_path and settings.gazetteer_path.suffix == ".sqlite"
    assert Settings.from_environment(db="explicit.db").db == "explicit.db"


@pytest.mark.parametrize("value", ["lots", "1.5", ""])
def test_a_non_numeric_size_limit_in_the_environment_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch,
                                                                               value: str) -> None:
    monkeypatch.setenv("WIRECODER_MAX_ARTICLE_BYTES", value)
    with pytest.raises(ConfigurationError, match="WIRECODER_MAX_ARTICLE_BYTES"):
        Settings.from_environment()


def test_a_zero_size_limit_in_the_environment_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIRECODER_MAX_ARTICLE_BYTES", "0")
    with pytest.raises(ConfigurationError):
        Settings.from_environment()


def test_data_dir_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("WIRECODER_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert Settings().data_dir == tmp_path / "wirecoder"


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (WirecoderError("x"), 1),
        (InputError(Origin("a.txt"), "empty file"), 2),
        (ConfigurationError("x"), 2),
        (ModelNotInstalledError("en_missing"), 1),
        (GazetteerError("x"), 1),
        (StorageError("x"), 1),
        (SchemaVersionError("a.db", 9, 1), 1),
        (EvaluationError("x"), 2),
    ],
)
def test_errors_carry_exit_codes(error: WirecoderError, code: int) -> None:
    assert isinstance(error, WirecoderError)
    assert error.exit_code == code


def test_error_hierarchy() -> None:
    assert issubclass(SchemaVersionError, StorageError)
    for name in ("InputError", "ConfigurationError", "ModelNotInstalledError", "GazetteerError", "StorageError",
                 "EvaluationError"):
        assert getattr(errors, name).__bases__ == (WirecoderError,), name
        assert name in errors.__doc__  # the drawing of the tree names every class


def test_input_error_message_names_origin_and_reason() -> None:
    error = InputError(Origin("feeds/day1.jsonl", 12), "malformed JSON: Expecting value at column 3", excerpt="{oops")
    assert str(error) == "feeds/day1.jsonl:12: malformed JSON: Expecting value at column 3"
    assert (error.reason, error.excerpt) == ("malformed JSON: Expecting value at column 3", "{oops")
    assert str(InputError(Origin("page.html"), "empty file")) == "page.html: empty file"
    assert str(InputError("<stdin>", "empty file")) == "<stdin>: empty file"


def test_messages_say_what_to_do() -> None:
    assert "make install" in str(ModelNotInstalledError("en_missing"))
    assert "'en_missing'" in str(ModelNotInstalledError("en_missing"))
    message = str(SchemaVersionError("events.db", 7, 1))
    assert "events.db" in message and "schema version 7" in message and "up to 1" in message and "Upgrade" in message


def test_the_sub_event_model_is_the_shipped_one_unless_set(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from wirecoder.classifier import SHIPPED_MODEL

    monkeypatch.delenv("WIRECODER_SUB_EVENT_MODEL", raising=False)
    assert Settings.from_environment().sub_event_model == SHIPPED_MODEL
    monkeypatch.setenv("WIRECODER_SUB_EVENT_MODEL", "none")
    assert Settings.from_environment().sub_event_model is None  # the rules alone
    monkeypatch.setenv("WIRECODER_SUB_EVENT_MODEL", str(tmp_path / "model.npz"))
    assert Settings.from_environment().sub_event_model == tmp_path / "model.npz"
