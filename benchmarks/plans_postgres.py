# ruff: noqa: E501  (SQL text reads best unbroken)
"""Which lookup shapes use an index on PostgreSQL: EXPLAIN on a synthetic 200,000-member table.

    uv run python benchmarks/plans_postgres.py postgresql+psycopg://postgres@127.0.0.1:5433/postgres

Creates a scratch database, migrates it, fills members and member_keys with generated rows
(``generate_series``), ANALYZEs, prints the plan of each shape, and drops the database.
"""

from __future__ import annotations

import sys
import uuid

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from memberdesk.store import migrate
from memberdesk.store.database import connect

SHAPES = [
    ("phone =", "SELECT id FROM members WHERE phone = '13800012345'"),
    ("phone_last4 =", "SELECT id FROM members WHERE phone_last4 = '2345' LIMIT 40"),
    ("card range (COLLATE \"C\")",
     "SELECT id FROM members WHERE card_no >= 'M00100012' AND card_no < 'M00100012\U0010ffff' "
     "ORDER BY card_no LIMIT 40"),
    ("member_keys range", "SELECT member_id FROM member_keys WHERE key >= 'p:zhangwei12' "
                          "AND key < 'p:zhangwei12\U0010ffff' ORDER BY key LIMIT 40"),
    ("member_keys LIKE 'x%'", "SELECT member_id FROM member_keys WHERE key LIKE 'p:zhangwei12%' LIMIT 40"),
    ("member_keys ILIKE 'x%'", "SELECT member_id FROM member_keys WHERE key ILIKE 'p:zhangwei12%' LIMIT 40"),
    ("name LIKE '%x%'", "SELECT id FROM members WHERE name LIKE '%伟%' LIMIT 20"),
    ("name range, default collation", "SELECT id FROM members WHERE name >= '张' AND name < '张\U0010ffff' LIMIT 20"),
    ("lower(key) range", "SELECT member_id FROM member_keys WHERE lower(key) >= 'p:zhangwei12' LIMIT 40"),
]  # fmt: skip

FILL = [
    "INSERT INTO stores (uid, code, name, address, phone, invoice_desk, created_at) "
    "VALUES (gen_random_uuid(), 'S1', 'x', '', '', '', now())",
    "INSERT INTO members (uid, store_id, card_no, phone, phone_last4, name, gender, birthday_lunar, lunar_leap, "
    "email, address, occupation, hobbies, hair_type, skin_type, notes, tier, status, channel, channel_detail, "
    "enrolled_at, updated_at) "
    "SELECT gen_random_uuid(), 1, 'M001' || lpad(i::text, 7, '0'), '138' || lpad(i::text, 8, '0'), "
    "right(lpad(i::text, 8, '0'), 4), (ARRAY['张','王','李','赵'])[i % 4 + 1] || '伟' || i, 'U', false, false, "
    "'', '', '', '', '', '', '', 'regular', 'active', 'walk_in', '', now(), now() "
    "FROM generate_series(1, 200000) AS i",
    "INSERT INTO member_keys (key, member_id) SELECT 'n:' || name, id FROM members "
    "UNION ALL SELECT 'p:' || (ARRAY['zhang','wang','li','zhao'])[id % 4 + 1] || 'wei' || id, id FROM members",
    "ANALYZE",
]


def main() -> int:
    admin_url = sys.argv[1]
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"md_plans_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        db = connect(make_url(admin_url).set(database=name))
        migrate.upgrade(db)
        with db.engine.begin() as conn:
            for sql in FILL:
                conn.execute(text(sql))
        print("| query shape | PostgreSQL plan |\n|---|---|")
        with db.engine.connect() as conn:
            for label, sql in SHAPES:
                plan = [r[0].strip() for r in conn.execute(text(f"EXPLAIN {sql}"))]
                scan = next((p for p in plan if "Scan" in p), plan[0])
                print(f"| {label} | `{scan.split('  (cost')[0].lstrip('-> ')}` |")
        db.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
