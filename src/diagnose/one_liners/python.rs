//! The Python check: standard library only (urllib), no SDK needed.

use super::CheckSpec;

const SCRIPT: &str = r#"import json, os, re, urllib.error, urllib.request
V, WANT, P = "__VAR__", __WANT__, "key-doctor-check:"
raw = os.environ.get(V)
k = (raw or "").strip()
m = re.match(r"sk-ant-(?:[a-z]{2,8}[0-9]{2}-)?", k)
b = k[m.end():] if m else ""
ok = m and len(b) >= 8 and re.fullmatch(r"[A-Za-z0-9_-]{7}", b[:3] + b[-4:])
h = m.group(0) + b[:3] + "..." + b[-4:] if ok else "-"
yn = lambda c: "yes" if c else "no"
print(P, "key", "var=" + V, "set=" + yn(raw is not None), "length=%d" % len(raw or ""), "hint=" + h,
      "hint_match=" + ("-" if WANT is None else yn(h == WANT)), "edge_whitespace=" + yn((raw or "") != k))
tok = lambda v: "-" if v in (None, "") else re.sub(r"[^A-Za-z0-9_.:-]", "_", str(v))
base = (os.environ.get("ANTHROPIC_BASE_URL") or "https://api.anthropic.com").rstrip("/")
styles = (("x-api-key", "x-api-key", k, "2023-06-01"), ("bearer", "authorization", "Bearer " + k, "2026-10-21"))
for style, name, value, version in styles if k else ():
    req = urllib.request.Request(base + "/v1/models?limit=1", headers={name: value, "anthropic-version": version})
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            status, headers, body = r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        status, headers, body = e.code, e.headers, e.read()
    except Exception as e:
        print(P, style, "status=none", "message=" + json.dumps("no answer: " + type(e).__name__))
        continue
    try:
        j = json.loads(body)
    except ValueError:
        j = None
    j = j if isinstance(j, dict) else {}
    err = j.get("error") if isinstance(j.get("error"), dict) else {}
    det = err.get("details") if isinstance(err.get("details"), dict) else {}
    msg = err.get("message")
    msg = json.dumps(msg.replace(k, "[key]")) if isinstance(msg, str) else "-"
    print(P, style, "status=%d" % status, "type=" + tok(err.get("type")), "code=" + tok(det.get("error_code")),
          "request_id=" + tok(headers.get("request-id") or j.get("request_id")), "message=" + msg)"#;

/// The script for `spec`.
pub(super) fn script(spec: &CheckSpec) -> String {
    let want = spec.hint().map_or("None".to_string(), |hint| format!("\"{hint}\""));
    SCRIPT.replace("__VAR__", spec.variable()).replace("__WANT__", &want)
}

/// The script as pasted into bash or zsh (elsewhere: save the script as a file and run it).
pub(super) fn command(script: &str) -> String {
    format!("python3 - <<'KEYDOCTOR'\n{script}\nKEYDOCTOR")
}
