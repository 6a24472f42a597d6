#!/usr/bin/env python3
"""Writes the unfinished entries of a .ts catalog as JSON for translators:
[{"context", "source", "comment", "numerus", "translation": "" or ["", ""]}].
Usage: tools/ts-export.py translations/aloite_fi.ts > todo-fi.json"""
import json
import sys
import xml.etree.ElementTree as ET

entries = []
for context in ET.parse(sys.argv[1]).getroot().iter('context'):
    name = context.find('name').text
    for message in context.iter('message'):
        translation = message.find('translation')
        if translation.get('type') != 'unfinished':
            continue
        numerus = message.get('numerus') == 'yes'
        comment = ' '.join(filter(None, [(message.findtext('comment') or ''), (message.findtext('extracomment') or '')]))
        entries.append({'context': name, 'source': message.findtext('source'), 'comment': comment,
                        'numerus': numerus, 'translation': ['', ''] if numerus else ''})
json.dump(entries, sys.stdout, ensure_ascii=False, indent=1)
print()
print(f'{len(entries)} unfinished entries', file=sys.stderr)
