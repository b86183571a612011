import io

from pypdf import PdfReader

from memberdesk.documents.receipt import ReceiptData, ReceiptLine
from memberdesk.reports.receipt import render_receipt


def test_receipt_renders_chinese() -> None:
    data = ReceiptData(
        store_name="测试门店",
        receipt_no="R00000001",
        when="2026-11-25 15:30",
        staff="张店员",
        member="会员1",
        lines=[ReceiptLine("牛仔裤", "30", 1, 29950, 29950), ReceiptLine("T恤", "M", 2, 9900, 19800)],
        discount_fen=500,
        total_fen=49250,
        payments=[("微信支付", 49250)],
        points_earned=492,
        invoice_desk="一楼服务台",
        labels={"total": "合计", "invoice": "发票"},
    )
    pdf = render_receipt(data)
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "R00000001" in text and "¥492.50" in text and "牛仔裤" in text and "一楼服务台" in text
