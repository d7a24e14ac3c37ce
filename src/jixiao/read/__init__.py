"""Reading documents: one reader per format turns a file into tables with cell sources; recognisers turn
tables into records (``jixiao.core.records.Document``; ``documents`` runs them on one file).

``read_path`` reads one file, ``read_paths`` many (folders recursively, in name order). A file that cannot
be read at all is one located ``Problem`` in the result, and the other files are still read; a file read
but in which no document is recognised is one located ``Problem`` saying why (``recognise.verdict``).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from jixiao.core.records import READ_FROM_PROSE, Document, Problem
from jixiao.core.source import Source
from jixiao.paths import not_a_file, odd_entry
from jixiao.read.base import FileRead
from jixiao.read.documents import recognise_documents
from jixiao.read.encoding import NotText
from jixiao.read.limits import LimitExceeded, limit_in, long_texts

TEXT_SUFFIXES = frozenset({".txt", ".md", ".csv", ".tsv", ".text", ".markdown"})
BINARY_FORMATS = {
    ".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".docx": "docx", ".pdf": "pdf",
    ".html": "html", ".htm": "html", ".shtml": "html",
}
READABLE = TEXT_SUFFIXES | frozenset(BINARY_FORMATS)
_MAGIC = ((b"%PDF", ".pdf"), (b"\xd0\xcf\x11\xe0", ".xls"))


@dataclass(slots=True)
class ReadResult:
    """What was read: the documents found, the problems met outside any document, and each file read."""

    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: list[FileRead] = field(default_factory=list)
    unreadable: list[Problem] = field(default_factory=list)  # files that could not be read at all
    unrecognised: list[Problem] = field(default_factory=list)  # files read that gave no document, and why

    def extend(self, other: ReadResult) -> None:
        self.documents.extend(other.documents)
        self.problems.extend(other.problems)
        self.files.extend(other.files)
        self.unreadable.extend(other.unreadable)
        self.unrecognised.extend(other.unrecognised)


class UnreadableError(Exception):
    """A file that cannot be read at all; carries a located problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def _sniff(path: Path) -> str:
    """The format suffix by extension, or by the first bytes when the extension says nothing."""
    suffix = path.suffix.lower()
    if suffix in READABLE:
        return suffix
    try:
        with path.open("rb") as f:
            head = f.read(512)
    except OSError:
        return suffix
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").lower().startswith((b"<!doctype html", b"<html")):
        return ".html"
    for magic, fmt in _MAGIC:
        if head.startswith(magic):
            return fmt
    if head.startswith(b"PK\x03\x04"):
        return ".xlsx" if suffix in (".xlsm", ".xltx") else ".docx" if suffix == ".docx" else ".zip"
    return ".txt"


def _reader(suffix: str) -> Callable[[str], FileRead]:
    if suffix in TEXT_SUFFIXES:
        from jixiao.read.text import read_text_file

        return read_text_file
    fmt = BINARY_FORMATS.get(suffix)
    if fmt is None:
        raise LookupError(suffix)
    # The binary readers are their own modules, imported only when such a file comes.
    module = importlib.import_module(f"jixiao.read.{fmt}")
    fn: Callable[[str], FileRead] = getattr(module, f"read_{fmt}")
    return fn


def read_file(path: str | Path) -> FileRead:
    """One file as tables and body text; raises ``UnreadableError`` (with a located problem) if it cannot."""
    p = Path(path)
    src = Source(str(p))
    odd = not_a_file(p)
    if odd is not None:
        raise UnreadableError(Problem(odd[0], src, odd[1]))
    suffix = _sniff(p)
    try:
        reader = _reader(suffix)
    except LookupError:
        raise UnreadableError(Problem(f"不支持的文件格式“{p.suffix or suffix}”", src,
                                      f"unsupported file format '{p.suffix or suffix}'")) from None
    except (ImportError, AttributeError):
        raise UnreadableError(Problem(f"本版本尚不能读取 {suffix} 文件", src,
                                      f"{suffix} files cannot be read by this version")) from None
    try:
        from jixiao.read.normalise import normalise

        return normalise(long_texts(reader(str(p))))
    except UnreadableError:
        raise
    except NotText as e:
        raise UnreadableError(Problem(e.zh, src, e.en)) from None
    except LimitExceeded as e:  # a structure beyond the limits: refused before it eats the machine
        raise UnreadableError(Problem(e.zh, e.source or src, e.en)) from None
    except MemoryError:  # never "damaged": the file may be fine, the machine ran out
        raise UnreadableError(Problem("内存不足，无法读取此文件（文件过大或结构异常庞大）", src,
                                      "out of memory reading this file (too large, or a structure too large)")) from None
    except RecursionError:
        raise UnreadableError(Problem("文件结构嵌套过深，无法读取", src, "the file's structure is nested too deeply to read")) from None
    except OSError as e:
        raise UnreadableError(Problem(f"无法打开文件：{e.strerror or e}", src, f"cannot open file: {e}")) from None
    except ImportError as e:  # jixiao's own installation lacks a module: the file is not to blame
        raise UnreadableError(Problem(f"jixiao 安装不完整，缺少模块“{e.name or e}”，未能读取此文件（请重新安装：make install）", src,
                                      f"jixiao's installation is incomplete: module '{e.name or e}' is missing, "
                                      "so this file was not read (reinstall: make install)")) from None
    except Exception as e:  # a damaged file in a format library: report it located, go on with the rest
        limit = limit_in(e)  # a limit met inside a library, which wrapped it: a limit, not damage
        if limit is not None:
            raise UnreadableError(Problem(limit.zh, limit.source or src, limit.en)) from None
        located = getattr(e, "source", None)
        if isinstance(located, Source) and isinstance(getattr(e, "message", None), str):
            # the binary readers' UnreadableFile already says what and where
            raise UnreadableError(Problem(e.message, located, getattr(e, "message_en", None))) from None  # type: ignore[attr-defined]
        raise UnreadableError(Problem(f"文件已损坏或格式不符，无法读取（{type(e).__name__}: {e}）", src,
                                      f"damaged or not a {suffix} file ({type(e).__name__}: {e})")) from None


def read_path(path: str | Path) -> ReadResult:
    """Read one file and recognise its documents. Never raises for bad input: problems are returned."""
    out = ReadResult()
    try:
        fr = read_file(path)
    except UnreadableError as e:
        out.problems.append(e.problem)
        out.unreadable.append(e.problem)
        return out
    out.files.append(fr)
    try:
        from jixiao.read.complement import after_forms
        from jixiao.read.sections import by_sections
        from jixiao.read.shared_lines import apart
        from jixiao.read.spans import own_spans

        # a page holding a form and an account one after another: each part read alone (read.sections); the text
        # after the forms, when it has no title of its own (read.complement)
        docs = by_sections(fr, recognise_documents(fr), recognise_documents)
        docs = apart(fr, docs, recognise_documents)  # an account before a report of no title: each its own lines
        docs = own_spans(fr, docs, recognise_documents)  # a later document left empty: its own lines read alone
        out.documents.extend(after_forms(fr, docs, recognise_documents))
        if out.documents and all(READ_FROM_PROSE in d.extra for d in out.documents):
            from jixiao.read.openpipes import tables_restored

            # read from sentences only: a table whose rows lost their opening pipe is read again as the table it is
            out.documents[:] = tables_restored(fr, recognise_documents) or out.documents
        if not out.documents:  # text tables no reader could read by their columns: read again as lines of text
            from jixiao.read.aslines import read_as_lines

            out.documents.extend(read_as_lines(fr, recognise_documents))
        if not out.documents:  # table rows that lost their opening pipe: read again as the table they are
            from jixiao.read.openpipes import read_restored
            from jixiao.read.recognise.unnamed import recognise as unnamed

            # (and last of all, tables no template names: known by their codes or their columns' relations)
            out.documents.extend(unnamed(fr) or read_restored(fr, lambda f: recognise_documents(f) or unnamed(f)))
        if not out.documents:  # a document run onto one line, its lines a space apart: read again at its spaces
            from jixiao.read.respace import read_respaced

            out.documents.extend(read_respaced(fr, recognise_documents))
        from jixiao.read.recognise.sangong import unplaced
        from jixiao.read.recognise.transfer_amounts import shown

        unplaced(fr, out.documents)  # (a 三公 table across the page that nothing read: said)

        shown(out.documents)  # (a text's stated amounts, where the document holds no table)
    finally:
        fr.memo.clear()  # (what the recognisers shared is not kept with the file, nor sent from a worker)
    out.problems.extend(fr.problems)
    if not out.documents:  # never silent: a file read but not recognised says why
        from jixiao.read.recognise.verdict import not_recognised

        why = not_recognised(fr)
        out.problems.append(why)
        out.unrecognised.append(why)
    return out


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the readable files under folders named (recursively, sorted). A folder's README
    (README.md, readme.txt …) describes the folder and is no document: it is read only when named."""
    return list(iter_files(paths))


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """``expand``, one file at a time: a folder is walked as it is listed, in the order ``sorted(rglob)``
    gives (each folder's entries by name, a subfolder's files where its name sorts), so that a province's
    100,000 files are never all held as ``Path`` objects at once (issue 12)."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from _walk(p)
        else:
            yield p


def _walk(folder: Path) -> Iterator[Path]:
    try:
        with os.scandir(folder) as listing:  # (as rglob: an unreadable folder is passed over)
            entries = sorted((e.name, e.is_dir(follow_symlinks=False)) for e in listing)  # (a link is not walked)
    except PermissionError:
        return
    for name, is_folder in entries:
        f = folder / name
        if ((f.is_file() and f.suffix.lower() in READABLE) or odd_entry(f)) and f.stem.lower() != "readme":
            yield f
        if is_folder:
            yield from _walk(f)


def _empty_folder(p: Path) -> Problem:
    kinds = ", ".join(s.lstrip(".") for s in sorted(READABLE))
    return Problem(f"文件夹中没有可读取的文件（{kinds}）", Source(str(p)), f"the folder holds no file to read ({kinds})")


def empty_folder(path: str | Path) -> Problem | None:
    """A folder named on the command line that holds no file jixiao reads: a located problem, else None."""
    p = Path(path)
    if not p.is_dir() or expand([p]):
        return None
    return _empty_folder(p)


def read_paths(paths: Iterable[str | Path]) -> ReadResult:
    """Read many files (folders recursively); an unreadable file does not stop the others."""
    out = ReadResult()
    named = [(p, expand([p])) for p in map(Path, paths)]  # each folder walked once
    for p, found in named:
        if not found and p.is_dir():
            problem = _empty_folder(p)
            out.problems.append(problem)
            out.unreadable.append(problem)
    for _, found in named:
        for f in found:
            out.extend(read_path(f))
    return out
