#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Galley authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Training pages without their page header: copies every Nth page of SRC (a folder of PAGE.txt beside
PAGE.gold.json with fragment gold) into DST with the text before the first gold fragment (the
masthead, date and page number lines: furniture) left out and every fragment moved to match.

Why: every generated training page starts with its header, so the engine learns that the top of a
page is furniture; pages that arrive cropped, or cut out of a page, start with a headline instead.

usage: strip-page-header.py SRC DST [--every N]    (default N = 3; offsets are code points)
"""
import json
import os
import sys


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    every = 3
    if '--every' in sys.argv:
        every = int(sys.argv[sys.argv.index('--every') + 1])
    if len(args) != 2:
        sys.stderr.write(__doc__.split('usage: ')[1] if 'usage: ' in __doc__ else __doc__)
        sys.exit(2)
    src, dst = args
    os.makedirs(dst, exist_ok=True)
    golds = sorted(f for f in os.listdir(src) if f.endswith('.gold.json'))
    for i, name in enumerate(golds):
        if i % every:
            continue
        stem = name[:-len('.gold.json')]
        with open(os.path.join(src, stem + '.txt'), encoding='utf-8-sig') as f:
            text = f.read()
        with open(os.path.join(src, name), encoding='utf-8') as f:
            gold = json.load(f)
        starts = [fr['start'] for a in gold['articles'] for fr in a.get('fragments', [])]
        if not starts:
            continue
        cut = min(starts)
        while cut > 0 and text[cut - 1] in ' \u3000':
            cut -= 1
        if cut == 0:
            continue
        for a in gold['articles']:
            for fr in a.get('fragments', []):
                fr['start'] -= cut
                fr['end'] -= cut
        with open(os.path.join(dst, stem + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text[cut:])
        with open(os.path.join(dst, name), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False)


if __name__ == '__main__':
    main()
