#!/usr/bin/env python3
"""Size report for dist/: raw and gzip -9 bytes of each file, the first load and the total.

The first load is what the key field needs: everything but the decision tree (tree.json),
which the page fetches only when the user leaves the start page. The goal is <= 125 KB gzip;
this reports against it and never fails the build.
"""
import gzip
import os
import sys

GOAL = 125 * 1024
LAZY = {"tree.json"}


def main() -> int:
    root = sys.argv[1] if len(sys.argv) > 1 else "dist"
    rows = []
    for dirpath, _, files in os.walk(root):
        for name in files:
            path = os.path.join(dirpath, name)
            data = open(path, "rb").read()
            rows.append((os.path.relpath(path, root), len(data), len(gzip.compress(data, 9))))
    rows.sort(key=lambda r: -r[2])
    width = max(len(r[0]) for r in rows)
    print(f"{'file':<{width}}  {'raw':>9}  {'gzip -9':>9}")
    for name, raw, gz in rows:
        print(f"{name:<{width}}  {raw:>9,}  {gz:>9,}{'  (loaded later)' if name in LAZY else ''}")
    first = [r for r in rows if r[0] not in LAZY and not r[0].endswith(".svg")]
    first_gz = sum(r[2] for r in first)
    print(f"{'total':<{width}}  {sum(r[1] for r in rows):>9,}  {sum(r[2] for r in rows):>9,}")
    verdict = "within" if first_gz <= GOAL else "OVER"
    print(f"first load (html, js, wasm, css): {first_gz:,} B gzip = {first_gz / 1024:.1f} KB, "
          f"{verdict} the 125 KB goal")
    return 0


if __name__ == "__main__":
    sys.exit(main())
