#!/usr/bin/env python3
"""Writes a capture N times as long as a pcap: the records repeated N times, each copy shifted in time past the
previous one and with its Call-IDs made unique by rewriting the last character of every Call-ID value in place
(same length, so IP and UDP lengths stay right; checksums are not recomputed, as captures on loopback often
have none). Used by bench/run.sh to check that analysis time and memory scale with the capture.

usage: make-long-capture.py IN.pcap OUT.pcap N
"""
import re
import struct
import sys

src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
data = open(src, "rb").read()
magic = data[:4]
endian = "<" if magic in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1") else ">"
header, body = data[:24], data[24:]
records = []
pos = 0
while pos + 16 <= len(body):
    sec, frac, incl, orig = struct.unpack(endian + "IIII", body[pos:pos + 16])
    records.append((sec, frac, incl, orig, body[pos + 16:pos + 16 + incl]))
    pos += 16 + incl
span = records[-1][0] - records[0][0] + 60
callid = re.compile(rb"(\r\n(?:Call-ID|i)\s*:\s*[^\r\n]*?)([0-9A-Za-z])(\r\n)")
with open(dst, "wb") as out:
    out.write(header)
    for k in range(n):
        mark = b"0123456789abcdefghijklmnopqrstuvwxyz"[k % 36:k % 36 + 1]
        for sec, frac, incl, orig, pkt in records:
            if k:
                pkt = callid.sub(lambda m: m.group(1) + mark + m.group(3), pkt)
            out.write(struct.pack(endian + "IIII", sec + k * span, frac, incl, orig))
            out.write(pkt)
