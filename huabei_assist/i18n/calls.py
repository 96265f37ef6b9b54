"""Messages of `huabei calls` (check, log, report)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # help
    "calls.help": (
        "催收联系：检查一次联系违反了哪些规则，保存证据记录，生成投诉材料。",
        "Collection contacts: check which rules a contact breaks, keep an evidence log, write a complaint dossier.",
    ),
    "calls.short": ("检查催收联系、证据记录、投诉材料", "Check collection contacts, evidence log, dossier"),
    "calls.check_help": (
        "这次联系违反了哪些规则？每条附依据和投诉渠道。例：huabei calls check --at \"2026-11-29 22:10\" --flags 威胁",
        "Which rules does this contact break? Each with its basis and where to report it. "
        "E.g. huabei calls check --at \"2026-11-29 22:10\" --flags threat",
    ),
    "calls.check_short": ("检查一次联系是否违规", "Check one contact against the rules"),
    "calls.report_help": (
        "从证据记录生成投诉材料（Markdown）：按时间列出联系、违反的规则及依据、次数、投诉渠道、应附材料。",
        "Write a complaint dossier (Markdown) from the evidence log: contacts in order, rules broken with "
        "their basis, counts, where to file, what to attach.",
    ),
    "calls.report_short": ("生成投诉材料", "Write the complaint dossier"),
    "calls.log_help": (
        "证据记录：保存在本机的催收联系记录（SQLite，仅本人可读）。",
        "The evidence log: collection contacts kept on this computer (SQLite, readable only by you).",
    ),
    "calls.log_short": ("证据记录：添加、查看、修改、删除、导出、导入", "Evidence log: add, list, show, edit, delete, export, import"),
    "calls.add_help": ("记录一次联系，并自动检查是否违规。", "Log one contact; it is checked against the rules automatically."),
    "calls.list_help": ("按时间列出记录及各自违反的规则。", "List the entries in time order with the rules each breaks."),
    "calls.show_help": ("显示一条记录、违反的规则，并核对录音文件是否被改动。",
                        "Show one entry, the rules it breaks, and whether its recording has changed."),
    "calls.edit_help": ("修改一条记录（只改给出的字段）。", "Change an entry (only the fields given)."),
    "calls.delete_help": ("删除一条记录（会先询问；--yes 跳过询问）。", "Delete an entry (asks first; --yes skips the question)."),
    "calls.export_help": ("导出全部记录为 JSON 或 CSV（输出到屏幕或 --out 文件）。",
                          "Export every entry as JSON or CSV (to stdout or to --out)."),
    "calls.import_help": ("导入 export 生成的 JSON 或 CSV 文件（已有的相同记录会跳过）。",
                          "Import a JSON or CSV file written by export (entries already present are skipped)."),
    # options
    "calls.opt_at": ("联系发生的日期和时间，例如 \"2026-11-29 22:10\"（默认：现在）。",
                     "Date and time of the contact, e.g. \"2026-11-29 22:10\" (default: now)."),
    "calls.opt_kind": ("联系方式：{choices:contact_kind}，默认 call。",
                       "How they made contact: {choices:contact_kind} (default call)."),
    "calls.opt_count_today": (
        "今天第几次被联系（含这一次）；只在你用 --max-per-day 设了上限时检查。",
        "How many contacts today, this one included; checked only against a limit you set with --max-per-day.",
    ),
    "calls.opt_unanswered": (
        "这通电话你没有接（计入行业指引的每日未接来电次数）。",
        "You did not answer this call (counted for the guideline's unanswered calls a day).",
    ),
    "calls.opt_unanswered_today": (
        "今天第几通未接来电（含这一次）；行业指引为每天不宜超过{unanswered_limit}次。",
        "How many unanswered calls today, this one included; the guideline says no more than {unanswered_limit} a day.",
    ),
    "calls.opt_answered_edit": (
        "--unanswered：这通电话没有接；--answered：接了。",
        "--unanswered: the call was not answered; --answered: it was.",
    ),
    "calls.opt_window": (
        "常见联系时段（从开始时刻起、到结束时刻前），默认取自 data/ 的 {window}（2018年公约的转述）；也可设环境变量 HUABEI_CALL_WINDOW。你设定的时段是你自己的设定。{guideline_hours}的行业指引不随它改变。",
        "The usual hours (from the start up to, not including, the end); default {window} from data/ (the reported 2018 convention), or set HUABEI_CALL_WINDOW. A window you set is your own setting. The guideline's {guideline_hours} does not move with it.",
    ),
    "calls.opt_max_per_day": (
        "你自己的每日联系次数上限（没有默认值：没有法律或规定设定每日次数）；也可设环境变量 HUABEI_MAX_CONTACTS_PER_DAY。",
        "Your own daily contact limit (no default: no law or rule sets a daily number); or set HUABEI_MAX_CONTACTS_PER_DAY.",
    ),
    "calls.opt_flags": (
        "这次联系的情形，逗号分隔：{choices:flag}。",
        "What happened, comma-separated: {choices:flag}.",
    ),
    "calls.opt_number": ("对方号码（上门或信件可写姓名或地址）。", "Their number (for a visit or letter, a name or address)."),
    "calls.opt_agency": ("对方自称的机构名称。", "The agency they said they were from."),
    "calls.opt_note": ("备注：对方说了什么。", "A note: what was said."),
    "calls.opt_recording": ("录音或截图文件的路径；保存路径和SHA-256，以后能发现文件被改动。",
                            "Path of a recording or screenshot; its path and SHA-256 are kept, so a changed file shows."),
    "calls.opt_from": ("从这一天起（含）。", "From this date (included)."),
    "calls.opt_to": ("到这一天止（含）。", "Up to this date (included)."),
    "calls.opt_yes": ("不询问，直接删除。", "Delete without asking."),
    "calls.opt_export_format": ("导出格式：json 或 csv（默认 json）。", "Export format: json or csv (default json)."),
    "calls.opt_out": ("写入这个文件（默认输出到屏幕）。", "Write to this file (default: standard output)."),
    "calls.opt_report_out": ("把投诉材料写入这个 Markdown 文件（默认输出到屏幕）。",
                             "Write the dossier to this Markdown file (default: standard output)."),
    "calls.arg_id": ("记录编号（见 huabei calls log list）。", "Entry number (see huabei calls log list)."),
    "calls.arg_file": ("由 huabei calls log export 生成的 JSON 或 CSV 文件。", "A JSON or CSV file written by huabei calls log export."),
    # errors
    "calls.bad_window": (
        "{source} 的时段无法识别：'{value}'。请写成 {window}（开始早于结束）。",
        "Cannot read the hours '{value}' from {source}. Write them like {window} (start before end).",
    ),
    "calls.bad_limit": (
        "{source} 的次数上限须为1到{high}之间的整数，收到 '{value}'。",
        "The daily limit from {source} must be a whole number from 1 to {high}, got '{value}'.",
    ),
    "calls.bad_count_today": (
        "--count-today 须为大于0的整数（含这一次），收到 {value}。",
        "--count-today must be a whole number above 0 (this contact included), got {value}.",
    ),
    "calls.bad_unanswered_today": (
        "--unanswered-today 须为大于0的整数（含这一次），收到 {value}。",
        "--unanswered-today must be a whole number above 0 (this call included), got {value}.",
    ),
    "calls.bad_id": (
        "记录编号须为大于0的整数，收到 '{value}'。运行 `huabei calls log list` 查看编号。",
        "An entry ID is a whole number above 0, got '{value}'. Run `huabei calls log list` to see the IDs.",
    ),
    "calls.need_id": (
        "请给出记录编号，例如 `huabei calls log show 3`。运行 `huabei calls log list` 查看编号。",
        "Give an entry ID, e.g. `huabei calls log show 3`. Run `huabei calls log list` to see the IDs.",
    ),
    "calls.need_file": (
        "请给出要导入的文件，例如 `huabei calls log import calls.json`。",
        "Give the file to import, e.g. `huabei calls log import calls.json`.",
    ),
    "calls.at_after_today": (
        "{option} 的时间 '{value}' 晚于今天（{today}）：记录只能是已经发生的联系。请检查年份和日期。",
        "The time '{value}' given to {option} is after today ({today}): the log holds contacts that happened. "
        "Check the year and the date.",
    ),
    "calls.bad_kind": (
        "不认识的联系方式 '{value}'。{hint}可选：{known}。",
        "Unknown kind '{value}'.{hint} Use one of: {known}.",
    ),
    "calls.bad_flag": (
        "不认识的情形 '{value}'。{hint}--flags 可用 {known}（逗号分隔）。",
        "Unknown flag '{value}'.{hint} --flags takes {known} (comma-separated).",
    ),
    "calls.bad_period": (
        "--from {start} 晚于 --to {end}：请交换两个日期。",
        "--from {start} is after --to {end}: swap the two dates.",
    ),
    "calls.unanswered_not_call": (
        "--unanswered 只用于电话（--kind call），收到 --kind {kind}。",
        "--unanswered is for calls only (--kind call), got --kind {kind}.",
    ),
    "calls.need_number": (
        "请用 --number 写明对方号码（上门或信件可写姓名或地址）。",
        "Give their number with --number (for a visit or letter, a name or address).",
    ),
    "calls.edit_nothing": (
        "没有要修改的内容：请给出 --at、--number、--agency、--kind、--note、--recording、--flags、--unanswered 或 --answered。",
        "Nothing to change: give --at, --number, --agency, --kind, --note, --recording, --flags, --unanswered or --answered.",
    ),
    "calls.recording_not_found": (
        "找不到录音文件 {path}：请检查路径。",
        "Recording file {path} not found: check the path.",
    ),
    "calls.recording_not_a_file": (
        "录音文件 {path} 不是普通文件（是文件夹、设备或管道）：请给出录音或截图文件本身。",
        "The recording {path} is not a regular file (a folder, device or pipe): give the recording or screenshot file itself.",
    ),
    "calls.recording_too_large": (
        "录音文件 {path} 有 {size}，超过上限 {limit}：huabei 不读取这么大的文件。请给出录音或截图文件本身。",
        "The recording {path} is {size}, over the limit of {limit}: huabei does not read a file that large. "
        "Give the recording or screenshot file itself.",
    ),
    "calls.reason_changed_while_read": ("读取时文件被改动了，请稍后再试", "it changed while being read; try again"),
    "calls.recording_unreadable": (
        "无法读取录音文件 {path}：{reason}。",
        "Cannot read the recording file {path}: {reason}.",
    ),
    "calls.no_such_entry": (
        "没有编号为 {id} 的记录。运行 `huabei calls log list` 查看全部编号。",
        "There is no entry {id}. Run `huabei calls log list` to see the entry numbers.",
    ),
    "calls.delete_confirm": (
        "确定删除记录 {id}（{at}，{number}）吗？[y/N]",
        "Delete entry {id} ({at}, {number})? [y/N]",
    ),
    "calls.delete_needs_yes": (
        "没有收到确认，未删除。要在脚本中删除，请加 --yes。",
        "No answer received, nothing deleted. To delete without a question (e.g. in a script), add --yes.",
    ),
    "calls.delete_declined": ("未删除记录 {id}。", "Entry {id} was not deleted."),
    "calls.db_corrupt": (
        "证据记录文件 {path} 已损坏或不是数据库；huabei 没有改动它。请先备份该文件，再换一个 HUABEI_HOME 目录或移走它。",
        "The evidence log {path} is damaged or not a database; huabei left it untouched. Back it up, then move it "
        "away or use another HUABEI_HOME.",
    ),
    "calls.db_not_a_file": (
        "{path} 不是普通文件（是文件夹、设备或管道），不能作为证据记录；huabei 没有打开它。请移走它或设置另一个 HUABEI_HOME 目录。",
        "{path} is not a regular file (a folder, device or pipe), so it cannot be the evidence log; huabei did not "
        "open it. Move it away or set another HUABEI_HOME.",
    ),
    "calls.db_foreign": (
        "{path} 不是 huabei 的证据记录文件；huabei 没有改动它。请移走它或设置另一个 HUABEI_HOME 目录。",
        "{path} is not a huabei evidence log; huabei left it untouched. Move it away or set another HUABEI_HOME.",
    ),
    "calls.db_newer": (
        "证据记录 {path} 由更新版本的 huabei 创建（格式版本 {version}）；请升级 huabei。文件未被改动。",
        "The evidence log {path} was made by a newer huabei (format version {version}); upgrade huabei. The file is unchanged.",
    ),
    "calls.db_busy": (
        "证据记录 {path} 正被另一个程序长时间占用；请稍后再试。",
        "The evidence log {path} is held by another program for too long; try again in a moment.",
    ),
    "calls.db_cannot_open": (
        "无法打开证据记录 {path}：{reason}。请检查目录权限，或设置 HUABEI_HOME。",
        "Cannot open the evidence log {path}: {reason}. Check the folder's permissions, or set HUABEI_HOME.",
    ),
    "calls.db_error": (
        "证据记录 {path} 出错：{reason}。",
        "The evidence log {path} failed: {reason}.",
    ),
    "calls.import_not_a_file": (
        "导入文件 {path} 不是普通文件（是文件夹、设备或管道）：请给出导出的 JSON 或 CSV 文件。",
        "The import file {path} is not a regular file (a folder, device or pipe): give an exported JSON or CSV file.",
    ),
    "calls.reason_not_utf8": ("不是 UTF-8 文本", "not UTF-8 text"),
    "calls.reason_csv_columns": ("CSV 缺少这些列：{columns}", "CSV columns missing: {columns}"),
    "calls.reason_not_export": ("不是 {format} 导出文件", "not a {format} export"),
    "calls.reason_not_a_list": ("应为记录列表", "expected a list of entries"),
    "calls.reason_not_text": ("应为文本", "must be text"),
    "calls.reason_not_iso": ("不是 ISO 格式的日期时间：{value}", "not an ISO date and time: {value}"),
    "calls.reason_missing": ("缺少此项", "missing"),
    "calls.reason_after_today": ("{value} 晚于今天（{today}）：记录只能是已经发生的联系", "{value} is after today ({today}): the log holds contacts that happened"),
    "calls.reason_bad_kind": ("{value} 不是 {kinds} 之一", "{value} is not one of {kinds}"),
    "calls.reason_not_sha256": ("不是 SHA-256 十六进制摘要", "not a SHA-256 hex digest"),
    "calls.reason_not_id": ("不是大于0的整数", "not a positive whole number"),
    "calls.reason_not_answered": (
        "应为 true、false 或空（CSV 中为 1、0 或空）",
        "must be true, false or empty (1, 0 or empty in CSV)",
    ),
    "calls.reason_bad_flag": ("不认识的情形 {value}（可用：{flags}）", "unknown flag {value} (use {flags})"),
    "calls.detail_guideline_hours": (
        "{time} 在 {start} 至次日 {end} 之间",
        "{time} is between {start} and {end}",
    ),
    "calls.import_unreadable": ("无法读取导入文件 {path}：{reason}。", "Cannot read the import file {path}: {reason}."),
    "calls.import_bad_file": (
        "{path} 不是有效的导出文件：{reason}。未导入任何记录。",
        "{path} is not a valid export file: {reason}. Nothing was imported.",
    ),
    "calls.import_bad_entry": (
        "{path} 第 {n} 条记录的 {field} 有误：{reason}。未导入任何记录。",
        "{path}, entry {n}, field {field}: {reason}. Nothing was imported.",
    ),
    # rule details
    "calls.detail_off_hours": (
        "{time} 在 {window} 以外",
        "{time} is outside {window}",
    ),
    "calls.detail_unanswered": (
        "当天第 {count} 通未接来电，指引为不宜超过 {limit} 次",
        "unanswered call {count} that day; the guideline says at most {limit}",
    ),
    "calls.detail_count": (
        "当天第 {count} 次，你设定的上限是 {limit} 次",
        "contact {count} that day; your limit is {limit}",
    ),
    "calls.detail_third-party": ("联系了第三人", "a third party was contacted"),
    "calls.detail_threat": ("有威胁、恐吓", "threats or intimidation"),
    "calls.detail_insult": ("有辱骂", "insults"),
    "calls.detail_forged-document": ("出示了伪造文书", "a forged document"),
    "calls.detail_posing-official": (
        "冒充国家机关或法院",
        "posed as a government body or court",
    ),
    "calls.detail_fake-blacklist": (
        "编造“黑名单”或夸大后果",
        "a made-up blacklist or exaggerated consequences",
    ),
    "calls.detail_extra-fees": (
        "要求支付催收费用",
        "asked for a collection fee",
    ),
    "calls.detail_push-borrowing": (
        "诱导借新还旧",
        "pushed you to borrow elsewhere",
    ),
    "calls.detail_public-notice": (
        "公开张贴或散发催收信息",
        "posted or handed out a notice in public",
    ),
    "calls.detail_private-channel": (
        "外包机构用私人电话或社交软件联系",
        "an outside agency used a private phone or social app",
    ),
    "calls.detail_entering-home": (
        "未经同意进入住所或单位",
        "entered your home or workplace without consent",
    ),
    # labels
    "calls.check_title": ("催收联系检查", "Collection contact check"),
    "calls.at": ("时间", "Time"),
    "calls.kind": ("方式", "Kind"),
    "calls.kind_unanswered": (
        "{kind}（未接）",
        "{kind} (unanswered)",
    ),
    "calls.flags": ("情形", "Flags"),
    "calls.count_today": ("当天第几次", "Contact no. that day"),
    "calls.unanswered_today": (
        "当天第几通未接来电",
        "Unanswered call no. that day",
    ),
    "calls.answered": (
        "是否接听",
        "Answered",
    ),
    "calls.answered_yes": (
        "接了",
        "yes",
    ),
    "calls.answered_no": (
        "未接",
        "no",
    ),
    "calls.guideline_hours": (
        "行业指引禁止的时段",
        "Hours the guideline bans",
    ),
    "calls.guideline_hours_value": (
        "{start} 至次日 {end}（未经债务人同意）",
        "{start} to {end} (without the debtor's consent)",
    ),
    "calls.guideline_hours_value_dossier": (
        "{start} 至次日 {end}（未经债务人同意；{basis}）",
        "{start} to {end} (without the debtor's consent; {basis})",
    ),
    "calls.window": (
        "常见时段",
        "Usual hours",
    ),
    "calls.window_from_data": (
        "{window}（2018年公约的转述，取自 data/collection_rules.toml）：在此之外、行业指引的时段以前即 {hours}",
        "{window} (the reported 2018 convention, from data/collection_rules.toml): outside it but before the guideline's hours is {hours}",
    ),
    "calls.window_from_option": (
        "{window}（你用 --window 设定）：在此之外、行业指引的时段以外即 {hours}",
        "{window} (set by you with --window): outside it and outside the guideline's hours is {hours}",
    ),
    "calls.window_from_env": (
        "{window}（你用环境变量 HUABEI_CALL_WINDOW 设定）：在此之外、行业指引的时段以外即 {hours}",
        "{window} (set by you in HUABEI_CALL_WINDOW): outside it and outside the guideline's hours is {hours}",
    ),
    "calls.window_from_data_dossier": (
        "{window}（2018年行业公约的转述，原文未见；{basis}）：在此之外、行业指引的时段以前即 {hours}",
        "{window} (the reported 2018 industry convention, its text not found; {basis}): outside it but before the guideline's hours is {hours}",
    ),
    "calls.window_from_option_dossier": (
        "{window}（投诉人自己的设定；{basis}）：在此之外、行业指引的时段以外即 {hours}",
        "{window} (the complainant's own setting; {basis}): outside it and outside the guideline's hours is {hours}",
    ),
    "calls.window_from_env_dossier": (
        "{window}（投诉人自己的设定；{basis}）：在此之外、行业指引的时段以外即 {hours}",
        "{window} (the complainant's own setting; {basis}): outside it and outside the guideline's hours is {hours}",
    ),
    "calls.unanswered_limit": (
        "未接来电每日次数",
        "Unanswered calls a day",
    ),
    "calls.unanswered_limit_value": (
        "同一号码不宜超过 {limit} 次",
        "at most {limit} to one number",
    ),
    "calls.unanswered_limit_value_dossier": (
        "同一号码不宜超过 {limit} 次（{basis}）",
        "at most {limit} to one number ({basis})",
    ),
    "calls.channel_sep": ("、", "; "),
    "calls.limit": (
        "你设定的每日上限",
        "Your daily limit",
    ),
    "calls.limit_dossier": (
        "投诉人自己设定的每日上限",
        "The complainant's own daily limit",
    ),
    "calls.limit_value": (
        "{limit} 次",
        "{limit}",
    ),
    "calls.limit_value_dossier": (
        "{limit} 次（{basis}）",
        "{limit} ({basis})",
    ),
    "calls.limit_none": (
        "未设定（没有法律或规定设定每日联系次数；可用 --max-per-day 设定你自己的上限）",
        "none set (no law or rule sets a daily number of contacts; set your own with --max-per-day)",
    ),
    "calls.verdict": ("结论", "Verdict"),
    "calls.verdict_sep": (
        "；",
        "; ",
    ),
    "calls.verdict_statute": (
        "违反法规 {n} 处",
        "{n} break(s) of a law",
    ),
    "calls.verdict_regulator": (
        "违反监管规定 {n} 处",
        "{n} break(s) of a regulator's rule",
    ),
    "calls.verdict_platform": (
        "不符合花呗条款 {n} 处",
        "{n} against Huabei's terms",
    ),
    "calls.verdict_industry": (
        "违反行业自律指引 {n} 处（不是法律）",
        "{n} break(s) of an industry guideline (not law)",
    ),
    "calls.verdict_reported": (
        "不符合转述的惯例 {n} 处（不是规定）",
        "{n} against a reported practice (not a rule)",
    ),
    "calls.verdict_setting": (
        "超出本人设定 {n} 处",
        "{n} beyond your own setting",
    ),
    "calls.no_violation": (
        "未发现违反规则或超出你的设定之处。",
        "Nothing against any rule or your settings.",
    ),
    "calls.violations": (
        "发现的问题（各有依据）",
        "What was found, each with its basis",
    ),
    "calls.rules_text": ("规则原文与依据", "The rules and their sources"),
    "calls.col_rule": ("规则", "Rule"),
    "calls.col_detail": ("情况", "What happened"),
    "calls.col_report_to": ("向谁投诉", "Report to"),
    "calls.col_broken": (
        "发现的问题",
        "Found",
    ),
    "calls.col_count": ("次数", "Count"),
    "calls.col_entries": ("记录", "Entries"),
    "calls.col_channel": ("渠道", "Channel"),
    "calls.notes": ("说明", "Notes"),
    # the answer block of calls check (views/calls_view.check_answer)
    "calls.answer_broken": ("{at}的{kind}：发现{n}处问题（各有依据，见下表）：{rules}。", "The {kind} at {at}: {n} finding(s), each with its basis below: {rules}."),
    "calls.answer_clean": ("{at}的{kind}没有违反已知规则，也没有超出你的设定。", "The {kind} at {at} broke none of the known rules and none of your settings."),
    "calls.note_guideline": (
        "中国银行业协会2026年的催收工作指引（行业自律规范，不是法律）：未经债务人同意，{start}至次日{end}不得催收；债务人未接听时，同一号码每天拨打不宜超过{limit}次。",
        "The China Banking Association's 2026 collection guideline (an industry guideline, not law): no collection from {start} to {end} without the debtor's consent; when the debtor does not answer, no more than {limit} calls a day to one number.",
    ),
    "calls.note_window_reported": (
        "{window} 时段来自2018年行业自律公约的转述（原文未见），不是法律，也不是2026年指引的规定：{hours} 的来电只不符合这一转述的惯例。可用 --window 或 HUABEI_CALL_WINDOW 设定你自己的时段。",
        "The {window} window is attributed to a 2018 industry convention (its text was not found): not a law, and not what the 2026 guideline says; a call at {hours} goes only against this reported practice. Set your own window with --window or HUABEI_CALL_WINDOW.",
    ),
    "calls.note_window_setting": (
        "{window} 是你自己设定的时段：{hours} 的来电只超出你的设定，不是违反规定。",
        "{window} is a window you set yourself: a call at {hours} only goes beyond your setting; it breaks no rule.",
    ),
    "calls.note_window_reported_dossier": (
        "{window} 时段来自2018年行业自律公约的转述（原文未见），不是法律：{hours} 的联系只不符合这一转述的惯例。",
        "The {window} window is attributed to a 2018 industry convention (its text was not found), not a law: contact at {hours} goes only against this reported practice.",
    ),
    "calls.note_window_setting_dossier": (
        "{window} 是投诉人自己设定的时段：{hours} 的联系只超出其设定，不是违反规定。",
        "{window} is the complainant's own window: contact at {hours} only goes beyond that setting; it breaks no rule.",
    ),
    "calls.note_limit": (
        "没有法律或监管规定每日催收次数；唯一有文件依据的数字是2026年行业指引的“未接听时同一号码每天不宜超过{unanswered}次”。可用 --max-per-day 设定你自己的上限（超出只是超出你的设定，可作为骚扰的证据）。",
        "No law or regulator sets a daily number of collection contacts; the only figure with a document behind it is the 2026 guideline's {unanswered} unanswered calls a day to one number. Set your own limit with --max-per-day (going over it only goes beyond your setting; it can serve as evidence of harassment).",
    ),
    "calls.note_own_limit": (
        "每天 {limit} 次是你自己的设定，不是法定限额；超出可作为骚扰的证据，不等于违法。有文件依据的只有行业指引的未接来电每天不宜超过{unanswered}次。",
        "{limit} a day is your own setting, not a legal limit; going over it is evidence of harassment, not in itself unlawful. The only figure with a document behind it is the guideline's {unanswered} unanswered calls a day.",
    ),
    "calls.note_limit_dossier": (
        "没有法律或监管规定每日催收次数；有文件依据的只有2026年行业指引的“未接听时同一号码每天不宜超过{unanswered}次”（行业自律规范，不是法律）。",
        "No law or regulator sets a daily number of collection contacts; the only figure with a document behind it is the 2026 guideline's {unanswered} unanswered calls a day to one number (an industry guideline, not law).",
    ),
    "calls.note_channels": (
        "各渠道的电话、网址和受理范围见 huabei channels。",
        "Numbers, sites and what each channel handles: see huabei channels.",
    ),
    "calls.list_title": ("催收证据记录", "Collection evidence log"),
    "calls.entries": ("记录", "Entries"),
    "calls.log_empty": (
        "还没有记录。用 huabei calls log add --at \"2026-11-29 22:10\" --number 号码 添加。",
        "No entries yet. Add one with huabei calls log add --at \"2026-11-29 22:10\" --number NUMBER.",
    ),
    "calls.total": ("联系总数", "Contacts"),
    "calls.with_violations": (
        "有问题的联系",
        "Contacts with a finding",
    ),
    "calls.number": ("号码", "Number"),
    "calls.agency": ("机构", "Agency"),
    "calls.note": ("备注", "Note"),
    "calls.recording": ("录音/截图", "Recording"),
    "calls.recording_check": ("文件核对", "File check"),
    "calls.recording_ok": ("未改动（大小和修改时间与记录时一致）", "unchanged (same size and time as when logged)"),
    "calls.recording_changed": ("已改动！", "CHANGED!"),
    "calls.recording_missing": ("文件不见了！", "MISSING!"),
    "calls.recording_not_regular": ("不是普通文件！", "NOT A REGULAR FILE!"),
    "calls.recording_unverified": ("未核对", "not checked"),
    "calls.recording_changed_note": (
        "录音文件 {path} 与记录时不同（大小、修改时间或 SHA-256 不一致）。请找回原始文件；改动过的文件作为证据可能不被采信。"
        "可用 sha256sum 与记录的 SHA-256 对照。",
        "The recording {path} is not as it was when logged (its size, time or SHA-256 differs). Find the original: "
        "an altered file may not be accepted as evidence. Compare it with the SHA-256 logged (sha256sum).",
    ),
    "calls.recording_not_regular_note": (
        "{path} 现在不是普通文件（是文件夹、设备或管道），huabei 没有读取它。请找回原始录音文件。",
        "{path} is not a regular file now (a folder, device or pipe); huabei did not read it. Find the original recording.",
    ),
    "calls.recording_unverified_note": (
        "录音文件 {path} 从未被 huabei 读取核对（旧版本的记录，或导入时无法读取），无法判断是否改动。"
        "可用 sha256sum 与记录的 SHA-256 对照。",
        "huabei never read the recording {path} (an entry of an older version, or one it could not read when "
        "importing), so it cannot tell whether it changed. Compare it with the SHA-256 logged (sha256sum).",
    ),
    "calls.recording_missing_note": (
        "找不到录音文件 {path}。若已移动，请用 huabei calls log edit 编号 --recording 新路径 更新。",
        "The recording {path} is missing. If you moved it, update it with huabei calls log edit ID --recording NEW_PATH.",
    ),
    "calls.warning": ("注意", "Warning"),
    "calls.created": ("记录于", "Logged at"),
    "calls.show_title": ("证据记录 #{id}", "Evidence entry #{id}"),
    "calls.added_title": ("已添加记录 #{id}", "Added entry #{id}"),
    "calls.edited_title": ("已修改记录 #{id}", "Changed entry #{id}"),
    "calls.delete_title": ("删除记录", "Delete entry"),
    "calls.deleted": ("已删除记录 {id}（{at}，{number}）。", "Deleted entry {id} ({at}, {number})."),
    "calls.import_title": ("导入证据记录", "Import evidence log"),
    "calls.import_file": ("文件", "File"),
    "calls.import_added": ("新增", "Added"),
    "calls.import_renumbered": ("其中改了编号（原编号已被占用）", "Of these, renumbered (their id was taken)"),
    "calls.import_skipped": ("跳过（已存在）", "Skipped (already present)"),
    "calls.export_title": ("导出证据记录", "Export evidence log"),
    "calls.written": ("已写入 {path}（{n} 条记录）。", "Wrote {path} ({n} entries)."),
    # dossier
    "calls.dossier_title": ("催收投诉材料", "Collection complaint dossier"),
    "calls.summary": ("概况", "Summary"),
    "calls.period": ("期间", "Period"),
    "calls.period_value": ("{start} 至 {end}", "{start} to {end}"),
    "calls.period_empty": ("无联系记录", "no contacts recorded"),
    "calls.first_contact": ("第一次联系", "First contact"),
    "calls.last_contact": ("最后一次联系", "Last contact"),
    "calls.breaks_total": (
        "发现的问题数（一次联系可有多处）",
        "Findings (one contact can have several)",
    ),
    "calls.col_breaks": (
        "次数",
        "Times",
    ),
    "calls.col_contacts": ("联系次数", "Contacts"),
    "calls.dossier_other_summary": ("中文摘要", "English summary"),
    "calls.dossier_other_note": (
        "以上材料用中文写成，供中国的监管和投诉机构阅读；本摘要仅供你本人参考。",
        "The dossier above is in Chinese, for Chinese regulators and complaint channels; this summary is for you.",
    ),
    "calls.generated": ("生成日期", "Written on"),
    "calls.days_with_contact": ("有联系的天数", "Days with contact"),
    "calls.busiest_day": ("联系最多的一天", "Busiest day"),
    "calls.busiest_value": ("{day}（{n} 次）", "{day} ({n} contacts)"),
    "calls.contacts": ("联系记录（按时间）", "Contacts, in time order"),
    "calls.rules_broken": (
        "发现的问题及依据",
        "Findings and their basis",
    ),
    "calls.where_to_file": ("投诉渠道", "Where to file"),
    "calls.callers": ("来电号码", "Callers"),
    "calls.what_to_attach": ("应附材料", "What to attach"),
    "calls.attach_dossier": (
        "本材料，以及你的身份证明和花呗账单截图。",
        "This dossier, with proof of your identity and a screenshot of your Huabei bill.",
    ),
    "calls.attach_recording": (
        "记录 #{id} 的录音：{path}（SHA-256 {sha}；核对：{state}）",
        "Recording of entry #{id}: {path} (SHA-256 {sha}; check: {state})",
    ),
    "calls.report_written": (
        "已写入投诉材料 {path}：{n} 次联系，其中 {broken} 次有问题（共 {breaks} 处）。",
        "Wrote the dossier {path}: {n} contacts, {broken} of them with a finding ({breaks} findings).",
    ),
}
