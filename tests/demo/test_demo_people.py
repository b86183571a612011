"""Who the demo members are: ages, occupations, children and target groups that go together."""

from __future__ import annotations

import pytest

from memberdesk.domain.vocab import PartnerKind, TargetGroup
from tests.demo.conftest import PLAUSIBLE_UNTIL, Query, age_years, day_of

PROFESSIONS = ("医生", "教师", "公务员", "会计", "工程师")


def test_students_are_young_and_almost_never_parents(sql: Query) -> None:
    students = sql(
        "SELECT m.birthday, (SELECT count(*) FROM children c WHERE c.member_id = m.id) "
        "FROM members m WHERE m.occupation = '学生'"
    )
    assert len(students) > 30
    ages = [age_years(born, PLAUSIBLE_UNTIL) for born, _ in students if born]
    assert max(ages) <= 30, sorted(ages)[-5:]
    assert sum(1 for _, kids in students if kids) <= 0.05 * len(students)


def test_the_retired_and_the_professions_are_of_an_age_for_them(sql: Query) -> None:
    rows = sql("SELECT occupation, gender, birthday, enrolled_at FROM members WHERE birthday IS NOT NULL")
    retired = [age_years(b, PLAUSIBLE_UNTIL) for o, _, b, _ in rows if o == "退休"]
    assert retired and min(retired) >= 48
    at_work = [age_years(b, day_of(at)) for o, _, b, at in rows if o in PROFESSIONS]
    assert at_work and min(at_work) >= 22


def test_parents_are_old_enough_for_their_children(sql: Query) -> None:
    """No 25-year-old with a 14-year-old: a mother was at least about twenty at the birth."""
    rows = sql(
        "SELECT m.gender, m.birthday, c.birthday FROM children c JOIN members m ON m.id = c.member_id "
        "WHERE m.birthday IS NOT NULL"
    )
    assert len(rows) > 200
    at_birth = [
        (g, age_years(parent, PLAUSIBLE_UNTIL) - age_years(child, PLAUSIBLE_UNTIL))
        for g, parent, child in rows
    ]
    too_young = [(g, round(a, 1)) for g, a in at_birth if a < 20]
    too_old = [(g, round(a, 1)) for g, a in at_birth if a > (45 if g == "F" else 55)]
    assert too_young == [] and too_old == []
    # and the children on file are still children
    assert max(age_years(child, PLAUSIBLE_UNTIL) for _, _, child in rows) <= 18


def test_siblings_have_different_nicknames_that_suit_them(sql: Query) -> None:
    same = sql(
        "SELECT a.member_id, a.name FROM children a JOIN children b ON a.member_id = b.member_id "
        "AND a.id < b.id AND a.name = b.name WHERE a.name != ''"
    )
    assert same == []
    assert sql(
        "SELECT count(*) FROM children WHERE gender = 'M' AND name IN ('朵朵', '糖糖', '甜甜', '妞妞')"
    ) == [(0,)]


def test_square_dancing_and_permed_hair_go_to_whom_they_suit(sql: Query) -> None:
    dancers = sql("SELECT gender, birthday FROM members WHERE hobbies = '广场舞'")
    assert dancers
    assert all(g != "M" and (b is None or age_years(b, PLAUSIBLE_UNTIL) >= 45) for g, b in dancers)
    assert sql("SELECT count(*) FROM members WHERE gender = 'M' AND hair_type IN ('烫染受损', '卷发')") == [
        (0,)
    ]


def test_target_groups_include_families_and_fit_their_members(sql: Query) -> None:
    """特别客群: communities and families, students, teachers, partner businesses."""
    details = dict(
        sql("SELECT channel_detail, count(*) FROM members WHERE channel = 'target_group' GROUP BY 1")
    )
    assert set(details) == {g.value for g in TargetGroup}
    assert TargetGroup.FAMILY in details
    partners = {d for (d,) in sql("SELECT DISTINCT channel_detail FROM members WHERE channel = 'partner'")}
    assert partners <= {p.value for p in PartnerKind}
    families = sql(
        "SELECT count(*) FROM members m WHERE channel_detail = 'family' "
        "AND NOT EXISTS (SELECT 1 FROM children c WHERE c.member_id = m.id)"
    )
    assert families == [(0,)]
    assert sql("SELECT DISTINCT occupation FROM members WHERE channel_detail = 'students'") == [("学生",)]
    assert sql("SELECT DISTINCT occupation FROM members WHERE channel_detail = 'teachers'") == [("教师",)]


@pytest.mark.parametrize(("language", "family"), [("en", "Families"), ("zh_CN", "家庭")])
def test_every_target_group_of_the_demo_reads_as_a_word(qapp, sql: Query, language: str, family: str) -> None:
    from memberdesk.ui.widgets import i18n, member_labels

    i18n.install_translators(qapp, language)
    try:
        words = {
            d: member_labels.channel_detail(d)
            for (d,) in sql("SELECT DISTINCT channel_detail FROM members WHERE channel = 'target_group'")
        }
        assert words["family"] == family
        assert all(word != stored for stored, word in words.items())
        assert len(set(words.values())) == len(words)
    finally:
        i18n.install_translators(qapp, "en")
