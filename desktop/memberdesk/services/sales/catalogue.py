"""The optional product catalogue: lookup by SKU/barcode and CSV/Excel import.

Import is all-or-nothing: every row is checked first; one bad row refuses the file with
its row number, so a half-imported price list never reaches the counter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import or_, select

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.services.common.context import Actor
from memberdesk.services.io import spreadsheet_file
from memberdesk.services.sales.recording import money
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Product

COLUMNS = ("sku", "barcode", "name", "category", "price", "sizes")
HEADER_ALIASES = {
    "货号": "sku",
    "条码": "barcode",
    "品名": "name",
    "名称": "name",
    "类别": "category",
    "价格": "price",
    "售价": "price",
    "尺码": "sizes",
}


@dataclass(frozen=True)
class ProductInfo:
    id: int
    sku: str
    barcode: str
    name: str
    category: str
    price_fen: int
    sizes: list[str]


def lookup(db: Database, code: str) -> ProductInfo | None:
    """The active product whose SKU or barcode is ``code``."""
    code = code.strip()
    if not code:
        return None
    with db.read() as s:
        p = s.scalars(
            select(Product).where(or_(Product.sku == code, Product.barcode == code), Product.active)
        ).first()
        if p is None:
            return None
        return ProductInfo(
            p.id,
            p.sku,
            p.barcode or "",
            p.name,
            p.category,
            p.price_fen,
            [x for x in p.sizes.split(",") if x],
        )


def _catalogue_columns(headers: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, header in enumerate(headers):
        name = HEADER_ALIASES.get(header.strip(), header.strip().lower())
        if name in COLUMNS and name not in found:
            found[name] = i
    return found


def _rows(path: Path) -> list[dict[str, str]]:
    # The shared reader: .xlsx or CSV told by content, a title row above the header, the sheet
    # with a SKU column, and a clear typed error for an empty, foreign, damaged or .xls file.
    table = spreadsheet_file.read_table(path, _catalogue_columns, "sku")
    if not table.headers:
        return []
    columns = _catalogue_columns(table.headers)
    for needed in ("sku", "name", "price"):
        if needed not in columns:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The file has no “{column}” column."), field="file", column=needed
            )
    return [
        {name: "" if i >= len(row) or row[i] is None else _text(row[i])[:200] for name, i in columns.items()}
        for row in table.rows
    ]


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def import_products(db: Database, actor: Actor, path: Path) -> int:
    """Add or update products from a CSV or .xlsx file; returns how many rows were taken."""
    require(actor, Permission.MANAGE_CATALOGUE)
    rows = _rows(path)
    parsed: list[dict[str, object]] = []
    for n, row in enumerate(rows, start=2):
        sku, name = row.get("sku", ""), row.get("name", "")
        if not sku or not name:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Row {row}: SKU and name are required."), field="file", row=n
            )
        try:
            price = money(row.get("price", ""), "price")
        except ValidationError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Row {row}: the price is not valid."), field="file", row=n
            ) from None
        parsed.append(
            {
                "sku": sku[:40],
                "barcode": row.get("barcode") or None,
                "name": name[:100],
                "category": row.get("category", "")[:30],
                "price_fen": price,
                "sizes": ",".join(
                    x.strip() for x in row.get("sizes", "").replace("/", ",").split(",") if x.strip()
                )[:200],
            }
        )
    with db.write() as s:
        for item in parsed:
            existing = s.scalars(select(Product).where(Product.sku == item["sku"])).first()
            if existing is None:
                s.add(Product(**item))
            else:
                for key, value in item.items():
                    setattr(existing, key, value)
        s.flush()
        audit.record(
            s, actor, "catalogue.import", entity="products", detail=f"{len(parsed)} rows from {path.name}"
        )
    return len(parsed)
