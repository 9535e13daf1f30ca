#!/usr/bin/env python3
"""Huge inputs against the release binary, in bounded memory (CI runs this
as its own step; see issue 9).

- `rasad normalize` on a 200 MB single line from standard input: output as
  long as the input's worth, peak memory under 200 MB.
- `rasad dates` on a 1 GB single line from standard input: peak memory under
  200 MB.
- `rasad extract` on a 1 GB file: refused as too large for one article after
  reading its first 64 MB, the next file read.
- `rasad extract` on a WARC.gz whose middle record inflates to 900 MB: that
  record is skipped by streaming through it, the records around it read.
- `rasad extract` on a JSONL file with a 100 MB line between two small ones:
  the huge line is refused with a clear error, the other two come out, peak
  memory under 200 MB.

The inputs are generated on the fly; nothing is written to disk but the JSONL.
"""
import json, os, resource, subprocess, sys, tempfile, threading

BIN = sys.argv[1] if len(sys.argv) > 1 else "target/release/rasad"
LIMIT_KB = 200 * 1024
PIECE = ("همکاریهاي منطقه اي را در ۱۲ مهر ۱۴۰۲ گسترش ميدهيم و " * 64).encode()


def run_streaming(args, total):
    """Feeds `total` bytes of one line to `args` and counts its output."""
    p = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = [0]

    def reader():
        while True:
            b = p.stdout.read(1 << 20)
            if not b:
                break
            out[0] += len(b)

    t = threading.Thread(target=reader)
    t.start()
    sent = 0
    while sent < total:
        p.stdin.write(PIECE)
        sent += len(PIECE)
    p.stdin.write(b"\n")
    p.stdin.close()
    t.join()
    err = p.stderr.read().decode("utf-8", "replace")
    p.wait()
    return p.returncode, sent, out[0], err


def peak_kb():
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def check_extract(label, paths, records, message, failures):
    """Runs `rasad extract` on `paths`: it must exit 0 with `records` records
    and say `message` on standard error."""
    p = subprocess.run([BIN, "extract", *paths], capture_output=True)
    lines = p.stdout.decode().splitlines()
    err = p.stderr.decode("utf-8", "replace")
    print(f"{label}: {len(lines)} records, exit {p.returncode}, peak so far {peak_kb() >> 10} MB")
    if p.returncode != 0 or len(lines) != records or message not in err:
        failures.append(f"{label}: exit {p.returncode}, {len(lines)} records: {err[:300]}")


failures = []
code, sent, got, err = run_streaming([BIN, "normalize"], 200 << 20)
print(f"normalize: {sent >> 20} MB in, {got >> 20} MB out, exit {code}, peak so far {peak_kb() >> 10} MB")
if code != 0 or got < sent * 0.9:
    failures.append(f"normalize: exit {code}, {got} bytes out for {sent} in: {err[:300]}")
code, sent, got, err = run_streaming([BIN, "dates", "--ref", "2023-10-04"], 1 << 30)
print(f"dates: {sent >> 20} MB in, {got >> 20} MB of records, exit {code}, peak so far {peak_kb() >> 10} MB")
if code != 0 or got == 0:
    failures.append(f"dates: exit {code}: {err[:300]}")
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "huge.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps({"url": "https://a.ir/1", "text": "به گزارش ایرنا، دو وزیر دیدار کردند."}, ensure_ascii=False) + "\n")
        f.write('{"url": "https://a.ir/2", "text": "')
        piece = PIECE.decode()
        for _ in range((100 << 20) // len(PIECE)):
            f.write(piece)
        f.write('"}\n')
        f.write(json.dumps({"url": "https://a.ir/3", "text": "به گزارش ایسنا، دو وزیر دیدار کردند."}, ensure_ascii=False) + "\n")
    check_extract("extract", [path], 2, "too large for one article", failures)
with tempfile.TemporaryDirectory() as d:
    big = os.path.join(d, "a_big.txt")
    with open(big, "wb") as f:
        block = PIECE * max(1, (1 << 20) // len(PIECE))
        written = 0
        while written < (1 << 30):
            f.write(block)
            written += len(block)
    small = os.path.join(d, "b_small.txt")
    with open(small, "w", encoding="utf-8") as f:
        f.write("به گزارش ایرنا، دو وزیر دیدار کردند.")
    check_extract("extract 1 GB file", [big, small], 1, "too large for one article", failures)
with tempfile.TemporaryDirectory() as d:
    import zlib

    def member(data_chunks):
        c = zlib.compressobj(1, zlib.DEFLATED, 31)
        out = [c.compress(x) for x in data_chunks]
        out.append(c.flush())
        return b"".join(out)

    def record(uri, http):
        head = f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nContent-Length: {len(http)}\r\n\r\n".encode()
        return head + http + b"\r\n\r\n"

    page = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>به گزارش ایرنا، دو وزیر دیدار کردند.</p></body></html>".encode()
    n = 900 << 20
    bomb_head = f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.ir/bomb\r\nContent-Length: {n}\r\n\r\n".encode()
    zeros = bytes(1 << 20)
    path = os.path.join(d, "bomb.warc.gz")
    with open(path, "wb") as f:
        f.write(member([record("https://a.ir/1", page)]))
        f.write(member([bomb_head] + [zeros] * (n >> 20) + [b"\r\n\r\n"]))
        f.write(member([record("https://a.ir/2", page)]))
    size = os.path.getsize(path)
    check_extract(f"extract WARC.gz ({size >> 10} KB inflating to 900 MB)", [path], 2, "over the", failures)
if peak_kb() > LIMIT_KB:
    failures.append(f"peak memory {peak_kb() >> 10} MB is over {LIMIT_KB >> 10} MB")
if failures:
    print("FAILED:\n" + "\n".join(failures))
    sys.exit(1)
print("huge inputs: ok")
