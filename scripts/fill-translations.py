#!/usr/bin/env python3
"""Lists or fills the strings that translations/archscope_<lang>.ts files leave untranslated.

Usage:
  fill-translations.py list                 print a TSV (context, source, de, es) of every
                                            unfinished message, with the German and Spanish
                                            columns empty, for a person to fill in
  fill-translations.py fill FILE.tsv        write the TSV's translations into the .ts files

Run the `update_translations` build target first so that new strings are in the .ts files.
Tabs and newlines inside a string are written as \\t and \\n in the TSV. A numerus message
(one with %n) takes its plural forms separated by " || ".
"""
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
LANGS = ("de", "es")


def ts_path(lang):
    return os.path.join(ROOT, "translations", "archscope_%s.ts" % lang)


def escape(text):
    return (text or "").replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unescape(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"t": "\t", "n": "\n", "\\": "\\"}.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def untranslated(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            t = m.find("translation")
            if t is None or t.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text for f in t.iter("numerusform")] if m.get("numerus") == "yes" else [t.text]
            if t.get("type") == "unfinished" or not all((f or "").strip() for f in forms):
                yield name, m


def write(tree, path):
    ET.indent(tree, space="    ")
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")


def main():
    if len(sys.argv) >= 2 and sys.argv[1] == "list":
        seen = {}
        for lang in LANGS:
            for ctx, m in untranslated(ET.parse(ts_path(lang))):
                seen.setdefault((ctx, m.find("source").text or ""), None)
        for ctx, source in seen:
            print("\t".join((ctx, escape(source), "", "")))
        return 0
    if len(sys.argv) == 3 and sys.argv[1] == "fill":
        table = {}
        with open(sys.argv[2], encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip():
                    continue
                cols = line.split("\t")
                if len(cols) != 2 + len(LANGS):
                    sys.exit("%s:%d: expected %d tab-separated columns" % (sys.argv[2], n, 2 + len(LANGS)))
                table[(cols[0], unescape(cols[1]))] = [unescape(c) for c in cols[2:]]
        missing = 0
        for li, lang in enumerate(LANGS):
            tree = ET.parse(ts_path(lang))
            for ctx, m in untranslated(tree):
                key = (ctx, m.find("source").text or "")
                if key not in table or not table[key][li].strip():
                    missing += 1
                    continue
                t = m.find("translation")
                t.attrib.pop("type", None)
                if m.get("numerus") == "yes":
                    for f in list(t):
                        t.remove(f)
                    for form in table[key][li].split(" || "):
                        ET.SubElement(t, "numerusform").text = form
                else:
                    t.text = table[key][li]
            write(tree, ts_path(lang))
        print("filled; %d message(s) still untranslated" % missing)
        return 0
    sys.exit(__doc__)


if __name__ == "__main__":
    sys.exit(main())
