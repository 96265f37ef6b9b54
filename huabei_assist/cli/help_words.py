"""Click's own help words ("Usage:", "Options", "[required]", ...) in the interface language.

Typer 0.28 vendors click, whose help formatter writes these words as English literals or through
gettext with no catalog, so zh help would mix languages. Every help page is written by the
formatter class of click's Context; `install()` swaps in this one, which translates the few fixed
words as they are written and leaves our own help texts as they are. It also wraps by display
width: click counts characters, so Chinese lines came out twice as wide as the terminal.
"""

from __future__ import annotations

from typer._click.core import Context
from typer._click.formatting import HelpFormatter

from huabei_assist.cli import interface_lang
from huabei_assist.i18n import fill, t
from huabei_assist.render.width import cell_width, wrap

# click's section names -> catalog keys
_SECTIONS = {
    "Usage": "common.help_usage",
    "Options": "common.help_options",
    "Commands": "common.help_commands",
    "Arguments": "common.help_arguments",
}
# click's placeholders in the usage line -> catalog keys
_USAGE = {
    "[OPTIONS]": "common.help_options_metavar",
    "COMMAND [ARGS]...": "common.help_command_metavar",
}
# fixed phrases click and Typer put into an option's help text -> catalog keys
_PHRASES = {
    "Show this message and exit.": "common.help_help_option",
    "[required]": "common.help_required",
    "[default: ": "common.help_default",
}


class LocalizedHelpFormatter(HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        if prefix is None:  # no space after a full-width colon: it carries its own
            heading = _heading("Usage")
            prefix = heading if heading.endswith("：") else heading + " "
        super().write_usage(prog, _phrases(args, _USAGE), prefix)

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{_heading(heading)}\n")

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        paragraphs = [" ".join(p.split("\n")) for p in fill(text).split("\n\n") if p.strip()]
        self.write("\n\n".join("\n".join(indent + line for line in wrap(p, self.width - self.current_indent))
                               for p in paragraphs))
        self.write("\n")

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        """Options and commands: names on the left, their help wrapped in the column on the right."""
        rows = [(first, _phrases(fill(second))) for first, second in rows]
        first_col = min(max(cell_width(first) for first, _ in rows), col_max) + col_spacing
        margin = " " * (self.current_indent + first_col)
        for first, second in rows:
            self.write(" " * self.current_indent + first)
            if not second:
                self.write("\n")
                continue
            if cell_width(first) <= first_col - col_spacing:
                self.write(" " * (first_col - cell_width(first)))
            else:  # a long option name: its help starts on the next line
                self.write("\n" + margin)
            lines = wrap(second, max(self.width - first_col - 2, 10))  # click's column width
            self.write(("\n" + margin).join(lines) + "\n")


def _heading(name: str) -> str:
    """'Options' -> '选项：' in zh, 'Options:' in en."""
    key = _SECTIONS.get(name)
    return t(key, interface_lang.LANG) if key else f"{name}:"


def _phrases(text: str, phrases: dict[str, str] = _PHRASES) -> str:
    for english, key in phrases.items():
        text = text.replace(english, t(key, interface_lang.LANG))
    return text


def install() -> None:
    Context.formatter_class = LocalizedHelpFormatter
