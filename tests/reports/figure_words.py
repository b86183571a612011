"""One word, one figure: the words the membership report and the Reports page name figures
with, and a reader that finds every figure a word stands beside.

A word names a figure where a number stands right after it (its own bracketed explanation,
a colon or 的 may come between: "活跃会员（期内有消费） 1,464", "净销售额 ¥7,617,465.50") or
right before it ("1,464 位活跃会员"). Each word must name one figure everywhere it is used,
and the figure the figures model holds.
"""

from __future__ import annotations

import re
import subprocess

from memberdesk.documents.figures import MembershipFigures
from memberdesk.reports.wording import yuan

# Words that explain a figure rather than name it: where they stand beside a number it must
# be that figure, but they need not stand beside one at all.
EXPLAINING = frozenset({"期内有消费"})
NUMBER = r"(?<![\d.,¥])(?P<n>¥?\d[\d,]*(?:\.\d+)?%?)(?![\d.,%/-]*\d)"


def glossary(f: MembershipFigures, language: str) -> dict[str, str | None]:
    """Word (a regular expression) -> the figure it must name; None: any one figure, always the same."""
    if language == "zh_CN":
        return {
            "会员总数": f"{f.members_total:,}",
            "新会员": f"{f.members_new:,}",
            "活跃会员": f"{f.members_active:,}",
            "期内有消费": f"{f.members_active:,}",  # how the report defines an active member
            "流失会员": f"{f.members_lapsed:,}",
            "销售总额": yuan(f.gross_sales_fen),
            "退款总额": yuan(f.refunds_fen),
            "净销售额": yuan(f.net_sales_fen),
            "(?<!净)销售额": None,
            "本期流失的会员": f"{f.churned_count:,}",
            "流失带走的消费额": yuan(f.revenue_at_risk_fen),
            "收到的建议": f"{f.suggestions_count:,}",
            "顾客建议": f"{f.suggestions_count:,}",
        }
    return {
        "members in all": f"{f.members_total:,}",
        "new members": f"{f.members_new:,}",
        "active members": f"{f.members_active:,}",
        "lapsed members": f"{f.members_lapsed:,}",
        "gross sales": yuan(f.gross_sales_fen),
        "refunds": yuan(f.refunds_fen),
        "net sales": yuan(f.net_sales_fen),
        r"(?<!gross )(?<!net )\bsales\b": None,
        "members lost": f"{f.churned_count:,}",
        "revenue at risk": yuan(f.revenue_at_risk_fen),
        "suggestions received": f"{f.suggestions_count:,}",
    }


def named_figures(text: str, word: str) -> list[str]:
    """Every number that ``word`` stands right beside in ``text`` (line by line)."""
    after = re.compile(rf"(?:{word})(?:[ \t]*[（(][^）)\n]*[）)])?[ \t：:的约≈]*{NUMBER}", re.IGNORECASE)
    before = re.compile(rf"{NUMBER}[ \t]*(?:位|members?)?[ \t]*(?:{word})", re.IGNORECASE)
    return [m.group("n") for line in text.splitlines() for rx in (after, before) for m in rx.finditer(line)]


def problems(texts: list[str], words: dict[str, str | None]) -> list[str]:
    """What is wrong: a word naming two figures, or a figure other than the model's."""
    found = []
    for word, expected in words.items():
        named = {n for text in texts for n in named_figures(text, word)}
        if len(named) > 1 or (expected is not None and named - {expected}):
            found.append(
                f"{word!r} names {sorted(named)}" + (f", the figure is {expected}" if expected else "")
            )
    return found


def missing(texts: list[str], words: dict[str, str | None]) -> list[str]:
    """The words with a figure that name it nowhere in ``texts`` (the check would be empty)."""
    return [
        w
        for w, expected in words.items()
        if expected and w not in EXPLAINING and not any(named_figures(t, w) for t in texts)
    ]


def layout_text(pdf: bytes) -> str:
    """The PDF's text with each table row and sentence on one line (``pdftotext -layout``)."""
    return subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True, timeout=120
    ).stdout.decode("utf-8")
