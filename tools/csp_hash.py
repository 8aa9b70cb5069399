#!/usr/bin/env python3
"""Trunk post-build hook: put the hash of each inline script into the Content-Security-Policy.

Trunk injects its wasm loader as an inline <script type="module">. The policy in index.html
holds the placeholder 'sha256-LOADER-HASH'; this replaces it with the real hashes, so the page
runs under `script-src 'self'` plus exactly those scripts. If this hook did not run, the
placeholder stays, the loader is blocked and the browser tests fail loudly.
"""
import base64
import hashlib
import os
import re
import sys

PLACEHOLDER = "'sha256-LOADER-HASH'"


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("csp_hash: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)", file=sys.stderr)
        return 1
    path = os.path.join(staging, "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", html, flags=re.S)
    inline = [s for s in scripts if s.strip()]
    if PLACEHOLDER not in html:
        print("csp_hash: no placeholder in index.html", file=sys.stderr)
        return 1
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
        for s in inline
    )
    html = html.replace(PLACEHOLDER, hashes)
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    print(f"csp_hash: {len(inline)} inline script(s) hashed into the Content-Security-Policy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
