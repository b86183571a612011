"""The papers' words for stored values: the window's words, and one meaning per word.

A complaint about waiting printed as "待处理" (the status "open") told a manager the wrong
thing; a channel called 自然到店 on the screen and 自行到店 on paper made one figure look like
two. The PDFs word each vocabulary themselves (they are made without a window), so these
tests hold their words to the window's, in both languages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from enum import StrEnum
from typing import Any

import pytest

from memberdesk.domain.analytics import Segment
from memberdesk.domain.churn import WinbackCause
from memberdesk.domain.vocab import (
    CareKind,
    Channel,
    ComplaintCategory,
    ComplaintStatus,
    ConsentKind,
    Gender,
    PartnerKind,
    PointsSource,
    ReturnType,
    ServiceGap,
    ServiceKind,
    ServiceStatus,
    SizeCategory,
    TargetGroup,
    Tier,
)
from memberdesk.reports.wording import VOCABULARIES, ReportLanguage


def window_words() -> dict[type[StrEnum], Callable[[Any], str]]:
    """How the window says each vocabulary (the labels every page and dialog use)."""
    from memberdesk.ui.care import labels as care_labels
    from memberdesk.ui.reports.reports_page import cause_label
    from memberdesk.ui.sales.return_dialog import return_type_label
    from memberdesk.ui.widgets import aftersales_labels, complaint_labels, labels, member_labels

    return {
        Channel: member_labels.channel,
        PartnerKind: member_labels.partner,
        TargetGroup: member_labels.target_group,
        Tier: member_labels.tier,
        Gender: member_labels.gender,
        SizeCategory: member_labels.size_category,
        Segment: labels.segment,
        ReturnType: return_type_label,
        ComplaintCategory: complaint_labels.category,
        ServiceGap: complaint_labels.gap_name,
        ComplaintStatus: complaint_labels.status,
        CareKind: care_labels.kind,
        ServiceKind: aftersales_labels.kind_label,
        ServiceStatus: aftersales_labels.status_label,
        WinbackCause: cause_label,
    }


# What each paper words side by side: the membership report and the member sheet.
PAPERS = {
    "membership report": (
        Channel,
        PartnerKind,
        Tier,
        Segment,
        ReturnType,
        ComplaintCategory,
        ServiceGap,
        ComplaintStatus,
        CareKind,
        WinbackCause,
    ),
    "member sheet": (
        Channel,
        PartnerKind,
        TargetGroup,
        Tier,
        Gender,
        SizeCategory,
        ConsentKind,
        ReturnType,
        ComplaintCategory,
        ComplaintStatus,
        ServiceKind,
        ServiceStatus,
        PointsSource,
    ),
}
# Words that may stand for values of several vocabularies because they mean the same there.
SAME_MEANING = [
    {(Channel, "other"), (ReturnType, "other"), (ComplaintCategory, "other")},  # none of the listed
    {(ComplaintStatus, "handling"), (ServiceStatus, "in_progress")},  # work under way
]


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    from memberdesk.ui.widgets.i18n import install_translators

    install_translators(qapp, request.param)
    try:
        yield request.param
    finally:
        install_translators(qapp, "en")


def test_every_stored_value_reads_on_paper_as_the_window_says_it(language: str) -> None:
    lang = ReportLanguage(language)
    differ = [
        (kind.__name__, value.value, lang.word(kind, value), say(value))
        for kind, say in window_words().items()
        for value in kind
        if lang.word(kind, value) != say(value)
    ]
    assert differ == []


def test_every_vocabulary_of_the_papers_is_worded() -> None:
    unworded = [
        (kind.__name__, v.value) for kind in VOCABULARIES for v in kind if v not in VOCABULARIES[kind]
    ]
    assert unworded == []
    assert set(window_words()) <= set(VOCABULARIES)


@pytest.mark.parametrize("paper", PAPERS)
def test_no_word_on_a_paper_means_two_things(paper: str, language: str) -> None:
    lang = ReportLanguage(language)
    meanings: dict[str, set[tuple[type[StrEnum], str]]] = {}
    for kind in PAPERS[paper]:
        for value in kind:
            meanings.setdefault(lang.word(kind, value), set()).add((kind, value.value))
    twice = {
        word: sorted(f"{k.__name__}.{v}" for k, v in values)
        for word, values in meanings.items()
        if len(values) > 1 and not any(values <= same for same in SAME_MEANING)
    }
    assert twice == {}


def test_a_waiting_complaint_is_printed_as_waiting_not_as_open(language: str) -> None:
    lang = ReportLanguage(language)
    waiting = lang.word(ComplaintCategory, ComplaintCategory.WAITING)
    assert waiting != lang.word(ComplaintStatus, ComplaintStatus.OPEN)
    assert waiting == ("等候时间" if language == "zh_CN" else "Waiting")


def test_a_channel_detail_reads_as_a_partner_or_a_target_group_or_as_typed(language: str) -> None:
    lang = ReportLanguage(language)
    assert lang.channel_detail("gym") == lang.word(PartnerKind, PartnerKind.GYM)
    assert lang.channel_detail("students") == lang.word(TargetGroup, TargetGroup.STUDENTS)
    assert lang.channel_detail("工商银行信用卡") == "工商银行信用卡"
    assert lang.channel_detail("other") != lang.word(Channel, Channel.OTHER)  # another partner
