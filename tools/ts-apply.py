#!/usr/bin/env python3
"""Applies translations from JSON (the format of ts-export.py) to a .ts catalog and marks them
finished. Entries are matched by context and source text; empty translations are skipped.
Usage: tools/ts-apply.py translations/aloite_fi.ts done-fi.json
Run `cmake --build build --target update_translations` afterwards to restore lupdate's layout."""
import json
import sys
import xml.etree.ElementTree as ET

path, done = sys.argv[1], sys.argv[2]
translations = {(e['context'], e['source']): e['translation'] for e in json.load(open(done, encoding='utf-8'))}
tree = ET.parse(path)
applied = 0
for context in tree.getroot().iter('context'):
    name = context.find('name').text
    for message in context.iter('message'):
        value = translations.get((name, message.findtext('source')))
        if not value:
            continue
        translation = message.find('translation')
        for child in list(translation):
            translation.remove(child)
        if message.get('numerus') == 'yes':
            if not isinstance(value, list) or not all(value):
                print('skipped, plural forms missing:', name, message.findtext('source'), file=sys.stderr)
                continue
            translation.text = None
            for form in value:
                ET.SubElement(translation, 'numerusform').text = form
        else:
            translation.text = value
        translation.attrib.pop('type', None)
        applied += 1
tree.write(path, encoding='utf-8', xml_declaration=True)
with open(path, encoding='utf-8') as f:
    text = f.read()
text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
with open(path, 'w', encoding='utf-8') as f:
    f.write(text if text.endswith('\n') else text + '\n')
print(f'{applied} translations applied to {path}', file=sys.stderr)
