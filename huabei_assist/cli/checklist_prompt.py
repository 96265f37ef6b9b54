"""A checkbox question that says its answer in the user's words.

questionary's checkbox ends with its own English answer ("done (2 selections)"), a text no
parameter sets. This one is made of questionary's parts (its choice list, layout, styles and
Question, so `unsafe_ask` works as for the others) with the keys of its checkbox that the guide's
instruction names: arrows (or Ctrl-N / Ctrl-P) move, Space ticks, Enter confirms, Ctrl-C quits.
Imported only when the guide asks.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence


def checkbox(message: str, choices: Sequence[Any], instruction: str, answered: Callable[[list], str]) -> Any:
    """A Question whose answer is the ticked values in the list's order; once answered, the line
    shows `answered(values)` after the question."""
    from prompt_toolkit.application import Application
    from prompt_toolkit.key_binding import KeyBindings
    from prompt_toolkit.keys import Keys
    from prompt_toolkit.styles import Style
    from questionary.constants import DEFAULT_QUESTION_PREFIX
    from questionary.prompts.common import InquirerControl, create_inquirer_layout
    from questionary.question import Question
    from questionary.styles import merge_styles_default

    listed = InquirerControl(choices)

    def ticked() -> list:
        return [choice.value for choice in listed.get_selected_values()]

    def line() -> list[tuple[str, str]]:
        asked = [("class:qmark", DEFAULT_QUESTION_PREFIX), ("class:question", f" {message} ")]
        return asked + [("class:answer", answered(ticked())) if listed.is_answered else ("class:instruction", instruction)]

    keys = KeyBindings()

    @keys.add(Keys.ControlC, eager=True)
    @keys.add(Keys.ControlQ, eager=True)
    def _quit(event) -> None:
        event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

    @keys.add(" ", eager=True)
    def _tick(event) -> None:
        value = listed.get_pointed_at().value
        if value in listed.selected_options:
            listed.selected_options.remove(value)
        else:
            listed.selected_options.append(value)

    for key in (Keys.Down, Keys.ControlN):
        keys.add(key, eager=True)(lambda event: listed.select_next())
    for key in (Keys.Up, Keys.ControlP):
        keys.add(key, eager=True)(lambda event: listed.select_previous())

    @keys.add(Keys.ControlM, eager=True)
    def _confirm(event) -> None:
        listed.is_answered = True
        event.app.exit(result=ticked())

    @keys.add(Keys.Any)
    def _other(event) -> None:
        """Any other key types nothing."""

    style = merge_styles_default([Style([("bottom-toolbar", "noreverse")])])  # as questionary's checkbox
    return Question(Application(layout=create_inquirer_layout(listed, line), key_bindings=keys, style=style))
