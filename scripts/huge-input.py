#!/usr/bin/env python3
"""Huge inputs against the release binary, in bounded memory (CI runs this
as its own step; see issue 9).

- `rasad normalize` on a 200 MB single line from standard input: output as
  long as the input's worth, peak memory under 200 MB.
- `rasad dates` on the same: peak memory under 200 MB.
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


failures = []
code, sent, got, err = run_streaming([BIN, "normalize"], 200 << 20)
print(f"normalize: {sent >> 20} MB in, {got >> 20} MB out, exit {code}, peak so far {peak_kb() >> 10} MB")
if code != 0 or got < sent * 0.9:
    failures.append(f"normalize: exit {code}, {got} bytes out for {sent} in: {err[:300]}")
code, sent, got, err = run_streaming([BIN, "dates", "--ref", "2023-10-04"], 200 << 20)
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
    p = subprocess.run([BIN, "extract", path], capture_output=True)
    lines = p.stdout.decode().splitlines()
    err = p.stderr.decode("utf-8", "replace")
    print(f"extract: {len(lines)} records, exit {p.returncode}, peak so far {peak_kb() >> 10} MB")
    if p.returncode != 0 or len(lines) != 2 or "too large for one article" not in err:
        failures.append(f"extract: exit {p.returncode}, {len(lines)} records: {err[:300]}")
if peak_kb() > LIMIT_KB:
    failures.append(f"peak memory {peak_kb() >> 10} MB is over {LIMIT_KB >> 10} MB")
if failures:
    print("FAILED:\n" + "\n".join(failures))
    sys.exit(1)
print("huge inputs: ok")
