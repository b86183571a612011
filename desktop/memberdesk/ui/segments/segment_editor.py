"""The fields of a segment's filter, as a form a manager fills by keyboard; ``value()`` is the
``SegmentFilter`` it says, ``set_value()`` shows a saved one. A spin box at its lowest reads
"—": that question is not asked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from memberdesk.domain.analytics import Segment as Rfm
from memberdesk.domain.errors import QT_TRANSLATE_NOOP
from memberdesk.domain.vocab import Channel, SizeCategory, TargetGroup, Tier
from memberdesk.services.members.tag_names import split_tags
from memberdesk.services.segments.filters import SegmentFilter
from memberdesk.ui.widgets import member_labels

_RFM_WORDS = {
    Rfm.IMPORTANT_VALUE: QT_TRANSLATE_NOOP("SegmentEditor", "Important value (recent, frequent, big)"),
    Rfm.IMPORTANT_DEVELOP: QT_TRANSLATE_NOOP("SegmentEditor", "Important to develop"),
    Rfm.IMPORTANT_KEEP: QT_TRANSLATE_NOOP("SegmentEditor", "Important to keep"),
    Rfm.IMPORTANT_RETAIN: QT_TRANSLATE_NOOP("SegmentEditor", "Important to win back"),
    Rfm.GENERAL_VALUE: QT_TRANSLATE_NOOP("SegmentEditor", "General value"),
    Rfm.GENERAL_DEVELOP: QT_TRANSLATE_NOOP("SegmentEditor", "General to develop"),
    Rfm.GENERAL_KEEP: QT_TRANSLATE_NOOP("SegmentEditor", "General to keep"),
    Rfm.GENERAL_RETAIN: QT_TRANSLATE_NOOP("SegmentEditor", "General to win back"),
}


def _spin(low: int, high: int, off: bool = True) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low - 1 if off else low, high)
    if off:
        box.setSpecialValueText("—")
    box.setValue(box.minimum())
    return box


class SegmentEditor(QWidget):
    """The filter's questions; ``changed`` fires on every edit (the live count listens)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiers = {t: QCheckBox(member_labels.tier(t)) for t in Tier}
        self.tags_any = QLineEdit()
        self.tags_any.setObjectName("seg_tags_any")
        self.tags_any.setPlaceholderText(self.tr("Any of these tags, e.g. 孕妈，学生"))
        self.tags_all = QLineEdit()
        self.tags_all.setPlaceholderText(self.tr("All of these tags"))
        self.rfm = self._combo(
            [(QCoreApplication.translate("SegmentEditor", w), s.value) for s, w in _RFM_WORDS.items()]
        )
        self.period = _spin(1, 3660, off=False)
        self.period.setValue(365)
        self.period.setSuffix(self.tr(" days"))
        self.lapsed = _spin(1, 3660)
        self.lapsed.setObjectName("seg_lapsed")
        self.spend_min = _spin(0, 10_000_000)
        self.spend_min.setPrefix("¥")
        self.visits_min = _spin(0, 10_000)
        self.visits_max = _spin(0, 10_000)
        self.category = QLineEdit()
        self.category.setPlaceholderText(self.tr("e.g. 童装"))
        self.birthday_month = self._combo([(str(m), m) for m in range(1, 13)])
        self.child_min = _spin(0, 30)
        self.child_max = _spin(0, 30)
        self.size_category = self._combo([(member_labels.size_category(c), c.value) for c in SizeCategory])
        self.sizes = QLineEdit()
        self.sizes.setPlaceholderText(self.tr("Sizes, e.g. 37，38"))
        self.channel = self._combo([(member_labels.channel(c), c.value) for c in Channel])
        self.target_group = self._combo([(member_labels.target_group(g), g.value) for g in TargetGroup])
        self.promotions = self._combo([(self.tr("Consented"), "yes"), (self.tr("Not consented"), "no")])
        self.promotions.setObjectName("seg_promotions")
        self.points_min = _spin(0, 100_000_000)
        self.points_max = _spin(0, 100_000_000)
        self.stored_min = _spin(0, 10_000_000)
        self.stored_min.setPrefix("¥")
        form = QFormLayout(self)
        tier_row = QHBoxLayout()
        for box in self.tiers.values():
            tier_row.addWidget(box)
            box.toggled.connect(self.changed)
        form.addRow(self.tr("Tier"), tier_row)
        form.addRow(self.tr("Tags (any)"), self.tags_any)
        form.addRow(self.tr("Tags (all)"), self.tags_all)
        form.addRow(self.tr("RFM segment"), self.rfm)
        form.addRow(self.tr("Period"), self.period)
        form.addRow(self.tr("No visit for days"), self.lapsed)
        form.addRow(self.tr("Spent at least"), self.spend_min)
        form.addRow(self.tr("Visits at least"), self.visits_min)
        form.addRow(self.tr("Visits at most"), self.visits_max)
        form.addRow(self.tr("Bought category"), self.category)
        form.addRow(self.tr("Birthday month"), self.birthday_month)
        form.addRow(self.tr("A child turning at least"), self.child_min)
        form.addRow(self.tr("… and at most"), self.child_max)
        form.addRow(self.tr("Size on file"), self.size_category)
        form.addRow(self.tr("… one of"), self.sizes)
        form.addRow(self.tr("Came via"), self.channel)
        form.addRow(self.tr("Target group"), self.target_group)
        form.addRow(self.tr("Promotions"), self.promotions)
        form.addRow(self.tr("Points at least"), self.points_min)
        form.addRow(self.tr("Points at most"), self.points_max)
        form.addRow(self.tr("Stored value at least"), self.stored_min)
        for edit in (self.tags_any, self.tags_all, self.category, self.sizes):
            edit.textChanged.connect(self.changed)
        for spin in (self.period, self.lapsed, self.spend_min, self.visits_min, self.visits_max,
                     self.child_min, self.child_max, self.points_min, self.points_max,
                     self.stored_min):  # fmt: skip
            spin.valueChanged.connect(self.changed)

    def _combo(self, choices: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Any"), None)
        for text, data in choices:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    @staticmethod
    def _on(spin: QSpinBox) -> int | None:
        return None if spin.value() == spin.minimum() and spin.specialValueText() else spin.value()

    def value(self) -> SegmentFilter:
        def one(combo: QComboBox) -> tuple[str, ...]:
            return (str(combo.currentData()),) if combo.currentData() is not None else ()

        spend = self._on(self.spend_min)
        stored = self._on(self.stored_min)
        return SegmentFilter(
            tiers=tuple(t.value for t, box in self.tiers.items() if box.isChecked()),
            tags_any=tuple(split_tags(self.tags_any.text())),
            tags_all=tuple(split_tags(self.tags_all.text())),
            rfm=one(self.rfm),
            lapsed_days=self._on(self.lapsed),
            period_days=self.period.value(),
            spend_min_fen=spend * 100 if spend is not None else None,
            visits_min=self._on(self.visits_min),
            visits_max=self._on(self.visits_max),
            category=self.category.text().strip(),
            birthday_month=self.birthday_month.currentData(),
            child_age_min=self._on(self.child_min),
            child_age_max=self._on(self.child_max),
            size_category=self.size_category.currentData() or "",
            sizes=tuple(split_tags(self.sizes.text())),
            channels=one(self.channel),
            target_groups=one(self.target_group),
            promotions=self.promotions.currentData() or "",
            points_min=self._on(self.points_min),
            points_max=self._on(self.points_max),
            stored_value_min_fen=stored * 100 if stored is not None else None,
        )

    def set_value(self, f: SegmentFilter) -> None:
        """Show a saved filter (the questions this form does not hold stay as saved)."""

        def pick(combo: QComboBox, data: object) -> None:
            combo.setCurrentIndex(max(0, combo.findData(data)))

        def spin(box: QSpinBox, value: int | None) -> None:
            box.setValue(box.minimum() if value is None else value)

        for t, box in self.tiers.items():
            box.setChecked(t.value in f.tiers)
        self.tags_any.setText("，".join(f.tags_any))
        self.tags_all.setText("，".join(f.tags_all))
        pick(self.rfm, f.rfm[0] if f.rfm else None)
        self.period.setValue(f.period_days)
        spin(self.lapsed, f.lapsed_days)
        spin(self.spend_min, f.spend_min_fen // 100 if f.spend_min_fen is not None else None)
        spin(self.visits_min, f.visits_min)
        spin(self.visits_max, f.visits_max)
        self.category.setText(f.category)
        pick(self.birthday_month, f.birthday_month)
        spin(self.child_min, f.child_age_min)
        spin(self.child_max, f.child_age_max)
        pick(self.size_category, f.size_category or None)
        self.sizes.setText("，".join(f.sizes))
        pick(self.channel, f.channels[0] if f.channels else None)
        pick(self.target_group, f.target_groups[0] if f.target_groups else None)
        pick(self.promotions, f.promotions or None)
        spin(self.points_min, f.points_min)
        spin(self.points_max, f.points_max)
        spin(self.stored_min, f.stored_value_min_fen // 100 if f.stored_value_min_fen is not None else None)
