"""Where a value came from: file, line or page, cell."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Source:
    """来源 — the location of a value in a document or a framework file.

    ``line`` is 1-based (text files, YAML); ``page`` is 1-based (PDF); ``cell`` is a spreadsheet-style
    reference ("B7") or, for text tables, "R<row>C<col>" counted from 1 within the table. ``ocr`` marks a
    value read by OCR from a page image (``read.ocr``): it may hold a misread character, check the page.
    """

    file: str
    line: int | None = None
    page: int | None = None
    cell: str | None = None
    sheet: str | None = None
    ocr: bool = False

    def __str__(self) -> str:
        return self.where(full=True)

    def where(self, full: bool = False) -> str:
        """The one way a location is shown to people, in every output: ``edit_score.xlsx:评分表 [G24]``,
        ``a.pdf:p3``, ``a.txt:37 [C5]`` — the file's name (its whole path with ``full``), then the sheet,
        page, line and cell that are known."""
        parts = [self.file if full else self.file.replace("\\", "/").rsplit("/", 1)[-1]]
        if self.sheet:
            parts.append(self.sheet)
        if self.page is not None:
            parts.append(f"p{self.page}")
        if self.line is not None:
            parts.append(str(self.line))
        out = ":".join(parts)
        if self.cell:
            out += f" [{self.cell}]"
        return out + ("（OCR）" if self.ocr else "")

    def to_json(self) -> dict[str, object]:
        d: dict[str, object] = {"file": self.file}
        if self.sheet is not None:
            d["sheet"] = self.sheet
        if self.page is not None:
            d["page"] = self.page
        if self.line is not None:
            d["line"] = self.line
        if self.cell is not None:
            d["cell"] = self.cell
        if self.ocr:
            d["ocr"] = True
        return d
