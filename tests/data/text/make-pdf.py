#!/usr/bin/env python3
"""Write a small PDF with one text page per argument (lines split on '|'),
Helvetica in WinAnsi encoding, so test PDFs need no tool outside Python.
Usage: make-pdf.py OUT.pdf "page one line|second line" "page two" ..."""
import sys


def esc(s):
    b = s.encode('cp1252')
    out = b''
    for c in b:
        if c in b'()\\':
            out += b'\\' + bytes([c])
        elif c < 32 or c > 126:
            out += b'\\%03o' % c
        else:
            out += bytes([c])
    return out


def main():
    out, pages = sys.argv[1], sys.argv[2:]
    objs = []  # bodies, object i+1
    n = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then per page: page, contents
    kids = ' '.join('%d 0 R' % (5 + 2 * i) for i in range(n))
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    objs.append(('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, n)).encode())
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objs.append(b'<< /Title (Test document) /CreationDate (D:20240301120000Z) >>')
    for i, p in enumerate(pages):
        lines = p.split('|')
        stream = b'BT /F1 12 Tf 72 720 Td 14 TL\n'
        for ln in lines:
            stream += b'(' + esc(ln) + b') Tj T*\n'
        stream += b'ET'
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (6 + 2 * i)).encode())
        objs.append(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream')
    data = b'%PDF-1.4\n'
    offsets = []
    for i, body in enumerate(objs):
        offsets.append(len(data))
        data += b'%d 0 obj\n' % (i + 1) + body + b'\nendobj\n'
    xref = len(data)
    data += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offsets:
        data += b'%010d 00000 n \n' % o
    data += b'trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    with open(out, 'wb') as f:
        f.write(data)


main()
