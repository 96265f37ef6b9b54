"""Shape of data/letters.toml: Chinese letter templates in Markdown, with marked blanks.

A template holds {name}, {amount} and {date} for what the tool is given, figures from data/ by
their names in knowledge/figures.py ({objection_days}), and blanks written as 【请填写:...】 for what
it cannot know (ID number, phone, dates of calls). Checked below: only those placeholders, balanced
braces, every required field present, channels that exist.
"""


from huabei_assist.knowledge.channels_schema import CHANNEL_IDS
from huabei_assist.knowledge.schema import Basis, Problem, Text, name_problems
from huabei_assist.named_tuple import NamedTuple

FIELDS: tuple[str, ...] = ("name", "amount", "date")
BLANK_OPEN, BLANK_CLOSE = "【请填写:", "】"


class LetterTemplate(NamedTuple):
    id: str
    zh_name: str  # `letter 协商` as well as `letter hardship`
    title: Text  # the letter's own (Chinese) title, and its name in English for the tool's messages
    purpose: Text
    send: Text  # where and how to send it
    basis: Basis  # the firmest rule the letter relies on
    source: str
    body: str
    required: tuple[str, ...] = ("name", "amount", "date")
    channels: tuple[str, ...] = ()  # channel ids it goes to or escalates to
    pin: str | None = None  # the article or section of the source, e.g. 第25条




    def placeholders(self) -> set[str]:
        import string  # checked on a cache miss only

        return {field for _, field, _, _ in string.Formatter().parse(self.body) if field is not None}


class LetterBook(NamedTuple):
    letters: tuple[LetterTemplate, ...]

    def problems(self) -> list[Problem]:
        found = name_problems("letters", self.letters)
        for index, letter in enumerate(self.letters):
            entry = f"letters[{index}]"
            try:
                used = letter.placeholders()
            except ValueError as exc:
                found.append((entry, "body", f"unbalanced braces: {exc}"))
                continue
            from huabei_assist.knowledge.figures import FIGURES  # a deadline from data/ ({objection_days})

            if used - set(FIELDS) - set(FIGURES):
                found.append((entry, "body", f"unknown placeholder(s) {sorted(used - set(FIELDS) - set(FIGURES))}; "
                                             f"use {FIELDS} or a figure of knowledge/figures.py"))
            for field in letter.required:
                if field not in FIELDS or field not in used:
                    found.append((entry, "required", f"'{field}' must be one of {FIELDS} and appear in the body"))
            if letter.body.count(BLANK_OPEN) != letter.body.count(BLANK_CLOSE):
                found.append((entry, "body", f"every blank must be written {BLANK_OPEN}...{BLANK_CLOSE}"))
            for name in letter.channels:
                if name not in CHANNEL_IDS:
                    found.append((entry, "channels", f"no channel '{name}'"))
        return found
