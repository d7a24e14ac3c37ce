"""Reading and writing numbers exactly: Decimal in, Decimal out, never float."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

ZERO = Decimal(0)
ONE = Decimal(1)
HUNDRED = Decimal(100)

# OCR and typing slips seen in published forms, mapped before NFKC folding.
_SIGN_FIXES = str.maketrans(
    {
        "≧": "≥",
        "≦": "≤",
        "≪": "≤",
        "≫": "≥",
        "﹥": ">",
        "﹤": "<",
        "—": "-",
        "–": "-",
        "－": "-",
        "～": "-",
        "~": "-",
        "至": "-",
        "，": ",",
        "：": ":",
        "（": "(",
        "）": ")",
    }
)

# The digits documents write numbers with are ASCII and full-width (folded to ASCII by NFKC); Arabic-Indic,
# Devanagari … digits are other scripts' numbers, never read as ours.
_NUMBER = re.compile(r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$")
# "2, 000" (PDF extraction): spaces around a thousands separator
# a cell (or word) that is one amount and nothing else: "1,234.50", "-12", "0.5" (commas only as thousands groups)
AMOUNT_CELL = re.compile(r"^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_SPACE_AT_COMMA = re.compile(r"(?<=[0-9])\s*,\s*(?=[0-9])")
# "2. 00", "100. 00%", "1 0": spaces inside numbers left by PDF extraction
_SPACE_IN_NUMBER = re.compile(r"(?<=[0-9])\s+(?=[0-9])|(?<=[0-9]\.)\s+(?=[0-9])|(?<=[0-9])\s+(?=\.[0-9])")
# thousands separators only in groups of three: 1,984.00 and 2,270 but not 1,9,8,4.00 or 1,0
_GROUPED = re.compile(r"^[+-]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]*)?$")
# Enclosed digits are list markers (①是否…), not numbers: NFKC would fold ① to 1 and ⓪ to 0, so they are
# kept as they are.
_ENCLOSED = re.compile("([\u2460-\u249b\u24ea-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf\U0001f100-\U0001f10a])")


# a title's brackets (《预算法》2014年): a pair, kept; 》 or 《 standing alone before a number is OCR's ≥ or ≤ (》90%)
_TITLE_PAIR = re.compile(r"《[^《》\n]{0,80}》")
_BRACKET_SIGN = re.compile(r"[《》](?=\s*[\d.])")


def _bracket_signs(text: str) -> str:
    if "《" not in text and "》" not in text:
        return text
    paired = [m.span() for m in _TITLE_PAIR.finditer(text)]
    ends = {i for a, b in paired for i in (a, b - 1)}
    return _BRACKET_SIGN.sub(lambda m: m.group(0) if m.start() in ends else "≥" if m.group(0) == "》" else "≤", text)


def normalize_text(text: str) -> str:
    """Fold full-width forms (NFKC, enclosed digits such as ① kept), map OCR sign slips (》90% is ≥90%; a title's
    《…》 kept), collapse white space."""
    text = _bracket_signs(text.translate(_SIGN_FIXES))
    if _ENCLOSED.search(text):
        text = "".join(p if i % 2 else unicodedata.normalize("NFKC", p) for i, p in enumerate(_ENCLOSED.split(text)))
    else:
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.split())


# A run of digits and the letters OCR gives for them (O o → 0, I l → 1), standing apart from Latin words (matched
# from its first character only, atomically: linear on any text). It is mended when it begins with a digit (2O21,
# 1OO%) or with I / l followed by O or a digit (IO, lOO%): O2O is a word, not 020.
_OCR_RUN = re.compile(r"(?<![A-Za-z0-9])(?>[0-9OoIl]+)(?![A-Za-z])")
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1"})


def mend_ocr_digits(text: str) -> str:
    """``text`` with OCR's letters read as the digits they stand for where they stand among digits (same length)."""
    def fix(m: re.Match[str]) -> str:
        run = m.group(0)
        number = run[0].isdigit() or run[0] in "Il" and len(run) > 1 and (run[1] in "Oo" or run[1].isdigit())
        return run.translate(_OCR_DIGITS) if number else run

    return _OCR_RUN.sub(fix, text)


def _squash_number(text: str) -> str:
    return _SPACE_IN_NUMBER.sub("", _SPACE_AT_COMMA.sub(",", text))


def parse_decimal(text: object) -> Decimal | None:
    """A cell's text as a Decimal, or None when it is not one number.

    Accepts thousands separators in groups of three, spaces inside numbers (PDF extraction), full-width
    digits, a trailing ``%`` (the number is returned as written, e.g. ``93.94%`` gives 93.94), and blanks or
    dashes as None. Other scripts' digits (``١٠``), enclosed digits (``①⓪``) and misplaced separators
    (``1,9,8,4.00``, ``1,0``) are not numbers: None, and the text stays as read.
    """
    if text is None:
        return None
    if isinstance(text, Decimal):
        return text
    if isinstance(text, bool):
        return None
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, float):
        # Only spreadsheets hand us floats; repr gives the shortest text that round-trips.
        return Decimal(repr(text))
    s = normalize_text(str(text))
    if not s:
        return None
    s = _squash_number(s)
    if s.endswith("%"):
        s = s[:-1].strip()
    if "," in s:
        if not _GROUPED.match(s):
            return None
        s = s.replace(",", "")
    if not _NUMBER.match(s):
        return None
    try:
        return Decimal(s)
    except InvalidOperation:  # pragma: no cover - the regex already guards
        return None


# A number written in a framework or data file: far more digits than any amount, rate or weight has, far
# less than what makes a message or a computation explode (1e9999999 printed in full is 10 MB).
MAX_NUMBER_CHARS = 100
MAX_EXPONENT = 60  # |adjusted exponent|: 10^60 is beyond any budget in 元


class NumberTooLarge(ValueError):
    """A number with too many digits or too large an exponent to be a real figure."""

    def __init__(self, text: str) -> None:
        from jixiao.core.safetext import clip

        shown = clip(text, 40)
        super().__init__(f"数字过大或位数过多（{shown}；至多 {MAX_NUMBER_CHARS} 个字符、指数不超过 ±{MAX_EXPONENT}）")
        self.en = f"number too large or too long ({shown}; at most {MAX_NUMBER_CHARS} characters, exponent within ±{MAX_EXPONENT})"


def bounded_decimal(text: str) -> Decimal:
    """``Decimal(text)`` for a number written in a file, refused (``NumberTooLarge``) when it has more than
    ``MAX_NUMBER_CHARS`` characters or an exponent beyond ±``MAX_EXPONENT``. NaN and infinities are given
    back as Decimal (the caller decides); a text that is no number raises ``InvalidOperation``."""
    if len(text) > MAX_NUMBER_CHARS:
        raise NumberTooLarge(text)
    value = Decimal(text)
    if value.is_finite() and value and abs(value.adjusted()) > MAX_EXPONENT:
        raise NumberTooLarge(text)
    return value


def half_unit(text: str | None) -> Decimal:
    """Half a unit of the last digit printed in ``text`` (1586 → 0.5, 43.84 → 0.005): the rounding a printed figure
    carries."""
    return Decimal(5).scaleb(-len((text or "").strip().partition(".")[2]) - 1)


def fmt(value: Decimal | None) -> str | None:
    """A Decimal as the string Decimal reads back identically (JSON numbers are strings)."""
    if value is None:
        return None
    return str(value)


def fmt_plain(value: Decimal, digits: int | None = None) -> str:
    """A Decimal for people: fixed-point, no exponent; ``digits`` places when given."""
    if digits is not None:
        value = value.quantize(Decimal(1).scaleb(-digits))
    s = format(value, "f")
    return s


def fmt_w(d: Decimal) -> str:
    """A weight or bound as a framework file writes it: a whole one without zeros or exponent (10, not 10.00 or 1E+1)."""
    return fmt_plain(d.normalize()) if d == d.to_integral_value() else fmt_plain(d)


def is_float_artefact(text: str) -> bool:
    """True for published numbers like 94.47999999999999 that betray binary floating point."""
    m = re.search(r"\d+\.(\d+)", text)
    if not m:
        return False
    frac = m.group(1)
    return len(frac) >= 10 and bool(re.search(r"(9{6,}|0{6,})\d{0,3}$", frac))


def names_its_parts(figures: list[Decimal], most: int | None = None) -> bool:
    """Some figure of a list is the sum of the two or more listed right after it (at most ``most`` of them): the list
    names a part and that part's own parts (基本支出100, 人员经费60, 公用经费40), so it is no whole's parts all."""
    for k, whole in enumerate(figures):
        run = Decimal(0)
        for n, x in enumerate(figures[k + 1 : k + 1 + most if most else None], 1):
            run += x
            if run > whole:
                break
            if n >= 2 and run == whole and whole:
                return True
    return False
