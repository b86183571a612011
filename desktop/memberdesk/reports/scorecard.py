"""The staff scorecard (员工考核表) for the monthly meeting: each member of staff's sales beside
the quality of their service, their role's targets, and the bonus the incentive rule gives,
each bonus shown as the count times the rate so the page can be checked by hand."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from memberdesk.domain.errors import QT_TRANSLATE_NOOP
from memberdesk.domain.vocab import Role
from memberdesk.reports.base import build, escape, styles, table
from memberdesk.reports.fonts import register
from memberdesk.reports.wording import ReportLanguage, yuan
from memberdesk.services.scorecard.figures import StaffFigures
from memberdesk.services.scorecard.scorecard import Scorecard, ScorecardRow
from memberdesk.services.scorecard.targets import RoleTargets

CONTEXT = "StaffScorecard"

ROLES = {
    Role.CLERK: QT_TRANSLATE_NOOP("StaffScorecard", "Clerk"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("StaffScorecard", "Supervisor"),
    Role.MANAGER: QT_TRANSLATE_NOOP("StaffScorecard", "Manager"),
}


def ratio(value: float | None) -> str:
    """Satisfaction as perceived / expected with two decimals (— when nobody rated)."""
    return "—" if value is None else f"{value:.2f}"


def share(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def threshold(hundredths: int) -> str:
    return "—" if hundredths <= 0 else f"{hundredths / 100:.2f}"


class ScorecardReport:
    """Three tables (sales and members, service quality, the bonus) and the rules they follow."""

    def __init__(self, card: Scorecard, language: str) -> None:
        self.card = card
        self.lang = ReportLanguage(language)
        self.s = styles(register())
        self.story: list[Any] = []

    def t(self, source: str) -> str:
        return self.lang.translate(CONTEXT, source)

    def title(self) -> str:
        return self.t(QT_TRANSLATE_NOOP("StaffScorecard", "Staff scorecard"))

    def who(self, f: StaffFigures) -> str:
        return f"{f.name} ({f.code})"

    def render(self) -> bytes:
        c = self.card
        period = self.t(QT_TRANSLATE_NOOP("StaffScorecard", "{start} to {end}")).format(
            start=c.start, end=c.end
        )
        self.story.append(Paragraph(escape(f"{c.store_name} {self.title()}"), self.s["title"]))
        self.story.append(Paragraph(escape(period), self.s["body"]))
        if not c.rows:
            self.story.append(
                Paragraph(
                    escape(self.t(QT_TRANSLATE_NOOP("StaffScorecard", "No staff to show."))), self.s["body"]
                )
            )
        else:
            self.sales()
            self.service()
            self.bonus()
        self.rules()
        return build(
            self.story,
            title=f"{self.title()} {c.start} {c.end}",
            header_left=f"{c.store_name} · {self.title()}",
            header_right=period,
            language=self.lang.code,
        )

    def heading(self, source: str) -> None:
        self.story.append(Paragraph(escape(self.t(source)), self.s["h1"]))

    def sales(self) -> None:
        self.heading(QT_TRANSLATE_NOOP("StaffScorecard", "Sales and members"))
        header = [
            self.t(QT_TRANSLATE_NOOP("StaffScorecard", "Staff")),
            self.t(QT_TRANSLATE_NOOP("StaffScorecard", "Sales")),
            self.t(QT_TRANSLATE_NOOP("StaffScorecard", "Amount")),
            self.t(QT_TRANSLATE_NOOP("StaffScorecard", "Target")),
            self.t(QT_TRANSLATE_NOOP("StaffScorecard", "Members' share")),
            self.t(QT_TRANSLATE_NOOP("StaffScorecard", "Enrolled")),
            self.t(QT_TRANSLATE_NOOP("StaffScorecard", "Target")),
            self.t(QT_TRANSLATE_NOOP("StaffScorecard", "Referred")),
        ]
        rows = [
            [
                self.who(r.figures),
                f"{r.figures.sales:,}",
                yuan(r.figures.sales_fen),
                yuan(r.bonus.sales_target_fen),
                share(r.figures.member_share),
                f"{r.figures.enrolments:,}",
                f"{r.bonus.enrolment_target:,}",
                f"{r.figures.referrals:,}",
            ]
            for r in self.card.rows
        ]
        widths = [38 * mm, 14 * mm, 28 * mm, 28 * mm, 20 * mm, 16 * mm, 14 * mm, 16 * mm]
        self.story.append(table([header, *rows], widths, self.s["cell"], 1))

    def service(self) -> None:
        self.heading(QT_TRANSLATE_NOOP("StaffScorecard", "Service quality"))
        header = [
            self.t(QT_TRANSLATE_NOOP("StaffScorecard", "Staff")),
            self.t(QT_TRANSLATE_NOOP("StaffScorecard", "Care tasks done")),
            self.t(QT_TRANSLATE_NOOP("StaffScorecard", "Workflows completed")),
            self.t(QT_TRANSLATE_NOOP("StaffScorecard", "Satisfaction (ratings)")),
            self.t(QT_TRANSLATE_NOOP("StaffScorecard", "Needed")),
            self.t(QT_TRANSLATE_NOOP("StaffScorecard", "Complaints about them")),
            self.t(QT_TRANSLATE_NOOP("StaffScorecard", "Resolved on time")),
        ]
        rows = [
            [
                self.who(r.figures),
                f"{r.figures.care_tasks_done:,}",
                f"{r.figures.workflows_completed:,}",
                f"{ratio(r.figures.satisfaction)} ({r.figures.rated_visits:,})",
                threshold(r.targets.satisfaction_threshold),
                f"{r.figures.complaints_about:,}",
                f"{r.figures.complaints_resolved_on_time:,} / {r.figures.complaints_resolved:,}",
            ]
            for r in self.card.rows
        ]
        widths = [38 * mm, 20 * mm, 22 * mm, 26 * mm, 16 * mm, 26 * mm, 26 * mm]
        self.story.append(table([header, *rows], widths, self.s["cell"], 1))

    def bonus(self) -> None:
        self.heading(QT_TRANSLATE_NOOP("StaffScorecard", "Bonus"))
        header = [
            self.t(QT_TRANSLATE_NOOP("StaffScorecard", "Staff")),
            self.t(QT_TRANSLATE_NOOP("StaffScorecard", "Enrolments")),
            self.t(QT_TRANSLATE_NOOP("StaffScorecard", "Referrals")),
            self.t(QT_TRANSLATE_NOOP("StaffScorecard", "Sales bonus")),
            self.t(QT_TRANSLATE_NOOP("StaffScorecard", "Total")),
        ]
        rows = [self.bonus_row(r) for r in self.card.rows]
        rows.append(
            [
                self.t(QT_TRANSLATE_NOOP("StaffScorecard", "All staff")),
                "",
                "",
                "",
                yuan(self.card.bonus_total_fen),
            ]
        )
        widths = [38 * mm, 36 * mm, 36 * mm, 40 * mm, 24 * mm]
        self.story.append(table([header, *rows], widths, self.s["cell"], 1))

    def bonus_row(self, r: ScorecardRow) -> list[str]:
        f, t, b = r.figures, r.targets, r.bonus
        if b.sales_fen:
            sales = yuan(b.sales_fen)
        elif not t.sales_bonus_fen:
            sales = yuan(0)
        elif not b.sales_target_met:
            sales = self.t(QT_TRANSLATE_NOOP("StaffScorecard", "¥0.00 (target not reached)"))
        else:
            sales = self.t(QT_TRANSLATE_NOOP("StaffScorecard", "¥0.00 (satisfaction too low)"))
        return [
            self.who(f),
            f"{f.enrolments:,} × {yuan(t.bonus_per_enrolment_fen)} = {yuan(b.enrolment_fen)}",
            f"{f.referrals:,} × {yuan(t.bonus_per_referral_fen)} = {yuan(b.referral_fen)}",
            sales,
            yuan(b.total_fen),
        ]

    def rules(self) -> None:
        self.heading(QT_TRANSLATE_NOOP("StaffScorecard", "How the bonus is computed"))
        seen: dict[Role, RoleTargets] = {r.targets.role: r.targets for r in self.card.rows}
        for role, t in sorted(seen.items(), key=lambda kv: list(Role).index(kv[0])):
            if t == RoleTargets(role):
                unset = self.t(QT_TRANSLATE_NOOP("StaffScorecard", "{role}: no targets or bonuses set."))
                self.story.append(Paragraph(escape(unset.format(role=self.t(ROLES[role]))), self.s["body"]))
                continue
            line = self.t(
                QT_TRANSLATE_NOOP(
                    "StaffScorecard",
                    "{role}: {enrolment} per member enrolled, {referral} per new member referred; "
                    "a sales bonus of {bonus} when a month's sales reach {target} and satisfaction "
                    "reaches {needed}.",
                )
            ).format(
                role=self.t(ROLES[role]),
                enrolment=yuan(t.bonus_per_enrolment_fen),
                referral=yuan(t.bonus_per_referral_fen),
                bonus=yuan(t.sales_bonus_fen),
                target=yuan(t.sales_target_fen),
                needed=threshold(t.satisfaction_threshold),
            )
            self.story.append(Paragraph(escape(line), self.s["body"]))
        self.story.append(Spacer(1, 2 * mm))
        for source in (
            QT_TRANSLATE_NOOP(
                "StaffScorecard",
                "Targets are monthly: a period of whole months has them times the months, any other "
                "period the monthly target × days ÷ 30.",
            ),
            QT_TRANSLATE_NOOP(
                "StaffScorecard",
                "Sales are those rung up in the period, voided sales left out. Satisfaction is the "
                "customers' perceived value over their expected value (满意度 = 感受值 / 期望值); with a "
                "threshold set, a period without ratings earns no sales bonus.",
            ),
            QT_TRANSLATE_NOOP(
                "StaffScorecard",
                "Complaints about them: about a sale or return they served. Resolved on time: by the "
                "complaint rules' time to resolve.",
            ),
        ):
            self.story.append(Paragraph(escape(self.t(source)), self.s["small"]))


def render(card: Scorecard, language: str = "zh_CN") -> bytes:
    return ScorecardReport(card, language).render()
