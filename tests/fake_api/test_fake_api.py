"""The fake API behaves like the real one where Key Doctor's browser tests rely on it.

Starts fake_api.py as a process on free ports (as `make test` would) and talks to it with
http.client over TLS without certificate checks. Fast: about two seconds.
"""

import http.client
import json
import re
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fake_api  # noqa: E402

VERSION = {"anthropic-version": "2023-06-01"}


def x_api_key(key, version="2023-06-01"):
    """The headers of a key sent as curl, Claude Code 2.1 and the older SDKs send it."""
    return {"x-api-key": key, "anthropic-version": version}


def bearer(key, version="2026-10-21"):
    """The headers of a key sent as Python >= 2.0 and TypeScript >= 1.0 send it."""
    return {"authorization": f"Bearer {key}", "anthropic-version": version}


class FakeApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.certs = tempfile.TemporaryDirectory(prefix="fake-api-test-")
        cls.proc = subprocess.Popen(
            [sys.executable, str(HERE / "fake_api.py"), "--port", "0", "--control-port", "0",
             "--cert-dir", cls.certs.name],
            stdout=subprocess.PIPE, text=True,
        )
        ready = cls.proc.stdout.readline()
        match = re.fullmatch(r"fake api ready https://127\.0\.0\.1:(\d+) control http://127\.0\.0\.1:(\d+)\n", ready)
        if not match:
            cls.proc.kill()
            raise AssertionError(f"unexpected first line: {ready!r}")
        cls.port, cls.control_port = int(match[1]), int(match[2])

    @classmethod
    def tearDownClass(cls):
        if cls.proc.poll() is None:
            cls.proc.kill()
            cls.proc.wait()
        cls.proc.stdout.close()
        cls.certs.cleanup()

    def setUp(self):
        self.control("POST", "/reset")

    def api(self, method, path, headers, body=None, timeout=5):
        conn = http.client.HTTPSConnection(
            "127.0.0.1", self.port, timeout=timeout, context=ssl._create_unverified_context())
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            conn.close()

    def control(self, method, path):
        conn = http.client.HTTPConnection("127.0.0.1", self.control_port, timeout=5)
        try:
            conn.request(method, path)
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()

    def log(self):
        return json.loads(self.control("GET", "/log")[1])

    def test_keys_have_the_real_shape_and_name_their_scenario(self):
        for scenario in fake_api.SCENARIOS:
            for admin in (False, True):
                key = fake_api.key_for(scenario, admin)
                prefix = "sk-ant-admin01-" if admin else "sk-ant-api03-"
                self.assertRegex(key, "^" + re.escape(prefix) + r"[A-Za-z0-9_-]{93}AA$")
                self.assertEqual(fake_api.scenario_of(key), scenario)
        self.assertEqual(fake_api.scenario_of("sk-ant-api03-nosuchthing-xxAA"), "invalid")
        printed = subprocess.run([sys.executable, str(HERE / "fake_api.py"), "--print-key", "ratelimit"],
                                 capture_output=True, text=True, check=True).stdout.strip()
        self.assertEqual(printed, fake_api.key_for("ratelimit"))

    def test_works_lists_models_with_the_real_headers(self):
        status, headers, body = self.api("GET", "/v1/models?limit=20",
                                         {"x-api-key": fake_api.key_for("works"), **VERSION})
        self.assertEqual(status, 200)
        data = json.loads(body)
        self.assertEqual(len(data["data"]), 3)
        self.assertEqual({"type", "id", "display_name", "created_at"}, set(data["data"][0]))
        self.assertRegex(headers["request-id"], r"^req_\w{24}$")
        self.assertEqual(headers["anthropic-organization-id"], fake_api.ORG_ID)
        self.assertEqual(headers["access-control-allow-origin"], "*")
        self.assertEqual(headers["access-control-expose-headers"], "*")
        self.assertEqual(headers["anthropic-ratelimit-requests-limit"], "50")

    def test_errors_carry_the_real_body_and_a_unique_request_id(self):
        ids = set()
        for _ in range(2):
            status, headers, body = self.api("GET", "/v1/models",
                                             {"x-api-key": fake_api.key_for("invalid"), **VERSION})
            self.assertEqual(status, 401)
            sent = json.loads(body)
            self.assertEqual(sent["error"], {"type": "authentication_error", "message": "invalid x-api-key"})
            self.assertEqual(sent["request_id"], headers["request-id"])
            ids.add(headers["request-id"])
        self.assertEqual(len(ids), 2)
        status, headers, body = self.api("GET", "/v1/models", {"x-api-key": fake_api.key_for("ratelimit"), **VERSION})
        self.assertEqual((status, headers["retry-after"]), (429, "17"))
        status, headers, body = self.api("GET", "/v1/models", {"x-api-key": fake_api.key_for("region"), **VERSION})
        self.assertEqual((status, body), (403, b'{"error":{"type":"forbidden","message":"Request not allowed"}}'))

    def test_origin_without_opt_in_gets_401_without_cors_headers(self):
        status, headers, body = self.api("GET", "/v1/models", {
            "x-api-key": fake_api.key_for("works"), "origin": "http://127.0.0.1:8080", **VERSION})
        self.assertEqual(status, 401)
        self.assertIn("anthropic-dangerous-direct-browser-access", json.loads(body)["error"]["message"])
        self.assertFalse([name for name in headers if name.startswith("access-control-")])
        status, headers, _ = self.api("GET", "/v1/models", {
            "x-api-key": fake_api.key_for("works"), "origin": "http://127.0.0.1:8080",
            "anthropic-dangerous-direct-browser-access": "true", **VERSION})
        self.assertEqual((status, headers["access-control-allow-origin"]), (200, "*"))

    def test_preflight_echoes_the_requested_headers(self):
        wanted = "anthropic-dangerous-direct-browser-access,anthropic-version,x-api-key"
        status, headers, _ = self.api("OPTIONS", "/v1/models?limit=20", {
            "origin": "http://127.0.0.1:8080", "access-control-request-method": "GET",
            "access-control-request-headers": wanted})
        self.assertEqual(status, 204)
        self.assertEqual(headers["access-control-allow-headers"], wanted)
        self.assertEqual(headers["access-control-allow-origin"], "*")
        self.assertIn("GET", headers["access-control-allow-methods"])
        self.assertTrue(headers["access-control-max-age"].isdigit())
        self.assertTrue(self.log()[0]["preflight"])

    def test_billing_check_is_meaningful_for_the_credit_scenario(self):
        key = fake_api.key_for("credit")
        status, _, _ = self.api("GET", "/v1/models", {"x-api-key": key, **VERSION})
        self.assertEqual(status, 200)
        status, _, body = self.api("POST", "/v1/messages/count_tokens",
                                   {"x-api-key": key, "content-type": "application/json", **VERSION},
                                   body='{"model":"m","messages":[]}')
        self.assertEqual(status, 400)
        self.assertIn("credit balance is too low", json.loads(body)["error"]["message"])

    def test_html_drop_and_hang(self):
        status, headers, body = self.api("GET", "/v1/models", {"x-api-key": fake_api.key_for("html"), **VERSION})
        self.assertEqual((status, headers["content-type"].split(";")[0]), (502, "text/html"))
        self.assertTrue(body.startswith(b"<!DOCTYPE html>"))
        self.assertEqual(headers["access-control-allow-origin"], "*")
        with self.assertRaises((http.client.RemoteDisconnected, ConnectionError, ssl.SSLError)):
            self.api("GET", "/v1/models", {"x-api-key": fake_api.key_for("drop"), **VERSION})
        started = time.monotonic()
        with self.assertRaises((socket.timeout, TimeoutError)):
            self.api("GET", "/v1/models", {"x-api-key": fake_api.key_for("hang"), **VERSION}, timeout=0.5)
        self.assertLess(time.monotonic() - started, 2)
        # The hanging connection does not block the next request.
        status, _, _ = self.api("GET", "/v1/models", {"x-api-key": fake_api.key_for("works"), **VERSION})
        self.assertEqual(status, 200)

    def test_log_records_exactly_what_was_sent_and_reset_clears_it(self):
        key = fake_api.key_for("works")
        self.api("POST", "/v1/messages/count_tokens?x=1",
                 {"x-api-key": key, "Anthropic-Version": "2023-06-01"}, body="ping")
        self.api("GET", "/v1/models", {"x-api-key": "sk-ant-api03-notafakekeyAA", **VERSION})
        first, second = self.log()
        self.assertEqual((first["method"], first["path"], first["body"]), ("POST", "/v1/messages/count_tokens?x=1", "ping"))
        self.assertEqual(first["headers"]["x-api-key"], key)
        self.assertEqual(first["headers"]["anthropic-version"], "2023-06-01")
        self.assertEqual((first["scenario"], first["status"], first["preflight"]), ("works", 200, False))
        self.assertNotIn("notafakekey", second["headers"]["x-api-key"], "a non-fake key is masked")
        self.assertEqual(self.control("GET", "/health"), (200, b"ok"))
        self.control("POST", "/reset")
        self.assertEqual(self.log(), [])

    def error_of(self, headers, path="/v1/models?limit=20"):
        status, response_headers, body = self.api("GET", path, headers)
        return status, response_headers, json.loads(body)

    def test_a_valid_key_works_sent_either_way_and_the_log_says_which(self):
        key = fake_api.key_for("works")
        for headers in (x_api_key(key), bearer(key), x_api_key(key, "2026-10-21")):
            status, response_headers, body = self.error_of(headers)
            self.assertEqual(status, 200, headers)
            self.assertEqual(len(body["data"]), 3)
            self.assertEqual(response_headers["anthropic-organization-id"], fake_api.ORG_ID)
        styles = [(e["style"], e["headers"].get("x-api-key"), e["headers"].get("authorization")) for e in self.log()]
        self.assertEqual(styles, [("x-api-key", key, None), ("bearer", None, f"Bearer {key}"),
                                  ("x-api-key", key, None)])

    def test_a_key_sent_as_bearer_under_the_old_version_is_refused(self):
        status, headers, body = self.error_of(bearer(fake_api.key_for("works"), "2023-06-01"))
        self.assertEqual((status, body["error"]["message"]), (401, "Invalid bearer token"))
        self.assertNotIn("anthropic-organization-id", headers)

    def test_a_wrong_key_sent_as_bearer_gets_the_bearer_wording_and_is_masked_in_the_log(self):
        for key in (fake_api.key_for("invalid"), "sk-ant-api03-notafakekeyAA"):
            status, _, body = self.error_of(bearer(key))
            self.assertEqual((status, body["error"]), (401, {"type": "authentication_error",
                                                             "message": "Invalid bearer token"}))
        logged = self.log()[1]["headers"]["authorization"]
        self.assertNotIn("notafakekey", logged)
        self.assertEqual(self.log()[0]["headers"]["authorization"], "Bearer " + fake_api.key_for("invalid"))

    def test_no_credential_either_way_is_a_missing_key(self):
        for headers in ({"anthropic-version": "2026-10-21"}, {"authorization": "Bearer  ", **VERSION}):
            status, _, body = self.error_of(headers)
            self.assertEqual((status, body["error"]["message"]), (401, "x-api-key header is required"))

    def test_the_two_ways_differ_where_something_in_front_of_the_api_does(self):
        # (scenario, status sent as x-api-key, status and message sent as Bearer)
        cases = [
            ("stripauth", 200, 401, "x-api-key header is required"),
            ("nobearer", 200, 401, "Invalid bearer token"),
            ("stripxapikey", 401, 200, None),
        ]
        for scenario, via_x_api_key, via_bearer, message in cases:
            key = fake_api.key_for(scenario)
            self.assertEqual(self.error_of(x_api_key(key))[0], via_x_api_key, scenario)
            status, headers, body = self.error_of(bearer(key))
            self.assertEqual(status, via_bearer, scenario)
            if message:
                self.assertEqual(body["error"]["message"], message, scenario)
                self.assertNotIn("anthropic-organization-id", headers, "the API never saw the key")
        status, _, body = self.error_of(x_api_key(fake_api.key_for("stripxapikey")))
        self.assertEqual(body["error"]["message"], "x-api-key header is required")

    def test_error_codes_come_in_error_details_whichever_way_the_key_came(self):
        expected = {
            "onhold": (400, "organization_on_hold"),
            "creatorgone": (400, "claude_code_key_creator_not_member"),
            "scopemissing": (403, "api_key_scope_missing"),
            "ipblocked": (403, "ip_not_in_allowed_range"),
            "newcode": (400, "quantum_flux_exceeded"),
        }
        for scenario, (status, code) in expected.items():
            for headers in (x_api_key(fake_api.key_for(scenario)), bearer(fake_api.key_for(scenario))):
                got, response_headers, body = self.error_of(headers)
                self.assertEqual((got, body["error"]["details"]["error_code"]), (status, code), scenario)
                self.assertTrue(body["error"]["message"])
                self.assertEqual(body["request_id"], response_headers["request-id"])
        _, _, body = self.error_of(bearer(fake_api.key_for("onhold")))
        self.assertTrue(body["error"]["details"]["appeal_url"].startswith("https://"))

    def test_an_unknown_version_is_refused_in_the_real_form(self):
        status, _, body = self.error_of(x_api_key(fake_api.key_for("works"), "2099-01-01"))
        self.assertEqual(status, 400)
        self.assertEqual(body["error"]["message"], 'anthropic-version: "2099-01-01" is not a valid version')

    def test_preflight_allows_the_authorization_header_the_bearer_test_sends(self):
        wanted = "anthropic-dangerous-direct-browser-access,anthropic-version,authorization"
        status, headers, _ = self.api("OPTIONS", "/v1/models?limit=20", {
            "origin": "http://127.0.0.1:8080", "access-control-request-method": "GET",
            "access-control-request-headers": wanted})
        self.assertEqual(status, 204)
        self.assertIn("authorization", headers["access-control-allow-headers"].split(","))
        self.assertNotEqual(headers["access-control-allow-headers"].strip(), "*", "`*` would not cover Authorization")

    def test_zz_sigterm_stops_it(self):
        self.proc.send_signal(signal.SIGTERM)
        self.assertEqual(self.proc.wait(timeout=3), 0)


if __name__ == "__main__":
    unittest.main()
