"""The console-script entry: main()'s exit code, and the collector settings that keep start-up quick."""

from __future__ import annotations

import gc

import pytest

from huabei_assist import cli


@pytest.fixture
def restore_gc():
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


@pytest.mark.parametrize("code", [0, 1, 2])
def test_run_exits_with_mains_code(monkeypatch, restore_gc, code):
    monkeypatch.setattr(cli, "main", lambda started: code)
    with pytest.raises(SystemExit) as exited:
        cli.run()
    assert exited.value.code == code


@pytest.mark.parametrize("quick", [False, True])
def test_run_collects_less_often_during_start_up_only(monkeypatch, restore_gc, quick):
    """Through Typer the command runs with the usual collector; a quick line (one computation and its
    page, Rich's import on a terminal) keeps the high threshold."""
    usual = gc.get_threshold()
    seen = []

    def fake_main(started):
        seen.append((gc.get_threshold(), gc.get_freeze_count() > 0))  # before any command module is imported
        started(quick)  # the command is read: frozen
        seen.append((gc.get_threshold(), gc.get_freeze_count() > 0))
        return 0

    monkeypatch.setattr(cli, "main", fake_main)
    with pytest.raises(SystemExit):
        cli.run()
    high = (50_000, *usual[1:])
    assert seen == [(high, False), (high if quick else usual, True)]
    assert gc.get_freeze_count() > 0  # frozen before exit: the shutdown pass has nothing left to walk


def test_main_calls_started_once_the_tree_is_built(run, capsys):
    from huabei_assist import cli as package

    calls = []
    assert package.main(["status", "--days", "45", "--json"], started=calls.append) == 0
    assert calls == [True] and '"days_overdue": 45' in capsys.readouterr().out  # a plain line: the quick path
    assert package.main(["channels", "--json"], started=calls.append) == 0
    assert calls == [True, False]  # through Typer


def test_main_leaves_the_collector_alone(run):
    threshold = gc.get_threshold()
    assert run("status", "--days", "45").code == 0
    assert gc.get_threshold() == threshold and gc.get_freeze_count() == 0
