"""Every list a user picks a value from, by name, and where its entries are in data/.

Each entry has an `id` and a Chinese name `zh_name` (knowledge/schema.name_problems checks them):
the command line takes either (known_ids.pick), TAB offers both (cli/options.pick_option) and a help
text lists them with `{choices:NAME}` (i18n.fill). Output and JSON show the id.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.named_tuple import NamedTuple

CHOICES: dict[str, Callable[[Knowledge], tuple]] = {
    "playbook": lambda kb: kb.playbooks.playbooks,  # playbook KIND
    "letter": lambda kb: kb.letters.letters,  # letter KIND
    "channel": lambda kb: kb.channels.channels,  # channels [ID]
    "problem": lambda kb: kb.channels.complaints,  # complain --problem
    "flag": lambda kb: kb.collection_rules.flag_names,  # calls --flags
    "contact_kind": lambda kb: kb.collection_rules.kinds,  # calls --kind
    "plan_kind": lambda kb: kb.plans.kinds,  # plan --kind
    "credit_method": lambda kb: kb.credit.methods,  # credit --method
    "waiver_proof": lambda kb: kb.waivers.penalty.proofs,  # waiver --proof
    "waiver_group": lambda kb: kb.waivers.groups,  # waiver --group
    "payoff_order": lambda kb: kb.payoff.orders,  # payoff --order
    "debt_kind": lambda kb: kb.payoff.debt_kinds,  # debts --kind
    "source_kind": lambda kb: kb.sources.kinds,  # sources --kind
    "guide_problem": lambda kb: guide_problems(kb),  # guide --problems
}


def guide_problems(kb: Knowledge) -> tuple:
    """What `guide --problems` takes: the checklist, then the other problems and playbooks (an id
    in several lists once, as the checklist names it)."""
    found: dict[str, object] = {}
    for entries in (kb.channels.checklist, kb.channels.complaints, kb.playbooks.playbooks):
        for entry in entries:
            found.setdefault(entry.id, entry)
    return tuple(found.values())


def entries(name: str, kb: Knowledge | None = None) -> tuple:
    """The entries of the list `name` (a key of CHOICES), in the order of the data file."""
    return CHOICES[name](knowledge(kb))


def listed(name: str, lang: str, kb: Knowledge | None = None, whole: Callable[[str], str] = str) -> str:
    """A help text's {choices:NAME}: 'installment（分期）、negotiated（协商）' in zh, the ids in en.
    `whole` marks each entry as a piece that a line must not split (render/width.kept_whole, for
    a help page): the separators are where its lines break."""
    return shown(entries(name, kb), lang, zh_names=lang == "zh", whole=whole)


def shown(found: tuple, lang: str, zh_names: bool = True, whole: Callable[[str], str] = str) -> str:
    """Entries as a message lists them: 'job-loss（失业）、student（学生）' in zh,
    'job-loss (失业), student (学生)' in en (or the ids alone)."""
    if lang == "zh":
        return "、".join(whole(f"{entry.id}（{entry.zh_name}）" if zh_names else entry.id) for entry in found)
    return ", ".join(whole(f"{entry.id} ({entry.zh_name})" if zh_names else entry.id) for entry in found)


class Names(NamedTuple):
    """The Chinese words of every name in the lists: what a line of output must not split."""

    words: tuple[str, ...]


_BREAKS = re.compile(r"\s+|\{\w+\}")  # a name breaks at its spaces; {guideline_hours} is filled


def name_words(kb: Knowledge | None = None) -> Names:
    """Every entry's Chinese name and its name in output, cut at spaces and figures, each word that
    is not plain ASCII (an English word is never split anyway): 协商, 账单分期, 消费者投诉热线."""
    kb = knowledge(kb)
    found: set[str] = set()
    for name in CHOICES:
        for entry in entries(name, kb):
            shown = getattr(entry, "name", None)
            for text in (entry.zh_name, *((shown.zh, shown.en) if shown is not None else ())):
                found.update(word for word in _BREAKS.split(text) if len(word) > 1 and not word.isascii())
    return Names(tuple(sorted(found)))


def kept_names() -> Names:
    """name_words of the installed data (or HUABEI_DATA_DIR), from the cache: one small file rather
    than the nine books the lists are in (~16 ms on a terminal's run)."""
    from huabei_assist.knowledge.load import derived

    return derived("names", Names, name_words)
