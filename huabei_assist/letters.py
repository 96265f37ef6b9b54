"""Chinese letters filled from templates: what the tool is given goes in, the rest stays a marked blank.

Pure: reads data/letters.toml and returns a FilledLetter; the command writes or prints it.
The letters stay in Chinese whatever --lang says: they go to Chinese institutions.
"""

import re
from datetime import date
from decimal import Decimal

from huabei_assist.errors import InputError
from huabei_assist.escape import markdown
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.knowledge.figures import Figures, filled
from huabei_assist.knowledge.letters_schema import BLANK_CLOSE, BLANK_OPEN, LetterTemplate
from huabei_assist.known_ids import pick
from huabei_assist.money import display, to_fen
from huabei_assist.named_tuple import NamedTuple

# What stands in a letter for a field the user did not give.
FIELD_BLANKS = {"name": f"{BLANK_OPEN}姓名{BLANK_CLOSE}", "amount": f"{BLANK_OPEN}欠款金额{BLANK_CLOSE}"}
_BLANK = re.compile(re.escape(BLANK_OPEN) + r"(.+?)" + re.escape(BLANK_CLOSE))
MAX_NAME = 40


class FilledLetter(NamedTuple):
    template: LetterTemplate
    text: str  # the Markdown letter
    blanks: tuple[str, ...]  # what is left to fill in by hand, in order of appearance
    today: date
    name: str | None = None
    amount: Decimal | None = None


def letter_ids(kb: Knowledge | None = None) -> tuple[str, ...]:
    return tuple(letter.id for letter in knowledge(kb).letters.letters)


def template(letter_id: str, kb: Knowledge | None = None) -> LetterTemplate:
    """The template with this id or Chinese name; an unknown one is bad input (exit 2) naming the close
    ones. The figures its `purpose` and `send` texts name (the deadlines) are filled from data/."""
    kb = knowledge(kb)
    found = pick(kb.letters.letters, letter_id, "letter.unknown", closes=True)
    return found._replace(purpose=filled(found.purpose, kb), send=filled(found.send, kb))


def check_name(name: str | None) -> str | None:
    """The name for a letter, stripped: one line, no template braces or blank marks, not too long."""
    if name is None:
        return None
    name = name.strip()
    if not name or len(name) > MAX_NAME or any(ch in name for ch in "\r\n{}【】"):
        raise InputError("letter.bad_name", max=MAX_NAME)
    return name


def fill(letter_id: str, *, today: date, name: str | None = None, amount: Decimal | None = None,
         markup: bool = True, kb: Knowledge | None = None) -> FilledLetter:
    """`markup`: the text is Markdown, so the name's markup is escaped; False for a writer that
    escapes by itself (the guide's HTML, the .docx), which reads the structure with letter_parts."""
    found = template(letter_id, kb)
    name = check_name(name)
    if amount is not None:
        if amount <= 0:
            raise InputError("common.amount_not_positive", option="--amount", value=amount)
        amount = to_fen(amount)
    values = {
        "name": (markdown(name) if markup else name) if name else FIELD_BLANKS["name"],
        "amount": display(amount) if amount is not None else FIELD_BLANKS["amount"],
        "date": f"{today.year}年{today.month}月{today.day}日",
    }
    figures = Figures(kb)  # the body names figures too ({objection_days}); a name that is neither stays
    figures.update(values)
    text = found.body.format_map(figures)
    blanks = tuple(dict.fromkeys(_BLANK.findall(text)))
    return FilledLetter(found, text, blanks, today, name, amount)
