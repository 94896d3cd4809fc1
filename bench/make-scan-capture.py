#!/usr/bin/env python3
"""A scanner capture for load tests: N requests (OPTIONS or REGISTER) from one address to one server, each for
another user and its own Call-ID, none answered, spread over DURATION seconds. Raw-IP pcap.

    bench/make-scan-capture.py N OUT.pcap [METHOD] [DURATION]
    bench/make-scan-capture.py 200000 /tmp/scan.pcap OPTIONS 600
"""
import struct, sys
n = int(sys.argv[1]); out = sys.argv[2]; method = sys.argv[3] if len(sys.argv) > 3 else "OPTIONS"
def ip_udp(src, dst, sport, dport, payload):
    udp = struct.pack('!HHHH', sport, dport, 8 + len(payload), 0) + payload
    tot = 20 + len(udp)
    ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, tot, 0, 0, 64, 17, 0, bytes(map(int, src.split('.'))), bytes(map(int, dst.split('.'))))
    return ip + udp
with open(out, 'wb') as f:
    f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 101))  # raw IP linktype
    t0 = 1764374400
    for i in range(n):
        user = f"{1000+i}"
        msg = (f"{method} sip:{user}@192.0.2.10 SIP/2.0\r\n"
               f"Via: SIP/2.0/UDP 198.51.100.66:5070;branch=z9hG4bK-{i}\r\n"
               f"From: <sip:{user}@192.0.2.10>;tag=t{i}\r\nTo: <sip:{user}@192.0.2.10>\r\n"
               f"Call-ID: scan-{i}@198.51.100.66\r\nCSeq: 1 {method}\r\nMax-Forwards: 70\r\n"
               f"Contact: <sip:{user}@198.51.100.66:5070>\r\nUser-Agent: friendly-scanner\r\nContent-Length: 0\r\n\r\n").encode()
        pkt = ip_udp('198.51.100.66', '192.0.2.10', 5070, 5060, msg)
        dur = int(sys.argv[4]) if len(sys.argv) > 4 else 30
        ts = t0 * 1000000 + i * (dur * 1_000_000 // n)
        f.write(struct.pack('<IIII', ts // 1000000, ts % 1000000, len(pkt), len(pkt)) + pkt)
