#!/usr/bin/env python3
"""Completes the English catalog: the source strings are English already, so each translation is the
source text, and plural forms are spelled out ("%n case(s)" -> "%n case" / "%n cases").
Run after `cmake --build build --target update_translations`; review what it prints."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else 'translations/aloite_en.ts'
tree = ET.parse(path)

IRREGULAR = [(r'\bare\b', 'is'), (r'\bhave\b', 'has'), (r'\bthese\b', 'this')]


def singular(text):
    text = text.replace('(s)', '')
    return text


def plural(text):
    return text.replace('(s)', 's')


changed = 0
for message in tree.iter('message'):
    source = message.find('source').text or ''
    translation = message.find('translation')
    if translation.get('type') not in ('unfinished',) and (translation.text or list(translation)):
        continue
    if message.get('numerus') == 'yes':
        for child in list(translation):
            translation.remove(child)
        for form in (singular(source), plural(source)):
            ET.SubElement(translation, 'numerusform').text = form
        print('plural:', singular(source), '|', plural(source))
    else:
        translation.text = source
    translation.attrib.pop('type', None)
    changed += 1

tree.write(path, encoding='utf-8', xml_declaration=True)
# Keep lupdate's own layout: its DOCTYPE line and a trailing newline.
with open(path, encoding='utf-8') as f:
    text = f.read()
text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
if not text.endswith('\n'):
    text += '\n'
with open(path, 'w', encoding='utf-8') as f:
    f.write(text)
print(f'{changed} entries completed in {path}', file=sys.stderr)
