#!/usr/bin/env python3
"""Carries translations over to strings that moved to another context.

When code moves between classes, lupdate sees its strings as new entries of the new class and
marks them unfinished although the same source text was translated before. For every unfinished
entry of CATALOG this takes the translation of the same source text (and the same disambiguation
comment) from REFERENCE catalogs, in any context, when all of them agree on one translation.

    tools/ts-carry.py translations/aloite_fi.ts OLD_fi.ts [MORE_fi.ts ...]

REFERENCE may be an older copy (git show REV:translations/aloite_fi.ts > old.ts). Prints how many
entries it filled and leaves the rest unfinished for a translator.
"""
import sys
import xml.etree.ElementTree as ET


def key(message):
    source = message.findtext("source") or ""
    comment = message.findtext("comment") or ""
    return (source, comment, message.get("numerus") == "yes")


def finished(translation):
    return translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")


def known(paths):
    found = {}
    for path in paths:
        for message in ET.parse(path).getroot().iter("message"):
            translation = message.find("translation")
            if not finished(translation):
                continue
            value = ET.tostring(translation, encoding="unicode")
            found.setdefault(key(message), set()).add(value)
    return {k: v.pop() for k, v in found.items() if len(v) == 1}


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    catalog, references = sys.argv[1], sys.argv[2:]
    translations = known(references)
    with open(catalog, encoding="utf-8") as f:
        head = f.read().split("<TS", 1)[0]
    tree = ET.parse(catalog)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        value = translations.get(key(message))
        if value is None:
            continue
        replacement = ET.fromstring(value)
        translation.clear()
        translation.text = replacement.text
        for child in replacement:
            translation.append(child)
        filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(catalog, "w", encoding="utf-8") as f:
        f.write(head + body + "\n")
    print(f"{catalog}: filled {filled} entries")


if __name__ == "__main__":
    main()
