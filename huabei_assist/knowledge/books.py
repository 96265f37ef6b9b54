"""The data files that hold facts, by name, with the schema each is read into.

Names of modules and classes rather than the classes, so that naming a book imports nothing.
"""

BOOKS: dict[str, tuple[str, str]] = {
    "stages": ("huabei_assist.knowledge.schema", "StageBook"),
    "rights": ("huabei_assist.knowledge.schema", "RightsBook"),
    "product": ("huabei_assist.knowledge.schema", "ProductTerms"),
    "channels": ("huabei_assist.knowledge.channels_schema", "ChannelBook"),
    "collection_rules": ("huabei_assist.knowledge.calls_schema", "CollectionRules"),
    "credit": ("huabei_assist.knowledge.credit_schema", "CreditBook"),
    "letters": ("huabei_assist.knowledge.letters_schema", "LetterBook"),
    "plans": ("huabei_assist.knowledge.plans_schema", "PlanBook"),
    "playbooks": ("huabei_assist.knowledge.playbooks_schema", "PlaybookBook"),
    "waivers": ("huabei_assist.knowledge.waivers_schema", "WaiverBook"),
    "answers": ("huabei_assist.knowledge.answers_schema", "AnswerBook"),
}


def schema_of(name: str) -> type[tuple]:
    import importlib

    module, cls = BOOKS[name]
    return getattr(importlib.import_module(module), cls)
