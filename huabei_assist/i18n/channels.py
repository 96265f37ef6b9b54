"""Messages of `huabei channels`, `huabei complain` and `huabei verify`."""

MESSAGES: dict[str, tuple[str, str]] = {
    # help
    "channels.help": (
        "列出所有核实、投诉和举报渠道：号码或网站、处理什么、何时使用、答复时限和依据。给出渠道编号只看这一个。",
        "List every channel to verify, complain or report: number or site, what it handles, when to use it, reply time, basis. Give a channel id to see just that one.",
    ),
    "channels.short": ("投诉与举报渠道（95188、12378、12363……）", "Complaint and report channels (95188, 12378, 12363, ...)"),
    "channels.arg_id": ("渠道（可省略）：{choices:channel}。", "A channel (optional): {choices:channel}."),
    "channels.complain_help": (
        "遇到某个问题该向哪里投诉、按什么顺序、准备什么证据。用 --problem 指定问题类型，或直接写关键词搜索（中文或英文），例如 huabei complain 骚扰。",
        "Where to complain about a problem, in what order, and what evidence to prepare. Name the problem with --problem, or search with words in zh or en, e.g. huabei complain harassment.",
    ),
    "channels.complain_short": ("按问题找投诉渠道和要准备的证据", "Find the channels and evidence for a problem"),
    "channels.opt_problem": ("问题类型：{choices:problem}。", "Problem: {choices:problem}."),
    "channels.opt_filed": (
        "你提交投诉的日期：据此算出机构应作出决定的日期（{complaint_days}日、复杂的{complaint_complex_days}日、最长{complaint_longest_days}日）。",
        "The day you filed the complaint: the dates the institution must decide by are counted from it ({complaint_days} days, {complaint_complex_days} if complex, {complaint_longest_days} at most).",
    ),
    "channels.arg_words": ("用中文或英文描述问题的关键词。", "Words describing the problem, in zh or en."),
    "channels.verify_help": (
        "接到催收电话时如何核实对方身份：要问什么、如何通过95188确认、哪些是诈骗迹象。",
        "How to check a collection caller: what to ask, how to confirm through 95188, and the signs of a scam.",
    ),
    "channels.verify_short": ("核实催收来电的真假", "Check whether a collection caller is real"),
    # errors
    "channels.unknown_channel": (
        "没有渠道 '{value}'。可用的渠道：{known}。",
        "There is no channel '{value}'. The channels are: {known}.",
    ),
    "channels.unknown_channel_close": (
        "没有渠道 '{value}'。你是不是要找：{close}？全部渠道：{known}。",
        "There is no channel '{value}'. Did you mean: {close}? All channels: {known}.",
    ),
    "channels.unknown_problem": (
        "没有问题类型 '{value}'。可用的类型：{known}；也可以用关键词搜索，例如 huabei complain 骚扰。",
        "There is no problem '{value}'. The problems are: {known}; or search with words, e.g. huabei complain harassment.",
    ),
    "channels.unknown_problem_close": (
        "没有问题类型 '{value}'。你是不是要找：{close}？全部类型：{known}。",
        "There is no problem '{value}'. Did you mean: {close}? All problems: {known}.",
    ),
    "channels.search_no_hit": (
        "没有找到与 '{words}' 相关的问题。请换个说法，或用 --problem 指定类型：{known}。",
        "Nothing matches '{words}'. Try other words, or name the problem with --problem: {known}.",
    ),
    "channels.search_no_hit_close": (
        "没有找到与 '{words}' 相关的问题。相近的关键词：{close}。请用其中一个再试。",
        "Nothing matches '{words}'. Close keywords: {close}. Try one of them.",
    ),
    "channels.search_empty": (
        "请写出要搜索的关键词，例如 huabei complain 骚扰；或运行 huabei complain 查看全部问题类型。",
        "Write the words to search for, e.g. huabei complain harassment; or run huabei complain to list all problems.",
    ),
    "channels.problem_and_words": (
        "--problem 和搜索关键词只能二选一。",
        "Give either --problem or search words, not both.",
    ),
    # channels list
    "channels.title": ("投诉与举报渠道", "Complaint and report channels"),
    "channels.col_id": ("编号", "ID"),
    "channels.col_name": ("渠道", "Channel"),
    "channels.col_contact": ("号码/网站", "Number / site"),
    "channels.col_reply": ("答复时限", "Reply time"),
    "channels.handles": ("处理什么", "Handles"),
    "channels.when": ("何时使用", "When to use it"),
    "channels.reply": ("答复时限", "Reply time"),
    "channels.reply_unknown": ("未知", "not known"),
    "channels.basis": ("依据", "Basis"),
    "channels.source": ("来源", "Source"),
    "channels.note": ("注意", "Note"),
    "channels.problems_here": ("适用的问题", "Problems it handles"),
    "channels.col_rank": ("优先顺序", "Rank"),
    "channels.col_problem": ("问题", "Problem"),
    "channels.notes": ("说明", "Notes"),
    "channels.note_basis": (
        "“依据”说明这条信息有多可靠：法规、监管文件、花呗条款，或仅为转述。黑猫投诉和互金协会不是监管机构。",
        "\"Basis\" says how firm each line is: statute, regulator, Huabei terms, or only reported. Heimao and NIFA are not regulators.",
    ),
    "channels.note_detail": ("查看单个渠道：huabei channels 12378", "One channel in detail: huabei channels 12378"),
    # complain --problem
    "channels.complain_title": ("投诉指引：{problem}", "Where to complain: {problem}"),
    "channels.problem": ("问题", "Problem"),
    "channels.what": ("说明", "What it is"),
    "channels.ranked": ("向哪里投诉（按先后顺序）", "Where to complain (in this order)"),
    "channels.evidence": ("要准备的证据", "Evidence to prepare"),
    "channels.col_evidence": ("证据", "Evidence"),
    "channels.rights": ("相关规定", "The rules involved"),
    "channels.col_rule": ("规定", "Rule"),
    "channels.letter_hint": ("可用信件：huabei letter {letter}({title})", "Letter to use: huabei letter {letter} ({title})"),
    "channels.note_order": (
        "投诉催收方式时，一般先找花呗方（95188）留下投诉记录，再向监管部门投诉；人身安全受威胁时先报警（110）。",
        "For collection conduct, raise it with Huabei (95188) first so there is a record, then with the regulators; when your safety is threatened, call the police (110) first.",
    ),
    "channels.note_filed": (
        "加上 --filed 日期（你提交投诉的日期），可算出机构应作出决定的日期。",
        "Add --filed DATE (the day you filed the complaint) to get the dates the institution must decide by.",
    ),
    # complain --filed DATE
    "channels.deadlines_title": ("投诉的处理时限", "Complaint deadlines"),
    "channels.deadline_filed": ("投诉日期（视为机构收到之日，当日不计入）", "Filed (taken as the day received, not counted)"),
    "channels.deadline_decide": ("作出决定（{days}日）", "Decision due ({days} days)"),
    "channels.deadline_complex": ("情况复杂的（{days}日）", "If complex ({days} days)"),
    "channels.deadline_longest": ("最长（{days}日）", "At most ({days} days)"),
    # complain WORDS
    "channels.search_title": ("搜索“{words}”：可能的问题", "Search \"{words}\": matching problems"),
    "channels.col_channels": ("渠道（按顺序）", "Channels (in order)"),
    "channels.col_matched": ("匹配的关键词", "Matched words"),
    "channels.search_hint": ("查看详情和证据清单：huabei complain --problem {problem}", "Details and the evidence list: huabei complain --problem {problem}"),
    # complain with nothing
    "channels.problems_title": ("问题类型", "Problem types"),
    "channels.problems_hint": (
        "运行 huabei complain --problem 编号 查看渠道和证据，或 huabei complain 关键词 搜索。",
        "Run huabei complain --problem ID for channels and evidence, or huabei complain WORDS to search.",
    ),
    # verify
    "channels.verify_title": ("核实催收来电", "Checking a collection caller"),
    "channels.verify_hotline": ("官方核实电话", "Official line to check with"),
    "channels.col_section": ("类别", "Section"),
    "channels.col_item": ("内容", "What"),
    "channels.section_ask": ("要问对方", "Ask the caller"),
    "channels.section_confirm": ("如何核实", "How to confirm"),
    "channels.section_scam": ("诈骗迹象", "Signs of a scam"),
    "channels.verify_note_scam": (
        "出现任何一个诈骗迹象：不要付款、不要提供验证码，挂断后自己拨打95188核实；已经转账的，立即报警（110）。",
        "If any sign of a scam shows: do not pay, do not give any code, hang up and call 95188 yourself; if you already paid, call the police (110) at once.",
    ),
    "channels.verify_rights": (
        "威胁“抓你”时的对照：判决后的强制执行能做什么、不能做什么",
        "Against a threat of arrest: what enforcement after a judgment can and cannot do",
    ),
    "channels.verify_note_next": (
        "对方违规（威胁、辱骂、联系第三人）时：huabei complain --problem threat",
        "If the caller breaks the rules (threats, insults, contacting others): huabei complain --problem threat",
    ),
}
