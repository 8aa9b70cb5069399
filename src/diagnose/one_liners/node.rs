//! The Node check: the built-in `fetch` of Node 18 or later, no package needed.

use super::CheckSpec;

const SCRIPT: &str = r#"(async () => {
  const V = "__VAR__", WANT = __WANT__, P = "key-doctor-check:";
  const raw = process.env[V];
  const k = (raw ?? "").trim();
  const m = /^sk-ant-(?:[a-z]{2,8}[0-9]{2}-)?/.exec(k);
  const b = m ? k.slice(m[0].length) : "";
  const ok = m && [...b].length >= 8 && /^[A-Za-z0-9_-]{7}$/.test(b.slice(0, 3) + b.slice(-4));
  const h = ok ? m[0] + b.slice(0, 3) + "..." + b.slice(-4) : "-";
  const yn = (c) => (c ? "yes" : "no");
  console.log([P, "key", "var=" + V, "set=" + yn(raw !== undefined), "length=" + [...(raw ?? "")].length, "hint=" + h,
    "hint_match=" + (WANT === null ? "-" : yn(h === WANT)), "edge_whitespace=" + yn((raw ?? "") !== k)].join(" "));
  if (!k) return;
  const tok = (v) => (v === undefined || v === null || v === "" ? "-" : String(v).replace(/[^A-Za-z0-9_.:-]/g, "_"));
  const base = (process.env.ANTHROPIC_BASE_URL || "https://api.anthropic.com").replace(/\/+$/, "");
  const styles = [["x-api-key", "x-api-key", k, "2023-06-01"], ["bearer", "authorization", "Bearer " + k, "2026-10-21"]];
  for (const [style, name, value, version] of styles) {
    let r, body;
    try {
      r = await fetch(base + "/v1/models?limit=1", { headers: { [name]: value, "anthropic-version": version }, signal: AbortSignal.timeout(20000) });
      body = await r.text();
    } catch (e) {
      console.log([P, style, "status=none", "message=" + JSON.stringify("no answer: " + ((e && e.name) || "Error"))].join(" "));
      continue;
    }
    let j = null;
    try { j = JSON.parse(body); } catch {}
    j = j && typeof j === "object" ? j : {};
    const err = j.error && typeof j.error === "object" ? j.error : {};
    const det = err.details && typeof err.details === "object" ? err.details : {};
    const msg = typeof err.message === "string" ? JSON.stringify(err.message.split(k).join("[key]")) : "-";
    console.log([P, style, "status=" + r.status, "type=" + tok(err.type), "code=" + tok(det.error_code),
      "request_id=" + tok(r.headers.get("request-id") || j.request_id), "message=" + msg].join(" "));
  }
})();"#;

/// The script for `spec`.
pub(super) fn script(spec: &CheckSpec) -> String {
    let want = spec.hint().map_or("null".to_string(), |hint| format!("\"{hint}\""));
    SCRIPT.replace("__VAR__", spec.variable()).replace("__WANT__", &want)
}

/// The script as pasted into bash or zsh (elsewhere: save the script as a file and run it).
pub(super) fn command(script: &str) -> String {
    format!("node - <<'KEYDOCTOR'\n{script}\nKEYDOCTOR")
}
