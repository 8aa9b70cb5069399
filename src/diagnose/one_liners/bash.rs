//! The bash check: curl with the key fed on stdin (`-H @-`), so it never appears in a process
//! list; fields picked from the JSON with sed, as curl is all a fresh machine may have.

use super::CheckSpec;

/// The script; `__VAR__` is a validated variable name, `__WANT__` a validated hint or nothing.
const SCRIPT: &str = r#"P=key-doctor-check: want='__WANT__'
k="${__VAR__-}"; if [ "${__VAR__+x}" ]; then sv=yes; else sv=no; fi
t="${k#"${k%%[![:space:]]*}"}"; t="${t%"${t##*[![:space:]]}"}"
h=-; if [[ $t =~ ^sk-ant-([a-z]{2,8}[0-9]{2}-)? ]]; then p="${BASH_REMATCH[0]}"; b="${t:${#p}}"
  if [ ${#b} -ge 8 ] && [[ ${b:0:3}${b: -4} =~ ^[A-Za-z0-9_-]{7}$ ]]; then h="$p${b:0:3}...${b: -4}"; fi; fi
m=-; if [ -n "$want" ]; then if [ "$h" = "$want" ]; then m=yes; else m=no; fi; fi
w=no; if [ "$k" != "$t" ]; then w=yes; fi
echo "$P key var=__VAR__ set=$sv length=${#k} hint=$h hint_match=$m edge_whitespace=$w"
[ -n "$t" ] || exit 0
u="${ANTHROPIC_BASE_URL:-https://api.anthropic.com}"; u="${u%/}/v1/models?limit=1"
tok() { local v="${1//[^A-Za-z0-9_.:-]/_}"; echo "${v:--}"; }
for s in x-api-key bearer; do
  if [ $s = x-api-key ]; then hd="x-api-key: $t"; v=2023-06-01; else hd="authorization: Bearer $t"; v=2026-10-21; fi
  r="$(printf '%s\n' "$hd" | curl -sS --max-time 20 -H @- -H "anthropic-version: $v" -D - -w '\n%{http_code}' "$u" 2>/dev/null)"; e=$?
  if [ $e -ne 0 ]; then echo "$P $s status=none message=\"no answer: curl exit $e\""; continue; fi
  st="${r##*$'\n'}"; r="${r%$'\n'*}"; f="$(printf '%s' "$r" | tr -d '\r\n')"
  ty="$(printf '%s' "$f" | sed -n -E 's/.*"error" *: *\{ *"type" *: *"([^"]*)".*/\1/p')"
  co="$(printf '%s' "$f" | sed -n -E 's/.*"error_code" *: *"([^"]*)".*/\1/p')"
  ms="$(printf '%s' "$f" | sed -n -E 's/.*"message" *: *"(([^"\\]|\\.)*)".*/\1/p')"
  id="$(printf '%s\n' "$r" | tr -d '\r' | sed -n -E 's/^[Rr][Ee][Qq][Uu][Ee][Ss][Tt]-[Ii][Dd]: *//p' | tail -n 1)"
  [ -n "$id" ] || id="$(printf '%s' "$f" | sed -n -E 's/.*"request_id" *: *"([^"]*)".*/\1/p')"
  if [ -n "$ms" ]; then ms="\"${ms//"$t"/[key]}\""; else ms=-; fi
  echo "$P $s status=$st type=$(tok "$ty") code=$(tok "$co") request_id=$(tok "$id") message=$ms"
done"#;

/// The script for `spec`.
pub(super) fn script(spec: &CheckSpec) -> String {
    SCRIPT.replace("__VAR__", spec.variable()).replace("__WANT__", spec.hint().unwrap_or(""))
}

/// The script as pasted into bash or zsh: run by bash whatever the shell, read from a quoted
/// here-document so the pasting shell expands nothing.
pub(super) fn command(script: &str) -> String {
    format!("bash <<'KEYDOCTOR'\n{script}\nKEYDOCTOR")
}
