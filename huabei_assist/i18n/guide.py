"""Messages of `huabei guide`: its questions, its page, its pack to print."""

MESSAGES: dict[str, tuple[str, str]] = {
    "guide.short": ("一页看清全部情况：逐步提问，可打印", "Your whole situation on one page, asked step by step, ready to print"),
    "guide.help": (
        "在终端里不带选项运行时，逐个提问（每题可跳过）：逾期第一天或逾期天数、欠款、月收入和必要开支、正在发生的事、其他债务。"
        "然后用 status、budget、plan、credit、complain、playbook 和 letter 的同一套计算，在一页上给出：你现在的处境、负担得起的方案、"
        "按方案还清后征信何时消除、本周要做的事、每个问题找谁投诉和用哪封信，来源列为脚注。每个回答都有对应选项，脚本可以不提问直接运行；"
        "没有终端时从不提问。--out guide.html 写出可打印的网页（含所勾选问题的信件作附录），--out guide.md 写出 Markdown。",
        "Run at a terminal with no options, it asks a few questions one at a time (each can be skipped): the first overdue day or "
        "the days overdue, the amount owed, monthly income and essential spending, what is happening, other debts. Then, with "
        "the same engines as status, budget, plan, credit, complain, playbook and letter, one page: where you stand, the plan "
        "you can afford, when the credit record clears if you follow it, what to do this week, whom to turn to for each "
        "problem and which letter to send, the sources as footnotes. Every answer is also an option, so scripts run it without "
        "questions; without a terminal it never asks. --out guide.html writes a page to print (with the filled letters for the "
        "problems ticked as appendices), --out guide.md writes Markdown.",
    ),
    "guide.opt_since": ("逾期第一天（YYYY-MM-DD）。", "The first overdue day (YYYY-MM-DD)."),
    "guide.opt_days": ("逾期天数（不知道第一天时用）。", "Days overdue (when you do not know the first day)."),
    "guide.opt_amount": ("逾期欠款金额（元）。", "The overdue amount owed, in CNY."),
    "guide.opt_income": ("每月收入（元）。", "Monthly income, in CNY."),
    "guide.opt_spending": ("每月必要开支（元）：房租、吃饭、交通等。", "Essential monthly spending, in CNY: rent, food, transport."),
    "guide.opt_problems": (
        "正在发生的事，用逗号分隔（编号或中文名）：{choices:guide_problem}。",
        "What is happening, comma-separated: {choices:guide_problem}.",
    ),
    "guide.opt_name": ("你的姓名，填入附录的信件。", "Your name, put into the letters of the appendix."),
    "guide.opt_out": (
        "写入文件：.html（可打印的网页，含信件附录）或 .md（Markdown）。",
        "Write the pack to a file: .html (a page to print, with the letters as appendices) or .md (Markdown).",
    ),
    "guide.need_answers": (
        "没有终端，无法提问：请给出 --since 日期 或 --days 天数，最好再加 --amount、--income、--spending 和 --problems。",
        "No terminal to ask on: give --since DATE or --days N, and best also --amount, --income, --spending and --problems.",
    ),
    "guide.unknown_problem": (
        "--problems 里没有 '{value}' 这一项。可用：{known}。{hint}",
        "--problems has no '{value}'. Known: {known}.{hint}",
    ),
    "guide.spending_needs_income": (
        "--spending 需要和 --income 一起给出：开支要和收入比较。",
        "--spending needs --income too: spending is weighed against income.",
    ),
    "guide.out_kind": (
        "--out 的文件名须以 .html、.htm 或 .md 结尾，收到 '{path}'。",
        "The --out file must end in .html, .htm or .md, got '{path}'.",
    ),
    # the questions
    "guide.ask_intro": (
        "回答几个问题（直接回车跳过），最后得到一页完整的情况说明。Ctrl-C 随时退出，不写任何文件。",
        "A few questions (Enter skips one); then your situation on one page. Ctrl-C quits at any time and writes nothing.",
    ),
    "guide.ask_since": ("逾期第一天是哪天？（YYYY-MM-DD，不知道就回车）", "The first overdue day? (YYYY-MM-DD, Enter if you do not know)"),
    "guide.ask_days": ("那么已经逾期多少天？", "Then how many days overdue?"),
    "guide.ask_amount": ("逾期欠款多少元？（回车跳过）", "How much is overdue, in CNY? (Enter skips)"),
    "guide.ask_income": ("每月收入多少元？（回车跳过）", "Monthly income in CNY? (Enter skips)"),
    "guide.ask_spending": ("每月必要开支多少元（房租、吃饭、交通）？（回车跳过）",
                           "Essential monthly spending in CNY (rent, food, transport)? (Enter skips)"),
    "guide.ask_problems": ("正在发生哪些事？", "What is happening?"),
    "guide.ask_problems_how": ("（方向键移动，空格勾选，回车确认；都没有就直接回车）",
                               "(arrow keys move, Space ticks, Enter confirms; none: just Enter)"),
    "guide.ask_choose_how": ("（方向键选择，回车确认）", "(arrow keys choose, Enter confirms)"),
    "guide.ask_debts": ("你还有其他债务吗（信用卡、借呗、网贷）？", "Do you have other debts (cards, Jiebei, online loans)?"),
    "guide.ask_debts_yes": ("有", "Yes"),
    "guide.ask_debts_no": ("没有", "No"),
    "guide.ask_debts_skip": ("跳过", "Skip"),
    "guide.ask_debts_listed": ("你的债务清单里有 {count} 笔债务，一并列入。", "Your debts list holds {count} debts: they are on the page."),
    "guide.ask_debts_hint": (
        "用 huabei debts add 把它们记下来，再用 huabei payoff 比较还款顺序。",
        "Record them with huabei debts add, then compare repayment orders with huabei payoff.",
    ),
    "guide.ask_name": ("你的姓名，填进信件？（回车留空，之后手写）", "Your name, for the letters? (Enter leaves it blank to write by hand)"),
    # the page
    "guide.title": ("花呗逾期：你的情况一页看清", "Huabei overdue: your situation on one page"),
    "guide.title_for": ("花呗逾期：{name} 的情况一页看清", "Huabei overdue: the situation of {name} on one page"),
    "guide.stand": ("一、你现在的处境", "1. Where you stand"),
    "guide.days_overdue": ("逾期天数", "Days overdue"),
    "guide.since": ("逾期第一天", "First overdue day"),
    "guide.stage": ("阶段", "Stage"),
    "guide.amount": ("逾期金额", "Amount overdue"),
    "guide.fee_so_far": ("至今逾期费", "Overdue fee so far"),
    "guide.fee_per_day": ("每天新增", "Added each day"),
    "guide.next_stage": ("下一阶段", "Next stage"),
    "guide.next_none": ("已是最后阶段", "This is the last stage"),
    "guide.next_value": ("{number} · {name}，{date} 开始（还有 {days} 天）", "{number} · {name}, from {date} (in {days} days)"),
    "guide.next_value_undated": ("{number} · {name}，还有 {days} 天", "{number} · {name}, in {days} days"),
    "guide.next_fee": ("；到那天逾期费共 {fee}", "; the fee by then: {fee}"),
    "guide.afford": ("二、你负担得起什么", "2. What you can afford"),
    "guide.income": ("月收入", "Monthly income"),
    "guide.no_income": ("未给出（加 --income 看预算和方案）", "not given (add --income for the budget and a plan)"),
    "guide.no_amount": ("未给出欠款（加 --amount 看方案）", "no amount given (add --amount for a plan)"),
    "guide.split": ("预算分配", "Budget split"),
    "guide.split_value": (
        "必要开支 {needs}（{needs_share}）· 还债 {debt}（{debt_share}）· 储蓄 {savings}（{savings_share}）",
        "needs {needs} ({needs_share}) · debt {debt} ({debt_share}) · savings {savings} ({savings_share})",
    ),
    "guide.spending": ("必要开支（你填的）", "Essential spending (yours)"),
    "guide.room": ("收入减必要开支", "Income less essentials"),
    "guide.monthly": ("每月可用于还款", "A month for repayment"),
    "guide.plan": ("适合的方案", "The plan that fits"),
    "guide.plan_value": (
        "{kind} {periods} 期，每期 {payment}，{first} 至 {last}",
        "{kind}, {periods} periods of {payment}, {first} to {last}",
    ),
    "guide.apr": ("名义年化利率（总费用）", "Nominal APR (total fee)"),
    "guide.apr_value": ("{apr}（{fee}）", "{apr} ({fee})"),
    "guide.fits": ("是否负担得起", "Within your means"),
    "guide.fits_yes": ("是：最高一期 {payment} ≤ {monthly}", "yes: the largest payment {payment} <= {monthly}"),
    "guide.fits_yes_unpriced": (
        "本金部分是：每期本金 {payment} ≤ {monthly}；协商的费用另加，协商时说明你每月最多能还 {monthly}",
        "the principal is: {payment} a period <= {monthly}; the agreed cost comes on top, so say you can pay at most {monthly} a month",
    ),
    "guide.fits_no": (
        "否：即使最长的方案，最高一期 {payment} 也超过 {monthly}；先还能还的部分，并说明困难申请协商",
        "no: even the longest plan's largest payment {payment} exceeds {monthly}; pay what you can and ask to negotiate, stating your hardship",
    ),
    "guide.credit": ("三、征信何时恢复", "3. When your credit record clears"),
    "guide.clears_on": ("逾期记录消除", "Overdue record removed"),
    "guide.clear_plan": (
        "按此方案在 {paid} 还清，{years} 年后于 {date} 之后删除",
        "paid off on {paid} with this plan: removed after {date} ({years} years)",
    ),
    "guide.clear_today": (
        "假设今天 {paid} 还清，{years} 年后于 {date} 之后删除",
        "if paid in full today ({paid}): removed after {date} ({years} years)",
    ),
    "guide.repair": ("一次性信用修复", "One-time credit repair"),
    "guide.repair_not_overdue": ("不适用：没有逾期记录", "does not apply: no overdue record"),
    "guide.repair_needs_amount": ("加 --amount（欠款金额）可判断", "add --amount (the amount owed) to check"),
    "guide.week": ("四、本周要做的事（按顺序）", "4. This week, in order"),
    "guide.col_date": ("日期", "Date"),
    "guide.col_do": ("做什么", "What to do"),
    "guide.col_source": ("来源", "Source"),
    "guide.contact": ("{problem}：联系 {channel}", "{problem}: contact {channel}"),
    "guide.contact_if_threat": ("{problem}：如受到威胁，联系 {channel}", "{problem}: if you are threatened, contact {channel}"),
    "guide.contact_if_forged-document": ("{problem}：如文书是伪造的，联系 {channel}",
                                         "{problem}: if the paper is forged, contact {channel}"),
    "guide.first": ("{problem}：{text}", "{problem}: {text}"),
    "guide.channel_contact": ("{name}（{contact}）", "{name} ({contact})"),
    "guide.sep": ("；", "; "),
    "guide.problems": ("五、每个问题找谁、用哪封信", "5. Whom to turn to, which letter"),
    "guide.col_problem": ("问题", "Problem"),
    "guide.col_channels": ("渠道（先后顺序）", "Channels (best first)"),
    "guide.col_letters": ("信件（见附录）", "Letters (see the appendix)"),
    "guide.debts": ("六、其他债务", "6. Other debts"),
    "guide.debts_list": ("债务清单", "Debts list"),
    "guide.debts_none": (
        "没有记录。用 huabei debts add 记下其他债务，再用 huabei payoff 比较还款顺序。",
        "None recorded. Record other debts with huabei debts add, then compare orders with huabei payoff.",
    ),
    "guide.debts_total": ("合计", "Total"),
    "guide.debts_total_value": ("{count} 笔，共 {total}；用 huabei payoff 比较还款顺序", "{count} debts, {total}; compare orders with huabei payoff"),
    "guide.sources": ("来源", "Sources"),
    # the pack
    "guide.made_on": ("生成日期：{today}", "Made on {today}"),
    "guide.appendix": ("附录 {number}：{title}", "Appendix {number}: {title}"),
    "guide.appendix_note": (
        "寄出前把每一处黄色标出的【请填写：…】换成真实内容；不确定的不要编造。",
        "Before sending, replace every highlighted 【请填写:…】 with the real details; do not make anything up.",
    ),
    "guide.pack_footer": (
        "由 huabei guide 于 {today} 生成，离线计算；规则和数字的依据见来源。",
        "Made by huabei guide on {today}, offline; the sources say what each rule and figure rests on.",
    ),
    "guide.written": ("已写入 {path}", "Written to {path}"),
}
