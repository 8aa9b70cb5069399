#!/usr/bin/env python3
"""Trunk post-build hook: put the hash of each inline script into each page's Content-Security-Policy.

Every page (index.html, step/*/index.html, 404.html, written by the prerender hook) carries
Trunk's wasm loader as an inline <script type="module"> and the old-link redirect script. The
policy holds the placeholder 'sha256-LOADER-HASH'; this replaces it with the real hashes, so the
page runs under `script-src 'self'` plus exactly those scripts. JSON data blocks
(<script type="application/json">) are not run, so they are not hashed. If this hook did not
run, the placeholder stays, the loader is blocked and the browser tests fail loudly.
"""
import base64
import hashlib
import os
import re
import sys

PLACEHOLDER = "'sha256-LOADER-HASH'"
SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", flags=re.S)


def hash_page(path: str) -> int:
    with open(path, encoding="utf-8") as f:
        html = f.read()
    if PLACEHOLDER not in html:
        raise SystemExit(f"csp_hash: no placeholder in {path}")
    inline = [body for attrs, body in SCRIPT.findall(html) if body.strip() and "application/json" not in attrs]
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'" for s in inline
    )
    with open(path, "w", encoding="utf-8") as f:
        f.write(html.replace(PLACEHOLDER, hashes))
    return len(inline)


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("csp_hash: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)", file=sys.stderr)
        return 1
    pages = [os.path.join(d, f) for d, _, files in os.walk(staging) for f in files if f.endswith(".html")]
    counts = {hash_page(p) for p in pages}
    print(f"csp_hash: {len(pages)} pages, {'/'.join(map(str, sorted(counts)))} inline script(s) each hashed into the policy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
