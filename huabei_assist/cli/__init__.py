"""The one exit point: run the Typer command tree and turn every failure into one line and an exit code.

0 ok, 1 domain error, 2 usage error. No traceback reaches the user unless HUABEI_DEBUG=1.
"""

from __future__ import annotations

import gc
import os
import sys
from typing import Callable

from huabei_assist import i18n
from huabei_assist.errors import HuabeiError, InputError, Reason
from huabei_assist.i18n import DEFAULT_LANG, LANGS, requested_lang, t
from huabei_assist.cli import interface_lang
from huabei_assist.cli.quick import attempt
from huabei_assist.cli.stdout_guard import GuardedStdout


_INTERRUPTED = 130  # the shell's code for a command ended by SIGINT (128 + 2)


def run() -> None:
    """The `huabei` console script and `python -m huabei_assist`: main(), then exit with its code.

    Start-up (importing Typer and building the command tree, or cli/quick.py reading a plain line)
    allocates objects that all live until exit, so the cyclic garbage collector, run every 700
    allocations, finds nothing there. It runs every 50,000 until the command is read; then what
    start-up made is frozen (never walked again). A command run through Typer goes on with the
    usual collector (a batch loop was 10-30% slower with the high threshold kept); a plain line
    of cli/quick.py keeps the high one: it is one short computation and its page, whose drawing on
    a terminal imports Rich, start-up again (~14 ms of collections, docs/decisions.md). Freezing
    again before exit spares the interpreter's shutdown pass. main() alone leaves the collector as
    it is, for tests and anyone calling it in a long-lived process.
    """
    usual = gc.get_threshold()
    gc.set_threshold(50_000)

    def started(quick: bool) -> None:
        gc.freeze()
        if not quick:
            gc.set_threshold(*usual)

    code = main(started=started)
    gc.freeze()
    sys.exit(code)


def main(argv: list[str] | None = None, *, started: Callable[[bool], None] | None = None, quick: bool = True) -> int:
    """Run one command line; `started(True)` is called once a plain line is read by cli/quick.py (it
    runs without Typer), `started(False)` once Typer's tree is built, before the command runs.
    quick=False always builds the tree."""
    args = list(sys.argv[1:] if argv is None else argv)
    i18n.fallback_lang = DEFAULT_LANG if _streams_take_chinese() else "en"
    wanted = requested_lang(_lang_in(args))
    interface_lang.LANG = wanted if wanted in LANGS else DEFAULT_LANG
    if sys.stdout is None:  # started with stdout closed (`>&-`): nothing to say anything on, so do nothing
        return _fail(t("common.cannot_write_stdout", interface_lang.LANG, reason=Reason("common.os_stdout_closed")), 1)
    stdout = sys.stdout
    sys.stdout = GuardedStdout(stdout)
    try:
        if wanted not in LANGS:
            raise InputError("common.bad_lang", value=wanted)
        for arg in args:  # bytes that are not UTF-8 reach Python as lone surrogates: no text to store
            if not arg.isascii() and any("\udc80" <= ch <= "\udcff" for ch in arg):
                raise InputError("common.arg_not_utf8", value=arg)
        ready = attempt(args) if quick else None
        if ready is not None:  # a plain line of a command in cli/quick_spec.py: no Typer to import
            if started:
                started(True)
            ready()
            sys.stdout.flush()
            return 0
        from huabei_assist.cli.app import build, command_in
        from huabei_assist.cli.completion import request_words, take_shell

        args = take_shell(args)
        tab_words = request_words()  # a TAB press: the line is in the environment, not in args
        app = build(command_in(args if tab_words is None else tab_words))
        if started:
            started(False)
        result = app.main(args=args, prog_name="huabei", standalone_mode=False)
        if result == _INTERRUPTED:  # typer turns Ctrl-C in a command into a silent "exit 130"
            raise KeyboardInterrupt
        sys.stdout.flush()  # a full disk shows here, while an error can still be reported
        return result if isinstance(result, int) else 0
    except HuabeiError as exc:
        _debug_traceback()
        return _fail(t(exc.key, interface_lang.LANG, **exc.params), exc.exit_code)
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (e.g. `| head`): nothing left to say
        return 1
    except KeyboardInterrupt:
        return _fail(t("common.aborted", interface_lang.LANG), _INTERRUPTED)
    except Exception as exc:
        from typer import Abort
        from typer._click.exceptions import ClickException, UsageError  # typer 0.28 vendors click

        _debug_traceback()
        if isinstance(exc, UsageError):
            from huabei_assist.cli.usage_errors import describe

            from huabei_assist.cli.app import command_in

            fallback = " ".join(["huabei", *filter(None, [command_in(args)])])
            return _fail(describe(exc, interface_lang.LANG, fallback), 2)
        if isinstance(exc, ClickException):  # e.g. a file Typer could not open
            return _fail(exc.format_message(), exc.exit_code)
        if isinstance(exc, Abort):
            return _fail(t("common.aborted", interface_lang.LANG), _INTERRUPTED)
        if os.environ.get("HUABEI_DEBUG") == "1":
            raise
        return _fail(t("common.bug", interface_lang.LANG, error=f"{type(exc).__name__}: {exc}"), 1)
    finally:
        sys.stdout = stdout


def _streams_take_chinese() -> bool:
    """Make stdout and stderr write what their encoding cannot hold as \\u escapes (never a crash);
    True when both can hold Chinese. Text from users gets the same escapes (an ASCII terminal)."""
    fits = True
    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue
        encoding = getattr(stream, "encoding", None) or "utf-8"
        try:
            "花呗".encode(encoding)
        except (UnicodeEncodeError, LookupError):
            fits = False
        if getattr(stream, "errors", "strict") != "backslashreplace" and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # closed, or not a text stream we may change
                pass
    return fits


def _lang_in(args: list[str]) -> str | None:
    """--lang's value, read before parsing so that help texts and parse errors use it too; given
    more than once (before and after the command name), the last counts, as when parsed."""
    found = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(args):
            found = args[index + 1]
        elif arg.startswith("--lang="):
            found = arg.split("=", 1)[1]
    return found


def _fail(line: str, code: int) -> int:
    """Every error's one line. Parameters were escaped by i18n.t; this also covers click's own
    messages and a bug's text, so no control character or newline reaches the terminal."""
    from huabei_assist.escape import shown

    try:
        sys.stderr.write(shown(line) + "\n")
        sys.stderr.flush()
    except (AttributeError, OSError):
        pass  # stderr closed or full too: the exit code is all that is left to say it
    return code


def _debug_traceback() -> None:
    if os.environ.get("HUABEI_DEBUG") == "1":
        import traceback

        traceback.print_exc()
