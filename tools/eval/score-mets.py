#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Galley authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Score Galley's segmentation of METS/ALTO issue pages against the METS articles.

usage: score-mets.py [--galley BIN] METS.xml

Each ALTO page the METS names (its FLocat paths, relative to the METS file) is segmented on its own
with `galley segment ALTO --format json` -- WITHOUT the METS, so Galley sees only the ALTO -- and
compared with the METS logical structMap: every ALTO TextLine of a TextBlock that an ARTICLE div
references (mets:area BETYPE="IDREF" BEGIN="<TextBlock ID>") belongs to that article; lines in no
ARTICLE (advertisements, the title section) are not scored. Per page, as
../shared/tools/score-pdf-segmentation.py does for PDFs:
  - each scored line goes to the predicted article whose first piece box (articles and pieces in
    output order; boxes in the ALTO's own units) holds the line's centre; pairwise same-article f1
    over those lines;
  - headlines: an article whose TITLE blocks are on the page counts when some predicted article's
    headline equals the text of those blocks (white space ignored).
Prints one line per page and the mean f1 over pages with at least two scored lines, headlines
summed. Standard library only; run with the GALLEY_LAYOUT=off environment variable to score the
text engine on the same pages.
"""
import itertools
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET


def local(tag):
    return tag.rsplit('}', 1)[-1]


def attr(el, name):
    for k, v in el.attrib.items():
        if local(k) == name:
            return v
    return None


def squash(s):
    return re.sub(r'\s+', '', s or '')


def mets_gold(path):
    """FILEID -> ALTO path; list of articles, each {blocks: {(fileid, block)}, title: [(fileid, block)]}."""
    root = ET.parse(path).getroot()
    files = {}
    for f in root.iter():
        if local(f.tag) == 'file':
            for loc in f:
                if local(loc.tag) == 'FLocat':
                    href = attr(loc, 'href') or ''
                    href = re.sub(r'^file://', '', href)
                    files[f.get('ID')] = os.path.normpath(os.path.join(os.path.dirname(path), href))
    articles = []
    for sm in root.iter():
        if local(sm.tag) != 'structMap' or (sm.get('TYPE') or '').upper() != 'LOGICAL':
            continue
        for div in sm.iter():
            if local(div.tag) != 'div' or div.get('TYPE') != 'ARTICLE':
                continue
            art = {'label': div.get('LABEL') or '', 'blocks': set(), 'title': []}
            for sub in div.iter():
                if local(sub.tag) != 'area' or attr(sub, 'BETYPE') != 'IDREF':
                    continue
                art['blocks'].add((sub.get('FILEID'), sub.get('BEGIN')))
            for t in div.iter():
                if local(t.tag) == 'div' and t.get('TYPE') == 'TITLE':
                    for a in t.iter():
                        if local(a.tag) == 'area':
                            art['title'].append((a.get('FILEID'), a.get('BEGIN')))
            articles.append(art)
    return files, articles


def alto_blocks(path):
    """TextBlock ID -> (list of line boxes (x0, y0, x1, y1), text)."""
    out = {}
    for tb in ET.parse(path).getroot().iter():
        if local(tb.tag) != 'TextBlock':
            continue
        lines, words = [], []
        for tl in tb:
            if local(tl.tag) != 'TextLine':
                continue
            x, y = float(tl.get('HPOS', 0)), float(tl.get('VPOS', 0))
            lines.append((x, y, x + float(tl.get('WIDTH', 0)), y + float(tl.get('HEIGHT', 0))))
            words += [s.get('CONTENT', '') for s in tl if local(s.tag) == 'String']
        out[tb.get('ID')] = (lines, ' '.join(words))
    return out


def box(b):
    v = b.get('bbox')
    return tuple(v[:4]) if v else None


def score_page(galley, fileid, alto, articles):
    blocks = alto_blocks(alto)
    pred = json.loads(subprocess.run([galley, 'segment', alto, '--format', 'json'], check=True,
                                     capture_output=True).stdout)
    arts = pred.get('articles', [])
    boxes = [(ai, box(b)) for ai, a in enumerate(arts) for b in a.get('blocks', []) if box(b)]
    lines = []  # (gold article, centre)
    for gi, art in enumerate(articles):
        for f, block in sorted(art['blocks']):
            if f == fileid and block in blocks:
                for x0, y0, x1, y1 in blocks[block][0]:
                    lines.append((gi, ((x0 + x1) / 2, (y0 + y1) / 2)))
    hit = []
    for _, (cx, cy) in lines:
        h = [ai for ai, (a, b, c, d) in boxes if a <= cx <= c and b <= cy <= d]
        hit.append(h[0] if h else None)
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(lines)), 2):
        g = lines[i][0] == lines[j][0]
        q = hit[i] is not None and hit[i] == hit[j]
        tp += g and q
        fp += (not g) and q
        fn += g and not q
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    predicted = {squash(a.get('headline')) for a in arts}
    titled = [a for a in articles if a['title'] and all(f == fileid for f, _ in a['title'])]
    hits = sum(squash(' '.join(blocks.get(b, ([], ''))[1] for _, b in a['title'])) in predicted for a in titled)
    return f1, len(lines), hits, len(titled), len(arts)


def main():
    args = sys.argv[1:]
    galley = 'build/bin/galley'
    if len(args) >= 2 and args[0] == '--galley':
        galley, args = args[1], args[2:]
    if len(args) != 1:
        sys.exit(__doc__)
    files, articles = mets_gold(args[0])
    used = sorted({f for a in articles for f, _ in a['blocks']})
    f1s, hits, titles = [], 0, 0
    for fileid in used:
        alto = files.get(fileid)
        if not alto or not os.path.exists(alto):
            print(f'{fileid}: no ALTO file {alto}', file=sys.stderr)
            continue
        f1, n, h, t, npred = score_page(galley, fileid, alto, articles)
        print(f'{os.path.basename(alto)}: f1={f1:.3f} lines={n} headlines={h}/{t} predicted_articles={npred}')
        if n >= 2:
            f1s.append(f1)
        hits += h
        titles += t
    mean = sum(f1s) / len(f1s) if f1s else 0.0
    print(f'mean of {len(f1s)} pages: f1={mean:.3f} headlines={hits}/{titles}')


if __name__ == '__main__':
    main()
