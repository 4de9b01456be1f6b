#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails unless every translation ships complete.

Extracts the strings the code has now (lupdate over app/, ui/ and models/ into a temporary
file) and checks each translations/*.ts against them:
  - missing:    a string in the code that the file does not have;
  - unfinished: an entry still marked unfinished, or with an empty translation;
  - obsolete:   an entry for a string the code no longer has;
  - identical:  (not for English, whose file holds only plural forms) a translation equal
                to the English text, unless the text is only placeholders,
                numbers and punctuation, or is in translations/identical-allowed.txt
                ("xx<TAB>text" for one language, "*<TAB>text" for all), a short reviewed list.

usage: check_translations.py LUPDATE SOURCE_ROOT
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SOURCE_DIRS = ["app", "ui", "models"]


def messages(path):
    """{(context, source, comment): (translation texts, type)} of a .ts file."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "missing"
            forms = translation.findall("numerusform") if translation is not None else []
            texts = [f.text or "" for f in forms] if forms else (
                [translation.text or ""] if translation is not None else [""])
            found[key] = (texts, kind)
    return found


def numerus_keys(path):
    """The keys of the messages with plural forms."""
    keys = set()
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                keys.add((name, message.findtext("source", ""), message.findtext("comment", "")))
    return keys


def only_symbols(text):
    stripped = re.sub(r"%L?\d+|%n|&", "", text)
    return not re.search(r"[^\W\d_]", stripped)


def allowed_identical(root):
    allowed = set()
    path = os.path.join(root, "translations", "identical-allowed.txt")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                language, _, text = line.partition("\t")
                allowed.add((language, text))
    return allowed


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    lupdate, root = sys.argv[1], sys.argv[2]
    ts_files = sorted(os.path.join(root, "translations", name)
                      for name in os.listdir(os.path.join(root, "translations"))
                      if name.endswith(".ts"))
    if not ts_files:
        print("check_translations: no translations/*.ts", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as work:
        extracted_path = os.path.join(work, "extracted.ts")
        run = subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none",
                              "-I", root] + [os.path.join(root, d) for d in SOURCE_DIRS]
                             + ["-ts", extracted_path], capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout + run.stderr, file=sys.stderr)
            return 1
        extracted = messages(extracted_path)
        plurals = numerus_keys(extracted_path)
    allowed = allowed_identical(root)
    problems = []
    for ts in ts_files:
        language = os.path.basename(ts)[len("clientdesk_"):-len(".ts")]
        shipped = messages(ts)
        # English is the source: its file holds the plural forms only, in English.
        wanted = {k: v for k, v in extracted.items() if language != "en" or k in plurals}
        for key in sorted(wanted):
            context, source, _ = key
            where = f"{os.path.basename(ts)}: {context}: {source!r}"
            if key not in shipped:
                problems.append(f"missing    {where}")
                continue
            texts, kind = shipped[key]
            if kind in ("unfinished", "missing") or any(not t for t in texts):
                problems.append(f"unfinished {where}")
            elif (language != "en" and any(t == source for t in texts)
                  and not only_symbols(source)
                  and (language, source) not in allowed and ("*", source) not in allowed):
                problems.append(f"identical  {where}")
        for key in sorted(set(shipped) - set(wanted)):
            problems.append(f"obsolete   {os.path.basename(ts)}: {key[0]}: {key[1]!r}")
    for problem in problems:
        print(problem)
    print(f"check_translations: {len(extracted)} strings, {len(ts_files)} languages, "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
