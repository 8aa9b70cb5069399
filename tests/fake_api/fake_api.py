#!/usr/bin/env python3
"""A local fake of api.anthropic.com for Key Doctor's browser tests (Python 3.11 stdlib only).

It serves HTTPS with a self-signed certificate for api.anthropic.com and behaves like the
real API where Key Doctor can tell: CORS preflights, the browser opt-in header, real status
codes, headers and error bodies. The scenario is chosen by the key, sent either way (below):
the key's body (after `sk-ant-api03-` or `sk-ant-admin01-`) starts with the scenario name and
a `-`, e.g. `sk-ant-api03-invalid-xxxx…xxxxAA`; `key_for()` and `--print-key` build such keys.

Two ways of sending a key (sdk-2026-facts.md §0, §1.1, §2.1, §3):
  `x-api-key: <key>` + `anthropic-version: 2023-06-01`  curl, Claude Code 2.1, Python ≤ 1.17, TS ≤ 0.137
  `Authorization: Bearer <key>` + `anthropic-version: 2026-10-21`  Python ≥ 2.0, TypeScript ≥ 1.0
Confirmed, and copied: the texts `invalid x-api-key`, `x-api-key header is required`,
`Invalid bearer token` for an API key sent as Bearer under 2023-06-01 (old facts E18), the
`anthropic-version: "…" is not a valid version` form, the CORS behaviour of real answers.
GUESSED (no server-side source; the facts file marks them UNCONFIRMED), each marked `GUESS` below:
  - a valid key sent as Bearer under 2026-10-21 works (the current SDKs send keys no other way);
  - `x-api-key` with 2026-10-21 works (Claude Code's embedded raw-HTTP docs show that pair);
  - a rejected key sent as Bearer under 2026-10-21 gets `Invalid bearer token` (the server's
    wording for it is unknown; Claude Code classes that text as an invalid token);
  - a request with no credential gets `x-api-key header is required` under either version;
  - the preflight echoes the requested headers, so `authorization` is allowed (the real
    preflight is unknown; a literal `*` would not cover Authorization in browsers);
  - the statuses and messages of the error-code scenarios (only the codes, the statuses the
    Python SDK pairs with three of them, and `appeal_url` are from the SDK).
Scenarios where the two ways differ stand for something in front of the API (a proxy or a
gateway): `stripauth` removes Authorization, `nobearer` refuses keys sent as Bearer,
`stripxapikey` removes x-api-key.

Every request is logged; a plain-HTTP control port serves the log:
  GET /log -> JSON list    POST /reset -> clears it    GET /health -> ok

Run:  python3 fake_api.py [--host 127.0.0.1] [--port 443] [--control-port 8788] [--cert-dir DIR]
      python3 fake_api.py --print-key invalid [--admin]
Point a browser at it with
  --host-resolver-rules="MAP api.anthropic.com 127.0.0.1" --ignore-certificate-errors
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import secrets
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

API_PREFIX = "sk-ant-api03-"
ADMIN_PREFIX = "sk-ant-admin01-"
KEY_BODY_LEN = 93  # the shape secret scanners use: prefix + 93 of [A-Za-z0-9_-] + "AA"
ORG_ID = "5b1d7f0e-8c2a-4e67-9a3b-2f4c6d8e0a1b"
MAX_BODY = 32 * 1024 * 1024

# Every scenario a key may name. Those in EDGE_SCENARIOS answer "in front of" the API
# (a network edge or a proxy), so they skip the API's own header checks.
SCENARIOS = (
    "works", "admin", "invalid", "missing", "bearer", "oauth", "oauthorg", "oauthexpired",
    "claudecode", "credentials", "orgbrowser", "notfound", "permission", "region",
    "orgdisabled", "workspace", "credit", "spendlimit", "billing", "ratelimit", "overloaded",
    "servererror", "gateway", "html", "drop", "hang", "nocors", "weird", "big",
    "stripauth", "nobearer", "stripxapikey",
    "onhold", "creatorgone", "scopemissing", "ipblocked", "newcode",
)
EDGE_SCENARIOS = {"region", "html", "drop", "hang"}
# Scenarios that list the models like `works`, whichever way the key came (unless a proxy in
# front of the API got in the way first).
LISTS_MODELS = {"works", "credit", "nocors", "weird", "big", "stripauth", "nobearer", "stripxapikey"}

# How a request carries its key, and the API versions the fake knows.
X_API_KEY, BEARER = "x-api-key", "bearer"
OLD_VERSION, NEW_VERSION = "2023-06-01", "2026-10-21"
KNOWN_VERSIONS = (OLD_VERSION, NEW_VERSION)

MODELS = [
    {"type": "model", "id": "claude-opus-4-1-20250805", "display_name": "Claude Opus 4.1",
     "created_at": "2025-08-05T00:00:00Z"},
    {"type": "model", "id": "claude-sonnet-4-5-20250929", "display_name": "Claude Sonnet 4.5",
     "created_at": "2025-09-29T00:00:00Z"},
    {"type": "model", "id": "claude-haiku-4-5-20251001", "display_name": "Claude Haiku 4.5",
     "created_at": "2025-10-01T00:00:00Z"},
]
MODELS_LIST = {"data": MODELS, "has_more": False, "first_id": MODELS[0]["id"], "last_id": MODELS[-1]["id"]}
ADMIN_KEY = {
    "id": "apikey_01Rj2N8SVvo6BePZj99NhmiT", "type": "api_key", "name": "Developer Key",
    "partial_key_hint": "sk-ant-api03-R2D...igAA", "status": "active",
    "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", "created_at": "2024-10-30T23:58:27.427722Z",
    "created_by": {"id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "type": "user"},
}
ADMIN_LIST = {"data": [ADMIN_KEY], "has_more": False, "first_id": ADMIN_KEY["id"], "last_id": ADMIN_KEY["id"]}
HTML_PAGE = (
    "<!DOCTYPE html>\n<html><head><title>Access denied</title></head>\n"
    "<body><h1>Access denied</h1><p>This site is blocked by your organization's web policy "
    "(category: Uncategorized). Reference #4417.</p></body></html>\n"
)

# About 3 MB of UTF-8 junk (with multi-byte characters) for the `big` scenario.
BIG_PADDING = ("junk-\u00e9\u4e2d-" * 300_000)[:2_200_000]

# The real messages, as quoted in the facts file.
MESSAGES = {
    "invalid": (401, "authentication_error", "invalid x-api-key"),
    "missing": (401, "authentication_error", "x-api-key header is required"),
    "bearer": (401, "authentication_error", "Invalid bearer token"),
    "oauth": (401, "authentication_error", "OAuth authentication is currently not supported."),
    "oauthorg": (401, "authentication_error",
                 "OAuth authentication is currently not allowed for this organization."),
    "oauthexpired": (401, "authentication_error",
                     "OAuth token has expired. Please obtain a new token or refresh your existing token."),
    "claudecode": (400, "invalid_request_error",
                   "This credential is only authorized for use with Claude Code and cannot be used "
                   "for other API requests."),
    "credentials": (401, "authentication_error", "Invalid authentication credentials"),
    "orgbrowser": (401, "authentication_error",
                   "CORS requests are not allowed for this Organization because of its settings. "
                   "If you believe this in error, contact support at https://support.anthropic.com/."),
    "notfound": (404, "not_found_error", "Not found"),
    "permission": (403, "permission_error",
                   "Your API key does not have permission to use the specified resource."),
    "orgdisabled": (400, "invalid_request_error", "This organization has been disabled."),
    "workspace": (400, "invalid_request_error",
                  "anthropic-workspace-id is required when authenticating with an identity-linked "
                  "API key; send the id of the workspace this request acts in."),
    "credit": (400, "invalid_request_error",
               "Your credit balance is too low to access the Anthropic API. Please go to Plans & "
               "Billing to upgrade or purchase credits."),
    "spendlimit": (400, "invalid_request_error",
                   "You have reached your specified API usage limits. You will regain access on "
                   "2026-12-01 at 00:00 UTC."),
    "billing": (402, "billing_error",
                "There is an issue with your organization's billing. Please check Plans & Billing."),
    "ratelimit": (429, "rate_limit_error",
                  "This request would exceed your account's rate limit. Please try again later."),
    "overloaded": (529, "overloaded_error", "Overloaded"),
    "servererror": (500, "api_error", "Internal server error"),
    "gateway": (504, "timeout_error", "Request timed out"),
    "cors": (401, "authentication_error",
             "CORS requests must set 'anthropic-dangerous-direct-browser-access' header"),
    "version": (400, "invalid_request_error", "anthropic-version: header is required"),
}
# Error-code scenarios: (status, type, message, details). GUESS: the messages are invented, and so
# are the statuses of `ip_not_in_allowed_range` and the unknown code; the Python SDK pairs
# organization_on_hold and claude_code_key_creator_not_member with 400 and api_key_scope_missing
# with 403 (anthropic@2.14.0:anthropic/_error_classes.py:216,255,294).
CODED = {
    "onhold": (400, "invalid_request_error", "This organization is on hold.",
               {"error_code": "organization_on_hold", "appeal_url": "https://support.anthropic.com/appeal"}),
    "creatorgone": (400, "invalid_request_error", "The creator of this API key is no longer a member.",
                    {"error_code": "claude_code_key_creator_not_member"}),
    "scopemissing": (403, "permission_error", "This API key lacks a required scope.",
                     {"error_code": "api_key_scope_missing"}),
    "ipblocked": (403, "permission_error", "Requests from this IP address are not allowed.",
                  {"error_code": "ip_not_in_allowed_range"}),
    "newcode": (400, "invalid_request_error", "Something new went wrong.",
                {"error_code": "quantum_flux_exceeded"}),
}
# Scenarios where the real API has matched the key to an organization.
KNOWN_ORG = {
    "works", "admin", "permission", "orgdisabled", "workspace", "credit", "spendlimit", "billing",
    "ratelimit", "overloaded", "servererror", "gateway", "nocors", "weird", "big", "orgbrowser",
    "stripauth", "nobearer", "stripxapikey", "onhold", "creatorgone", "scopemissing", "ipblocked", "newcode",
}


def key_for(scenario: str, admin: bool = False, tag: str = "") -> str:
    """The fake key that selects `scenario`: prefix + scenario + '-' + tag + 'x' padding + 'AA'.

    The optional `tag` (letters, digits, '_') makes a key unique to one test, so parallel tests
    can tell their requests apart in the shared log."""
    if not scenario or "-" in scenario or len(scenario) + len(tag) >= KEY_BODY_LEN:
        raise ValueError(f"not a scenario name: {scenario!r}")
    if not all(c.isalnum() or c == "_" for c in tag):
        raise ValueError(f"not a tag: {tag!r}")
    body = (scenario + "-" + tag).ljust(KEY_BODY_LEN, "x")
    return (ADMIN_PREFIX if admin else API_PREFIX) + body + "AA"


def scenario_of(key: str) -> str:
    """The scenario a key names; an unknown or malformed key is 'invalid', as the real API says."""
    for prefix in (API_PREFIX, ADMIN_PREFIX):
        if key.startswith(prefix):
            name = key[len(prefix):].split("-", 1)[0]
            return name if name in SCENARIOS else "invalid"
    return "invalid"


def is_fake_key(key: str) -> bool:
    """Whether `key` has the fake keys' exact shape (a known scenario, a tag, 'x' padding, 'AA')."""
    for prefix in (API_PREFIX, ADMIN_PREFIX):
        body = key.removeprefix(prefix)
        if body != key and len(body) == KEY_BODY_LEN + 2 and body.endswith("AA"):
            name, _, rest = body[:-2].partition("-")
            tag = rest.rstrip("x")
            return name in SCENARIOS and all(c.isalnum() or c == "_" for c in tag)
    return False


def shown_key(value: str) -> str:
    """A header value as logged: fake keys in full (tests assert on them), anything else masked."""
    candidate = value.removeprefix("Bearer ").strip()
    is_fake = is_fake_key(candidate)
    if is_fake or not value:
        return value
    return f"{value[:4]}… ({len(value)} chars, not a fake key: masked)"


def request_id() -> str:
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    return "req_011C" + "".join(secrets.choice(alphabet) for _ in range(20))


def credential(headers: dict[str, str]) -> tuple[str | None, str]:
    """How a request carries its key: (X_API_KEY, key), (BEARER, key) or (None, "").
    `x-api-key` wins when both are sent, as the fake always did."""
    key = headers.get("x-api-key", "").strip()
    if key:
        return X_API_KEY, key
    auth = headers.get("authorization", "").strip()
    if auth[:7].lower() == "bearer " and auth[7:].strip():
        return BEARER, auth[7:].strip()
    return None, ""


def error_body(kind: str, message: str, req: str | None, details: dict | None = None) -> dict:
    body = {"type": "error", "error": {"type": kind, "message": message}}
    if details:
        body["error"]["details"] = details
    if req:
        body["request_id"] = req
    return body


class Log:
    """Every request received, in order; shared by the API and the control server."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[dict] = []

    def add(self, entry: dict) -> None:
        with self._lock:
            self._entries.append(entry)

    def update(self, entry: dict, **fields) -> None:
        with self._lock:
            entry.update(fields)

    def snapshot(self) -> list[dict]:
        with self._lock:
            return json.loads(json.dumps(self._entries))

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


class Reply:
    """One planned answer: status, headers and body, or a connection that drops or hangs."""

    def __init__(self, status: int = 200, body: bytes | None = None, content_type: str = "application/json",
                 headers: list[tuple[str, str]] | None = None, cors: bool = True, action: str = "answer") -> None:
        self.status, self.body, self.content_type = status, body or b"", content_type
        self.headers, self.cors, self.action = headers or [], cors, action

    @classmethod
    def json(cls, status: int, value, **kw) -> "Reply":
        return cls(status, json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode(), **kw)


def ratelimit_headers(remaining: int) -> list[tuple[str, str]]:
    reset = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=60)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return [
        ("anthropic-ratelimit-requests-limit", "50"),
        ("anthropic-ratelimit-requests-remaining", str(remaining)),
        ("anthropic-ratelimit-requests-reset", reset),
    ]


def plan_reply(method: str, path: str, headers: dict[str, str], scenario: str, req: str,
               style: str | None = X_API_KEY) -> Reply:
    """What the API would answer to this (non-preflight) request, whose key came as `style`."""
    route = path.split("?", 1)[0]
    ids = [("request-id", req)]
    if scenario in KNOWN_ORG:
        ids.append(("anthropic-organization-id", ORG_ID))

    def error(name: str, extra: list[tuple[str, str]] | None = None, org: bool = True) -> Reply:
        status, kind, message = MESSAGES[name]
        return Reply.json(status, error_body(kind, message, req), headers=(ids if org else ids[:1]) + (extra or []))

    def ok(value, **kw) -> Reply:
        return Reply.json(200, value, headers=ids + ratelimit_headers(49), **kw)

    if scenario == "region":
        # The edge's own shape: no top-level type, no request id.
        return Reply.json(403, {"error": {"type": "forbidden", "message": "Request not allowed"}})
    if scenario == "html":
        return Reply(502, HTML_PAGE.encode(), content_type="text/html; charset=utf-8")
    if scenario in ("drop", "hang"):
        return Reply(action=scenario)
    # Something in front of the API handles one way of sending the key badly; the API then sees
    # no key (GUESS: its wording for that under 2026-10-21), or the proxy answers for it.
    stripped = (scenario == "stripauth" and style == BEARER) or (scenario == "stripxapikey" and style == X_API_KEY)
    if style is None or stripped:
        return error("missing", org=False)
    if scenario == "nobearer" and style == BEARER:
        return error("bearer", org=False)
    version = headers.get("anthropic-version", "").strip()
    if not version:
        return error("version")
    if version not in KNOWN_VERSIONS:
        message = f'anthropic-version: "{version}" is not a valid version'
        return Reply.json(400, error_body("invalid_request_error", message, req), headers=ids)
    if style == BEARER and (version == OLD_VERSION or scenario == "invalid"):
        # Under 2023-06-01 an API key sent as Bearer is refused (old facts E18). GUESS: a wrong key
        # sent as Bearer under 2026-10-21 reads the same.
        return error("bearer", org=False)

    models_path = method == "GET" and route == "/v1/models"
    count_path = method == "POST" and route == "/v1/messages/count_tokens"
    admin_path = method == "GET" and route == "/v1/organizations/api_keys"
    not_found = lambda: error("notfound")  # noqa: E731 - the real API's answer to an unknown route

    if scenario in LISTS_MODELS:
        if count_path:
            return error("credit") if scenario == "credit" else ok({"input_tokens": 8})
        if not models_path:
            return not_found()
        if scenario == "nocors":
            return ok(MODELS_LIST, cors=False)
        if scenario == "weird":
            return ok(["unexpected"])
        if scenario == "big":
            return ok({"padding": BIG_PADDING, **MODELS_LIST})
        return ok(MODELS_LIST)
    if scenario == "admin":
        return ok(ADMIN_LIST) if admin_path else error("invalid")
    if scenario == "ratelimit":
        return error("ratelimit", [("retry-after", "17")] + ratelimit_headers(0))
    if scenario in CODED:
        status, kind, message, details = CODED[scenario]
        return Reply.json(status, error_body(kind, message, req, details), headers=ids)
    return error(scenario)


class ApiHandler(BaseHTTPRequestHandler):
    """The fake API: HTTPS, HTTP/1.1, one request per connection, one thread per connection."""

    protocol_version = "HTTP/1.1"
    server_version = "fake-api"
    timeout = 120

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format, *args) -> None:  # noqa: A002 - the base class's name
        if self.server.verbose:
            super().log_message(format, *args)

    def do_OPTIONS(self) -> None:
        # GUESS: the real preflight is undocumented; echoing the requested headers allows
        # `authorization`, which a literal `*` would not in a browser.
        entry = self._record(preflight=True, scenario=None)
        requested = self.headers.get("access-control-request-headers", "")
        headers = [
            ("access-control-allow-origin", "*"),
            ("access-control-allow-methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS"),
            ("access-control-allow-headers", requested or "*"),
            ("access-control-max-age", str(self.server.preflight_max_age)),
        ]
        self._send(Reply(204, headers=headers, cors=False, content_type=""), entry)

    def do_GET(self) -> None:
        self._answer()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

    def _answer(self) -> None:
        headers = {k.lower(): v for k, v in self.headers.items()}
        req = request_id()
        style, key = credential(headers)
        opted_in = headers.get("anthropic-dangerous-direct-browser-access", "").strip().lower() == "true"
        if "origin" in headers and not opted_in:
            # Production answers this without CORS headers, so a browser sees a network failure.
            entry = self._record(preflight=False, scenario="cors")
            status, kind, message = MESSAGES["cors"]
            reply = Reply.json(status, error_body(kind, message, req), headers=[("request-id", req)], cors=False)
        else:
            scenario = scenario_of(key) if key else "missing"
            entry = self._record(preflight=False, scenario=scenario, style=style)
            reply = plan_reply(self.command, self.path, headers, scenario, req, style)
        self._send(reply, entry)

    def _record(self, preflight: bool, scenario: str | None, style: str | None = None) -> dict:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(min(length, MAX_BODY)) if length > 0 else b""
        headers: dict[str, str] = {}
        for name, value in self.headers.items():
            name = name.lower()
            if name in ("x-api-key", "authorization"):
                value = shown_key(value)
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        now = dt.datetime.now(dt.timezone.utc)
        entry = {
            "time": now.isoformat(timespec="milliseconds"),
            "t": now.timestamp(),
            "method": self.command,
            "path": self.path,
            "headers": headers,
            "body": body.decode("utf-8", "replace"),
            "scenario": scenario,
            "style": style,
            "preflight": preflight,
            "status": None,
        }
        self.server.log.add(entry)
        return entry

    def _send(self, reply: Reply, entry: dict) -> None:
        self.server.log.update(entry, status=reply.action if reply.action != "answer" else reply.status)
        if reply.action == "drop":
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        if reply.action == "hang":
            self.close_connection = True
            self.server.stopping.wait()
            return
        # http.server knows no phrase for 529; the real API's edge sends none over HTTP/2 either.
        self.send_response(reply.status, "Overloaded" if reply.status == 529 else None)
        # One request per connection: Chromium silently resends a request whose *reused*
        # connection drops, which would turn the `drop` scenario into two logged requests.
        self.close_connection = True
        self.send_header("connection", "close")
        if reply.content_type:
            self.send_header("content-type", reply.content_type)
        for name, value in reply.headers:
            self.send_header(name, value)
        if reply.cors:
            self.send_header("access-control-allow-origin", "*")
            self.send_header("access-control-expose-headers", "*")
        self.send_header("content-length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)


class ControlHandler(BaseHTTPRequestHandler):
    """Plain HTTP, for the tests: the request log, a reset, a health check."""

    protocol_version = "HTTP/1.1"
    server_version = "fake-api-control"

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format, *args) -> None:  # noqa: A002
        if self.server.verbose:
            super().log_message(format, *args)

    def _reply(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        route = self.path.split("?", 1)[0]
        if route == "/log":
            self._reply(200, json.dumps(self.server.log.snapshot()).encode(), "application/json")
        elif route == "/health":
            self._reply(200, b"ok", "text/plain")
        else:
            self._reply(404, b"not found", "text/plain")

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        if length:
            self.rfile.read(min(length, MAX_BODY))
        if self.path.split("?", 1)[0] == "/reset":
            self.server.log.clear()
            self._reply(200, b'{"ok":true}', "application/json")
        else:
            self._reply(404, b"not found", "text/plain")


class QuietServer(ThreadingHTTPServer):
    """A threading server that does not print a traceback when a client goes away."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64  # parallel browser tests open many connections at once

    def handle_error(self, request, client_address) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError, ssl.SSLError, OSError)) and not self.verbose:
            return
        super().handle_error(request, client_address)


def make_certificate(cert_dir: Path) -> tuple[Path, Path]:
    """A self-signed certificate for api.anthropic.com (reused if `cert_dir` already has one)."""
    cert, key = cert_dir / "cert.pem", cert_dir / "key.pem"
    if cert.exists() and key.exists():
        return cert, key
    cert_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-subj", "/CN=api.anthropic.com",
         "-addext", "subjectAltName=DNS:api.anthropic.com,DNS:localhost,IP:127.0.0.1", "-days", "2"],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    return cert, key


class FakeApi:
    """Both servers, started and stopped together (also usable from a test, in-process)."""

    def __init__(self, host: str = "127.0.0.1", port: int = 443, control_port: int = 8788,
                 cert_dir: str | None = None, preflight_max_age: int = 86400, verbose: bool = False) -> None:
        self._tmp = None if cert_dir else tempfile.TemporaryDirectory(prefix="fake-api-")
        cert, key = make_certificate(Path(cert_dir or self._tmp.name))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        context.set_alpn_protocols(["http/1.1"])
        self.log = Log()
        self.stopping = threading.Event()
        self.api = QuietServer((host, port), ApiHandler)
        # The handshake happens in the connection's own thread, so a silent client blocks no one.
        self.api.socket = context.wrap_socket(self.api.socket, server_side=True, do_handshake_on_connect=False)
        self.control = QuietServer((host, control_port), ControlHandler)
        for server in (self.api, self.control):
            server.log, server.stopping, server.verbose = self.log, self.stopping, verbose
        self.api.preflight_max_age = preflight_max_age
        self.host = host
        self._threads: list[threading.Thread] = []

    @property
    def port(self) -> int:
        return self.api.server_address[1]

    @property
    def control_port(self) -> int:
        return self.control.server_address[1]

    def start(self) -> "FakeApi":
        for server in (self.api, self.control):
            thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        self.stopping.set()
        for server in (self.api, self.control):
            server.shutdown()
            server.server_close()
        if self._tmp:
            self._tmp.cleanup()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=443, help="HTTPS port of the fake API (0: any free port)")
    parser.add_argument("--control-port", type=int, default=8788, help="plain-HTTP control port (0: any)")
    parser.add_argument("--cert-dir", help="where the certificate is made (or reused); default: a temp dir")
    parser.add_argument("--preflight-max-age", type=int, default=86400)
    parser.add_argument("--verbose", action="store_true", help="print every request and connection error")
    parser.add_argument("--print-key", metavar="SCENARIO", help="print the key that selects SCENARIO and exit")
    parser.add_argument("--admin", action="store_true", help="with --print-key: an Admin key (sk-ant-admin01-)")
    parser.add_argument("--list", action="store_true", help="print the scenario names and exit")
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(SCENARIOS))
        return 0
    if args.print_key:
        print(key_for(args.print_key, admin=args.admin))
        return 0

    fake = FakeApi(args.host, args.port, args.control_port, args.cert_dir, args.preflight_max_age, args.verbose)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    fake.start()
    print(f"fake api ready https://{args.host}:{fake.port} control http://{args.host}:{fake.control_port}",
          flush=True)
    while not stop.wait(0.2):
        pass
    fake.stop()
    print("fake api stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
