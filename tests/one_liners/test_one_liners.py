"""The no-key checks, run for real: the curl (bash), Python and Node checks against the fake API.

The checks come from the Rust generator (`cargo run --example one_liners -- generate`); each runs
in a clean environment (PATH and HOME only, plus the key's variable, ANTHROPIC_BASE_URL pointing
at the fake, and its certificate trusted through CURL_CA_BUNDLE / SSL_CERT_FILE /
NODE_EXTRA_CA_CERTS). The test checks the printed lines (status, hint, length, hint match, the
JSON fields), what the fake received (headers and versions of both styles), that the key never
appears in the output, and that the Rust parser reads the output as this test does.
PowerShell is not installable here: its text is covered by the generator's unit tests only.
Needs curl, bash and Node >= 18 on PATH.
"""

import http.client
import json
import os
import re
import shutil
import ssl
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "tests" / "fake_api"))

import fake_api  # noqa: E402

PREFIX = "key-doctor-check:"
SHELLS = ("bash", "python", "node")
REQUEST_ID = re.compile(r"req_[A-Za-z0-9]+")


def test_key(scenario: str, tag: str) -> str:
    """A key the fake recognizes by its scenario, unique to one test through `tag`."""
    return fake_api.API_PREFIX + f"{scenario}-{tag}".ljust(fake_api.KEY_BODY_LEN, "x") + "AA"


def console_hint(key: str) -> str:
    body = key[len(fake_api.API_PREFIX):]
    return fake_api.API_PREFIX + body[:3] + "..." + body[-4:]


# Answers the fake does not have, added in this process only (the shared fake stays as it is):
# a 400 with an error_code, and a message that echoes the key back.
ON_HOLD = test_key("onhold", "zz1")
ECHO = test_key("echo", "zz2")
_plan_reply = fake_api.plan_reply


def plan_reply(method, path, headers, scenario, req, *style):
    sent = headers.get("x-api-key", "").strip() or headers.get("authorization", "").removeprefix("Bearer ").strip()
    ids = [("request-id", req)]
    if sent == ON_HOLD:
        error = {"type": "invalid_request_error", "message": "This organization is on hold.",
                 "details": {"error_code": "organization_on_hold"}}
        return fake_api.Reply.json(400, {"type": "error", "error": error, "request_id": req}, headers=ids)
    if sent == ECHO:
        body = fake_api.error_body("authentication_error", f"invalid x-api-key: {ECHO}", req)
        return fake_api.Reply.json(401, body, headers=ids)
    return _plan_reply(method, path, headers, scenario, req, *style)


def parse(output: str) -> list[dict]:
    """The check lines as this test reads them, independently of the Rust parser (same shape as
    the example's `parse` JSON)."""
    lines = []
    for line in output.splitlines():
        if PREFIX not in line:
            continue
        word, _, fields = line.split(PREFIX, 1)[1].strip().partition(" ")
        fields, _, message = fields.partition("message=")
        raw = dict(pair.partition("=")[::2] for pair in fields.split())
        val = lambda name: None if raw.get(name) in (None, "-") else raw[name]  # noqa: E731
        flag = lambda name: {"yes": True, "no": False}.get(val(name))  # noqa: E731
        if word == "key":
            length = val("length")
            lines.append({"line": "key", "var": val("var"), "set": flag("set"),
                          "length": int(length) if length else None, "hint": val("hint"),
                          "hint_match": flag("hint_match"), "edge_whitespace": flag("edge_whitespace")})
        else:
            status = val("status")
            lines.append({"line": word, "status": int(status) if status and status.isdigit() else None,
                          "type": val("type"), "code": val("code"), "request_id": val("request_id"),
                          "message": None if message.strip() in ("", "-") else json.loads(message)})
    return lines


class OneLinersTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        missing = [tool for tool in ("bash", "curl", "node", "cargo") if not shutil.which(tool)]
        if missing:
            raise RuntimeError(f"the checks cannot run without {', '.join(missing)} on PATH")
        fake_api.plan_reply = plan_reply
        cls.certs = tempfile.TemporaryDirectory(prefix="one-liners-")
        cls.fake = fake_api.FakeApi(port=0, control_port=0, cert_dir=cls.certs.name).start()
        cls.base = f"https://127.0.0.1:{cls.fake.port}"
        cls.ca = str(Path(cls.certs.name) / "cert.pem")
        cls.generated = {}

    @classmethod
    def tearDownClass(cls):
        cls.fake.stop()
        fake_api.plan_reply = _plan_reply
        cls.certs.cleanup()

    def setUp(self):
        self.fake.log.clear()

    def checks(self, var: str, hint: str | None) -> dict:
        if (var, hint) not in self.generated:
            args = ["cargo", "run", "-q", "--example", "one_liners", "--", "generate", "--var", var]
            if hint:
                args += ["--hint", hint]
            done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=900, check=True)
            self.generated[(var, hint)] = json.loads(done.stdout)
        return self.generated[(var, hint)]

    def run_check(self, shell: str, value: str | None, hint: str | None = None, var: str = "ANTHROPIC_API_KEY",
                  base: str | None = None) -> tuple[str, list[dict]]:
        env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), "LANG": "C.UTF-8",
               "ANTHROPIC_BASE_URL": base or self.base, "CURL_CA_BUNDLE": self.ca, "SSL_CERT_FILE": self.ca,
               "NODE_EXTRA_CA_CERTS": self.ca}
        if value is not None:
            env[var] = value
        command = self.checks(var, hint)[shell]["command"]
        done = subprocess.run(["bash", "-c", command], env=env, capture_output=True, text=True, timeout=120)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(done.stderr, "", f"{shell} writes nothing else")
        out = done.stdout
        for line in out.splitlines():
            self.assertTrue(line.startswith(PREFIX), f"{shell} printed an unexpected line: {line!r}")
        if value and value.strip():
            secret = value.strip()
            self.assertNotIn(secret, out, f"{shell} printed the key")
            self.assertNotIn(secret[len(fake_api.API_PREFIX) + 3:-4], out, f"{shell} printed the key's body")
        self.assertEqual(self.rust_parse(out), parse(out), "the Rust parser reads the same lines")
        return out, parse(out)

    def rust_parse(self, output: str) -> list[dict]:
        done = subprocess.run(["cargo", "run", "-q", "--example", "one_liners", "--", "parse"], cwd=ROOT, input=output,
                              capture_output=True, text=True, timeout=900, check=True)
        return json.loads(done.stdout)

    def direct(self, headers: dict) -> tuple[int, dict]:
        """What the fake answers to exactly these headers, asked without any check."""
        context = ssl.create_default_context(cafile=self.ca)
        conn = http.client.HTTPSConnection("127.0.0.1", self.fake.port, context=context, timeout=10)
        conn.request("GET", "/v1/models?limit=1", headers=headers)
        response = conn.getresponse()
        body = json.loads(response.read() or b"{}")
        conn.close()
        return response.status, body

    def expect_calls(self, lines: list[dict], key: str):
        """Both styles were sent as documented, and each line reports what the fake answered."""
        self.assertEqual([line["line"] for line in lines], ["key", "x-api-key", "bearer"])
        sent = [entry for entry in self.fake.log.snapshot() if not entry["preflight"]]
        self.assertEqual(len(sent), 2, sent)
        first, second = sent[0]["headers"], sent[1]["headers"]
        self.assertEqual((first.get("x-api-key"), first.get("anthropic-version")), (key, "2023-06-01"))
        self.assertNotIn("authorization", first)
        self.assertEqual((second.get("authorization"), second.get("anthropic-version")), (f"Bearer {key}", "2026-10-21"))
        self.assertNotIn("x-api-key", second)
        self.assertTrue(all(entry["path"] == "/v1/models?limit=1" for entry in sent))
        for line in lines[1:]:
            self.assertRegex(line["request_id"] or "", REQUEST_ID)
        status, body = self.direct({"authorization": f"Bearer {key}", "anthropic-version": "2026-10-21"})
        error = body.get("error") or {}
        self.assertEqual(lines[2]["status"], status)
        self.assertEqual(lines[2]["type"], error.get("type"))
        self.assertEqual(lines[2]["message"], error.get("message"))

    def test_a_working_key_with_its_hint(self):
        for shell in SHELLS:
            with self.subTest(shell=shell):
                self.fake.log.clear()
                key = test_key("works", f"w{shell}")
                _, lines = self.run_check(shell, key, hint=console_hint(key))
                self.assertEqual(lines[0], {"line": "key", "var": "ANTHROPIC_API_KEY", "set": True, "length": 108,
                                            "hint": console_hint(key), "hint_match": True, "edge_whitespace": False})
                self.assertEqual(lines[1], {**lines[1], "status": 200, "type": None, "code": None, "message": None})
                self.expect_calls(lines, key)

    def test_a_rejected_key_and_a_hint_that_does_not_match(self):
        for shell in SHELLS:
            with self.subTest(shell=shell):
                self.fake.log.clear()
                key = test_key("invalid", f"i{shell}")
                _, lines = self.run_check(shell, key, hint="sk-ant-api03-R2D...igAA")
                self.assertEqual((lines[0]["hint"], lines[0]["hint_match"]), (console_hint(key), False))
                self.assertEqual(
                    {name: lines[1][name] for name in ("status", "type", "code", "message")},
                    {"status": 401, "type": "authentication_error", "code": None, "message": "invalid x-api-key"},
                )
                self.expect_calls(lines, key)

    def test_an_error_code_and_an_echoed_key(self):
        for shell in SHELLS:
            with self.subTest(shell=shell):
                self.fake.log.clear()
                _, lines = self.run_check(shell, ON_HOLD)
                self.assertEqual((lines[0]["hint_match"], lines[1]["status"], lines[1]["code"]),
                                 (None, 400, "organization_on_hold"))
                self.assertEqual(lines[1]["message"], "This organization is on hold.")
                self.fake.log.clear()
                out, lines = self.run_check(shell, ECHO)
                self.assertEqual(lines[1]["message"], "invalid x-api-key: [key]")
                self.assertNotIn(ECHO[len(fake_api.API_PREFIX):], out)

    def test_whitespace_around_the_key_is_reported_and_not_sent(self):
        for shell in SHELLS:
            with self.subTest(shell=shell):
                self.fake.log.clear()
                key = test_key("works", f"s{shell}")
                _, lines = self.run_check(shell, f"  {key}\n")
                self.assertEqual((lines[0]["length"], lines[0]["edge_whitespace"]), (111, True))
                self.assertEqual((lines[0]["hint"], lines[1]["status"]), (console_hint(key), 200))
                self.expect_calls(lines, key)

    def test_another_variable_and_an_unset_one(self):
        for shell in SHELLS:
            with self.subTest(shell=shell):
                self.fake.log.clear()
                key = test_key("works", f"v{shell}")
                _, lines = self.run_check(shell, key, var="MY_APP_KEY")
                self.assertEqual((lines[0]["var"], lines[0]["set"], lines[0]["hint_match"]), ("MY_APP_KEY", True, None))
                self.expect_calls(lines, key)
                self.fake.log.clear()
                out, lines = self.run_check(shell, None, var="MY_APP_KEY")
                self.assertEqual(lines, [{"line": "key", "var": "MY_APP_KEY", "set": False, "length": 0, "hint": None,
                                          "hint_match": None, "edge_whitespace": False}])
                self.assertEqual(self.fake.log.snapshot(), [], "no request without a key")

    def test_no_answer_is_reported_as_such(self):
        with socket_closed() as port:
            for shell in SHELLS:
                with self.subTest(shell=shell):
                    key = test_key("works", f"n{shell}")
                    _, lines = self.run_check(shell, key, base=f"https://127.0.0.1:{port}")
                    self.assertEqual([(line["line"], line["status"]) for line in lines[1:]],
                                     [("x-api-key", None), ("bearer", None)])
                    self.assertTrue(all(line["message"].startswith("no answer: ") for line in lines[1:]))


class socket_closed:
    """A local port nothing listens on."""

    def __enter__(self) -> int:
        import socket
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        return self.sock.getsockname()[1]

    def __exit__(self, *exc) -> None:
        self.sock.close()


if __name__ == "__main__":
    unittest.main()
