"""The stored words of the shop's vocabularies stay what the database already holds."""

from __future__ import annotations

from memberdesk.domain.vocab import TargetGroup


def test_target_groups_are_the_special_groups_a_store_campaigns_in() -> None:
    """特别客群: residential communities and families, students, teachers, partner businesses.

    The values are stored in ``members.channel_detail`` (free text, no constraint), so adding
    one needs no migration, and renaming one would orphan what is stored."""
    assert {g.value for g in TargetGroup} == {
        "community",
        "family",
        "students",
        "teachers",
        "partner_business",
    }
    assert TargetGroup("family") is TargetGroup.FAMILY
