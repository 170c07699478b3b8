#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Galley authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write crafted pages that stress the cost of segmentation (not real-looking pages).

usage: make-crafted-pages.py OUTDIR [--blocks N] [--chain N]

Writes, in UTF-8:
  tiny-blocks.txt    N one-letter blocks (default 100,000), blank lines between;
  display-chain.txt  a running paragraph cut mid-sentence, then N short display lines (default 22,000),
                     each a block of its own ("and, River Harbour Museum with"): lower-case start, a
                     clause comma, capitalised words, no sentence end — every one a headline candidate
                     that carries on the sentence of the one before;
  crafted-1mb.txt    both of the above on one page (about 1 MB with the defaults).
Deterministic: the same arguments give the same bytes.
"""
import argparse
import os

def tiny_blocks(n):
    """n blocks of one lower-case letter each: every one may carry on the one before."""
    return '\n\n'.join(chr(ord('a') + (i * 7) % 26) for i in range(n)) + '\n'


WORDS = ('River', 'Council', 'Harbour', 'School', 'Market', 'Bridge', 'Station', 'Garden', 'Museum', 'Library',
         'Stadium', 'Theatre', 'Airport', 'Village', 'Valley', 'Forest', 'Island', 'Tower', 'Square', 'Chapel')


def display_chain(n):
    body = ('The council met on Tuesday night to settle a dispute over the old bridge, and before the vote '
            'the mayor read out a list that ran on and on through the evening with')
    lines = [body]
    for i in range(n):
        w = [WORDS[(i * k + k) % len(WORDS)] for k in (1, 3, 7)]
        lines.append(f'and, {w[0]} {w[1]} {w[2]} with')
    return '\n\n'.join(lines) + '\n'


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('outdir')
    ap.add_argument('--blocks', type=int, default=100_000)
    ap.add_argument('--chain', type=int, default=22_000)
    args = ap.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    pages = {
        'tiny-blocks.txt': tiny_blocks(args.blocks),
        'display-chain.txt': display_chain(args.chain),
    }
    pages['crafted-1mb.txt'] = pages['tiny-blocks.txt'] + '\n' + pages['display-chain.txt']
    for name, text in pages.items():
        path = os.path.join(args.outdir, name)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        print(f'{path}: {len(text.encode("utf-8"))} bytes')


if __name__ == '__main__':
    main()
