#!/usr/bin/env python3
"""A plain static file server for dist/, as a static host serves it: gzip when the browser
accepts it, the right types (application/wasm), `404.html` with status 404 for a path that is no
file (as GitHub Pages, Netlify and most hosts do), and no SPA fallback and no rewrites.

    python3 tools/serve_static.py [--port 8090] [--dir dist] [--mount /kd/=dist-sub ...]

`--mount PREFIX=DIR` serves another folder under a sub-path (a build made with
`--public-url PREFIX`). Used by the browser tests, the load benchmark and Lighthouse.
"""
import argparse
import gzip
import mimetypes
import os
import posixpath
import sys
import urllib.parse
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

mimetypes.add_type("application/wasm", ".wasm")
mimetypes.add_type("text/javascript", ".js")
mimetypes.add_type("image/svg+xml", ".svg")
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/wasm", "application/xml", "image/svg+xml")


@lru_cache(maxsize=512)
def compressed(path: str, mtime: float) -> bytes:
    with open(path, "rb") as f:
        return gzip.compress(f.read(), 6)


class Handler(BaseHTTPRequestHandler):
    mounts: list[tuple[str, str]] = []

    def log_message(self, format, *args) -> None:  # noqa: A002 - the base class's name
        pass

    def do_HEAD(self) -> None:
        self.serve(head=True)

    def do_GET(self) -> None:
        self.serve(head=False)

    def locate(self, url_path: str) -> tuple[str | None, str]:
        """The file for a URL path, and the root of the mount that holds it."""
        for prefix, root in self.mounts:
            if url_path.startswith(prefix) or url_path + "/" == prefix:
                rel = url_path[len(prefix):] if url_path.startswith(prefix) else ""
                parts = [p for p in posixpath.normpath("/" + rel).split("/") if p and p not in (".", "..")]
                path = os.path.join(root, *parts)
                if os.path.isdir(path):
                    if not url_path.endswith("/"):
                        return "REDIRECT", root
                    path = os.path.join(path, "index.html")
                return (path if os.path.isfile(path) else None), root
        return None, self.mounts[-1][1]

    def serve(self, head: bool) -> None:
        url_path = urllib.parse.urlsplit(self.path).path
        path, root = self.locate(urllib.parse.unquote(url_path))
        if path == "REDIRECT":
            query = urllib.parse.urlsplit(self.path).query
            self.send_response(301)
            self.send_header("Location", url_path + "/" + (f"?{query}" if query else ""))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        status = 200
        if path is None:
            status, path = 404, os.path.join(root, "404.html")
            if not os.path.isfile(path):
                self.send_error(404)
                return
        ctype = mimetypes.guess_type(path)[0] or "application/octet-stream"
        body = None
        encoding = None
        if "gzip" in self.headers.get("Accept-Encoding", "") and ctype.startswith(COMPRESSIBLE):
            body, encoding = compressed(path, os.path.getmtime(path)), "gzip"
        else:
            with open(path, "rb") as f:
                body = f.read()
        self.send_response(status)
        self.send_header("Content-Type", ctype + ("; charset=utf-8" if ctype.startswith("text/") else ""))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8090)
    parser.add_argument("--dir", default="dist")
    parser.add_argument("--mount", action="append", default=[], help="PREFIX=DIR, e.g. /kd/=dist-sub")
    args = parser.parse_args()
    mounts = []
    for m in args.mount:
        prefix, _, folder = m.partition("=")
        mounts.append(("/" + prefix.strip("/") + "/", os.path.abspath(folder)))
    # Longest prefix first; the site root last.
    mounts.sort(key=lambda m: -len(m[0]))
    mounts.append(("/", os.path.abspath(args.dir)))
    Handler.mounts = mounts
    server = ThreadingHTTPServer((args.host, args.port), Handler)
    server.daemon_threads = True
    print(f"serving {args.dir} on http://{args.host}:{args.port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
