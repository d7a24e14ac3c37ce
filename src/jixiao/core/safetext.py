"""Text from documents made safe to show: no terminal control, no unprintable file name, no megabyte quote.

Document text is data. Before it reaches a terminal or a log line, ``printable`` makes every control
character and terminal escape visible (``ESC`` is shown as ``\\x1b``, so ``\\x1b[2J`` cannot clear the
screen), and a file name that is not UTF-8 (a GBK name on a Chinese-locale disk, which Python holds as
surrogate escapes) shows as the name it is when it decodes as GB18030, else with its bytes as ``\\xNN``.
``clip`` keeps a quoted value to a few hundred characters. ``sheet_text`` gives the text a spreadsheet cell
can hold (openpyxl refuses the C0 control characters other than tab and line breaks).
"""

from __future__ import annotations

import re
from typing import Any

QUOTE_LIMIT = 200  # characters of a bad value quoted in a message

# C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional overrides that reorder a line
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATES = re.compile("[\ud800-\udfff]+")
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")  # what printable changes
# what an xlsx cell cannot hold (openpyxl's ILLEGAL_CHARACTERS_RE) and lone surrogates
_SHEET_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def _unsurrogate(run: str) -> str:
    """A run of surrogate escapes (undecodable bytes of a file name) as text: GB18030 if it reads, else \\xNN."""
    try:
        raw = run.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that is not an escaped byte (from JSON "\\ud800")
        return run.encode("utf-8", "backslashreplace").decode("ascii")
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("ascii", "backslashreplace")


_NAME_WITH_ESCAPES = re.compile(r"[^\s<>\"'&|]*[\ud800-\udfff][^\s<>\"'&|]*")


def _decode_token(m: re.Match[str]) -> str:
    token = m.group()
    try:  # a name all in GBK: its bytes decoded together (a GBK character may look like UTF-8 or ASCII)
        return token.encode("utf-8", "surrogateescape").decode("gb18030")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return _SURROGATES.sub(lambda r: _unsurrogate(r.group()), token)


def decode_name(text: str) -> str:
    """Text with surrogate escapes (a file name that is not UTF-8, alone or inside a message or a page) as
    printable Unicode: each word holding escapes decoded as GB18030 when it reads so, else its undecodable
    bytes shown as ``\\xNN``."""
    if not _SURROGATES.search(text):
        return text
    return _NAME_WITH_ESCAPES.sub(_decode_token, text)


def _visible(m: re.Match[str]) -> str:
    ch = m.group()
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def printable(text: object, lines: bool = True) -> str:
    """``text`` for a terminal or a log line: control characters and escapes visible, file names decoded.
    Line feed and tab are kept (unless ``lines`` is False: one line, for a header or a name); a carriage
    return is shown (it would overwrite the line)."""
    s = _CONTROL.sub(_visible, decode_name(str(text)))
    return s if lines else s.replace("\n", "\\n").replace("\t", "\\t")


# characters that print as nothing (zero-width space and joiners, direction marks and overrides, word joiner,
# byte order mark): a figure holding one looks like a number and is not read as one
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def invisible(text: str) -> tuple[str, str]:
    """What a message adds about the characters in ``text`` that print as nothing (``（含不可见字符 U+200B）``),
    in Chinese and English, or two empty strings: a value "1​0.00" quoted bare reads as 10.00."""
    found = sorted(set(_INVISIBLE.findall(text)))
    if not found:
        return "", ""
    names = "、".join(f"U+{ord(ch):04X}" for ch in found)
    return f"（含不可见字符 {names}）", f" (it holds the invisible character(s) {names.replace('、', ', ')})"


def clip(text: object, limit: int = QUOTE_LIMIT) -> str:
    """At most ``limit`` characters of ``text``, the rest counted: ``1234…（共 100000 字符）``."""
    s = str(text)
    if len(s) <= limit:
        return s
    return f"{s[:limit]}…（共 {len(s)} 字符 / {len(s)} chars）"


MESSAGE_LIMIT = 1000  # characters of one message, whatever it quotes


def bound_fields(obj: Any, *names: str) -> None:
    """In a frozen dataclass's ``__post_init__``: clip the named text fields to ``MESSAGE_LIMIT`` characters,
    so that no message (a problem, a finding quoting a 200,000-character cell) floods the output."""
    for name in names:
        value = getattr(obj, name)
        if isinstance(value, str) and len(value) > MESSAGE_LIMIT:
            object.__setattr__(obj, name, clip(value, MESSAGE_LIMIT))


def quote(value: object, limit: int = QUOTE_LIMIT) -> str:
    """A bad value quoted in a message: its ``repr``, at most ``limit`` characters of it."""
    return clip(repr(value), limit)


def sheet_text(text: str) -> tuple[str, bool]:
    """The text an xlsx cell can hold: a file name decoded, refused characters replaced by U+FFFD; True
    when any was replaced."""
    text = decode_name(text)
    if not _SHEET_ILLEGAL.search(text):
        return text, False
    return _SHEET_ILLEGAL.sub(REPLACEMENT, text), True


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def put_cell(cell: Any, value: object) -> bool:
    """Put ``value`` into an openpyxl cell, a text always as text: data type ``s`` (never a formula,
    whatever it starts with) and, when it starts like a formula, the quote prefix, so that Excel keeps it
    text even when the cell is edited. Numbers, dates and None are put as they are.
    Returns True when characters a cell cannot hold were replaced (the caller says so)."""
    if not isinstance(value, str):
        cell.value = value
        return False
    text, replaced = sheet_text(value)
    cell.value = text
    cell.data_type = "s"
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
    return replaced


def replaced_notice(path: object, cells: list[str], lang: str = "zh") -> str:
    """The line telling the user that ``put_cell`` replaced characters in ``cells`` of the file ``path``."""
    from jixiao.core.i18n import tr

    where = "、".join(cells[:5]) + ("…" if len(cells) > 5 else "")
    return tr(
        f"{path}: {len(cells)} 个单元格含 Excel 不能保存的控制字符，已替换为 �（{where}）",
        f"{path}: {len(cells)} cells held control characters Excel cannot store, replaced by \ufffd ({where})",
        lang,
    )
