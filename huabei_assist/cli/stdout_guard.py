"""Standard output that says so when it cannot be written (a full disk, an I/O error).

main() puts this around sys.stdout for one command, so every writer (render.emit, the streaming
batch and export writers, Rich, Click's help) goes through it. A failed write or flush becomes
HuabeiError("common.cannot_write_stdout"): one line, exit 1, and never mistaken for a file the
command was reading (plan batch reports its own OSErrors as "cannot read FILE"). A closed pipe
(BrokenPipeError) is left as it is: main() ends quietly then, as `| head` expects.
"""

from __future__ import annotations

from huabei_assist.errors import HuabeiError, os_reason


class GuardedStdout:
    __slots__ = ("_stream",)

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise HuabeiError("common.cannot_write_stdout", reason=os_reason(exc)) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise HuabeiError("common.cannot_write_stdout", reason=os_reason(exc)) from None

    def __getattr__(self, name: str):  # isatty, fileno, encoding, buffer...: the stream's own
        return getattr(self._stream, name)
