"""Messages of `huabei status`."""

MESSAGES: dict[str, tuple[str, str]] = {
    "status.help": (
        "我现在处于逾期的哪个阶段？接下来会发生什么、何时发生？今天该做什么？",
        "Which overdue stage am I in, what happens next and when, and what should I do today?",
    ),
    "status.short": ("逾期阶段、下一步、逾期费与今天该做的事", "Overdue stage, what comes next, fees, what to do today"),
    "status.opt_days": ("已逾期天数（逾期第一天记为第1天）。", "Days overdue (the first overdue day is day 1)."),
    "status.opt_since": ("逾期的第一天，例如 2026-10-15。", "The first overdue day, e.g. 2026-10-15."),
    "status.opt_amount": ("逾期金额（元），用于计算逾期费和诉讼风险。", "Overdue amount in CNY, for the fee and the litigation risk."),
    "status.opt_fee_rate": ("每日逾期费率（默认取自 data/：{fee_rate_decimal}）。", "Daily overdue fee rate (default from data/: {fee_rate_decimal})."),
    "status.need_days_or_since": (
        "请给出 --days（逾期天数）或 --since（逾期第一天）其中之一，不能同时给出。",
        "Give either --days (days overdue) or --since (first overdue day), not both.",
    ),
    "status.since_after_today": (
        "--since {since} 晚于今天 {today}：逾期第一天不能在未来。",
        "--since {since} is after today ({today}): the first overdue day cannot be in the future.",
    ),
    "status.negative_days": (
        "--days 不能为负数（收到 {days}）；未逾期请用 --days 0。",
        "--days cannot be negative (got {days}); use --days 0 when not overdue.",
    ),
    "status.title": ("花呗逾期状态", "Huabei overdue status"),
    "status.days_overdue": ("已逾期天数", "Days overdue"),
    "status.stage": ("所处阶段", "Stage"),
    "status.range": ("阶段范围", "Stage range"),
    "status.range_none": ("未逾期", "not overdue"),
    "status.range_closed": ("逾期第{first}-{last}天", "days {first}-{last}"),
    "status.range_open": ("逾期第{first}天起", "day {first} onwards"),
    "status.first_overdue_day": ("逾期第一天", "First overdue day"),
    "status.next": ("下一阶段", "Next stage"),
    "status.next_value": (
        "第{number}阶段「{name}」从逾期第{day}天开始，还有{days}天",
        "stage {number} ({name}) starts on day {day}, in {days} days",
    ),
    "status.next_none": ("已是最后阶段", "this is the last stage"),
    "status.amount": ("逾期金额", "Overdue amount"),
    "status.fee_rate": ("逾期费率", "Overdue fee rate"),
    "status.fee_rate_value": ("每日 {rate}%", "{rate}% a day"),
    "status.penalty_to_date": ("至今逾期费", "Overdue fee so far"),
    "status.penalty_per_day": ("每多拖一天", "Each extra day costs"),
    "status.penalty_at_next": ("到下一阶段时逾期费", "Overdue fee when the next stage starts"),
    "status.litigation": ("诉讼风险", "Litigation risk"),
    "status.litigation_unknown": (
        "加 --amount 才能判断（转述的做法：超过{after}天且全部欠款超过{amount}元时可能被起诉；不是法定门槛）",
        "give --amount to judge (reported practice: a lawsuit past {after} days with a whole debt over {amount} CNY; not a legal threshold)",
    ),
    "status.litigation_below_amount": (
        "第{compared}天的全部欠款（本金加逾期费）为{debt}元，未超过转述做法中的{amount}元；这不是法定门槛，任何金额都可能被起诉",
        "the whole debt on day {compared} (principal plus overdue fees) is {debt} CNY, not over the {amount} CNY of reported practice; that is not a legal threshold: any amount can be sued for",
    ),
    "status.litigation_not_yet": (
        "逾期第{day}天起可能被起诉，还有{days}天；届时全部欠款（本金加逾期费）为{debt}元，超过转述做法中的{amount}元（不是法定门槛）",
        "a lawsuit becomes possible from day {day}, in {days} days; by then the whole debt (principal plus overdue fees) is {debt} CNY, over the {amount} CNY of reported practice (not a legal threshold)",
    ),
    "status.litigation_possible": (
        "已超过{after}天，全部欠款（本金加逾期费）为{debt}元，超过转述做法中的{amount}元（不是法定门槛）：可能被起诉",
        "past {after} days, the whole debt (principal plus overdue fees) is {debt} CNY, over the {amount} CNY of reported practice (not a legal threshold): a lawsuit is possible",
    ),
    "status.picture": ("你在逾期时间线上的位置（逾期天数）", "Where you stand on the overdue line (days)"),
    "status.picture_marker": ("你在这里：第{days}天", "you are here: day {days}"),
    "status.happens": ("现在会发生什么", "What happens now"),
    "status.col_what": ("情况", "What"),
    "status.actions": ("今天该做什么（按顺序）", "What to do today, in order"),
    "status.col_action": ("行动", "Action"),
    "status.rights": ("你的权利和适用规则", "Your rights and the rules that apply"),
    "status.col_right": ("权利/规则", "Right or rule"),
    "status.notes": ("说明", "Notes"),
    "status.note_model": (
        "阶段划分来自常见做法的转述（{basis}），各机构实际做法可能不同。",
        "The stages follow common practice as reported ({basis}); lenders may act differently.",
    ),
    "status.note_fee": (
        "逾期费按花呗条款计算，以你的账单为准（来源：{source}）。",
        "The fee follows Huabei's terms; check your own bill (source: {source}).",
    ),
}
