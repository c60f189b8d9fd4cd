#!/usr/bin/env python3
"""Fails when a shipped language misses a string.

Usage: check_translations.py LUPDATE SOURCE_DIR DATA_STRINGS_CPP
Runs lupdate over the sources (and the generated file of catalog/questionnaire texts) into a
scratch .ts, then checks that every string it finds has a finished translation in each
translations/archscope_<lang>.ts, with the same placeholders.
"""
import glob
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

lupdate, root, data_strings = sys.argv[1], sys.argv[2], sys.argv[3]
placeholders = re.compile(r"%L?\d+|%n")


def messages(path):
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            t = m.find("translation")
            if t is not None and t.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in t.iter("numerusform")] if m.get("numerus") == "yes" else [t.text or ""]
            out[(name, m.find("source").text or "")] = (t.get("type"), forms)
    return out


with tempfile.TemporaryDirectory() as tmp:
    scratch = os.path.join(tmp, "current.ts")
    sources = [os.path.join(root, d) for d in ("core", "widgets", "app")] + [data_strings]
    subprocess.run([lupdate, "-silent", "-locations", "none"] + sources + ["-ts", scratch], check=True)
    current = messages(scratch)

failed = False
shipped = sorted(glob.glob(os.path.join(root, "translations", "archscope_*.ts")))
if not shipped:
    sys.exit("no translations shipped")
for ts in shipped:
    lang = os.path.basename(ts)[len("archscope_"):-3]
    have = messages(ts)
    problems = []
    for key in sorted(current):
        if key not in have:
            problems.append("not in the .ts (run update_translations): %s | %s" % key)
            continue
        kind, forms = have[key]
        if kind == "unfinished" or not forms or any(not f.strip() for f in forms):
            problems.append("untranslated: %s | %s" % key)
            continue
        want = sorted(placeholders.findall(key[1]))
        for f in forms:
            if sorted(placeholders.findall(f)) != want and not (want == ["%n"] and not placeholders.findall(f)):
                problems.append("placeholders differ: %s | %s -> %s" % (key[0], key[1], f))
    print("%s: %d strings, %d problems" % (lang, len(current), len(problems)))
    for p in problems[:40]:
        print("  " + p)
    failed = failed or bool(problems)
sys.exit(1 if failed else 0)
