"""Messages shared by every command: errors, basis labels, column names, option help."""

MESSAGES: dict[str, tuple[str, str]] = {
    # errors
    "common.data_invalid": (
        "数据文件 {file} 有误：条目 {entry}，字段 {field}：{reason}。请修正该文件或重新安装 huabei。",
        "Data file {file} is invalid: entry {entry}, field {field}: {reason}. Fix the file or reinstall huabei.",
    ),
    "common.bad_lang": (
        "不支持的语言 '{value}'：--lang 或 HUABEI_LANG 只能是 zh 或 en。/ Unknown language '{value}': use zh or en.",
        "Unknown language '{value}': --lang or HUABEI_LANG must be zh or en. / 不支持的语言 '{value}'：请用 zh 或 en。",
    ),
    "common.bad_date": (
        "{option} 的日期无法识别：'{value}'。请写成 2026-10-15、2026/10/15 或 15 Oct 2026。",
        "Cannot read the date '{value}' given to {option}. Write it like 2026-10-15, 2026/10/15 or 15 Oct 2026.",
    ),
    "common.date_out_of_range": (
        "{option} 的日期 '{value}' 超出范围：请给出 {first} 年到 {last} 年之间的日期。",
        "The date '{value}' given to {option} is out of range: give a date from {first} to {last}.",
    ),
    "common.bad_datetime": (
        "{option} 的日期时间无法识别：'{value}'。请写出日期和时间，例如 2026-11-29 22:10。",
        "Cannot read the date and time '{value}' given to {option}. Give a date and a time, like 2026-11-29 22:10.",
    ),
    "common.arg_not_utf8": (
        "命令行参数 '{value}' 含有不是 UTF-8 的字节（显示为 \\udcXX）。请用 UTF-8 编码输入。",
        "The argument '{value}' holds bytes that are not UTF-8 (shown as \\udcXX). Type it in UTF-8.",
    ),
    "common.unknown_timezone": (
        "{option} 的时区 '{zone}' 无法识别（收到 '{value}'）：请写成 +08:00 这样的UTC偏移，或不写时区（即本地时间）。",
        "Unknown time zone '{zone}' in '{value}' given to {option}: write an offset like +08:00, or leave the zone out "
        "(local time).",
    ),
    "common.bad_utc_offset": (
        "{option} 的UTC偏移超出范围：'{value}'。偏移须在 -12:00 到 +14:00 之间，例如 +08:00。",
        "The UTC offset in '{value}' given to {option} is out of range: it must be from -12:00 to +14:00, like +08:00.",
    ),
    "common.bad_number": (
        "{option} 需要一个数字，收到 '{value}'。例如：{option} 3000。",
        "{option} needs a number, got '{value}'. For example: {option} 3000.",
    ),
    "common.amount_not_positive": (
        "{option} 必须大于 0，收到 {value}：请写实际的金额，例如 {option} 1234.56。",
        "{option} must be more than 0, got {value}: give the sum itself, e.g. {option} 1234.56.",
    ),
    "common.bad_money": (
        "{option} 需要一个金额，收到 '{value}'。请写成 1234.56 或 1,234.56（可带 ¥ 或 元）。",
        "{option} needs a sum of money, got '{value}'. Write it like 1234.56 or 1,234.56 (¥ or 元 allowed).",
    ),
    "common.money_ambiguous": (
        "{option} 的金额 '{value}' 有歧义：逗号只用于每三位分隔千位，小数点用 '.'。请写成 1234.56 或 1,234.56。",
        "The sum '{value}' given to {option} is ambiguous: a comma only groups thousands (every three digits) "
        "and '.' is the decimal point. Write 1234.56 or 1,234.56.",
    ),
    "common.money_decimals": (
        "{option} 的金额 '{value}' 超过两位小数：金额只精确到分。请写成 1234.56 或 1,234.56。",
        "The sum '{value}' given to {option} has more than two decimals: money goes to the fen. "
        "Write 1234.56 or 1,234.56.",
    ),
    "common.bad_rate": (
        "{option} 需要一个费率，收到 '{value}'。请写成百分数（如 {example_fee_rate}）或小数（如 {example_fee_decimal}）。",
        "{option} needs a rate, got '{value}'. Write a percentage (like {example_fee_rate}) or a decimal (like {example_fee_decimal}).",
    ),
    "common.rate_bare": (
        "{option} 的费率 '{value}' 不明确（是 {percent} 吗？）：请写成 {percent} 或 {fraction}。",
        "The rate '{value}' given to {option} is unclear (did you mean {percent}?): write {percent} or {fraction}.",
    ),
    "common.number_too_large": (
        "数字 {value} 太大，无法精确计算到分。请检查金额是否多写了位数。",
        "The number {value} is too large to work out to the fen. Check the amount for extra digits.",
    ),
    "common.number_too_large_for": (
        "{option} 的数字 {value} 太大。请检查是否多写了位数。",
        "{option} got {value}, which is too large. Check for extra digits.",
    ),
    "common.number_too_small_for": (
        "{option} 的数字 {value} 太小（不为0时至少为 0.000000000001）。请检查小数点的位置。",
        "{option} got {value}, which is too small (when not 0, at least 0.000000000001). Check the decimal point.",
    ),
    "common.whole_out_of_range": (
        "{option} 必须是{low}到{high}之间的整数，收到 '{value}'。",
        "{option} must be a whole number from {low} to {high}, got '{value}'.",
    ),
    "common.rate_out_of_range": (
        "{option} 的费率须不小于 0 且小于 100%，收到 {value}。请写成百分数（如 {example_fee_rate}）或小数（如 {example_fee_decimal}）。",
        "The rate given to {option} must be 0 or more and under 100%, got {value}. Write a percentage (like {example_fee_rate}) "
        "or a decimal (like {example_fee_decimal}).",
    ),
    "common.need_days_or_since": (
        "请给出 --days（逾期天数）或 --since（逾期第一天）其中之一。",
        "Give one of --days (days overdue) or --since (the first overdue day).",
    ),
    "common.days_and_since": (
        "--days 和 --since 只能给出一个：请删去其中之一。",
        "Give --days or --since, not both: remove one of them.",
    ),
    "common.cannot_write": (
        "无法写入 {path}：{reason}。请检查路径和权限；原有文件未被改动。",
        "Cannot write {path}: {reason}. Check the path and permissions; any existing file is unchanged.",
    ),
    "common.os_no_such_file": ("文件或目录不存在", "no such file or directory"),
    "common.os_is_directory": ("这是一个目录，不是文件", "it is a directory, not a file"),
    "common.os_not_directory": ("路径中有一部分不是目录", "a part of the path is not a directory"),
    "common.os_permission": ("没有权限", "permission denied"),
    "common.os_no_space": ("磁盘空间不足", "no space left on the disk"),
    "common.os_read_only": ("文件系统只读", "the file system is read-only"),
    "common.os_name_too_long": ("文件名太长", "the file name is too long"),
    "common.os_not_regular": ("这不是普通文件（而是管道、设备或套接字）", "it is not a regular file (a pipe, a device or a socket)"),
    "common.os_stdout_closed": ("它已被关闭（例如用了 >&-），命令未执行", "it is closed (e.g. by >&-), so the command was not run"),
    "common.cannot_write_stdout": (
        "无法写入标准输出：{reason}。",
        "Cannot write to standard output: {reason}.",
    ),
    "common.out_exists": (
        "{path} 已存在，未改动。请换一个文件名，或加 --force 替换它。",
        "{path} already exists and was left unchanged. Choose another file name, or add --force to replace it.",
    ),
    "common.out_is_store": (
        "{path} 是 {store}，huabei 不会覆盖它，加 --force 也不会；文件未改动。请换一个文件名。",
        "{path} is {store}; huabei never replaces it, not even with --force, and left it unchanged. Choose another file name.",
    ),
    "common.store_calls_log": ("huabei 的催收证据记录（或其配套文件）", "huabei's evidence log of collection contacts (or one of its companion files)"),
    "common.store_debts": ("huabei 的债务清单（或其配套文件）", "huabei's list of debts (or one of its companion files)"),
    "common.out_is_database": (
        "{path} 是一个 SQLite 数据库文件（可能是 huabei 的证据记录或其他程序的数据），加 --force 也不会覆盖；文件未改动。请换一个文件名。",
        "{path} is an SQLite database file (huabei's evidence log or another program's data); it is not replaced, not even with --force, and was left unchanged. Choose another file name.",
    ),
    "common.out_is_link": (
        "{path} 是一个符号链接；huabei 不通过链接写入，也不替换链接本身，加 --force 也一样。请直接给出实际文件的路径。",
        "{path} is a symbolic link; huabei neither writes through a link nor replaces it, not even with --force. Give the path of the file itself.",
    ),
    "common.json_syntax": ("JSON 语法错误（第 {line} 行第 {column} 列）", "JSON syntax error (line {line}, column {column})"),
    "common.no_table_for_csv": (
        "这个命令的结果没有可导出为CSV的表格；请改用 --json 或 --format markdown。",
        "This command's result has no table to write as CSV; use --json or --format markdown.",
    ),
    "common.usage_bad_value": (
        "{option} 的值无效：{expected}。运行 `{command} --help` 查看用法。",
        "Invalid value for {option}: {expected}. Run `{command} --help` for usage.",
    ),
    "common.usage_option_not_for": (
        "{command} 不接受 {option}：{reason}。运行 `{command} --help` 查看可用选项。",
        "{command} does not take {option}: {reason}. Run `{command} --help` to see its options.",
    ),
    "common.not_for_json": ("它没有JSON输出", "it has no JSON output"),
    "common.not_for_format": ("它只有一种输出形式（可用 --json）", "it has one form of output (--json is available)"),
    "common.not_for_out": ("它不写文件", "it writes no file"),
    "common.no_calendar": ("这个命令的结果没有可写成 .ics 日历的日期。", "This command's result has no dates to write as an .ics calendar."),
    "common.no_document": ("这个命令的结果没有可原样写出的文书。", "This command's result has no document to write as it is."),
    "common.usage_no_such_option": (
        "没有 {option} 这个选项。运行 `{command} --help` 查看可用选项。",
        "There is no option {option}. Run `{command} --help` to see the options.",
    ),
    "common.usage_missing": (
        "缺少 {option}。运行 `{command} --help` 查看用法。",
        "Missing {option}. Run `{command} --help` for usage.",
    ),
    "common.usage_no_such_command": (
        "没有这个命令：{name}。运行 `huabei --help` 查看全部命令。",
        "No such command: {name}. Run `huabei --help` to see all commands.",
    ),
    "common.usage_extra_args": (
        "多余的参数：{args}。请去掉它们，或给带空格的值加引号。运行 `{command} --help` 查看用法。",
        "Unexpected extra argument(s): {args}. Remove them, or quote a value that has spaces. Run `{command} --help` for usage.",
    ),
    "common.usage_needs_value": (
        "{option} 后面需要一个值。运行 `{command} --help` 查看用法。",
        "{option} needs a value after it. Run `{command} --help` for usage.",
    ),
    "common.usage_takes_no_value": (
        "{option} 是开关，不带值：请只写 {option}。运行 `{command} --help` 查看用法。",
        "{option} is a switch and takes no value: write just {option}. Run `{command} --help` for usage.",
    ),
    "common.usage_generic": (
        "用法错误：{detail}。运行 `{command} --help` 查看用法。",
        "Usage error: {detail}. Run `{command} --help` for usage.",
    ),
    "common.did_you_mean": ("你是不是要用 {close}？", " Did you mean {close}?"),
    "common.usage_no_such_option_close": (
        "没有 {option} 这个选项。你是不是要用 {close}？运行 `{command} --help` 查看可用选项。",
        "There is no option {option}. Did you mean {close}? Run `{command} --help` to see the options.",
    ),
    "common.expected_integer": ("须为整数", "it must be a whole number"),
    "common.expected_float": ("须为数字", "it must be a number"),
    "common.expected_choice": ("须为以下之一：{choices}", "it must be one of: {choices}"),
    "common.expected_other": ("格式不对", "it is not in the right form"),
    "common.aborted": ("已取消。", "Cancelled."),
    "common.bug": (
        "内部错误（这很可能是 huabei 的缺陷）：{error}。设置 HUABEI_DEBUG=1 可查看详细信息。",
        "Internal error (this is probably a bug in huabei): {error}. Set HUABEI_DEBUG=1 for details.",
    ),
    # basis labels: how firm a fact is
    "common.basis_statute": ("法规", "statute"),
    "common.basis_regulator": ("监管/法院文件", "regulator / court"),
    "common.basis_platform": ("花呗条款，以你的账单为准", "per Huabei terms; check your own bill"),
    "common.basis_industry": ("行业自律规范，不是法律", "industry guideline, not law"),
    "common.basis_reported": ("转述，非法定权利", "reported, not a legal right"),
    "common.basis_setting": ("本人的设定，不是规定", "your own setting, not a rule"),
    "common.basis_tool": ("本工具的计算或假设，不是花呗条款", "this tool's own calculation or assumption, not Huabei terms"),
    "common.cite_own_setting": ("无（本人的设定）", "none (your own setting)"),
    "common.cite_tool": ("huabei 本工具", "huabei, this tool"),
    "common.seed_claimed": ("（注意：{claim}此说法不成立。）", "(Note: {claim} That does not hold.)"),
    "common.col_basis": ("依据", "Basis"),
    # a fact's source: the document's title and the article or section (views/cite.py)
    "common.cite": ("{title}{pin}", "{title} {pin}"),
    "common.footnote": ("{source}（{basis}）", "{source} ({basis})"),
    "common.footnotes": ("来源", "Sources"),
    # the answer block that opens status, plan, credit, calls check and waiver (views/answer.py)
    "common.answer_today": ("今天：{step}", "Today: {step}"),
    "common.answer_call": ("打电话：{name}", "Call: {name}"),
    "common.cite_web_article": ("网络文章{title}", "web article {title}"),
    "common.article_unverified": ("（条款号未核实）", "(article not verified)"),
    "common.list_sep": ("、", ", "),
    "common.col_source": ("来源", "Source"),
    # option help
    "common.opt_json": ("输出一个JSON文档（金额为字符串，日期为ISO 8601）。", "Print one JSON document (money as strings, ISO 8601 dates)."),
    "common.opt_lang": ("界面语言：zh 或 en（默认 zh，或环境变量 HUABEI_LANG）。", "Language: zh or en (default zh, or HUABEI_LANG)."),
    "common.opt_out": (
        "把结果写入这个文件（写文件的命令在各自的 --help 里说明格式）。",
        "Write the result to this file (commands that write one say which forms in their --help).",
    ),
    "common.opt_brief": ("只输出开头的几行答案（阶段、花费、今天做什么、打给谁）；--json 不变。",
                         "Print only the answer at the top (where you stand, the cost, what to do today, whom to call); --json is unchanged."),
    "common.opt_force": (
        "--out 的文件已存在时替换它（证据记录、数据库文件和符号链接除外）。",
        "Replace the --out file if it already exists (never the evidence log, a database file or a symbolic link).",
    ),
    "common.opt_today": ("把这一天当作今天（默认：今天）。", "Treat this date as today (default: today)."),
    "common.opt_format": ("表格形式：table、markdown 或 csv。", "Table format: table, markdown or csv."),
    "common.opt_version": ("显示版本并退出。", "Show the version and exit."),
    # the overview shown by `huabei` with no command
    "common.app_help": (
        "花呗逾期助手：查看所处阶段、下一步、还款计划成本、征信恢复时间和投诉渠道。全程离线。",
        "Huabei overdue assistant: your stage, what comes next, plan costs, credit recovery and complaint channels. Fully offline.",
    ),
    "common.overview_title": ("huabei：花呗逾期助手", "huabei: Huabei overdue assistant"),
    # tab completion (cli/completion.py)
    "common.opt_install_completion": ("为当前 shell（或其后写明的 shell，如 --install-completion zsh）安装 Tab 补全：bash、zsh、fish、PowerShell。", "Install tab completion for the current shell, or the one named after it (--install-completion zsh): bash, zsh, fish, PowerShell."),
    "common.opt_show_completion": ("显示当前 shell（或其后写明的 shell，如 --show-completion zsh）的补全脚本，可自行加入其启动文件。", "Show the completion script for the current shell, or the one named after it (--show-completion zsh), to add to its start-up file yourself."),
    "common.completion_installed": ("已为 {shell} 安装 Tab 补全：{path}。重新打开终端后生效。", "Tab completion for {shell} installed in {path}. It takes effect in a new terminal."),
    "common.completion_bad_shell": (
        "不支持 shell '{value}'。{hint}可用：{known}。",
        "There is no shell '{value}'.{hint} Use one of: {known}.",
    ),
    "common.completion_unknown_shell": (
        "无法为 shell '{shell}' 安装补全：支持 {shells}。请在这些 shell 中运行。",
        "Cannot set up completion for the shell '{shell}': {shells} are supported. Run this from one of them.",
    ),
    # click's own help words (cli/help_words.py)
    "common.help_usage": ("用法：", "Usage:"),
    "common.help_options": ("选项：", "Options:"),
    "common.help_commands": ("命令：", "Commands:"),
    "common.help_arguments": ("参数：", "Arguments:"),
    "common.help_options_metavar": ("[选项]", "[OPTIONS]"),
    "common.help_command_metavar": ("命令 [参数]...", "COMMAND [ARGS]..."),
    "common.help_help_option": ("显示此帮助并退出。", "Show this message and exit."),
    "common.help_required": ("[必填]", "[required]"),
    "common.help_default": ("[默认：", "[default: "),
    "common.overview_usage": ("用法：huabei 命令 [选项]    每个命令都可加 --help、--json、--lang en", "Usage: huabei COMMAND [OPTIONS]    every command takes --help, --json, --lang en"),
    "common.deadline_moved": (
        "；该日是法定休假日，若按{rule}顺延，为{moved}（是否适用于此期限尚无定论）",
        "; a statutory rest day: {moved} if {rule} moves it (whether it applies to this deadline is not settled)",
    ),
    "common.calendar_unknown": (
        "（节假日数据只到{last}年，之后只按周末计算）",
        " (holiday data ends with {last}; after it, only weekends are counted as rest days)",
    ),
    "common.overview_commands": ("命令：", "Commands:"),
    "common.overview_example": ("示例：huabei status --days 45 --amount 3000", "Example: huabei status --days 45 --amount 3000"),
}
