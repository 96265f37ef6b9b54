"""Messages of `huabei letter`. The letters themselves are Chinese templates in data/letters.toml."""

MESSAGES: dict[str, tuple[str, str]] = {
    "letter.help": (
        "生成中文信件（Markdown）：hardship 协商还款申请书、objection 征信异议申请书、complaint 投诉书、stop-third-party 要求停止联系第三人函。填入给出的姓名、金额和日期，其余用【请填写：…】标出。",
        "Write a Chinese letter (Markdown): hardship, objection, complaint, stop-third-party. Fills in the name, amount and date given and marks the rest as 【请填写:…】 blanks. The letter stays in Chinese with --lang en: it goes to Chinese institutions.",
    ),
    "letter.short": ("生成协商、异议、投诉、停止联系第三人的中文信件", "Write hardship, objection, complaint or stop-contact letters (in Chinese)"),
    "letter.arg_kind": ("信件类型：{choices:letter}。", "Letter: {choices:letter}."),
    "letter.opt_name": ("你的姓名，填入信中。", "Your name, put into the letter."),
    "letter.opt_amount": ("欠款金额（元），填入信中。", "The amount owed in CNY, put into the letter."),
    "letter.opt_out": (
        "把信件写入这个文件：.docx（Word、WPS 可打开，待填处黄色标出）或其他（Markdown）；不写则显示在屏幕上。",
        "Write the letter to this file: .docx (for Word and WPS, the blanks highlighted) or any other name (Markdown); without it, the letter is shown.",
    ),
    "letter.unknown": (
        "没有 '{value}' 这种信件。可用的信件：{known}。",
        "There is no letter '{value}'. The letters are: {known}.",
    ),
    "letter.unknown_close": (
        "没有 '{value}' 这种信件。你是不是要找：{close}？全部信件：{known}。",
        "There is no letter '{value}'. Did you mean: {close}? All letters: {known}.",
    ),
    "letter.bad_name": (
        "--name 须为1到{max}个字符，不能换行，也不能含有 {{ }} 【 】。",
        "--name must be 1 to {max} characters, on one line, without {{ }} 【 】.",
    ),
    "letter.title": ("信件：{title}", "Letter: {title}"),
    "letter.kind": ("信件", "Letter"),
    "letter.purpose": ("用途", "What it is for"),
    "letter.send": ("如何提交", "How to send it"),
    "letter.written": ("已写入", "Written to"),
    "letter.blanks_count": ("待填写", "Blanks left"),
    "letter.blanks_value": ("{count} 处", "{count}"),
    "letter.text": ("信件正文（Markdown）", "The letter (Markdown)"),
    "letter.blanks": ("还需要你亲手填写", "Still to fill in by hand"),
    "letter.notes": ("说明", "Notes"),
    "letter.note_lang": (
        "信件用中文书写，因为它寄往中国的机构。",
        "The letter itself is in Chinese because it goes to Chinese institutions; --lang en changes only these surrounding messages.",
    ),
    "letter.note_fill": (
        "寄出前把每一处【请填写：…】换成真实内容；不确定的不要编造。",
        "Before sending, replace every 【请填写:…】 with the real details; do not make anything up.",
    ),
    "letter.note_name": ("加 --name 和 --amount 可直接填入姓名和金额。", "Add --name and --amount to fill in your name and the amount."),
    "letter.note_out": ("加 --out 文件名.md 保存为文件。", "Add --out FILE.md to save it to a file."),
}
