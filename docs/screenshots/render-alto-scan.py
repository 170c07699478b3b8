#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Galley authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Renders a stand-in "scan" for an ALTO page that comes without its image: every String's CONTENT drawn
at its box (ImageMagick MVG), on paper grey with a little noise, as an 8-bit grey LZW TIFF at 300 dpi
(pixel units as they are; mm10 and inch1200 converted). Used by make-page-image.sh for the screenshot of
the desk with an ALTO page; the result is not a real scan and is never committed.
usage: render-alto-scan.py ALTO OUT.tif"""
import os, subprocess, sys, tempfile, xml.etree.ElementTree as ET
alto, out = sys.argv[1], sys.argv[2]
MVG = os.path.join(tempfile.mkdtemp(), 'page.mvg')
root = ET.parse(alto).getroot()
def local(t): return t.split('}')[-1]
unit = 'pixel'
for e in root.iter():
    if local(e.tag) == 'MeasurementUnit': unit = (e.text or 'pixel').strip()
page = next(e for e in root.iter() if local(e.tag) == 'Page')
W, H = float(page.get('WIDTH')), float(page.get('HEIGHT'))
f = {'pixel': 1.0, 'mm10': 300/254.0, 'inch1200': 300/1200.0}[unit]
mvg = ['viewbox 0 0 %d %d' % (W*f, H*f), 'fill "#e9e1cc"', 'rectangle 0,0 %d,%d' % (W*f, H*f), 'push graphic-context', 'fill "#1d1a16"', 'font "DejaVu-Serif"']
for e in root.iter():
    if local(e.tag) != 'String': continue
    x, y, w, h = (float(e.get(k, 0)) * f for k in ('HPOS', 'VPOS', 'WIDTH', 'HEIGHT'))
    s = (e.get('CONTENT') or '').replace('\\', '').replace('"', '\u201d')
    if not s or h <= 0: continue
    size = max(6, h * 0.95)
    # Stretch the word to its box like print: scale x so the drawn width matches.
    est = max(1.0, len(s) * size * 0.5)
    sx = max(0.4, min(2.5, w / est))
    mvg.append('push graphic-context')
    mvg.append('font-size %.1f' % size)
    mvg.append('affine %.3f 0 0 1 %.1f %.1f' % (sx, x, y + h * 0.8))
    mvg.append('text 0,0 "%s"' % s)
    mvg.append('pop graphic-context')
mvg.append('pop graphic-context')
open(MVG, 'w').write('\n'.join(mvg))
subprocess.run(['convert', '-size', '%dx%d' % (W*f, H*f), '-background', '#e9e1cc', 'mvg:' + MVG,
                '-attenuate', '0.25', '+noise', 'Gaussian', '-colorspace', 'Gray', '-depth', '8',
                '-compress', 'LZW', out], check=True)
