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

    def test_zz_sigterm_stops_it(self):
        self.proc.send_signal(signal.SIGTERM)
        self.assertEqual(self.proc.wait(timeout=3), 0)


if __name__ == "__main__":
    unittest.main()
