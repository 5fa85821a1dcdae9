#!/usr/bin/env python3
"""Fails when the French interface would show English, or any language a message out of context.

Run by CTest (tests/translations/CMakeLists.txt) with the lupdate of the build and the source
folder. It checks, on a private copy of resources/translations/*.ts brought up to date with the
code by lupdate itself:
  - every message of the French file is translated and finished, with the same placeholders
    (%1..%99, and %n in plural forms) as its source, and every plural form filled;
  - the English file fills both plural forms of every "%n" message;
  - the committed files are those lupdate makes (no message missing, none left over);
  - every context is one the program translates under at run time: a QObject class
    (ecluse::ui::Name) or a name given to Q_DECLARE_TR_FUNCTIONS / QT_TRANSLATE_NOOP;
  - no user-visible setter of ui/ or app/ is given a literal outside tr().
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LUPDATE_OPTIONS = ["-locations", "none", "-no-obsolete", "-silent"]
PLACEHOLDER = re.compile(r"%(\d{1,2}|n)")
# Setters and constructors whose text argument is shown to the user.
VISIBLE = re.compile(
    r"\b(setText|setWindowTitle|setToolTip|setPlaceholderText|setStatusTip|setTitle|addAction|addItem|"
    r"addRow|setLabelText|setWhatsThis|setTabText|addTab|showMessage|information|warning|critical|question|"
    r"QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|QMenu)\(([^()]*,\s*)?"
    r"(QStringLiteral|QLatin1String|QString::fromUtf8|QString::fromLatin1)\(\"([^\"]*)\"")
WORD = re.compile(r"[A-Za-zÀ-ÿ]{2,}")


def sources(root):
    for folder in ("core", "ui", "app"):
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in (".cpp", ".h"):
                yield path


def run_lupdate(lupdate, root, ts, extra):
    listing = ts.with_suffix(".lst")
    listing.write_text("\n".join(str(p) for p in sources(root)) + "\n")
    includes = [f"-I{root / d}" for d in ("core", "ui", "app")]
    subprocess.run([lupdate, *LUPDATE_OPTIONS, *extra, *includes, f"@{listing}", "-ts", str(ts)], check=True,
                   stdout=subprocess.DEVNULL)


def messages(ts):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def declared_contexts(root):
    names = set()
    for path in sources(root):
        text = path.read_text(encoding="utf-8")
        names.update(re.findall(r"Q_DECLARE_TR_FUNCTIONS\((\w+)\)", text))
        names.update(re.findall(r"QT_TRANSLATE_NOOP\(\"(\w+)\"", text))
        if "Q_OBJECT" in text:
            for cls in re.findall(r"class (\w+)[^;{]*\{\s*Q_OBJECT", text):
                namespace = "ecluse::ui::" if path.parts[-2] == "ui" or "/ui/" in str(path) else "ecluse::"
                names.add(namespace + cls)
    return names


def check_french(ts, problems):
    for context, message in messages(ts):
        source = message.findtext("source")
        where = f"{context}: \"{source}\""
        translation = message.find("translation")
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"French {kind}: {where}")
            continue
        numerus = message.get("numerus") == "yes"
        forms = [f.text for f in translation.iter("numerusform")] if numerus else [translation.text]
        if not forms or any(not (form or "").strip() for form in forms):
            problems.append(f"French empty: {where}")
            continue
        wanted = placeholders(source)
        for form in forms:
            got = placeholders(form)
            # A singular form may write the number out ("une cellule") instead of %n.
            if numerus and "n" in wanted and "n" not in got:
                got = sorted(set(got) | {"n"})
            if got != wanted:
                problems.append(f"French placeholders {got} differ from {wanted}: {where} -> \"{form}\"")


def check_english(ts, problems):
    for context, message in messages(ts):
        source = message.findtext("source")
        forms = [f.text for f in message.find("translation").iter("numerusform")]
        if message.get("numerus") != "yes" or len(forms) != 2 or any(not (f or "").strip() for f in forms):
            problems.append(f"English plural forms missing: {context}: \"{source}\"")
            continue
        # "cell(s)" reads "cell" then "cells", "category(ies)" "category" then "categories".
        for match in re.finditer(r"(\w+)\((s|ies)\)", source):
            stem, suffix = match.groups()
            plural = stem[:-1] + "ies" if suffix == "ies" else stem + "s"
            for form, word in zip(forms, (stem, plural)):
                if not re.search(rf"\b{re.escape(word)}\b", form):
                    problems.append(f"English plural form without \"{word}\": {context}: \"{form}\"")


def check_same(committed, updated, problems):
    def keys(ts):
        return {(c, m.findtext("source"), m.findtext("comment")) for c, m in messages(ts)}
    before, after = keys(committed), keys(updated)
    for c, s, _ in sorted(after - before, key=str):
        problems.append(f"not in {committed.name} (run the update_translations target): {c}: \"{s}\"")
    for c, s, _ in sorted(before - after, key=str):
        problems.append(f"left over in {committed.name}, no longer in the code: {c}: \"{s}\"")


def check_contexts(root, ts, problems):
    declared = declared_contexts(root)
    for context in sorted({c for c, _ in messages(ts)}):
        if context not in declared:
            problems.append(f"context '{context}' is not one the program translates under: lupdate misread "
                            f"the code there (see docs/TRANSLATIONS.md)")


def check_visible_literals(root, problems):
    for folder in ("ui", "app"):
        for path in sorted((root / folder).rglob("*.cpp")):
            lines = path.read_text(encoding="utf-8").splitlines()
            for number, line in enumerate(lines, 1):
                for match in VISIBLE.finditer(line):
                    if not WORD.search(match.group(4)):
                        continue
                    if "not translated:" in line or (number > 1 and "not translated:" in lines[number - 2]):
                        continue
                    problems.append(f"{path.relative_to(root)}:{number}: visible text outside tr(): "
                                    f"\"{match.group(4)}\" (or mark it // not translated: why)")


def main():
    lupdate, root = sys.argv[1], pathlib.Path(sys.argv[2]).resolve()
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        work = pathlib.Path(folder)
        for language, extra in (("fr", []), ("en", ["-pluralonly"])):
            committed = root / "resources" / "translations" / f"ecluse_{language}.ts"
            updated = work / committed.name
            shutil.copy(committed, updated)
            run_lupdate(lupdate, root, updated, extra)
            check_same(committed, updated, problems)
            if language == "fr":
                check_french(updated, problems)
                check_contexts(root, updated, problems)
            else:
                check_english(updated, problems)
    check_visible_literals(root, problems)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} translation problem(s)" if problems else "translations complete")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
