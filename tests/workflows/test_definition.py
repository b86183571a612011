"""Workflow files load and validate; a broken one says which line and what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from memberdesk.workflows import shipped_folder
from memberdesk.workflows.definition import ABOUT_STAFF, ACTIONS, WorkflowFileError, parse
from memberdesk.workflows.facts import render
from memberdesk.workflows.library import COMPLAINT_HANDLING, RECEPTION, load

GOOD = """\
key = "tiny"
title = { zh_CN = "小流程", en = "Tiny" }

[[steps]]
key = "hello"
prompt = { zh_CN = "问候", en = "Greet" }
phrases.zh_CN = ["您好！", "{greeting}，您好！"]
phrases.en = ["Hello!", "Hello {greeting}!"]

[[steps]]
key = "rate"
prompt.zh_CN = "打分"
prompt.en = "Rate"
input = { kind = "rating", low = 1, high = 5 }
"""


def test_every_shipped_workflow_loads_in_both_languages() -> None:
    library = load(shipped_folder())
    assert library.problems == []
    assert {RECEPTION, COMPLAINT_HANDLING} <= set(library.workflows)
    for workflow in library.workflows.values():
        assert workflow.title.zh_CN and workflow.title.en
        for step in workflow.steps:
            assert step.prompt.zh_CN != step.prompt.en, (workflow.key, step.key)
            assert len(step.phrases.zh_CN) == len(step.phrases.en), (workflow.key, step.key)


def test_reception_opens_enrol_sale_and_farewell_actions() -> None:
    reception = load(shipped_folder()).workflows[RECEPTION]
    actions = {step.action for step in reception.steps if step.action}
    assert {"enrol", "record_sale", "record_satisfaction"} <= actions <= ACTIONS


def test_a_good_file_parses_with_its_inputs() -> None:
    workflow = parse(GOOD, "tiny.toml")
    assert [s.key for s in workflow.steps] == ["hello", "rate"]
    rating = workflow.step("rate").input
    assert rating is not None and rating.kind == "rating" and (rating.low, rating.high) == (1, 5)
    assert workflow.step("hello").phrases.get("en") == ("Hello!", "Hello {greeting}!")


def _problem(text: str) -> WorkflowFileError:
    with pytest.raises(WorkflowFileError) as caught:
        parse(text, "broken.toml")
    return caught.value


@pytest.mark.parametrize(
    ("change", "line", "words"),
    [
        (('prompt.en = "Rate"', 'prompt.en = "Rate'), 13, "not valid TOML"),
        (('key = "rate"\n', 'key = "rate"\npromt = "x"\n'), 12, "Unknown setting"),
        (('kind = "rating"', 'kind = "stars"'), 14, "kind is one of"),
        (('"{greeting}，您好！"', '"{nickname}，您好！"'), 7, "Unknown fact {nickname}"),
        (('"{greeting}，您好！"', '"{greeting，您好！"'), 7, "Braces must come in pairs"),
        (('key = "rate"', 'key = "hello"'), 11, "Two steps have the key"),
        (('key = "rate"', 'key = "Rate me"'), 11, "a key of lower-case letters"),
        (('prompt.zh_CN = "打分"\nprompt.en = "Rate"\n', ""), 10, "has no prompt"),
        (("high = 5", "high = 50"), 14, "within 0 to 10"),
        (('title = { zh_CN = "小流程", en = "Tiny" }', "title = 3"), 2, "needs its words"),
    ],
)
def test_a_broken_file_names_its_line_and_problem(change: tuple[str, str], line: int, words: str) -> None:
    old, new = change
    assert old in GOOD
    error = _problem(GOOD.replace(old, new, 1))
    assert error.line == line
    assert words in error.english()


def test_an_unknown_action_is_refused() -> None:
    error = _problem(GOOD + 'action = "launch_rocket"\n')
    assert error.line == 15 and "launch_rocket" in error.english()


def test_a_choice_needs_two_options_with_distinct_keys() -> None:
    one = GOOD.replace(
        'kind = "rating", low = 1, high = 5', 'kind = "choice", options = [{ key = "a", en = "A" }]'
    )
    assert "at least two options" in _problem(one).english()
    twice = GOOD.replace(
        'kind = "rating", low = 1, high = 5',
        'kind = "choice", options = [{ key = "a", en = "A" }, { key = "a", en = "B" }]',
    )
    assert "same key" in _problem(twice).english()


def test_one_language_falls_back_to_the_other() -> None:
    workflow = parse(GOOD.replace('prompt.en = "Rate"\n', ""))
    assert workflow.step("rate").prompt.get("en") == "打分"


def test_a_store_copy_replaces_the_shipped_one_and_a_broken_copy_keeps_it(tmp_path: Path) -> None:
    shipped = tmp_path / "shipped"
    store = tmp_path / "store"
    shipped.mkdir()
    store.mkdir()
    (shipped / "tiny.toml").write_text(GOOD, encoding="utf-8")
    (shipped / "other.toml").write_text(GOOD.replace('key = "tiny"', 'key = "other"'), encoding="utf-8")
    (store / "tiny.toml").write_text(GOOD.replace('"Tiny"', '"Our tiny"'), encoding="utf-8")
    (store / "other.toml").write_text(GOOD.replace('key = "tiny"', 'key = "other"') + "[[steps]\n", "utf-8")
    (store / "gbk.toml").write_bytes('key = "中文"'.encode("gbk"))

    library = load(shipped, store)

    assert library.workflows["tiny"].title.en == "Our tiny"
    assert library.overridden == {"tiny"}
    assert library.workflows["other"].source == str(shipped / "other.toml")  # the shipped one kept
    by_file = {p.path.name: p for p in library.problems}
    assert set(by_file) == {"other.toml", "gbk.toml"}
    assert by_file["other.toml"].line == 15
    assert "other.toml, line 15" in by_file["other.toml"].english()
    assert "UTF-8" in by_file["gbk.toml"].english()


def test_facts_fill_prompts_and_hide_phrases_that_need_an_unknown_fact() -> None:
    reception = load(shipped_folder()).workflows[RECEPTION]
    walk_in_prompt, walk_in = render(reception.step("preferences"), {}, "zh_CN")
    assert "…" in walk_in_prompt and walk_in == []
    facts = {"greeting": "张女士", "last_item": "连衣裙", "last_size": "M", "purchases": "上次买了连衣裙"}
    prompt, phrases = render(reception.step("preferences"), facts, "zh_CN")
    assert "购物 上次买了连衣裙" in prompt
    assert "张女士，上次买的连衣裙穿着还合适吗？" in phrases
    assert "您平时穿M码，这款M码正好有货。" in phrases
    assert not any("{" in p for p in phrases)


def test_a_workflow_about_the_staff_member_mentions_no_customer() -> None:
    shift = load(shipped_folder()).workflows["start_of_shift"]
    assert shift.about == ABOUT_STAFF and not shift.about_customer
    assert parse(GOOD).about_customer  # a workflow is about a customer unless it says otherwise
    staff = GOOD.replace('key = "tiny"', 'key = "tiny"\nabout = "staff"')
    error = _problem(staff)  # its phrase greets {greeting}
    assert error.line == 8 and "mentions no customer" in error.english() and "{greeting}" in error.english()
    assert (
        parse(staff.replace(', "{greeting}，您好！"', "").replace(', "Hello {greeting}!"', "")).about
        == ABOUT_STAFF
    )
    wrong = _problem(GOOD.replace('key = "tiny"', 'key = "tiny"\nabout = "everyone"'))
    assert wrong.line == 2 and "about is one of" in wrong.english()
