"""The stored-value liability report (储值负债): what the store owes its members and gift-card
holders on a day, and how the balances moved in a period — opening, each kind of movement,
closing, principal and bonus apart, so a manager can check that they add up."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from memberdesk.documents.liability import Liability
from memberdesk.domain.errors import QT_TRANSLATE_NOOP
from memberdesk.domain.vocab import WalletEntryKind
from memberdesk.reports.base import build, escape, styles, table
from memberdesk.reports.fonts import register
from memberdesk.reports.wording import ReportLanguage, yuan

CONTEXT = "LiabilityReport"

# The movements in the order a balance lives them, each with its line's words.
ROWS: tuple[tuple[WalletEntryKind, str], ...] = (
    (
        WalletEntryKind.OPENING,
        QT_TRANSLATE_NOOP("LiabilityReport", "Balances brought over from the previous system"),
    ),
    (WalletEntryKind.TOPUP, QT_TRANSLATE_NOOP("LiabilityReport", "Top-ups and gift cards sold")),
    (WalletEntryKind.SPEND, QT_TRANSLATE_NOOP("LiabilityReport", "Spent at the till")),
    (WalletEntryKind.REFUND, QT_TRANSLATE_NOOP("LiabilityReport", "Returns paid back to the balance")),
    (WalletEntryKind.VOID, QT_TRANSLATE_NOOP("LiabilityReport", "Voided sales given back")),
    (
        WalletEntryKind.WITHDRAW,
        QT_TRANSLATE_NOOP("LiabilityReport", "Withdrawals (principal paid back, bonus forfeited)"),
    ),
)


def signed(fen: int) -> str:
    """A movement's amount with its sign: +¥1,000.00, −¥250.00."""
    return ("+" if fen > 0 else "-" if fen < 0 else "") + yuan(abs(fen))


class LiabilityReport:
    def __init__(self, figures: Liability, language: str) -> None:
        self.f = figures
        self.lang = ReportLanguage(language)
        self.s = styles(register())
        self.story: list[Any] = []

    def t(self, source: str) -> str:
        return self.lang.translate(CONTEXT, source)

    def title(self) -> str:
        return self.t(QT_TRANSLATE_NOOP("LiabilityReport", "Stored-value liability"))

    def render(self) -> bytes:
        f = self.f
        self.story.append(Paragraph(escape(f"{f.store_name} {self.title()}"), self.s["title"]))
        self.owed()
        self.movements()
        period = self.t(QT_TRANSLATE_NOOP("LiabilityReport", "{start} to {end}")).format(
            start=f.start, end=f.end
        )
        return build(
            self.story,
            title=f"{self.title()} {f.at}",
            header_left=f"{f.store_name} · {self.title()}",
            header_right=period,
            language=self.lang.code,
        )

    def owed(self) -> None:
        f = self.f
        self.story.append(
            Paragraph(
                escape(
                    self.t(QT_TRANSLATE_NOOP("LiabilityReport", "Owed at the end of {day}")).format(day=f.at)
                ),
                self.s["h1"],
            )
        )
        rows = [
            [
                self.t(QT_TRANSLATE_NOOP("LiabilityReport", "Members' principal (paid in, not yet spent)")),
                yuan(f.member_principal_fen),
            ],
            [
                self.t(QT_TRANSLATE_NOOP("LiabilityReport", "Gift cards (sold, not yet spent)")),
                yuan(f.gift_card_fen),
            ],
            [
                self.t(
                    QT_TRANSLATE_NOOP("LiabilityReport", "What the store owes (principal and gift cards)")
                ),
                yuan(f.owed_fen),
            ],
            [
                self.t(
                    QT_TRANSLATE_NOOP(
                        "LiabilityReport", "Members' bonus (given by the store, not money owed)"
                    )
                ),
                yuan(f.member_bonus_fen),
            ],
            [
                self.t(QT_TRANSLATE_NOOP("LiabilityReport", "Accounts holding a balance")),
                f"{f.accounts_with_balance:,}",
            ],
        ]
        self.story.append(table(rows, [120 * mm, 54 * mm], self.s["cell"], header=False))

    def movements(self) -> None:
        f = self.f
        self.story.append(
            Paragraph(
                escape(
                    self.t(QT_TRANSLATE_NOOP("LiabilityReport", "Movements from {start} to {end}")).format(
                        start=f.start, end=f.end
                    )
                ),
                self.s["h1"],
            )
        )
        header = [
            self.t(QT_TRANSLATE_NOOP("LiabilityReport", "What moved")),
            self.t(QT_TRANSLATE_NOOP("LiabilityReport", "Entries")),
            self.t(QT_TRANSLATE_NOOP("LiabilityReport", "Principal")),
            self.t(QT_TRANSLATE_NOOP("LiabilityReport", "Bonus")),
            self.t(QT_TRANSLATE_NOOP("LiabilityReport", "Total")),
        ]
        day_before = f.start.fromordinal(f.start.toordinal() - 1)
        rows: list[list[str]] = [
            [
                self.t(QT_TRANSLATE_NOOP("LiabilityReport", "Opening balance (end of {day})")).format(
                    day=day_before
                ),
                "",
                yuan(f.opening.principal_fen),
                yuan(f.opening.bonus_fen),
                yuan(f.opening.total_fen),
            ]
        ]
        for kind, words in ROWS:
            m = f.moved(kind)
            rows.append(
                [
                    self.t(words),
                    f"{m.entries:,}",
                    signed(m.principal_fen),
                    signed(m.bonus_fen),
                    signed(m.principal_fen + m.bonus_fen),
                ]
            )
        rows.append(
            [
                self.t(QT_TRANSLATE_NOOP("LiabilityReport", "Closing balance (end of {day})")).format(
                    day=f.end
                ),
                "",
                yuan(f.closing.principal_fen),
                yuan(f.closing.bonus_fen),
                yuan(f.closing.total_fen),
            ]
        )
        self.story.append(
            table([header, *rows], [72 * mm, 18 * mm, 30 * mm, 26 * mm, 28 * mm], self.s["cell"], 1)
        )
        self.story.append(Spacer(1, 3 * mm))
        moved = sum(m.principal_fen + m.bonus_fen for m in f.movements)
        check = self.t(
            QT_TRANSLATE_NOOP(
                "LiabilityReport", "Opening {opening} {sign} movements {moved} = closing {closing}."
            )
        ).format(
            opening=yuan(f.opening.total_fen),
            sign="+" if moved >= 0 else "-",
            moved=yuan(abs(moved)),
            closing=yuan(f.closing.total_fen),
        )
        if not f.adds_up:
            check += " " + self.t(
                QT_TRANSLATE_NOOP(
                    "LiabilityReport", "These figures do not add up: run `memberdesk db check`."
                )
            )
        self.story.append(Paragraph(escape(check), self.s["body"]))
        topup, withdraw = f.moved(WalletEntryKind.TOPUP), f.moved(WalletEntryKind.WITHDRAW)
        money = self.t(
            QT_TRANSLATE_NOOP(
                "LiabilityReport",
                "Money taken in for top-ups and gift cards: {taken}; paid back for withdrawals: {paid}.",
            )
        )
        self.story.append(
            Paragraph(
                escape(money.format(taken=yuan(topup.money_fen), paid=yuan(-withdraw.money_fen))),
                self.s["body"],
            )
        )
        self.story.append(
            Paragraph(
                escape(
                    self.t(
                        QT_TRANSLATE_NOOP(
                            "LiabilityReport",
                            "Stored value does not expire: no balance is written off as expired.",
                        )
                    )
                ),
                self.s["small"],
            )
        )


def render(figures: Liability, language: str = "zh_CN") -> bytes:
    return LiabilityReport(figures, language).render()
