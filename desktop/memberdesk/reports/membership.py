"""The membership report (会员分析报告): the PDF a store manager brings to a meeting."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from memberdesk.domain.analytics import Segment
from memberdesk.reports import charts
from memberdesk.reports.base import build, styles, table
from memberdesk.reports.fonts import register
from memberdesk.services.analytics import MembershipFigures

T: dict[str, dict[str, str]] = {
    "zh_CN": {
        "title": "会员分析报告",
        "period": "{start} 至 {end}",
        "summary": "概况",
        "total": "会员总数",
        "new": "新会员",
        "active": "活跃会员（期内有消费）",
        "lapsed": "流失会员（{days} 天未到店）",
        "revenue": "销售额",
        "refunds": "退款",
        "acquisition": "会员从哪里来（顾客开发途径）",
        "channel": "途径",
        "count": "人数",
        "partners": "联合促销伙伴",
        "referrers": "介绍新会员最多的老会员",
        "member": "会员",
        "referred": "介绍人数",
        "staff_referrers": "员工介绍",
        "staff": "员工",
        "tiers": "会员等级分布",
        "pareto": "二八法则",
        "pareto_text": "期内有消费的 {buyers:,} 位会员中，前 20% 贡献了 {share:.1%} 的销售额。",
        "pareto_caption": "前 20% → {share:.0%}",
        "rfm": "RFM 分群（最近消费、消费频次、消费金额）",
        "segment": "分群",
        "members": "人数",
        "segment_revenue": "销售额",
        "churn": "顾客流失",
        "churn_text": "本期新流失 {count:,} 位会员（最后到店已超过 {days} 天），"
        "每年约 {risk} 的销售额面临流失。",
        "last_visit": "最后到店",
        "lifetime": "累计消费",
        "why": "可能原因（最近的投诉或退货）",
        "returns": "退货分析",
        "type": "退货类型",
        "refund": "退款",
        "reasons": "主要退货原因",
        "reason": "原因",
        "complaints": "投诉分析",
        "category": "投诉类别",
        "gap": "服务差距",
        "status": "状态",
        "resolve": "已解决 {n} 件；解决用时中位数 {median} 小时，90% 在 {p90} 小时内。",
        "satisfaction": "顾客满意度（满意度 = 感受值 / 期望值）",
        "month": "月份",
        "expected": "期望值",
        "perceived": "感受值",
        "ratio": "满意度",
        "visits": "评价次数",
        "care": "顾客关怀",
        "kind": "事项",
        "tasks": "应关怀",
        "done": "已处理",
        "none": "（无）",
    },
    "en": {
        "title": "Membership report",
        "period": "{start} to {end}",
        "summary": "Summary",
        "total": "Members",
        "new": "New members",
        "active": "Active members (bought in the period)",
        "lapsed": "Lapsed members (no visit for {days} days)",
        "revenue": "Sales",
        "refunds": "Refunds",
        "acquisition": "Where members came from",
        "channel": "Channel",
        "count": "Members",
        "partners": "Partner promotions",
        "referrers": "Members who referred most",
        "member": "Member",
        "referred": "Referred",
        "staff_referrers": "Staff referrals",
        "staff": "Staff",
        "tiers": "Tiers",
        "pareto": "The 80/20 view",
        "pareto_text": "Of the {buyers:,} members who bought in the period, "
        "the top 20% brought {share:.1%} of sales.",
        "pareto_caption": "top 20% → {share:.0%}",
        "rfm": "RFM segments (recency, frequency, monetary value)",
        "segment": "Segment",
        "members": "Members",
        "segment_revenue": "Sales",
        "churn": "Members who stopped coming",
        "churn_text": "{count:,} members stopped coming in the period (no visit for {days} days); "
        "about {risk} a year of sales went with them.",
        "last_visit": "Last visit",
        "lifetime": "Lifetime spend",
        "why": "Likely why (last complaint or return)",
        "returns": "Returns",
        "type": "Type",
        "refund": "Refunded",
        "reasons": "Main reasons",
        "reason": "Reason",
        "complaints": "Complaints",
        "category": "Category",
        "gap": "Service gap",
        "status": "Status",
        "resolve": "{n} resolved; median time to resolve {median} h, 90% within {p90} h.",
        "satisfaction": "Satisfaction (perceived / expected)",
        "month": "Month",
        "expected": "Expected",
        "perceived": "Perceived",
        "ratio": "Satisfaction",
        "visits": "Ratings",
        "care": "Customer care",
        "kind": "Kind",
        "tasks": "Tasks",
        "done": "Done",
        "none": "(none)",
    },
}
VOCAB: dict[str, dict[str, str]] = {
    "zh_CN": {
        "word_of_mouth": "口碑",
        "partner": "联合促销",
        "staff_referral": "员工介绍",
        "member_referral": "老会员介绍",
        "target_group": "特别客群",
        "walk_in": "自行到店",
        "other": "其他",
        "bank": "银行",
        "mobile": "移动运营商",
        "gym": "健身俱乐部",
        "hotel": "酒店",
        "regular": "普通会员",
        "silver": "银卡",
        "gold": "金卡",
        "vip": "VIP",
        Segment.IMPORTANT_VALUE: "重要价值客户",
        Segment.IMPORTANT_DEVELOP: "重要发展客户",
        Segment.IMPORTANT_KEEP: "重要保持客户",
        Segment.IMPORTANT_RETAIN: "重要挽留客户",
        Segment.GENERAL_VALUE: "一般价值客户",
        Segment.GENERAL_DEVELOP: "一般发展客户",
        Segment.GENERAL_KEEP: "一般保持客户",
        Segment.GENERAL_RETAIN: "一般挽留客户",
        "quality": "质量问题",
        "size_fit": "尺码不合适",
        "colour_style": "颜色款式",
        "changed_mind": "不想要了",
        "transit_damage": "运输损坏",
        "product_quality": "商品质量",
        "service_attitude": "服务态度",
        "price": "价格",
        "environment": "购物环境",
        "waiting": "等候时间",
        "after_sales": "售后服务",
        "promotion": "促销差距",
        "understanding": "理解差距",
        "procedure": "程序差距",
        "behaviour": "行为差距",
        "perception": "感受差距",
        "open": "待处理",
        "handling": "处理中",
        "resolved": "已解决",
        "followed_up": "已回访",
        "closed": "已结案",
        "birthday": "生日",
        "child_birthday": "子女生日",
        "holiday": "节日",
        "event": "会员活动",
        "after_sales_due": "售后到期",
        "tops": "上装",
        "bottoms": "下装",
        "dresses": "裙装",
        "shoes": "鞋",
        "bra": "文胸",
        "children": "童装",
        "sale": "消费",
        "return": "退货",
        "redemption": "积分兑换",
        "birthday_gift": "生日赠送",
        "adjustment": "人工调整",
        "void": "作废",
        "marketing": "接收营销信息",
        "sensitive": "敏感个人信息",
    },
    "en": {
        Segment.IMPORTANT_VALUE: "Important value",
        Segment.IMPORTANT_DEVELOP: "Important to develop",
        Segment.IMPORTANT_KEEP: "Important to keep",
        Segment.IMPORTANT_RETAIN: "Important to win back",
        Segment.GENERAL_VALUE: "General value",
        Segment.GENERAL_DEVELOP: "General to develop",
        Segment.GENERAL_KEEP: "General to keep",
        Segment.GENERAL_RETAIN: "General to win back",
    },
}


def word(value: Any, language: str) -> str:
    """The report's word for a stored value (English ids read as words in English)."""
    text = VOCAB.get(language, {}).get(value)
    return text if text else str(getattr(value, "value", value)).replace("_", " ")


def yuan(fen: int) -> str:
    return f"¥{fen / 100:,.2f}"


class MembershipReport:
    """Builds the report's story section by section from ``MembershipFigures``."""

    def __init__(self, figures: MembershipFigures, language: str) -> None:
        self.f = figures
        self.lang = language if language in T else "en"
        self.t = T[self.lang]
        self.s = styles(register())
        self.story: list[Any] = []

    def h1(self, key: str) -> None:
        self.story.append(Paragraph(self.t[key], self.s["h1"]))

    def p(self, text: str) -> None:
        self.story.append(Paragraph(text, self.s["body"]))

    def grid(self, header: list[str], rows: list[list[Any]], widths: list[float]) -> None:
        if not rows:
            self.p(self.t["none"])
            return
        self.story.append(table([header, *rows], [w * mm for w in widths], self.s["cell"]))

    def render(self) -> bytes:
        for section in (
            self.summary,
            self.acquisition,
            self.pareto,
            self.rfm,
            self.churn,
            self.returns,
            self.complaints,
            self.satisfaction,
            self.care,
        ):
            section()
        period = self.t["period"].format(start=self.f.start, end=self.f.end)
        return build(
            self.story,
            title=f"{self.t['title']} {period}",
            header_left=f"{self.f.store_name} · {self.t['title']}",
            header_right=period,
            language=self.lang,
        )

    def summary(self) -> None:
        t, f = self.t, self.f
        self.story.append(Paragraph(f"{f.store_name} {t['title']}", self.s["title"]))
        self.p(t["period"].format(start=f.start, end=f.end))
        self.h1("summary")
        rows = [
            [t["total"], f"{f.members_total:,}"],
            [t["new"], f"{f.members_new:,}"],
            [t["active"], f"{f.members_active:,}"],
            [t["lapsed"].format(days=f.churn_days), f"{f.members_lapsed:,}"],
            [t["revenue"], yuan(f.revenue_fen)],
            [t["refunds"], yuan(f.refunds_fen)],
        ]
        self.story.append(table([["", ""], *rows], [110 * mm, 60 * mm], self.s["cell"]))

    def acquisition(self) -> None:
        t, f, lang = self.t, self.f, self.lang
        self.h1("acquisition")
        self.story.append(charts.bars([(word(k, lang), n) for k, n in f.by_channel]))
        if f.by_partner:
            self.grid([t["partners"], t["count"]], [[word(k, lang), n] for k, n in f.by_partner], [110, 60])
        self.story.append(Spacer(1, 3 * mm))
        self.grid([t["referrers"], t["referred"]], [[name, n] for _, name, n in f.top_referrers], [110, 60])
        if f.staff_referrers:
            self.story.append(Spacer(1, 3 * mm))
            self.grid(
                [t["staff_referrers"], t["count"]], [[name, n] for name, n in f.staff_referrers], [110, 60]
            )
        heading = Paragraph(t["tiers"], self.s["h1"])
        self.story.append(KeepTogether([heading, charts.bars([(word(k, lang), n) for k, n in f.tiers])]))

    def pareto(self) -> None:
        f, t = self.f, self.t
        block = [
            Paragraph(t["pareto"], self.s["h1"]),
            Paragraph(
                t["pareto_text"].format(buyers=f.pareto.buyers, share=f.pareto.top20_share), self.s["body"]
            ),
            charts.pareto(
                f.pareto.curve, f.pareto.top20_share, t["pareto_caption"].format(share=f.pareto.top20_share)
            ),
        ]
        self.story.append(KeepTogether(block))

    def rfm(self) -> None:
        t, lang = self.t, self.lang
        rows = [(word(seg, lang), n, revenue) for seg, n, revenue in self.f.rfm]
        heading = Paragraph(t["rfm"], self.s["h1"])
        self.story.append(KeepTogether([heading, charts.bars([(label, n) for label, n, _ in rows])]))
        self.grid(
            [t["segment"], t["members"], t["segment_revenue"]],
            [[label, f"{n:,}", yuan(r)] for label, n, r in rows],
            [80, 40, 50],
        )

    def churn(self) -> None:
        t, f = self.t, self.f
        self.h1("churn")
        self.p(
            t["churn_text"].format(count=f.churned_count, days=f.churn_days, risk=yuan(f.revenue_at_risk_fen))
        )
        self.story.append(Spacer(1, 2 * mm))
        rows = [
            [
                c.name,
                c.last_visit.isoformat(),
                yuan(c.lifetime_fen),
                self._why(c.last_complaint, c.last_return),
            ]
            for c in f.churned
        ]
        self.grid([t["member"], t["last_visit"], t["lifetime"], t["why"]], rows, [28, 26, 30, 86])

    def _why(self, complaint: str, returned: str) -> str:
        parts = []
        for text in (complaint, returned):
            if text:
                key, _, rest = text.partition(": ")
                parts.append(f"{word(key, self.lang)}：{rest}")
        return "；".join(parts)

    def returns(self) -> None:
        t, f, lang = self.t, self.f, self.lang
        self.h1("returns")
        self.grid(
            [t["type"], t["count"], t["refund"]],
            [[word(k, lang), n, yuan(fen)] for k, n, fen in f.returns_by_type],
            [80, 40, 50],
        )
        self.story.append(Spacer(1, 3 * mm))
        self.grid(
            [t["reason"], t["type"], t["count"]],
            [[reason, word(k, lang), n] for k, reason, n in f.top_return_reasons],
            [80, 50, 40],
        )

    def complaints(self) -> None:
        t, f, lang = self.t, self.f, self.lang
        self.h1("complaints")
        self.story.append(charts.bars([(word(k, lang), n) for k, n in f.complaints_by_category]))
        self.grid([t["gap"], t["count"]], [[word(k, lang), n] for k, n in f.complaints_by_gap], [110, 60])
        self.story.append(Spacer(1, 3 * mm))
        self.grid(
            [t["status"], t["count"]], [[word(k, lang), n] for k, n in f.complaints_by_status], [110, 60]
        )
        if f.resolved_count:
            self.story.append(Spacer(1, 2 * mm))
            self.p(
                t["resolve"].format(
                    n=f.resolved_count,
                    median=f"{f.resolve_hours_median:.1f}",
                    p90=f"{f.resolve_hours_p90:.1f}",
                )
            )

    def satisfaction(self) -> None:
        t, f = self.t, self.f
        self.h1("satisfaction")
        if f.satisfaction_by_month:
            self.story.append(charts.line([(m, ratio) for m, _, _, ratio, _ in f.satisfaction_by_month]))
        self.grid(
            [t["month"], t["expected"], t["perceived"], t["ratio"], t["visits"]],
            [[m, f"{e:.2f}", f"{p:.2f}", f"{r:.0%}", n] for m, e, p, r, n in f.satisfaction_by_month],
            [34, 34, 34, 34, 34],
        )
        self.story.append(Spacer(1, 3 * mm))
        self.grid(
            [t["staff"], t["ratio"], t["visits"]],
            [[name, f"{r:.0%}", n] for name, r, n in f.satisfaction_by_staff],
            [90, 40, 40],
        )

    def care(self) -> None:
        t, lang = self.t, self.lang
        self.h1("care")
        rows = [
            [word("after_sales_due" if k == "after_sales" else k, lang), n, d]
            for k, n, d in self.f.care_by_kind
        ]
        self.grid([t["kind"], t["tasks"], t["done"]], rows, [90, 40, 40])


def render(figures: MembershipFigures, language: str = "zh_CN") -> bytes:
    return MembershipReport(figures, language).render()
