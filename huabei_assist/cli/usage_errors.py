"""Say a command-line parsing error (from Typer's vendored click) in one line of the user's language."""

from __future__ import annotations

from typer._click import exceptions as ce

from huabei_assist.i18n import t


def describe(exc: ce.UsageError, lang: str) -> str:
    command = exc.ctx.command_path if exc.ctx is not None else "huabei"
    if isinstance(exc, ce.NoSuchOption):
        return t("common.usage_no_such_option", lang, option=exc.option_name, command=command)
    if isinstance(exc, ce.MissingParameter):
        return t("common.usage_missing", lang, option=_param_name(exc.param), command=command)
    if isinstance(exc, ce.BadParameter):
        return t("common.usage_bad_value", lang, option=_param_name(exc.param),
                 expected=_expected(exc.param, lang), command=command)
    message = exc.format_message()
    if message.startswith("No such command"):
        name = message.split("'")[1] if "'" in message else message
        return t("common.usage_no_such_command", lang, name=name)
    return t("common.usage_generic", lang, detail=message.rstrip("."), command=command)


def _param_name(param) -> str:
    if param is None:
        return "?"
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
