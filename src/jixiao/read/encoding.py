"""Detect a text file's encoding: UTF-8 (with or without BOM), UTF-16 (with BOM, or without one by where its NUL
bytes stand), or GB18030 (a superset of GBK and GB2312) — detected from the bytes, never assumed. A file with NUL
bytes in its first 8 KB is binary unless they are UTF-16's or a few stray ones (at most one byte in 100)."""

from __future__ import annotations


class NotText(ValueError):
    """The bytes are not text in any encoding we read (a binary file, or a damaged one)."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(zh)
        self.zh = zh
        self.en = en


_STRAY_NUL = 100  # at most one NUL byte in this many: stray NULs in text, not a binary file nor UTF-16
_CONTROLS = frozenset(range(32)) - {9, 10, 12, 13}


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 written without its byte order mark: most NULs (the high bytes of ASCII, tabs and line breaks) at
    odd offsets (little-endian) or at even ones (big-endian; a few of the other side are characters such as 一,
    U+4E00), the whole decoding, and no control characters other than tab and line breaks."""
    head = data[:8192]
    odd, even = head[1::2].count(0), head[0::2].count(0)
    if len(data) % 2 or odd == even:
        return None
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return None if any(ord(ch) in _CONTROLS for ch in text[:4096]) else (text, encoding)


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name); raise ``NotText`` when no encoding reads the bytes."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as e:
            raise NotText(f"文件声明为 UTF-8 但第 {e.start + 3} 字节无法解码", f"UTF-8 BOM but byte {e.start + 3} "
                          "does not decode") from e
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise NotText("UTF-16 文件无法解码", "UTF-16 file does not decode") from e
    head = data[:8192]
    if head.count(b"\x00") * _STRAY_NUL > len(head):  # (a few NULs are a tool's padding in text: read as text,
        wide = _utf16_without_bom(data)               # the text reader removes them and says where)
        if wide is not None:
            return wide
        raise NotText("不是文本文件（含二进制数据）", "not a text file (binary data)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as e:
        raise NotText(
            f"无法识别文本编码（既不是 UTF-8 也不是 GB18030/GBK），第 {e.start} 字节",
            f"unknown text encoding (neither UTF-8 nor GB18030/GBK) at byte {e.start}",
        ) from e
