"""Messages of the payoff engine (several debts at once): its input errors, by debt and field."""

MESSAGES: dict[str, tuple[str, str]] = {
    "payoff.no_debts": ("没有债务可算：请至少给出一笔债务。", "There are no debts to plan for: give at least one."),
    "payoff.too_many_debts": ("债务太多（{count}笔），最多{limit}笔。", "Too many debts ({count}); at most {limit}."),
    "payoff.duplicate_name": ("债务名称「{name}」重复；每笔债务需要不同的名称。", "The debt name '{name}' is used twice; each debt needs its own name."),
    "payoff.bad_name": ("债务名称「{value}」无效：需要1到{limit}个可显示的字符。", "The debt name '{value}' is not valid: it needs 1 to {limit} printable characters."),
    "payoff.bad_kind": ("不认识的债务类型「{value}」，可选：{choices}。", "Unknown debt kind '{value}'; use one of: {choices}."),
    "payoff.need_cost": (
        "债务「{name}」（{kind}）没有默认费率：请给出每日费率、年利率或分期手续费率。",
        "The debt '{name}' ({kind}) has no default cost: give its daily fee, annual rate or installment fee.",
    ),
    "payoff.need_minimum": (
        "债务「{name}」（{kind}）没有默认最低还款额：请给出每月最低还款额或所占比例。",
        "The debt '{name}' ({kind}) has no default minimum payment: give the least to pay a month, or its share of the balance.",
    ),
    "payoff.zero_minimum": ("债务「{name}」的最低还款额为0：请给出每月至少要还的金额或比例。", "The debt '{name}' has a minimum payment of 0: give the least it takes a month, as an amount or a share."),
    "payoff.bad_due_day": ("债务「{name}」的还款日必须是1到31之间的日期，收到 {value}。", "The debt '{name}': the due day must be a day from 1 to 31, got {value}."),
    "payoff.since_after_start": (
        "债务「{name}」的首个逾期日 {since} 晚于计划开始日 {start}：请检查日期。",
        "The debt '{name}': the first overdue day {since} is after the plan's start {start}; check the dates.",
    ),
    "payoff.bad_money": (
        "债务「{name}」的 {field} 需要一个不超过{limit}的金额，收到 {value}。",
        "The debt '{name}': {field} needs an amount of at most {limit}, got {value}.",
    ),
    "payoff.money_not_positive": ("债务「{name}」的 {field} 必须大于0（至少0.01元），收到 {value}。", "The debt '{name}': {field} must be more than 0 (at least 0.01 CNY), got {value}."),
    "payoff.money_negative": ("债务「{name}」的 {field} 不能为负数，收到 {value}。", "The debt '{name}': {field} cannot be negative, got {value}."),
    "payoff.bad_cost_kind": ("债务「{name}」的费用类型「{value}」无效，可选：{choices}。", "The debt '{name}': unknown cost kind '{value}'; use one of: {choices}."),
    "payoff.bad_rate": (
        "债务「{name}」的 {field} 必须在0（含）到1（不含）之间，收到 {value}。",
        "The debt '{name}': {field} must be from 0 up to (not including) 1, got {value}.",
    ),
    "payoff.bad_budget": (
        "每月还款预算必须大于0且不超过{limit}元，收到 {value}。",
        "The monthly budget must be more than 0 and at most {limit} CNY, got {value}.",
    ),
    "payoff.bad_plan_rate": (
        "协商分期的年利率必须在0（含）到1（不含）之间，收到 {value}。",
        "The negotiated plan's annual rate must be from 0 up to (not including) 1, got {value}.",
    ),
    "payoff.bad_start": ("计划开始日必须是一个日期，收到 {value}。", "The plan's start must be a date, got {value}."),
    "payoff.bad_order": ("不认识的还款顺序「{value}」，可选：{choices}。", "Unknown payoff order '{value}'; use one of: {choices}."),
    "payoff.bad_months": ("月数必须是1到{limit}之间的整数，收到 {value}。", "The number of months must be a whole number from 1 to {limit}, got {value}."),
}
