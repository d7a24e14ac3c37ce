"""A text file read again with its text mended, when nothing read it as it stands (``openpipes``: rows given back
their opening pipe; ``respace``: a text run onto one line given back its lines at its spaces)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from jixiao.core.records import Document, Problem
from jixiao.read.base import FileRead


def read_mended(fr: FileRead, mend: Callable[[str], str], note: tuple[str, str],
                recognise: Callable[[FileRead], list[Document]]) -> list[Document]:
    """The documents ``recognise`` finds in the text file read again with ``mend`` applied to the file's own text
    (the lines read may have been cut apart or joined already), each saying so (``note``: Chinese, English); none
    when the file is not text, ``mend`` changes nothing, or nothing is found that way either."""
    if fr.format != "text" or not Path(fr.source.file).is_file():
        return []
    from jixiao.read.limits import long_texts
    from jixiao.read.normalise import normalise
    from jixiao.read.text import read_text_file

    changed: list[bool] = []

    def fix(text: str) -> str:
        out = mend(text)
        changed.append(out != text)
        return out

    again = read_text_file(fr.source.file, fix=fix)
    if not any(changed):
        return []
    docs = recognise(normalise(long_texts(again)))
    for d in docs:
        d.problems.append(Problem(note[0], fr.source, note[1]))
    return docs
