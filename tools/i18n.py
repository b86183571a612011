"""Translation catalogues: update them from the sources, fill translations, check them.

    uv run python tools/i18n.py update AREA FILE...   # lupdate FILEs into resources/i18n/AREA_zh_CN.ts
    uv run python tools/i18n.py fill AREA MAP.json     # set translations from {"source": "译文"}
    uv run python tools/i18n.py check                  # every message translated, placeholders kept
    uv run python tools/i18n.py missing                # source strings that no catalogue has
    uv run python tools/i18n.py sync [MAP.json...]     # update every area, then fill from the maps

Catalogues are split by area so that parts of the app can be translated independently;
the app installs every ``*_zh_CN.qm``.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
SOURCES = ROOT / "desktop" / "memberdesk"
LANG = "zh_CN"
UNDONE = ("unfinished", "obsolete", "vanished")  # a translation of these types is not in use
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")
# One area per feature package; a source file that no area names is taken into "app" by ``sync``.
AREAS = {
    "app": ["ui/app/*.py", "ui/settings/*.py", "ui/widgets/*.py"],
    "campaigns": ["ui/campaigns/*.py"],
    "care": ["ui/care/*.py"],
    "counter": ["ui/counter/*.py"],
    "display": ["ui/display/*.py"],
    "events": ["ui/events/*.py"],
    "errors": ["services/**/*.py", "domain/*.py", "workflows/*.py", "store/*.py", "startup.py", "cli/*.py"],
    "members": ["ui/members/*.py"],
    "money": ["ui/money/*.py"],
    "reports": ["ui/reports/*.py", "reports/*.py"],
    "sales": ["ui/sales/*.py"],
    "segments": ["ui/segments/*.py"],
    "service": ["ui/service/*.py"],
}


def area_files(area: str) -> list[Path]:
    return sorted({p for pattern in AREAS[area] for p in SOURCES.glob(pattern)})


def lupdate(files: list[Path], ts: Path) -> None:
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(exe), *map(str, files), "-no-obsolete", "-ts", str(ts)], check=True, capture_output=True
    )


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    tree = ET.parse(ts)
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message))
    return found


def problems(ts: Path) -> list[str]:
    out = []
    for context, message in messages(ts):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = translation.text if translation is not None else None
        if translation is not None and message.get("numerus") == "yes":
            text = translation.findtext("numerusform")  # Chinese has one plural form
        if (
            translation is None
            or translation.get("type") in ("unfinished", "obsolete", "vanished")
            or not text
        ):
            out.append(f"{ts.name}: [{context}] not translated: {source!r}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            out.append(f"{ts.name}: [{context}] placeholders differ: {source!r} -> {text!r}")
    return out


def catalogue_keys() -> set[tuple[str, str]]:
    keys = set()
    for ts in I18N.glob(f"*_{LANG}.ts"):
        keys |= {(c, m.findtext("source") or "") for c, m in messages(ts)}
    return keys


def source_keys() -> set[tuple[str, str]]:
    files = sorted(p for p in SOURCES.rglob("*.py") if "migrations" not in p.parts)
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / f"all_{LANG}.ts"
        lupdate(files, ts)
        return {(c, m.findtext("source") or "") for c, m in messages(ts)}


def fill(ts: Path, mapping: dict[str, str], *, untranslated_only: bool = False) -> int:
    """Set the translations the map has; with ``untranslated_only`` a message already
    translated keeps its words (the same English in another context may mean another thing:
    "Sales" 销售 on a report, 销售额 on a shift)."""
    tree = ET.parse(ts)
    count = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        done = translation is not None and translation.get("type") not in UNDONE
        if untranslated_only and done:
            continue
        if source in mapping and translation is not None:
            if message.get("numerus") == "yes":  # Chinese has one plural form
                for child in list(translation):
                    translation.remove(child)
                ET.SubElement(translation, "numerusform").text = mapping[source]
            else:
                translation.text = mapping[source]
            translation.attrib.pop("type", None)
            count += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def sync(maps: list[Path]) -> int:
    """Update every area's catalogue from its files, fill new messages from the maps, check."""
    listed = {p for area in AREAS for p in area_files(area)}
    unlisted = sorted(
        p for p in SOURCES.rglob("*.py") if "migrations" not in p.parts and p not in listed and _has_tr(p)
    )
    for area in AREAS:
        files = area_files(area) + (unlisted if area == "app" else [])
        lupdate(files, I18N / f"{area}_{LANG}.ts")
    mapping: dict[str, str] = {}
    for m in maps:
        mapping.update(json.loads(m.read_text(encoding="utf-8")))
    for ts in sorted(I18N.glob(f"*_{LANG}.ts")):
        wanted = {k: v for k, v in mapping.items() if k in _untranslated(ts)}
        if wanted:  # rewriting an untouched catalogue would only churn its formatting
            fill(ts, wanted, untranslated_only=True)
    found = [p for ts in sorted(I18N.glob("*.ts")) for p in problems(ts)]
    print("\n".join(found) or "all catalogues complete")
    return 1 if found else 0


def _has_tr(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    return "tr(" in text or "translate(" in text or "QT_TRANSLATE_NOOP" in text


def _untranslated(ts: Path) -> set[str]:
    out = set()
    for _context, message in messages(ts):
        translation = message.find("translation")
        if translation is None or translation.get("type") in UNDONE:
            out.add(message.findtext("source") or "")
    return out


def main(argv: list[str]) -> int:
    command, *rest = argv or ["check"]
    if command == "update":
        area, *files = rest
        paths = [Path(f) for f in files] or area_files(area)
        lupdate(paths, I18N / f"{area}_{LANG}.ts")
        return 0
    if command == "fill":
        area, mapping_file = rest
        n = fill(I18N / f"{area}_{LANG}.ts", json.loads(Path(mapping_file).read_text(encoding="utf-8")))
        print(f"{n} translations set")
        return 0
    if command == "sync":
        return sync([Path(f) for f in rest])
    if command == "check":
        found = [p for ts in sorted(I18N.glob("*.ts")) for p in problems(ts)]
        print("\n".join(found) or "all catalogues complete")
        return 1 if found else 0
    if command == "missing":
        missing = sorted(source_keys() - catalogue_keys())
        for context, source in missing:
            print(f"[{context}] {source}")
        return 1 if missing else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
