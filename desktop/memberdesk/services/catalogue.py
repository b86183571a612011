"""The optional product catalogue: lookup by SKU/barcode and CSV/Excel import.

Import is all-or-nothing: every row is checked first; one bad row refuses the file with
its row number, so a half-imported price list never reaches the counter.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import or_, select

from memberdesk.services import audit
from memberdesk.services.context import Actor
from memberdesk.services.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.services.permissions import Permission, require
from memberdesk.services.sales import money
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


def _rows(path: Path) -> list[dict[str, str]]:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        ws = load_workbook(path, read_only=True, data_only=True).active
        assert ws is not None
        values = [
            ["" if c is None else str(c).strip() for c in row] for row in ws.iter_rows(values_only=True)
        ]
    else:
        raw = path.read_bytes()
        for enc in ("utf-8-sig", "gb18030"):
            try:
                text = raw.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The file is neither UTF-8 nor GBK text."), field="file"
            )
        values = [[c.strip() for c in row] for row in csv.reader(io.StringIO(text))]
    if not values:
        return []
    header = [HEADER_ALIASES.get(h, h.lower()) for h in values[0]]
    for needed in ("sku", "name", "price"):
        if needed not in header:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The file has no “{column}” column."), field="file", column=needed
            )
    return [dict(zip(header, row, strict=False)) for row in values[1:] if any(row)]


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
