"""Tab completion: `huabei --install-completion`, `huabei --show-completion`, and the shell's TAB requests.

Typer does the work (its bash/zsh/fish/PowerShell scripts, installers and completion classes).
Its own two options are off (`add_completion=False`) because they print English and are built on
every run; these say it in the user's language. A TAB press runs huabei once more, with the line
in the environment instead of argv, so `request_words` tells main() which command group to build.
"""

from __future__ import annotations

import os

from huabei_assist.errors import HuabeiError

PROG = "huabei"
COMPLETE_VAR = "_HUABEI_COMPLETE"  # Typer's name for it: _<PROG>_COMPLETE
SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")


def request_words() -> list[str] | None:
    """The words after `huabei` on the line the shell is completing; None when this run is no TAB request."""
    if not os.environ.get(COMPLETE_VAR):
        return None
    from typer._click.shell_completion import split_arg_string
    from typer._completion_classes import completion_init

    completion_init()  # registers Typer's completion classes, which answer the request
    # bash passes the line as COMP_WORDS, the other shells as _TYPER_COMPLETE_ARGS
    line = os.environ.get("COMP_WORDS") or os.environ.get("_TYPER_COMPLETE_ARGS", "")
    return split_arg_string(line)[1:]


OPTIONS = ("--show-completion", "--install-completion")
asked_shell = ""  # SHELL of `--show-completion SHELL` (or --install-completion), read by take_shell


def take_shell(args: list[str]) -> list[str]:
    """`--show-completion zsh` / `--show-completion=zsh`: the word after the option is its SHELL.

    Typer's options cannot take an optional value, so main() reads it here, before parsing, and
    hands click the bare switch; alone, the switch means the shell huabei runs from."""
    global asked_shell
    asked_shell = ""
    out: list[str] = []
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--":
            return out + args[index:]
        name, eq, value = arg.partition("=")
        if name in OPTIONS:
            if eq:
                asked_shell, arg = value, name
            elif index + 1 < len(args) and not args[index + 1].startswith("-"):
                asked_shell, index = args[index + 1], index + 1
        out.append(arg)
        index += 1
    return out


def option(name: str, callback, help_key: str):
    import typer

    from huabei_assist.cli.interface_lang import h

    return typer.Option(name, callback=callback, is_eager=True, help=h(help_key))


def show(value: bool | None) -> None:
    """--show-completion: print the script for a shell, to add to its start-up file by hand."""
    if value:
        import typer
        from typer._completion_shared import get_completion_script

        typer.echo(get_completion_script(prog_name=PROG, complete_var=COMPLETE_VAR, shell=_shell(asked_shell)))
        raise typer.Exit()


def install(value: bool | None) -> None:
    """--install-completion: add the script to a shell's start-up file."""
    if value:
        import typer
        from typer._completion_shared import install as install_script

        from huabei_assist.cli import interface_lang
        from huabei_assist.i18n import t

        shell, path = install_script(shell=_shell(asked_shell), prog_name=PROG, complete_var=COMPLETE_VAR)
        typer.echo(t("common.completion_installed", interface_lang.LANG, shell=shell, path=path))
        raise typer.Exit()


def _shell(named: str) -> str:
    """The shell the user named (a usage error when it is none of SHELLS), else the one running huabei."""
    if named.strip():
        from huabei_assist.known_ids import choice

        return choice(SHELLS, named.strip().lower(), "common.completion_bad_shell")
    from typer._completion_shared import _get_shell_name

    shell = _get_shell_name()
    if shell not in SHELLS:
        raise HuabeiError("common.completion_unknown_shell", shell=shell or "?", shells=", ".join(SHELLS[:4]))
    return shell
