#!/usr/bin/env python3
"""Size report for dist/ (gzip -9 bytes), in four groups, with the limits `make test` enforces.

  (a) the start page's critical path: index.html and the stylesheets it links, which is what a
      visitor waits for before the key field is usable (limit 30 KB);
  (b) the app: wasm + JS that every page loads (limit 240 KB, goal 180 KB);
  (b2) the error reader: the recognizer's own wasm + JS in recognizer/, fetched only the first
      time something is pasted into an error field (limit 120 KB);
  (b3) the tool pages' module: wasm + JS in tools/, fetched only on no-key/ and
      which-credential/, which it makes live (limit TOOLS_LIMIT);
  (c) the largest step page's HTML (reported);
  (d) every other file (reported).

    python3 tools/size_report.py [dist] [--all]

Exits 1 if (a), (b), (b2) or (b3) is over its limit. KB = 1024 bytes. `--all` lists every step page in (d)
instead of summing them.
"""
import gzip
import os
import re
import sys
from html.parser import HTMLParser

KB = 1024
CRITICAL_LIMIT = 30 * KB
APP_LIMIT = 240 * KB
APP_GOAL = 180 * KB
READER_LIMIT = 120 * KB
TOOLS_LIMIT = 160 * KB


class Links(HTMLParser):
    """The stylesheets a page links, in order (href as written)."""

    def __init__(self) -> None:
        super().__init__()
        self.stylesheets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "link" and "stylesheet" in (a.get("rel") or "").lower().split() and a.get("href"):
            self.stylesheets.append(a["href"])


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 9))


def local_file(root: str, href: str) -> str | None:
    """The file in dist for a same-site href (absolute, or relative to the start page)."""
    if re.match(r"^[a-z][a-z0-9+.-]*:|^//", href, re.I):
        return None
    rel = href.split("#", 1)[0].split("?", 1)[0].lstrip("/")
    # Under a sub-path build (--public-url /kd/), hrefs start with that prefix: try shorter tails.
    parts = rel.split("/")
    for i in range(len(parts)):
        candidate = os.path.join(root, *parts[i:])
        if os.path.isfile(candidate):
            return os.path.relpath(candidate, root)
    return None


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    list_all = "--all" in sys.argv[1:]
    root = args[0] if args else "dist"
    index = os.path.join(root, "index.html")
    if not os.path.isfile(index):
        print(f"size report: {index} is missing (build first: make dist)")
        return 1

    files: dict[str, tuple[int, int]] = {}
    for dirpath, _, names in os.walk(root):
        for name in names:
            path = os.path.join(dirpath, name)
            data = open(path, "rb").read()
            files[os.path.relpath(path, root).replace(os.sep, "/")] = (len(data), gz(data))

    parser = Links()
    parser.feed(open(index, encoding="utf-8").read())
    critical = ["index.html"]
    missing = []
    for href in parser.stylesheets:
        f = local_file(root, href)
        if f is None:
            missing.append(href)
        elif f not in critical:
            critical.append(f)
    code = sorted((f for f in files if f.endswith((".wasm", ".js"))), key=lambda f: -files[f][1])
    reader = [f for f in code if f.startswith("recognizer/")]
    tools = [f for f in code if f.startswith("tools/")]
    app = [f for f in code if f not in reader and f not in tools]
    steps = sorted((f for f in files if re.fullmatch(r"step/[^/]+/index\.html", f)), key=lambda f: -files[f][1])
    largest_step = steps[:1]
    other = sorted((f for f in files if f not in critical and f not in code and f not in largest_step),
                   key=lambda f: -files[f][1])

    width = max(len(f) for f in files) + 2

    def group(title: str, names: list[str]) -> int:
        raw = sum(files[f][0] for f in names)
        total = sum(files[f][1] for f in names)
        print(f"\n{title}")
        for f in names:
            print(f"  {f:<{width}}{files[f][0]:>11,}{files[f][1]:>11,}")
        if len(names) > 1:
            print(f"  {'total':<{width}}{raw:>11,}{total:>11,}")
        return total

    print(f"{'':<{width + 2}}{'raw':>11}{'gzip -9':>11}")
    a = group("(a) start page critical path: index.html + the stylesheets it links", critical)
    if missing:
        print(f"  (not in dist, not counted: {', '.join(missing)})")
    b = group("(b) app: wasm + JS, loaded by every page", app)
    b2 = group("(b2) the error reader: wasm + JS, fetched on the first paste of an error", reader) if reader else 0
    b3 = group("(b3) the tool pages' module: wasm + JS, fetched on no-key/ and which-credential/", tools) if tools else 0
    c = group(f"(c) largest step page HTML (of {len(steps)} step pages)", largest_step) if steps else 0
    if list_all:
        group("(d) everything else", other)
    else:
        step_rest = [f for f in other if f.startswith("step/")]
        rest = [f for f in other if not f.startswith("step/")]
        group("(d) everything else", rest)
        if step_rest:
            raw = sum(files[f][0] for f in step_rest)
            total = sum(files[f][1] for f in step_rest)
            print(f"  {f'the other {len(step_rest)} step pages':<{width}}{raw:>11,}{total:>11,}"
                  f"   (median {sorted(files[f][1] for f in step_rest)[len(step_rest) // 2]:,}; --all lists them)")
    raw_all = sum(v[0] for v in files.values())
    gz_all = sum(v[1] for v in files.values())
    print(f"\n  {'all of dist':<{width}}{raw_all:>11,}{gz_all:>11,}")

    def kb(n: int) -> str:
        return f"{n / KB:.1f} KB"

    fails = []
    print()
    verdict_a = "within" if a <= CRITICAL_LIMIT else "OVER"
    print(f"(a) critical path {kb(a)} gzip: {verdict_a} the {kb(CRITICAL_LIMIT)} limit")
    verdict_b = "within" if b <= APP_LIMIT else "OVER"
    goal_b = "goal met" if b <= APP_GOAL else f"goal {kb(APP_GOAL)} not met yet ({kb(b - APP_GOAL)} to go)"
    print(f"(b) wasm + JS {kb(b)} gzip: {verdict_b} the {kb(APP_LIMIT)} limit; {goal_b}")
    verdict_b2 = "within" if b2 <= READER_LIMIT else "OVER"
    print(f"(b2) the error reader {kb(b2)} gzip: {verdict_b2} the {kb(READER_LIMIT)} limit")
    verdict_b3 = "within" if b3 <= TOOLS_LIMIT else "OVER"
    print(f"(b3) the tool pages' module {kb(b3)} gzip: {verdict_b3} the {kb(TOOLS_LIMIT)} limit")
    if steps:
        print(f"(c) largest step page {steps[0]}: {kb(c)} gzip (reported, no limit)")
    if a > CRITICAL_LIMIT:
        fails.append(f"critical path {kb(a)} > {kb(CRITICAL_LIMIT)}")
    if b > APP_LIMIT:
        fails.append(f"wasm + JS {kb(b)} > {kb(APP_LIMIT)}")
    if b2 > READER_LIMIT:
        fails.append(f"the error reader's wasm + JS {kb(b2)} > {kb(READER_LIMIT)}")
    if b3 > TOOLS_LIMIT:
        fails.append(f"the tool pages' module's wasm + JS {kb(b3)} > {kb(TOOLS_LIMIT)}")
    if not reader:
        fails.append("the error reader (recognizer/) is missing")
    if not tools:
        fails.append("the tool pages' module (tools/) is missing")
    if fails:
        print(f"size report: FAILED: {'; '.join(fails)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
