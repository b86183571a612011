"""The membership report (会员分析报告): the PDF a store manager brings to a meeting."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from memberdesk.documents.campaign_lines import CampaignLine
from memberdesk.documents.figures import MembershipFigures
from memberdesk.domain.analytics import Segment
from memberdesk.domain.churn import REPLACE_COST_RATIO, TYPICAL_YEARLY_CHURN, UNHAPPY_TELLS, WinbackCause
from memberdesk.domain.vocab import (
    CareKind,
    Channel,
    ComplaintCategory,
    ComplaintStatus,
    PartnerKind,
    ReturnType,
    ServiceGap,
    Tier,
)
from memberdesk.reports import charts
from memberdesk.reports.base import build, escape, styles, table
from memberdesk.reports.fonts import register
from memberdesk.reports.wording import ReportLanguage, yuan

CONTEXT = "MembershipReport"


class MembershipReport:
    """Builds the report's story section by section from ``MembershipFigures``.

    One word, one meaning: sales before refunds are "gross sales", after them "net sales"
    (the Reports page says the same), a member's purchases less their refunds in the period
    are their "net spend", and a figure named twice is the same figure both times.
    """

    def __init__(
        self, figures: MembershipFigures, language: str, campaigns: Sequence[CampaignLine] = ()
    ) -> None:
        self.f = figures
        self.campaign_lines = list(campaigns)
        self.lang = ReportLanguage(language)
        self.word = self.lang.word
        self.s = styles(register())
        # a heading never ends a page: it goes over with the chart or table it names
        self.s["h1"] = ParagraphStyle("h1_kept", parent=self.s["h1"], keepWithNext=1)
        self.story: list[Any] = []

    def h1(self, text: str) -> None:
        self.story.append(Paragraph(escape(text), self.s["h1"]))

    def p(self, text: str) -> None:
        self.story.append(Paragraph(escape(text), self.s["body"]))

    def grid(self, header: list[str], rows: list[list[Any]], widths: list[float]) -> None:
        if not rows:
            self.p(self.lang.translate("MembershipReport", "(none)"))
            return
        self.story.append(table([header, *rows], [w * mm for w in widths], self.s["cell"]))

    def title(self) -> str:
        return self.lang.translate("MembershipReport", "Membership report")

    def period(self) -> str:
        return self.lang.translate("MembershipReport", "{start} to {end}").format(
            start=self.f.start, end=self.f.end
        )

    def render(self) -> bytes:
        for section in (
            self.summary,
            self.acquisition,
            self.pareto,
            self.rfm,
            self.churn,
            self.campaigns,
            self.returns,
            self.complaints,
            self.satisfaction,
            self.care,
        ):
            section()
        return build(
            self.story,
            title=f"{self.title()} {self.period()}",
            header_left=f"{self.f.store_name} · {self.title()}",
            header_right=self.period(),
            language=self.lang.code,
        )

    def summary(self) -> None:
        f = self.f
        self.story.append(Paragraph(escape(f"{f.store_name} {self.title()}"), self.s["title"]))
        self.p(self.period())
        self.h1(self.lang.translate("MembershipReport", "Summary"))
        rows = [
            [self.lang.translate("MembershipReport", "Members in all"), f"{f.members_total:,}"],
            [self.lang.translate("MembershipReport", "New members"), f"{f.members_new:,}"],
            [
                self.lang.translate("MembershipReport", "Active members (bought in the period)"),
                f"{f.members_active:,}",
            ],
            [
                self.lang.translate("MembershipReport", "Lapsed members (no visit for {days} days)").format(
                    days=f.churn_days
                ),
                f"{f.members_lapsed:,}",
            ],
            [
                self.lang.translate("MembershipReport", "Gross sales (before refunds)"),
                yuan(f.gross_sales_fen),
            ],
            [self.lang.translate("MembershipReport", "Refunds"), yuan(f.refunds_fen)],
            [
                self.lang.translate("MembershipReport", "Net sales (gross sales less refunds)"),
                yuan(f.net_sales_fen),
            ],
            [
                self.lang.translate(
                    "MembershipReport", "Churn rate a year (typical: {low:.0%}–{high:.0%})"
                ).format(low=TYPICAL_YEARLY_CHURN[0], high=TYPICAL_YEARLY_CHURN[1]),
                f"{f.churn_rate_year:.0%}" if f.churn_rate_year is not None else "—",
            ],
            [
                self.lang.translate(
                    "MembershipReport", "Revenue at risk (what the lost bought in their last year)"
                ),
                yuan(f.revenue_at_risk_fen),
            ],
            [self.lang.translate("MembershipReport", "Suggestions received"), f"{f.suggestions_count:,}"],
        ]
        self.story.append(table(rows, [110 * mm, 60 * mm], self.s["cell"], header=False))

    def acquisition(self) -> None:
        f, word = self.f, self.word
        members = self.lang.translate("MembershipReport", "Number of members")
        self.h1(self.lang.translate("MembershipReport", "Where members came from"))
        self.story.append(charts.bars([(word(Channel, k), n) for k, n in f.by_channel]))
        if f.by_partner:
            self.grid(
                [self.lang.translate("MembershipReport", "Partner promotions"), members],
                [[word(PartnerKind, k), n] for k, n in f.by_partner],
                [110, 60],
            )
        self.story.append(Spacer(1, 3 * mm))
        self.grid(
            [
                self.lang.translate("MembershipReport", "Members who referred most"),
                self.lang.translate("MembershipReport", "Referred"),
            ],
            [[name, n] for _, name, n in f.top_referrers],
            [110, 60],
        )
        if f.staff_referrers:
            self.story.append(Spacer(1, 3 * mm))
            self.grid(
                [self.lang.translate("MembershipReport", "Staff who referred new members"), members],
                [[name, n] for name, n in f.staff_referrers],
                [110, 60],
            )
        heading = Paragraph(
            escape(self.lang.translate("MembershipReport", "Tier distribution")), self.s["h1"]
        )
        self.story.append(KeepTogether([heading, charts.bars([(word(Tier, k), n) for k, n in f.tiers])]))

    def pareto(self) -> None:
        f = self.f
        # The curve ranks members by net spend; a member whose refunds in the period match
        # what they bought has none to rank, so the sentence names both counts.
        text = self.lang.translate(
            "MembershipReport",
            "Of the {active:,} active members, {buyers:,} spent more than they had refunded in the "
            "period; the top 20% of them brought {share:.1%} of their net spend.",
        )
        caption = self.lang.translate("MembershipReport", "top 20% → {share:.0%}")
        block = [
            Paragraph(escape(self.lang.translate("MembershipReport", "The 80/20 view")), self.s["h1"]),
            Paragraph(
                escape(
                    text.format(active=f.members_active, buyers=f.pareto.buyers, share=f.pareto.top20_share)
                ),
                self.s["body"],
            ),
            charts.pareto(f.pareto.curve, f.pareto.top20_share, caption.format(share=f.pareto.top20_share)),
        ]
        self.story.append(KeepTogether(block))

    def rfm(self) -> None:
        rows = [(self.word(Segment, seg), n, spend) for seg, n, spend in self.f.rfm]
        heading = Paragraph(
            escape(
                self.lang.translate("MembershipReport", "RFM segments (recency, frequency, monetary value)")
            ),
            self.s["h1"],
        )
        self.story.append(KeepTogether([heading, charts.bars([(label, n) for label, n, _ in rows])]))
        self.story.append(Spacer(1, 3 * mm))
        self.grid(
            [
                self.lang.translate("MembershipReport", "Segment"),
                self.lang.translate("MembershipReport", "Number of members"),
                self.lang.translate("MembershipReport", "Their net spend in the period"),
            ],
            [[label, f"{n:,}", yuan(spend)] for label, n, spend in rows],
            [80, 40, 50],
        )

    def churn(self) -> None:
        f = self.f
        self.h1(self.lang.translate("MembershipReport", "Members who stopped coming"))
        low, high = TYPICAL_YEARLY_CHURN
        if f.churn_base and f.churn_rate_year is not None and f.retention is not None:
            text = self.lang.translate(
                "MembershipReport",
                "Of the {base:,} members who bought in the {days} days before the period, {lost:,} "
                "bought nothing in the {days} days before its end: {kept:.0%} stayed. That is a churn "
                "rate of {rate:.0%} a year; the training material says a typical store loses "
                "{low:.0%}–{high:.0%} of its customers a year.",
            )
            self.p(
                text.format(
                    base=f.churn_base,
                    lost=f.churned_count,
                    days=f.churn_days,
                    kept=f.retention,
                    rate=f.churn_rate_year,
                    low=low,
                    high=high,
                )
            )
        else:
            text = self.lang.translate(
                "MembershipReport",
                "No member bought in the {days} days before the period, so there is no churn rate to "
                "show (the training material says a typical store loses {low:.0%}–{high:.0%} of its "
                "customers a year).",
            )
            self.p(text.format(days=f.churn_days, low=low, high=high))
        if f.churned_count:
            text = self.lang.translate(
                "MembershipReport",
                "Revenue at risk: in the year up to their last purchase the {lost:,} members lost "
                "bought {risk}. Rule of thumb from the training material (1:8): winning a new "
                "customer costs about 8 times as much as keeping one, so replacing them costs as "
                "much as keeping {keep:,} members.",
            )
            self.p(
                text.format(
                    lost=f.churned_count,
                    risk=yuan(f.revenue_at_risk_fen),
                    keep=f.churned_count * REPLACE_COST_RATIO,
                )
            )
        self.story.append(Spacer(1, 2 * mm))
        rows = [
            [
                c.name,
                c.last_visit.isoformat(),
                yuan(c.year_fen),
                self._why(c.last_complaint, c.last_return),
            ]
            for c in f.churned
        ]
        self.grid(
            [
                self.lang.translate("MembershipReport", "Member"),
                self.lang.translate("MembershipReport", "Last purchase"),
                self.lang.translate("MembershipReport", "Bought in their last year"),
                self.lang.translate("MembershipReport", "Likely why (last complaint or return)"),
            ],
            rows,
            [28, 26, 30, 86],
        )
        self.winback()

    def winback(self) -> None:
        """The lost by likely cause, and the text message each cause gets (win-back)."""
        f = self.f
        if not f.churned_count:
            return
        from memberdesk.documents import card_texts  # the care messages' own texts

        texts = card_texts.load()
        language = "zh_CN" if self.lang.chinese else "en"
        values = {
            "signature": "",
            "honorific": self.lang.translate("MembershipReport", "Dear member"),
            "store": f.store_name,
        }
        self.story.append(Spacer(1, 3 * mm))
        self.p(
            self.lang.translate("MembershipReport", "Winning them back: the likely cause and what we send")
        )
        self.grid(
            [
                self.lang.translate("MembershipReport", "Likely cause"),
                self.lang.translate("MembershipReport", "Members lost"),
                self.lang.translate("MembershipReport", "Bought in their last year"),
                self.lang.translate("MembershipReport", "Text message"),
            ],
            [
                [
                    self.word(WinbackCause, cause),
                    f"{n:,}",
                    yuan(fen),
                    texts.short_message(f"winback_{cause.value}", language, values),
                ]
                for cause, n, fen in f.churn_causes
                if n
            ],
            [34, 20, 28, 88],
        )

    def campaigns(self) -> None:
        """The period's campaigns, each against its held-out control group: the share of each
        group who bought in the campaign's window and the difference with its 95 % range."""
        if not self.campaign_lines:
            return
        self.h1(self.lang.translate("MembershipReport", "Campaigns"))
        self.p(
            self.lang.translate(
                "MembershipReport",
                "Each campaign held a random share of its members out as a control group; the lift is "
                "how many more of those who got it bought in its window (95 % range: Welch).",
            )
        )

        def share(x: float | None) -> str:
            return "—" if x is None else f"{x * 100:.1f}%"

        rows = []
        for c in self.campaign_lines:
            between = (
                self.lang.translate("MembershipReport", "{low} to {high}").format(
                    low=share(c.low), high=share(c.high)
                )
                if c.low is not None and c.high is not None
                else self.lang.translate("MembershipReport", "too few to tell")
            )
            rows.append(
                [
                    c.name,
                    f"{c.starts_on:%m-%d}–{c.ends_on:%m-%d}",
                    f"{c.recipients:,} / {c.controls:,}",
                    f"{share(c.bought_recipients)} / {share(c.bought_control)}",
                    f"{c.difference * 100:+.1f}%",
                    between,
                    yuan(c.revenue_difference_fen),
                ]
            )
        self.grid(
            [
                self.lang.translate("MembershipReport", "Campaign"),
                self.lang.translate("MembershipReport", "Window"),
                self.lang.translate("MembershipReport", "Sent / control"),
                self.lang.translate("MembershipReport", "Bought: sent / control"),
                self.lang.translate("MembershipReport", "Lift"),
                self.lang.translate("MembershipReport", "95 % range"),
                self.lang.translate("MembershipReport", "Revenue per member, lift"),
            ],
            rows,
            [30, 20, 22, 30, 16, 28, 24],
        )

    def _why(self, complaint: str, returned: str) -> str:
        parts = []
        for kind, text in ((ComplaintCategory, complaint), (ReturnType, returned)):
            if text:
                key, _, rest = text.partition(": ")
                parts.append(f"{self.word(kind, key)}{'：' if self.lang.chinese else ': '}{rest}")
        return ("；" if self.lang.chinese else "; ").join(parts)

    def returns(self) -> None:
        f, word = self.f, self.word
        return_type = self.lang.translate("MembershipReport", "Return type")
        returns_made = self.lang.translate("MembershipReport", "Returns made")
        self.h1(self.lang.translate("MembershipReport", "Returns and refunds"))
        self.grid(
            [return_type, returns_made, self.lang.translate("MembershipReport", "Refunded")],
            [[word(ReturnType, k), n, yuan(fen)] for k, n, fen in f.returns_by_type],
            [80, 40, 50],
        )
        self.story.append(Spacer(1, 3 * mm))
        self.grid(
            [return_type, self.lang.translate("MembershipReport", "Main reasons for returns"), returns_made],
            [[word(ReturnType, k), reason, n] for k, reason, n in f.top_return_reasons],
            [50, 80, 40],
        )

    def complaints(self) -> None:
        f, word = self.f, self.word
        count = self.lang.translate("MembershipReport", "Complaints made")
        self.h1(self.lang.translate("MembershipReport", "Complaints and suggestions"))
        self.story.append(charts.bars([(word(ComplaintCategory, k), n) for k, n in f.complaints_by_category]))
        self.grid(
            [self.lang.translate("MembershipReport", "Service gap"), count],
            [[word(ServiceGap, k), n] for k, n in f.complaints_by_gap],
            [110, 60],
        )
        self.story.append(Spacer(1, 3 * mm))
        self.grid(
            [self.lang.translate("MembershipReport", "Status"), count],
            [[word(ComplaintStatus, k), n] for k, n in f.complaints_by_status],
            [110, 60],
        )
        if f.resolved_count:
            self.story.append(Spacer(1, 2 * mm))
            text = self.lang.translate(
                "MembershipReport",
                "{n} of them have been resolved (now {statuses}); median time to resolve {median} h, "
                "90% within {p90} h.",
            )
            statuses = (ComplaintStatus.RESOLVED, ComplaintStatus.FOLLOWED_UP, ComplaintStatus.CLOSED)
            self.p(
                text.format(
                    n=f.resolved_count,
                    statuses=("、" if self.lang.chinese else ", ").join(
                        word(ComplaintStatus, st) for st in statuses
                    ),
                    median=f"{f.resolve_hours_median:.1f}",
                    p90=f"{f.resolve_hours_p90:.1f}",
                )
            )
        if f.complaints_count:
            self.story.append(Spacer(1, 2 * mm))
            text = self.lang.translate(
                "MembershipReport",
                "Rule of thumb from the training material (1:5): an unhappy customer tells about 5 "
                "others, so the {n:,} complaints of the period may have reached about {people:,} people.",
            )
            self.p(text.format(n=f.complaints_count, people=f.complaints_count * UNHAPPY_TELLS))
        self.story.append(Spacer(1, 2 * mm))
        self.p(
            self.lang.translate("MembershipReport", "Suggestions received in the period: {n}.").format(
                n=f"{f.suggestions_count:,}"
            )
        )

    def satisfaction(self) -> None:
        f = self.f
        ratio, ratings = (
            self.lang.translate("MembershipReport", "Satisfaction"),
            self.lang.translate("MembershipReport", "Ratings"),
        )
        self.h1(self.lang.translate("MembershipReport", "Satisfaction (perceived / expected)"))
        if f.satisfaction_by_month:
            self.story.append(charts.percent_line([(m, r) for m, _, _, r, _ in f.satisfaction_by_month]))
        self.grid(
            [
                self.lang.translate("MembershipReport", "Month"),
                self.lang.translate("MembershipReport", "Expected"),
                self.lang.translate("MembershipReport", "Perceived"),
                ratio,
                ratings,
            ],
            [[m, f"{e:.2f}", f"{p:.2f}", f"{r:.0%}", n] for m, e, p, r, n in f.satisfaction_by_month],
            [34, 34, 34, 34, 34],
        )
        self.story.append(Spacer(1, 3 * mm))
        self.grid(
            [self.lang.translate("MembershipReport", "Staff member"), ratio, ratings],
            [[name, f"{r:.0%}", n] for name, r, n in f.satisfaction_by_staff],
            [90, 40, 40],
        )

    def care(self) -> None:
        self.h1(self.lang.translate("MembershipReport", "Customer care"))
        self.grid(
            [
                self.lang.translate("MembershipReport", "Kind"),
                self.lang.translate("MembershipReport", "Tasks"),
                self.lang.translate("MembershipReport", "Done (skipped ones included)"),
            ],
            [[self.word(CareKind, k), n, d] for k, n, d in self.f.care_by_kind],
            [90, 40, 40],
        )


def render(
    figures: MembershipFigures, language: str = "zh_CN", campaigns: Sequence[CampaignLine] = ()
) -> bytes:
    """The report; ``campaigns``: the period's campaigns with their lift (``campaigns.results``)."""
    return MembershipReport(figures, language, campaigns).render()
