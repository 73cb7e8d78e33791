"""Full-text search: words, phrases, no hits and odd input, in Python and on the command line."""

from __future__ import annotations

import json

import pytest

import policeplan as pp
from policeplan import fulltext
from policeplan.cli import main


def paths(hits: pp.Query[pp.Hit]) -> set[tuple[str, str]]:
    return {(hit.dataset, hit.path) for hit in hits}


def test_a_phrase_is_found_in_every_document_that_prints_it() -> None:
    # seed 001 L546 "A review of the Operation Rainbow⁶ menu of options…" and L550 its
    # footnote; seed 003 L892 "…support Operation Rainbow,2" and L933 its footnote.
    hits = pp.search('"Operation Rainbow"')
    assert {hit.dataset for hit in hits} == {"mps-plan-2003-04", "hmic-inspection-2007"}
    footnotes = [h.item for h in hits if isinstance(h.item, pp.TextBlock) and h.item.mark]
    assert sorted((note.line, note.mark) for note in footnotes) == [(550, "⁶"), (933, "2")]
    objective = [h for h in hits if h.path.startswith("priorities[")]
    assert objective
    assert objective[0].field == "key_activities"
    assert all(
        "[Operation] [Rainbow]" in hit.snippet or "[Operation Rainbow]" in hit.snippet
        for hit in hits
    )


def test_words_match_in_any_order_but_a_phrase_only_in_its_order() -> None:
    assert len(pp.search("Rainbow Operation")) == len(pp.search("Operation Rainbow"))
    assert not pp.search('"Rainbow Operation"')


def test_case_and_accents_are_ignored_and_footnote_marks_split_words() -> None:
    assert paths(pp.search("OPERATION rainbow")) == paths(pp.search("operation Rainbow"))
    assert paths(pp.search("Operatión Ráinbow")) == paths(pp.search("operation rainbow"))


def test_hits_name_the_object_and_where_it_sits() -> None:
    # seed 000 L161 "The deployment of Safer Neighbourhood teams (SNTs) has produced a
    # stunning step change in service delivery in those wards adopted."; also L213, L288
    hits = pp.search('"stunning step change"', datasets=["hmic-baseline-2005"])
    texts = [hit for hit in hits if isinstance(hit.item, pp.TextBlock)]
    lines = sorted(hit.item.line for hit in texts)
    assert lines == [161, 213, 288]
    for hit in hits:
        assert hit.path.endswith(hit.field) or hit.path.split(".")[-1].startswith(hit.field)
        assert "[stunning" in hit.snippet


def test_a_search_with_no_hits_is_empty() -> None:
    assert pp.search("zebra crossings") == ()
    assert pp.search("Rainbow", datasets=["mpa-improvement-plan-2007"]) == ()


@pytest.mark.parametrize("text", ["", "   ", "!!!", '""', "—"])
def test_a_search_with_no_words_is_refused(text: str) -> None:
    with pytest.raises(pp.QueryError, match="nothing to search for"):
        pp.search(text)


def test_odd_input_is_searched_as_words() -> None:
    assert len(pp.search('"Operation Rainbow')) == len(pp.search('"Operation Rainbow"'))
    assert pp.search("x" * 5000) == ()
    assert pp.search("OR AND NOT NEAR") == ()  # no FTS5 operators leak through
    assert pp.search("rainbow*") == pp.search("rainbow")
    with pytest.raises(pp.QueryError, match="must be a string"):
        pp.search(42)  # type: ignore[arg-type]


def test_unknown_datasets_and_bad_limits_are_refused() -> None:
    with pytest.raises(pp.NotFoundError, match="no dataset 'nope'; available: mps-plan-2003-04"):
        pp.search("rainbow", datasets=["nope"])
    with pytest.raises(pp.NotFoundError):
        pp.search("rainbow", datasets=[])
    with pytest.raises(pp.QueryError, match="limit must be at least 1"):
        pp.search("rainbow", limit=0)
    assert len(pp.search("the", limit=3)) == 3


def test_the_plain_scan_finds_what_fts5_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    queries = ["Operation Rainbow", '"step change"', "domestic violence sanction", "39.3%"]
    with_fts = {q: paths(pp.search(q)) for q in queries}
    monkeypatch.setattr(fulltext, "_fts5_available", lambda: False)
    fulltext._index.cache_clear()
    try:
        for q in queries:
            assert paths(pp.search(q)) == with_fts[q], q
            assert with_fts[q], q
    finally:
        fulltext._index.cache_clear()


# -- the command line --------------------------------------------------------------------


def test_the_command_prints_hits_and_their_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "Operation", "Rainbow", "--dataset", "mps-plan-2003-04"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == f"{len(out) - 1} hits"
    assert all(line.startswith("mps-plan-2003-04") for line in out[:-1])


def test_the_command_gives_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--format", "json", '"Operation Rainbow"', "--limit", "2"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert len(hits) == 2
    assert set(hits[0]) == {"dataset", "path", "snippet"}


def test_the_command_reports_no_hits_and_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "zebra"]) == 0
    assert capsys.readouterr().out == "0 hits\n"
    assert main(["search", "!!!"]) == 2
    assert "nothing to search for" in capsys.readouterr().err
    assert main(["search", "x", "--dataset", "nope"]) == 2
    assert "no dataset 'nope'" in capsys.readouterr().err


def test_the_plain_scan_shows_the_words_found_in_at_most_200_characters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fulltext, "_fts5_available", lambda: False)
    fulltext._index.cache_clear()
    try:
        hits = pp.search("Operation Rainbow")
        assert len(hits) >= 4
        for hit in hits:
            assert "[Operation]" in hit.snippet, hit.snippet
            assert len(hit.snippet) <= 200
        cut = [hit.snippet for hit in hits if len(hit.snippet) == 200]
        assert cut  # long texts are cut, with … where text is left out
        assert all(snippet.startswith("…") or snippet.endswith("…") for snippet in cut)
        short = pp.search("terrorism contingency plan")
        assert "[terrorism] [contingency] [plan]" in short[0].snippet
    finally:
        fulltext._index.cache_clear()


def test_bad_search_input_is_refused_saying_what_and_what_there_is() -> None:
    available = ", ".join(pp.datasets.available())
    with pytest.raises(pp.NotFoundError) as caught:
        pp.search("rainbow", datasets=[])
    assert str(caught.value) == f"no dataset given; available: {available}"
    with pytest.raises(pp.NotFoundError) as caught:
        pp.search("rainbow", datasets=["nope", "hmic-baseline-2005"])
    assert str(caught.value) == f"no dataset 'nope'; available: {available}"
    with pytest.raises(pp.QueryError) as refused:
        pp.search(5)  # type: ignore[arg-type]
    assert str(refused.value) == "search text must be a string, got int"
    assert len(pp.search("the", limit=1)) == 1
