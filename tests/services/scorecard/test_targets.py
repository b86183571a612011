"""Targets per role: the manager sets them, values out of range are refused with a message."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from memberdesk.domain.errors import PermissionDenied, ValidationError
from memberdesk.domain.vocab import Role
from memberdesk.services.scorecard.targets import RoleTargets, get_targets, save_targets
from memberdesk.store.models import AuditEntry
from tests.conftest import Shop

CLERKS = RoleTargets(
    Role.CLERK,
    sales_target_fen=80_000_00,
    enrolment_target=20,
    satisfaction_threshold=95,
    bonus_per_enrolment_fen=10_00,
    bonus_per_referral_fen=20_00,
    sales_bonus_fen=500_00,
)


def test_the_manager_sets_a_roles_targets_and_they_are_kept(shop: Shop) -> None:
    assert get_targets(shop.db, shop.store_id)[Role.CLERK] == RoleTargets(Role.CLERK)  # none yet
    save_targets(shop.db, shop.manager, CLERKS)
    save_targets(shop.db, shop.manager, RoleTargets(Role.SUPERVISOR, sales_target_fen=1))
    kept = get_targets(shop.db, shop.store_id)
    assert kept[Role.CLERK] == CLERKS
    assert kept[Role.SUPERVISOR].sales_target_fen == 1
    changed = RoleTargets(Role.CLERK, sales_bonus_fen=1)
    save_targets(shop.db, shop.manager, changed)
    assert get_targets(shop.db, shop.store_id)[Role.CLERK] == changed


@pytest.mark.parametrize("who", ["clerk", "supervisor"])
def test_only_the_manager_sets_targets(shop: Shop, who: str) -> None:
    with pytest.raises(PermissionDenied):
        save_targets(shop.db, getattr(shop, who), CLERKS)
    assert get_targets(shop.db, shop.store_id)[Role.CLERK] == RoleTargets(Role.CLERK)


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("sales_target_fen", -1, "monthly sales target"),
        ("sales_target_fen", 100_000_000_01, "monthly sales target"),
        ("enrolment_target", 100_001, "new members"),
        ("satisfaction_threshold", 501, "satisfaction threshold"),
        ("bonus_per_enrolment_fen", 100_000_01, "bonus"),
        ("bonus_per_referral_fen", -5, "bonus"),
        ("sales_bonus_fen", True, "bonus"),
    ],
)
def test_a_value_out_of_range_is_refused_with_its_message(
    shop: Shop, field: str, value: object, words: str
) -> None:
    bad = RoleTargets(**{**CLERKS.__dict__, field: value})
    with pytest.raises(ValidationError) as refused:
        save_targets(shop.db, shop.manager, bad)
    assert refused.value.field == field
    assert words in refused.value.english()
    assert get_targets(shop.db, shop.store_id)[Role.CLERK] == RoleTargets(Role.CLERK)


def test_a_change_of_targets_is_audited(shop: Shop) -> None:
    save_targets(shop.db, shop.manager, CLERKS)
    with shop.db.read() as s:
        found = s.scalars(select(AuditEntry).where(AuditEntry.action == "rules.staff_targets")).all()
        assert [e.staff_id for e in found] == [shop.manager.staff_id]


amounts = st.one_of(st.integers(-10, 10), st.integers(-(2**63), 2**63), st.booleans())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.fixed_dictionaries(
        {
            "sales_target_fen": amounts,
            "enrolment_target": amounts,
            "satisfaction_threshold": amounts,
            "bonus_per_enrolment_fen": amounts,
            "bonus_per_referral_fen": amounts,
            "sales_bonus_fen": amounts,
        }
    )
)
def test_any_values_are_kept_whole_or_refused_on_their_field(shop: Shop, values: dict[str, object]) -> None:
    """Whatever a form hands over: saved and read back as given, or refused naming a field
    out of range, with nothing the database would refuse reaching it."""
    typed = RoleTargets(Role.SUPERVISOR, **values)  # type: ignore[arg-type]
    try:
        save_targets(shop.db, shop.manager, typed)
    except ValidationError as refused:
        assert refused.field in typed.problems()
        return
    assert not typed.problems()
    assert get_targets(shop.db, shop.store_id)[Role.SUPERVISOR] == typed
