"""The transfer funds row's placement (``read.recognise.transfer_place``), as properties: whatever blank cells
vanished from a consistent 2024 row (统筹整合 not used, funds not yet arrived), a figure placed is the figure of
its column (ambiguity leaves it missing, never wrong), and a row printed whole is read as printed."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from jixiao.core.source import Source
from jixiao.read.recognise.transfer_place import Relations, place

COLS = ("annual_budget", "pooled", "net_budget", "arrived", "arrival_rate", "executed", "rate")
REL = Relations({"arrival_rate": ("arrived", "net_budget"), "rate": ("executed", "net_budget")},
                (("net_budget", "annual_budget", "pooled"),))
SRC = Source("row.txt", 1)


def _pct(x: Decimal) -> str:
    return f"{x.quantize(Decimal('0.01'))}%"


@st.composite
def rows(draw: st.DrawFn) -> dict[str, str]:
    a = Decimal(draw(st.integers(100, 99999))) / 100
    b = Decimal(draw(st.integers(0, int(a * 50)))) / 100 if draw(st.booleans()) else Decimal(0)
    c = a - b
    d = c if draw(st.booleans()) else (c * Decimal(draw(st.integers(50, 99))) / 100).quantize(Decimal("0.01"))
    e = (c * Decimal(draw(st.integers(10, 100))) / 100).quantize(Decimal("0.01"))
    row = {"annual_budget": f"{a}", "pooled": f"{b}" if b else "", "net_budget": f"{c}", "arrived": f"{d}",
           "arrival_rate": _pct(d / c * 100), "executed": f"{e}", "rate": _pct(e / c * 100)}
    if draw(st.booleans()):  # the arrival columns left blank
        row["arrived"] = row["arrival_rate"] = ""
    return row


@settings(max_examples=300, deadline=None)
@given(rows())
# (146.49 and 68% fit the spending and its rate or the money arrived and its rate: once cut into 14 and 6.49 to place the
# arrival's rate beside a 68.00% left without its spending)
@example(row={"annual_budget": "217.12", "pooled": "1.7", "net_budget": "215.42", "arrived": "", "arrival_rate": "",
              "executed": "146.49", "rate": "68.00%"})
def test_placed_figures_are_their_columns(row: dict[str, str]) -> None:
    texts = [(row[k], SRC) for k in COLS if row[k]]  # the blank cells vanished
    placed = place(texts, COLS, REL)
    for key, (item, _) in placed.values.items():
        assert row[key] and item.value == Decimal(row[key].rstrip("%")), (key, row, placed.how)


@settings(max_examples=100, deadline=None)
@given(rows())
def test_whole_row_read_as_printed(row: dict[str, str]) -> None:
    row = {k: v or ("0.00%" if k.endswith("rate") else "0.00") for k, v in row.items()}
    placed = place([(row[k], SRC) for k in COLS], COLS, REL)
    assert placed.how == "as printed"
    assert {k: str(it.text) for k, (it, _) in placed.values.items()} == row


@settings(max_examples=200, deadline=None)
@given(rows())
def test_common_row_with_pooled_blank_is_read_whole(row: dict[str, str]) -> None:
    """The usual 2024 row: nothing pooled (统筹整合 blank), every other column printed: read whole, by arithmetic."""
    row = {**row, "pooled": ""}
    a = Decimal(row["annual_budget"])
    row["net_budget"] = row["annual_budget"]
    if not row["arrived"]:
        row["arrived"], row["arrival_rate"] = row["annual_budget"], "100.00%"
    e = Decimal(row["executed"])
    row["rate"] = _pct(e / a * 100)
    placed = place([(row[k], SRC) for k in COLS if row[k]], COLS, REL)
    assert {k: it.text for k, (it, _) in placed.values.items()} == {k: v for k, v in row.items() if v}


def test_long_runs_are_not_searched() -> None:
    """A run of digits longer than any form's row (placement.MAX_RUN) gives no reading, at once: searching the
    splits of 3000 digits took minutes (the project and the transfer readers both split runs)."""
    from jixiao.read.recognise.placement import MAX_RUN, splits

    assert list(splits("1" * 3000 + "%", 6)) == []
    assert list(splits("1" * (MAX_RUN + 1), 6)) == []
    assert ["390", "390", "100%"] in [[i.text for i in r] for r in splits("390390100%", 3)]
    assert place([("1" * 3000 + "%", SRC)], COLS, REL).values == {}
