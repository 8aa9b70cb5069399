//! The PowerShell check: Invoke-WebRequest, for Windows PowerShell 5.1 and PowerShell 7.
//! (PowerShell is not installable where Key Doctor's tests run: its text is checked by unit
//! tests only.)

use super::CheckSpec;

const SCRIPT: &str = r#"& {
  $V = '__VAR__'; $Want = __WANT__; $P = 'key-doctor-check:'
  $raw = [Environment]::GetEnvironmentVariable($V)
  $k = if ($null -eq $raw) { '' } else { $raw.Trim() }
  $h = '-'
  if ($k -cmatch '^sk-ant-(?:[a-z]{2,8}[0-9]{2}-)?') {
    $pre = $Matches[0]; $b = $k.Substring($pre.Length)
    if ($b.Length -ge 8 -and ($b.Substring(0, 3) + $b.Substring($b.Length - 4)) -cmatch '^[A-Za-z0-9_-]{7}$') {
      $h = $pre + $b.Substring(0, 3) + '...' + $b.Substring($b.Length - 4)
    }
  }
  $set = if ($null -eq $raw) { 'no' } else { 'yes' }
  $len = if ($null -eq $raw) { 0 } else { $raw.Length }
  $match = if ($null -eq $Want) { '-' } elseif ($h -ceq $Want) { 'yes' } else { 'no' }
  $edge = if ($null -ne $raw -and $raw -cne $k) { 'yes' } else { 'no' }
  "$P key var=$V set=$set length=$len hint=$h hint_match=$match edge_whitespace=$edge"
  if (-not $k) { return }
  $tok = { param($v) if ($null -eq $v -or "$v" -eq '') { '-' } else { "$v" -replace '[^A-Za-z0-9_.:-]', '_' } }
  $base = if ($env:ANTHROPIC_BASE_URL) { $env:ANTHROPIC_BASE_URL.TrimEnd('/') } else { 'https://api.anthropic.com' }
  try { [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12 } catch {}
  foreach ($c in @(@('x-api-key', 'x-api-key', $k, '2023-06-01'), @('bearer', 'authorization', "Bearer $k", '2026-10-21'))) {
    $status = $null; $body = $null; $rid = $null
    try {
      $r = Invoke-WebRequest -UseBasicParsing -Uri "$base/v1/models?limit=1" -Headers @{ $c[1] = $c[2]; 'anthropic-version' = $c[3] } -TimeoutSec 20 -ErrorAction Stop
      $status = [int]$r.StatusCode; $body = $r.Content; $rid = @($r.Headers['request-id'])[0]
    } catch {
      $resp = $_.Exception.Response
      if ($null -eq $resp) { "$P $($c[0]) status=none message=" + (ConvertTo-Json -Compress ('no answer: ' + $_.Exception.GetType().Name)); continue }
      $status = [int]$resp.StatusCode; $body = $_.ErrorDetails.Message
      try { $rid = @($resp.Headers.GetValues('request-id'))[0] } catch {}
    }
    $j = $null; try { $j = $body | ConvertFrom-Json -ErrorAction Stop } catch {}
    $err = $j.error
    if (-not $rid) { $rid = $j.request_id }
    $msg = if ($err.message -is [string]) { ConvertTo-Json -Compress ($err.message.Replace($k, '[key]')) } else { '-' }
    "$P $($c[0]) status=$status type=$(& $tok $err.type) code=$(& $tok $err.details.error_code) request_id=$(& $tok $rid) message=$msg"
  }
}"#;

/// The script for `spec`; it is also what is pasted into PowerShell.
pub(super) fn script(spec: &CheckSpec) -> String {
    let want = spec.hint().map_or("$null".to_string(), |hint| format!("'{hint}'"));
    SCRIPT.replace("__VAR__", spec.variable()).replace("__WANT__", &want)
}
