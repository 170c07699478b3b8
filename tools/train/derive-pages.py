#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Galley authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""More training pages from generated ones: copies every Nth page of SRC (a folder of PAGE.txt beside
PAGE.gold.json with fragment gold, offsets in code points) into DST, changed, with every gold
fragment moved to match.

  no-header  the text before the first gold fragment (masthead, date and page number: furniture)
             left out. Every generated page starts with its header, so the engine would learn that
             the top of a page is furniture; pages that arrive cropped start with a headline.
  unwrap     PDF-block pages only (*.fitz-blocks.*): each space between two CJK characters or
             marks left out. A PDF-block page joins a block's printed lines with a space, so each
             of its lines shows where the printed lines broke; text copied from a web page or a word
             processor, or OCR giving one paragraph a line, has no such marks, and a headline there is
             only a short line beside long ones.

usage: derive-pages.py no-header|unwrap SRC DST [--every N]    (default N = 3)
"""
import json
import os
import sys


def cjk(c):
    o = ord(c)
    return (0x3000 < o <= 0x303F or 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF
            or 0xFF01 <= o <= 0xFF60 or 0x2018 <= o <= 0x201D or 0x2014 <= o <= 0x2026)


def without_header(text, gold):
    """The text from its first gold fragment (white space before it kept with the header), and for
    each old offset its new one; None where the page has no header to leave out."""
    starts = [fr['start'] for a in gold['articles'] for fr in a.get('fragments', [])]
    if not starts:
        return None
    cut = min(starts)
    while cut > 0 and text[cut - 1] in ' \u3000':
        cut -= 1
    if cut == 0:
        return None
    return text[cut:], lambda offset: offset - cut


def unwrapped(text, gold):
    """The text without wrap spaces, and for each old offset (and the end) its new one; None where
    it has none (the copy would be the page again)."""
    out, where = [], []
    for i, c in enumerate(text):
        where.append(len(out))
        if not (c == ' ' and 0 < i < len(text) - 1 and cjk(text[i - 1]) and cjk(text[i + 1])):
            out.append(c)
    where.append(len(out))
    if len(out) == len(text):
        return None
    return ''.join(out), lambda offset: where[offset]


CHANGES = {'no-header': ('.gold.json', without_header), 'unwrap': ('.fitz-blocks.gold.json', unwrapped)}


def usage():
    sys.stderr.write('usage: ' + __doc__.split('usage: ')[1])
    sys.exit(2)


def main():
    args, every, rest = [], 3, sys.argv[1:]
    while rest:
        arg = rest.pop(0)
        if arg == '--every':
            if not rest or not rest[0].isdigit() or int(rest[0]) < 1:
                usage()
            every = int(rest.pop(0))
        elif arg.startswith('--'):
            usage()
        else:
            args.append(arg)
    if len(args) != 3 or args[0] not in CHANGES:
        usage()
    mode, src, dst = args
    suffix, change = CHANGES[mode]
    os.makedirs(dst, exist_ok=True)
    golds = sorted(f for f in os.listdir(src) if f.endswith(suffix))
    for i, name in enumerate(golds):
        if i % every:
            continue
        stem = name[:-len('.gold.json')]
        with open(os.path.join(src, stem + '.txt'), encoding='utf-8-sig') as f:
            text = f.read()
        with open(os.path.join(src, name), encoding='utf-8') as f:
            gold = json.load(f)
        changed = change(text, gold)
        if changed is None:
            continue
        new_text, moved = changed
        for a in gold['articles']:
            for fr in a.get('fragments', []):
                fr['start'], fr['end'] = moved(fr['start']), moved(fr['end'])
        with open(os.path.join(dst, stem + '.txt'), 'w', encoding='utf-8') as f:
            f.write(new_text)
        with open(os.path.join(dst, name), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False)


if __name__ == '__main__':
    main()
