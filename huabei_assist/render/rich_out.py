"""Rich tables for a terminal. Imported only when stdout is a TTY and NO_COLOR is unset."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable
from rich.text import Text

from huabei_assist.render.view import KeyValues, Notes, Picture, Table, View


def print_rich(view: View, console: Console | None = None) -> None:
    console = console or Console()
    console.print(Text(view.title, style="bold"))
    for block in view.blocks:
        console.print()
        if isinstance(block, KeyValues):
            table = RichTable(title=block.title, show_header=False, box=box.SIMPLE, title_justify="left")
            table.add_column(style="bold cyan", no_wrap=True)
            table.add_column()
            for label, value in block.rows:
                table.add_row(escape(label), escape(value))
            console.print(table)
        elif isinstance(block, Table):
            table = RichTable(title=block.title, box=box.ROUNDED, title_justify="left", header_style="bold")
            for header in block.headers:
                table.add_column(escape(header), overflow="fold")  # never cut a source or a fact
            for row in block.rows:
                table.add_row(*(escape(cell) for cell in row))
            console.print(table)
        elif isinstance(block, Picture):
            if block.title:
                console.print(Text(block.title, style="bold"))
            for line in block.lines:
                console.print(Text(line, style="yellow"))
        elif isinstance(block, Notes):
            if block.title:
                console.print(Text(block.title, style="bold"))
            for item in block.items:
                console.print(Text(f"• {item}"))
