"""Messages of `huabei playbook`."""

MESSAGES: dict[str, tuple[str, str]] = {
    "playbook.help": (
        "遇到特殊情况（见下面的 KIND）时按顺序该做什么。每一步给出日期（从 --today 算起）、渠道和信件。",
        "What to do, in order, in a hard situation (KIND below). Each step has a date (counted from --today), the channels and the letters to use.",
    ),
    "playbook.short": ("失业、身份盗用、学生、怀孕、重病时的行动步骤", "Step-by-step plans: job loss, identity theft, student, pregnancy, illness"),
    "playbook.arg_kind": (
        "情况：{choices:playbook}（省略则列出全部）。",
        "Situation: {choices:playbook} (omit to list them).",
    ),
    "playbook.unknown": (
        "没有 '{value}' 这个行动方案。可用的方案：{known}。",
        "There is no playbook '{value}'. The playbooks are: {known}.",
    ),
    "playbook.unknown_close": (
        "没有 '{value}' 这个行动方案。你是不是要找：{close}？全部方案：{known}。",
        "There is no playbook '{value}'. Did you mean: {close}? All playbooks: {known}.",
    ),
    "playbook.title": ("行动方案：{title}", "Playbook: {title}"),
    "playbook.list_title": ("行动方案", "Playbooks"),
    "playbook.today": ("今天", "Today"),
    "playbook.situation": ("情况", "Situation"),
    "playbook.steps": ("步骤（按顺序）", "Steps (in order)"),
    "playbook.col_id": ("编号", "ID"),
    "playbook.col_title": ("情况", "Situation"),
    "playbook.col_steps": ("步骤数", "Steps"),
    "playbook.col_due": ("日期", "By"),
    "playbook.col_step": ("做什么", "What to do"),
    "playbook.col_channels": ("渠道", "Channels"),
    "playbook.col_letters": ("信件", "Letters"),
    "playbook.rights": ("需要知道的规定", "Rules worth knowing"),
    "playbook.col_rule": ("规定", "Rule"),
    "playbook.notes": ("说明", "Notes"),
    "playbook.note_dates": (
        "日期是建议的行动日期，不是法定期限；只有依据为“法规”的步骤所写的期限来自法律。",
        "The dates are suggested action dates, not legal deadlines; only a step whose basis is a statute states a time limit set by law.",
    ),
    "playbook.note_reported": (
        "标为“转述，非法定权利”的内容来自一篇网络文章（见 huabei sources seed-article）或常见做法，未经证实：可以争取，不能指望。",
        "Lines marked \"reported, not a legal right\" come from a web article (see huabei sources seed-article) or common practice and are unconfirmed: worth asking for, not to be counted on.",
    ),
    "playbook.note_letter": ("{title}：huabei letter {letter} --name 姓名 --amount 金额 --out {letter}.md", "{title}: huabei letter {letter} --name NAME --amount CNY --out {letter}.md"),
    "playbook.note_channels": ("渠道详情：huabei channels 编号", "Channel details: huabei channels ID"),
    "playbook.list_hint": ("运行 huabei playbook 编号 查看步骤，例如 huabei playbook job-loss。", "Run huabei playbook ID for the steps, e.g. huabei playbook job-loss."),
}
