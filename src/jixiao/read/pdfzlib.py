"""Bounded inflation of PDF streams: a 1 MB stream that inflates to 1 GB is refused, not inflated.

pdfminer inflates every FlateDecode stream it reads (content streams, object streams, fonts) with
``zlib.decompress`` in one piece, and a damaged one byte by byte with a quadratic ``+=``. ``install()``
gives pdfminer's ``pdftypes`` module a ``zlib`` whose ``decompress`` and ``decompressobj`` stop at
``MAX_STREAM_BYTES`` of output and raise ``StreamTooLarge`` (a ``LimitExceeded``), which the PDF reader
reports with its page. Everything else is the standard ``zlib``.
"""

from __future__ import annotations

import zlib
from typing import Any

from jixiao.read.limits import MAX_STREAM_BYTES, LimitExceeded, mb


class StreamTooLarge(LimitExceeded):
    def __init__(self) -> None:
        super().__init__(
            f"PDF 中有一个数据流解压后超过 {mb(MAX_STREAM_BYTES)}（压缩炸弹？），未读取",
            f"a PDF stream inflates to more than {mb(MAX_STREAM_BYTES)} (a compression bomb?); not read",
        )


class _BoundedDecompressor:
    """``zlib.decompressobj()`` that raises ``StreamTooLarge`` once its output passes the limit."""

    def __init__(self, *args: Any) -> None:
        self._d = zlib.decompressobj(*args)
        self._out = 0

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        room = MAX_STREAM_BYTES + 1 - self._out
        out = self._d.decompress(data, min(max_length, room) if max_length else room)
        self._out += len(out)
        if self._out > MAX_STREAM_BYTES:
            raise StreamTooLarge()
        return out

    def flush(self, *args: Any) -> bytes:
        return self._d.flush(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._d, name)


def decompress(data: bytes, *args: Any) -> bytes:
    """``zlib.decompress`` with its output bounded; a truncated stream is a ``zlib.error`` as before."""
    d = zlib.decompressobj(*args[:1])
    out = d.decompress(data, MAX_STREAM_BYTES + 1)
    if len(out) > MAX_STREAM_BYTES or d.unconsumed_tail:
        raise StreamTooLarge()
    if not d.eof:
        raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
    return out


class _BoundedZlib:
    error = zlib.error
    decompress = staticmethod(decompress)
    decompressobj = _BoundedDecompressor

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)


def install() -> None:
    """Bound pdfminer's inflation (idempotent)."""
    from pdfminer import pdftypes

    if not isinstance(pdftypes.zlib, _BoundedZlib):
        pdftypes.zlib = _BoundedZlib()  # type: ignore[assignment]
