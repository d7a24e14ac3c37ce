"""Detect a text file's encoding: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 (a superset of
GBK and GB2312) — detected from the bytes, never assumed."""

from __future__ import annotations


class NotText(ValueError):
    """The bytes are not text in any encoding we read (a binary file, or a damaged one)."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(zh)
        self.zh = zh
        self.en = en


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
    if b"\x00" in data[:8192]:
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
