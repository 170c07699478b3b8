#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Galley authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the small laid-out pages the page-image tests use (run from this folder; needs ImageMagick):
  desk-alto.xml + desk-alto.png  an ALTO 4 page in pixels and its "scan" (600 x 800, text drawn at the boxes)
  desk-page.pdf                  a one-page PDF (A5, Helvetica) with the same two articles
  missing-scan.xml               the ALTO page naming a scan that is not there
Two articles: a headline across the top with a body in the left column, and a second headline and
body in the right column. Made for Galley; no third-party content."""
import subprocess

HEAD1 = "Harbour Reopens After Storm"
BODY1 = ["The harbour opened again on", "Monday morning after three", "days of gales kept the", "fishing fleet in port."]
HEAD2 = "Council Votes on Budget"
BODY2 = ["The town council agreed the", "new budget by seven votes", "to four after a long debate", "on the price of water."]

LINE_H = {"head": 30, "body": 18}
SIZE = {"head": 22, "body": 14}        # ImageMagick point size (= px at 72 dpi)
SPACE = {"head": 7, "body": 5}


def advance(word, kind):
    """The drawn width of word in px, as ImageMagick measures it."""
    out = subprocess.run(["convert", "-font", "DejaVu-Serif", "-pointsize", str(SIZE[kind]), "label:" + word,
                          "-format", "%w", "info:"], check=True, capture_output=True, text=True)
    return int(out.stdout)


def words(line, x, y, kind, ids):
    out, cx = [], x
    for w in line.split(" "):
        width = advance(w, kind)
        ids[0] += 1
        out.append((f"S{ids[0]}", w, cx, y, width, LINE_H[kind]))
        cx += width + SPACE[kind]
    return out


def block(bid, lines, x, y, kind, ids):
    tl = []
    for i, line in enumerate(lines):
        ly = y + i * (LINE_H[kind] + 4)
        tl.append((f"{bid}_L{i+1}", x, ly, words(line, x, ly, kind, ids), kind))
    return bid, tl


def alto(image_name, blocks):
    xml = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">',
           '  <Description>', '    <MeasurementUnit>pixel</MeasurementUnit>',
           f'    <sourceImageInformation><fileName>{image_name}</fileName></sourceImageInformation>',
           '  </Description>',
           '  <Styles>', '    <TextStyle ID="HEAD" FONTSIZE="20" FONTFAMILY="Serif" FONTSTYLE="bold"/>',
           '    <TextStyle ID="BODY" FONTSIZE="10" FONTFAMILY="Serif"/>', '  </Styles>',
           '  <Layout>', '    <Page ID="P1" WIDTH="600" HEIGHT="800" PHYSICAL_IMG_NR="1">',
           '      <PrintSpace HPOS="0" VPOS="0" WIDTH="600" HEIGHT="800">']
    for bid, lines in blocks:
        x0 = min(l[1] for l in lines); y0 = lines[0][2]
        x1 = max(w[2] + w[4] for l in lines for w in l[3]); y1 = lines[-1][2] + LINE_H[lines[0][4]]
        style = "HEAD" if lines[0][4] == "head" else "BODY"
        xml.append(f'        <TextBlock ID="{bid}" HPOS="{x0}" VPOS="{y0}" WIDTH="{x1-x0}" HEIGHT="{y1-y0}" STYLEREFS="{style}">')
        for lid, lx, ly, ws, kind in lines:
            lw = ws[-1][2] + ws[-1][4] - lx
            xml.append(f'          <TextLine ID="{lid}" HPOS="{lx}" VPOS="{ly}" WIDTH="{lw}" HEIGHT="{LINE_H[kind]}">')
            for i, (sid, w, wx, wy, ww, wh) in enumerate(ws):
                if i:
                    xml.append(f'            <SP WIDTH="{SPACE[kind]}"/>')
                xml.append(f'            <String ID="{sid}" HPOS="{wx}" VPOS="{wy}" WIDTH="{ww}" HEIGHT="{wh}" CONTENT="{w}" STYLEREFS="{style}"/>')
            xml.append('          </TextLine>')
        xml.append('        </TextBlock>')
    xml += ['      </PrintSpace>', '    </Page>', '  </Layout>', '</alto>', '']
    return "\n".join(xml)


def scan(path, blocks):
    cmd = ["convert", "-size", "600x800", "xc:#f3eee0", "-fill", "#1c1a17", "-font", "DejaVu-Serif"]
    for _, lines in blocks:
        for _, lx, ly, ws, kind in lines:
            cmd += ["-pointsize", str(SIZE[kind])]
            for _, w, wx, wy, ww, wh in ws:
                cmd += ["-draw", f"text {wx},{wy + wh - 6} '{w}'"]
    cmd += ["-colorspace", "Gray", "-depth", "8", path]
    subprocess.run(cmd, check=True)


def pdf(path):
    # A5 portrait, 420 x 595 pt; PDF y goes up from the bottom.
    ops = []
    def text(x, y, size, s):
        ops.append(f"BT /F{2 if size > 14 else 1} {size} Tf {x} {595 - y} Td ({s}) Tj ET")
    text(30, 50, 22, HEAD1)
    for i, l in enumerate(BODY1):
        text(30, 90 + i * 14, 10, l)
    text(220, 170, 16, HEAD2)
    for i, l in enumerate(BODY2):
        text(220, 200 + i * 14, 10, l)
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 595] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Bold /Encoding /WinAnsiEncoding >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    open(path, "wb").write(out)


ids = [0]
blocks = [block("TB1", [HEAD1], 40, 40, "head", ids), block("TB2", BODY1, 40, 100, "body", ids),
          block("TB3", [HEAD2], 300, 220, "head", ids), block("TB4", BODY2, 300, 270, "body", ids)]
open("desk-alto.xml", "w").write(alto("desk-alto.png", blocks))
open("missing-scan.xml", "w").write(alto("gone-0001.tif", blocks))
scan("desk-alto.png", blocks)
pdf("desk-page.pdf")
