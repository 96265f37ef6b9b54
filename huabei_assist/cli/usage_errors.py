"""Say a command-line parsing error (from Typer's vendored click) in one line of the user's language."""

from __future__ import annotations

import re

from typer._click import exceptions as ce

from huabei_assist.i18n import t

# Click's own wording (typer 0.28's vendored click), matched so the line can be said in zh too.
_EXTRA = re.compile(r"^Got unexpected extra argument(?:s|\(s\))? \((.*)\)$")


def describe(exc: ce.UsageError, lang: str, fallback: str = "huabei") -> str:
    """`fallback` names the command when click's error carries no context (an option's missing value)."""
    command = exc.ctx.command_path if exc.ctx is not None else fallback
    if isinstance(exc, ce.NoSuchOption):
        close = _closest(exc)
        if close:
            return t("common.usage_no_such_option_close", lang, option=exc.option_name, close=close, command=command)
        return t("common.usage_no_such_option", lang, option=exc.option_name, command=command)
    if isinstance(exc, ce.MissingParameter):
        return t("common.usage_missing", lang, option=_param_name(exc.param), command=command)
    if isinstance(exc, ce.BadParameter):
        return t("common.usage_bad_value", lang, option=_param_name(exc.param),
                 expected=_expected(exc.param, lang), command=command)
    message = exc.format_message()
    extra = _EXTRA.match(message)
    if extra:
        return t("common.usage_extra_args", lang, args=extra.group(1), command=command)
    if isinstance(exc, ce.BadOptionUsage) and message.endswith("does not take a value."):
        return t("common.usage_takes_no_value", lang, option=exc.option_name, command=command)
    if isinstance(exc, ce.BadOptionUsage) and " requires " in message:
        return t("common.usage_needs_value", lang, option=exc.option_name, command=command)
    if message.startswith("No such command"):
        name = message.split("'")[1] if "'" in message else message
        return t("common.usage_no_such_command", lang, name=name)
    return t("common.usage_generic", lang, detail=message.rstrip("."), command=command)


def _closest(exc: ce.NoSuchOption) -> str | None:
    """The option a mistyped one most likely meant, by difflib as click finds its own (closest first,
    cut-off 0.6), among the options the command's help lists and the old spellings it still reads
    (its `aliases`: calls check's --threat, said as the `--flags threat` it now is). Click looked
    among every option it parses: a shared option the command refuses (status --out) was suggested,
    an old switch (read before click parses) never was, so --thret got "--help"."""
    if exc.ctx is None:
        return exc.possibilities[0] if exc.possibilities else None
    import difflib  # only on the error path

    command = exc.ctx.command
    listed = [name for param in command.get_params(exc.ctx) if not getattr(param, "hidden", False)
              for name in (*param.opts, *param.secondary_opts) if name.startswith("--")]
    aliases: dict[str, str] = getattr(command, "aliases", {})
    found = difflib.get_close_matches(exc.option_name, [*listed, *aliases], n=1)
    return aliases.get(found[0], found[0]) if found else None


def _param_name(param) -> str:
    if param is None:
        return "?"
    if getattr(param, "param_type_name", "") == "argument":  # shown as in --help: KIND, FILE
        return param.metavar or (param.name or "?").upper()
    opts = getattr(param, "opts", None)
    return opts[0] if opts else (param.human_readable_name or "?")


def _expected(param, lang: str) -> str:
    kind = getattr(getattr(param, "type", None), "name", "")
    if kind in ("integer", "int"):
        return t("common.expected_integer", lang)
    if kind == "float":
        return t("common.expected_float", lang)
    if kind == "choice":
        return t("common.expected_choice", lang, choices=", ".join(map(str, param.type.choices)))
    return t("common.expected_other", lang)
