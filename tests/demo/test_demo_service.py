"""The demo's service records, read as a store manager would: dates, reasons and work that fit."""

from __future__ import annotations

import datetime as dt

from memberdesk.domain.points import SalesRules
from tests.demo.conftest import Query, day_of


def test_nobody_complains_suggests_or_earns_points_before_they_enrolled(sql: Query) -> None:
    early = {
        table: sql(
            f"SELECT count(*) FROM {table} t JOIN members m ON m.id = t.member_id "
            f"WHERE t.{column} < m.enrolled_at"
        )[0][0]
        for table, column in (
            ("sales", "created_at"),
            ("complaints", "opened_at"),
            ("suggestions", "created_at"),
            ("points_entries", "created_at"),
            ("consents", "recorded_at"),
        )
    }
    assert early == {"sales": 0, "complaints": 0, "suggestions": 0, "points_entries": 0, "consents": 0}
    # a member's complaint follows a visit with a purchase
    without_purchase = sql(
        "SELECT count(*) FROM complaints c WHERE c.member_id IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM sales s WHERE s.member_id = c.member_id AND s.created_at <= c.opened_at)"
    )
    assert without_purchase == [(0,)]


def test_after_sales_work_fits_the_goods(sql: Query) -> None:
    """Trousers shortened, dresses taken in, heels mended: never a silk shirt's trouser legs."""
    rows = sql("SELECT kind, description FROM service_records")
    assert len(rows) > 20
    fits = {
        "裤脚改短": ("裤",),
        "裙摆改短": ("裙",),
        "收腰": ("裙",),
        "袖长改短": ("衬衫", "大衣"),
        "鞋跟维修": ("鞋", "靴"),
        "鞋底开胶修补": ("鞋",),
    }
    wrong = []
    for kind, description in rows:
        work, _, goods = description.partition("：")
        if not any(word in goods for word in fits.get(work, ())):
            wrong.append(description)
        if kind == "repair" and "鞋" not in goods and "靴" not in goods:
            wrong.append(description)
    assert wrong == []


def test_returns_give_a_reason_the_goods_can_have_and_late_ones_are_approved(sql: Query) -> None:
    rows = sql(
        "SELECT l.category, r.return_type, r.reason, r.approved_by_id, r.created_at, s.created_at, "
        "r.refund_total_fen FROM returns r JOIN return_lines rl ON rl.return_id = r.id "
        "JOIN sale_lines l ON l.id = rl.sale_line_id JOIN sales s ON s.id = r.sale_id"
    )
    assert len(rows) > 100
    rules = SalesRules()
    shoe_words = ("鞋", "脚")
    for category, kind, reason, approved, returned, sold, refund in rows:
        if category == "化妆品":
            assert kind != "size_fit" and not any(w in reason for w in shoe_words), reason
        if category not in ("鞋", "童装"):
            assert not any(w in reason for w in shoe_words), (category, reason)
        days = (returned - sold) // (86_400 * 1_000_000)
        if days > rules.return_window_days or refund > rules.refund_limit_fen:
            assert approved is not None, (days, refund)
    assert any(r[3] is None for r in rows)  # most need nobody's approval


def test_the_past_new_season_evening_is_named_for_its_season(sql: Query) -> None:
    seasons = {12: "冬", 1: "冬", 2: "冬", 3: "春", 4: "春", 5: "春", 6: "夏", 7: "夏", 8: "夏"}
    (title, starts), _ = sql("SELECT title, starts_at FROM member_events ORDER BY starts_at")
    month = day_of(starts).month
    assert title.startswith(seasons.get(month, "秋")), (title, dt.date.isoformat(day_of(starts)))
