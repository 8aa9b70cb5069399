//! The decision. The strongest clue wins (an `error_code` over an exact message, a class name,
//! a set-up warning, a generic type, a user interface's words); generic clues count only in a
//! text about Anthropic; at equal strength Anthropic's own words beat another provider's, then
//! the more specific (longer) phrase, then the later one. The winner is then read in its
//! context (the SDK and version, a key in the paste, a gateway) and routed.

use super::cause::{ErrorCause, Kind};
use super::patterns::{self, Strength};
use super::scan::Scan;
use super::secrets::Redacted;
use super::source::{Source, Version};
use super::window::{self, Around, floor};
use super::{Evidence, FoundKey, Recognition};
use crate::diagnose::key::Family;
use crate::diagnose::route;

/// The clue that decides.
#[derive(Clone, Copy, Debug)]
struct Clue {
    cause: ErrorCause,
    strength: Strength,
    start: usize,
    end: usize,
}

/// How close to the clue a key must be to speak for it, in bytes.
const KEY_REACH: usize = 600;

/// Builds the recognition from the redacted text and the pass over it.
pub(super) fn decide(red: Redacted, scan: &Scan, chars: usize) -> Recognition {
    let text = red.text.as_str();
    let counted = counted_clues(scan);
    let best = counted.iter().copied().max_by_key(order);
    let Some(clue) = best.or_else(|| fallback(text, scan)) else {
        return unknown(red, scan, chars);
    };
    let around = window::around(text, clue.start, clue.end);
    let source = source(scan, &around).filter(|s| clue.cause != ErrorCause::OtherProviderError || s.rank() >= 40);
    let version = version(scan, &around, source);
    let cause = refine(clue.cause, source, version, &around, scan);
    let mut steps = route::for_error(cause);
    let mut tells_apart = cause.tells_apart().map(String::from);
    let mut evidence = vec![quote(text, clue.start, clue.end, "the error")];
    let base_url = scan.base_url_setting.as_ref().or(scan.base_url_seen.as_ref()).map(|s| s.what.clone());

    if about_the_key(cause) {
        if let Some((at, key)) = key_near(&red, clue.start) {
            add_key_step(&mut steps, &mut tells_apart, key);
            if steps.first() == key.step.as_ref() && !same_line(text, at, clue.start) {
                evidence.push(quote(text, at, at + 1, "the key"));
            }
        }
        if let (Some(base), 1) = (&base_url, steps.len()) {
            steps.extend(route::for_error(ErrorCause::Gateway));
            tells_apart = Some(format!(
                "The request went to {base}, not api.anthropic.com: if that gateway or proxy checks keys of its own, the rejection is its own, not Anthropic's."
            ));
        }
    }
    if steps.len() == 1 && cause.kind() == Kind::Auth && clue.strength != Strength::Code {
        if let Some(other) = second_clue(text, &counted, clue, &steps) {
            steps.extend(route::for_error(other.cause).into_iter().take(1));
            tells_apart = Some(format!("The text also shows this: {}", other.cause.label()));
            evidence.push(quote(text, other.start, other.end, "also"));
        }
    }
    if let Some(seen) = scan.version.filter(|v| Some(v.what) == version && !same_line(text, v.at, clue.start)) {
        evidence.push(quote(text, seen.at, seen.at + 1, "the SDK version"));
    }
    steps.truncate(2);
    if steps.len() < 2 {
        tells_apart = None;
    }
    let provider = match cause {
        ErrorCause::OtherProviderError => scan.provider_error.or(scan.provider_mention).map(|p| p.what),
        _ => None,
    };
    Recognition {
        kind: cause.kind(),
        cause: Some(cause),
        headline: headline(cause, provider, &evidence),
        steps,
        tells_apart,
        source,
        version,
        status: around.status.map(|(s, _)| s.code),
        error_type: around.error_type,
        error_code: around
            .error_code
            .or_else(|| (clue.strength == Strength::Code).then(|| text[clue.start..clue.end].to_string())),
        message: around.message,
        request_ids: around.request_ids,
        organization_id: scan.organization_id.clone(),
        model: around.model.or_else(|| scan.model.as_ref().map(|m| m.what.clone())),
        base_url,
        provider,
        evidence,
        keys: red.keys,
        more_keys: red.more,
        chars,
    }
}

/// Every clue that counts: Anthropic's own words always, generic ones in a text about
/// Anthropic, another provider's own errors always.
fn counted_clues(scan: &Scan) -> Vec<Clue> {
    let table = patterns::table();
    table
        .iter()
        .zip(&scan.hits)
        .filter_map(|(pattern, hit)| {
            let (cause, strength) = pattern.clue?;
            let hit = (*hit)?;
            let counts = pattern.anthropic || scan.anthropic || cause == ErrorCause::OtherProviderError;
            counts.then_some(Clue { cause, strength, start: hit.start, end: hit.end })
        })
        .collect()
}

/// The order of clues: strength, Anthropic's own over another provider's, the longer phrase,
/// the later place.
fn order(clue: &Clue) -> (Strength, bool, usize, usize) {
    (clue.strength, clue.cause != ErrorCause::OtherProviderError, clue.end - clue.start, clue.start)
}

/// Without a clue: the last status of a text about Anthropic, or another provider's text
/// that holds a generic error.
fn fallback(text: &str, scan: &Scan) -> Option<Clue> {
    if scan.anthropic {
        let whole = window::read(text, text.len(), text.len(), text.len());
        let (status, at) = whole.status?;
        let cause = by_status(status.code);
        return Some(Clue { cause, strength: Strength::Weak, start: at, end: at + 1 });
    }
    let mention = scan.provider_mention?;
    let generic = patterns::table().iter().zip(&scan.hits).find_map(|(p, h)| p.clue.and(*h));
    let at = generic.map_or(mention.at, |h| h.start);
    generic.map(|h| Clue { cause: ErrorCause::OtherProviderError, strength: Strength::Weak, start: at, end: h.end })
}

/// What a bare status means.
fn by_status(code: u16) -> ErrorCause {
    use ErrorCause::*;
    match code {
        401 => RejectedKey,
        402 => PaymentRequired,
        403 => PermissionDenied,
        404 => NotFound,
        408 | 504 => Timeout,
        429 => RateLimited,
        529 => Overloaded,
        500..=599 => ServerError,
        _ => InvalidRequest,
    }
}

/// The most specific sign of who printed the text: the table's signs, the status rendering,
/// the SDK a version range belongs to.
fn source(scan: &Scan, around: &Around) -> Option<Source> {
    let from_status = around.status.and_then(|(s, _)| s.source());
    let from_version = scan.version.and_then(|v| v.what.sdk()).map(|s| (s, patterns::HINT_RANK - 1));
    [scan.source.map(|(s, rank, _)| (s, rank)), from_status, from_version]
        .into_iter()
        .flatten()
        .max_by_key(|(_, rank)| *rank)
        .map(|(s, _)| s)
}

/// The version range: an exact release beats wording, wording beats the status rendering; a
/// range of the other language's SDK than the source is dropped.
fn version(scan: &Scan, around: &Around, source: Option<Source>) -> Option<Version> {
    let fits = |v: &Version| match (v.sdk(), source) {
        (Some(sdk), Some(src @ (Source::PythonSdk | Source::TypeScriptSdk))) => sdk == src,
        _ => true,
    };
    let rendering = around.status.and_then(|(s, _)| s.version());
    let chosen =
        [scan.release.map(|r| r.what), scan.version.map(|v| v.what), rendering].into_iter().flatten().find(fits)?;
    Some(match (chosen, source) {
        (Version::NewGeneration, Some(Source::PythonSdk)) => Version::Py2,
        (Version::NewGeneration, Some(Source::TypeScriptSdk)) => Version::Ts1,
        _ => chosen,
    })
}

/// The cause read in its context.
fn refine(
    cause: ErrorCause,
    source: Option<Source>,
    version: Option<Version>,
    around: &Around,
    scan: &Scan,
) -> ErrorCause {
    use ErrorCause::*;
    let claude_code = matches!(source, Some(Source::ClaudeCode | Source::AgentSdk));
    let new_sdk = version.is_some_and(Version::sends_bearer);
    let federation = ["anthropic_federation_rule_id", "anthropic_identity_token"].iter().any(|n| hit(scan, n));
    let about_model = around.message.as_deref().is_some_and(|m| m.to_ascii_lowercase().contains("model"));
    match cause {
        RejectedKey if claude_code => ClaudeCodeExternalKey,
        BearerRejected if claude_code => BearerRejectedClaudeCode,
        BearerRejected if new_sdk => BearerRejectedNewSdk,
        NoCredits if claude_code => ClaudeCodeCredits,
        OauthNotAllowed if claude_code => ClaudeCodeSubscriptionDisabled,
        OauthScope | RevokedCredential if claude_code => LoginExpired,
        KeyNotSet if federation => KeyNotSetFederation,
        NotFound if about_model => ModelNotFound,
        CorsHeaderMissing if source == Some(Source::Browser) => BrowserCors,
        ClaudeCodeNotLoggedIn if source == Some(Source::AntCli) => ProfileLoginExpired,
        other => other,
    }
}

/// Whether the row with this needle matched.
fn hit(scan: &Scan, needle: &str) -> bool {
    patterns::table().iter().zip(&scan.hits).any(|(p, h)| p.needle == needle && h.is_some())
}

/// Causes a key in the paste can explain better than the message.
fn about_the_key(cause: ErrorCause) -> bool {
    use ErrorCause::*;
    matches!(
        cause,
        RejectedKey
            | RevokedCredential
            | BearerRejected
            | BearerRejectedNewSdk
            | BearerRejectedClaudeCode
            | PasteArtefact
            | ClaudeCodeExternalKey
            | ClaudeCodeAuthToken
            | OauthAsKey
    )
}

/// The key nearest the clue that points to a step of its own: Anthropic's first.
fn key_near(red: &Redacted, at: usize) -> Option<(usize, &FoundKey)> {
    red.places
        .iter()
        .filter(|(start, _, _)| start.abs_diff(at) <= KEY_REACH)
        .filter_map(|(start, _, listed)| listed.map(|i| (*start, &red.keys[i])))
        .filter(|(_, key)| key.step.is_some())
        .min_by_key(|(start, key)| (!is_anthropic(key.family), start.abs_diff(at)))
}

fn is_anthropic(family: Family) -> bool {
    matches!(
        family,
        Family::AnthropicApiKey
            | Family::AnthropicAdminKey
            | Family::AnthropicComplianceKey
            | Family::AnthropicOauthToken
            | Family::AnthropicRefreshToken
            | Family::AnthropicSessionCookie
            | Family::AnthropicOther
    )
}

/// Puts the key's own step first when it differs from the message's.
fn add_key_step(steps: &mut Vec<crate::diagnose::tree::StepId>, tells: &mut Option<String>, key: &FoundKey) {
    let Some(step) = key.step.clone() else { return };
    if steps.first() == Some(&step) {
        return;
    }
    let why = key
        .findings
        .iter()
        .find(|f| route::for_finding(f).as_ref() == Some(&step))
        .map_or_else(|| key.family.explanation().to_string(), |f| f.message.clone());
    steps.retain(|s| *s != step);
    steps.insert(0, step);
    steps.truncate(2);
    *tells = Some(format!(
        "The key in the text ({}) explains the error by itself: {why} If the program sends another key, the second step applies.",
        key.shown_as
    ));
}

/// Another credential clue worth offering second: a set-up warning, or an exact message or
/// class on another line (on the winner's own line it describes the same error), that points
/// elsewhere.
fn second_clue(text: &str, counted: &[Clue], winner: Clue, steps: &[crate::diagnose::tree::StepId]) -> Option<Clue> {
    counted
        .iter()
        .copied()
        .filter(|c| c.strength == Strength::Warning || c.strength >= Strength::Class)
        .filter(|c| c.cause != winner.cause && c.cause.kind() == Kind::Auth && !same_line(text, c.start, winner.start))
        .filter(|c| route::for_error(c.cause).first().is_some_and(|s| !steps.contains(s)))
        .max_by_key(order)
}

/// The plain sentences shown first.
fn headline(cause: ErrorCause, provider: Option<super::OtherProvider>, evidence: &[Evidence]) -> String {
    match (cause, provider) {
        (ErrorCause::OtherProviderError, Some(p)) => {
            let name = p.name();
            let mut text = format!(
                "This is {name}'s error, not Anthropic's: the request went to {name} (or to a tool set up for it), so it says nothing about an Anthropic key."
            );
            if evidence.iter().any(|e| e.text.contains("sk-ant-")) {
                text.push_str(&format!(
                    " The key it names starts with sk-ant-: an Anthropic key was sent to {name}. Set the tool up for Anthropic instead."
                ));
            }
            text
        }
        _ => cause.label().to_string(),
    }
}

/// Nothing recognized: say so, and still report the keys.
fn unknown(red: Redacted, scan: &Scan, chars: usize) -> Recognition {
    Recognition {
        kind: Kind::Unknown,
        cause: None,
        headline: "Not recognized: this is not an Anthropic authentication error that Key Doctor knows. The guided questions can still find the cause.".into(),
        steps: Vec::new(),
        tells_apart: None,
        source: scan.source.map(|(s, _, _)| s),
        version: scan.release.or(scan.version).map(|v| v.what),
        status: None,
        error_type: None,
        error_code: None,
        message: None,
        request_ids: Vec::new(),
        organization_id: scan.organization_id.clone(),
        model: scan.model.as_ref().map(|m| m.what.clone()),
        base_url: scan.base_url_setting.as_ref().or(scan.base_url_seen.as_ref()).map(|s| s.what.clone()),
        provider: scan.provider_mention.map(|p| p.what),
        evidence: Vec::new(),
        keys: red.keys,
        more_keys: red.more,
        chars,
    }
}

/// The most characters of a line quoted as evidence.
const QUOTE_CHARS: usize = 300;

/// The line(s) holding `start..end`, whitespace collapsed, cut around the match when long.
fn quote(text: &str, start: usize, end: usize, shows: &'static str) -> Evidence {
    let end = end.min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let (from, to) = if line_end - line_start <= QUOTE_CHARS {
        (line_start, line_end)
    } else {
        let from = floor(text, line_start.max(start.saturating_sub(QUOTE_CHARS / 3)));
        (from, floor(text, line_end.min(from + QUOTE_CHARS)))
    };
    let mut quoted = String::new();
    if from > line_start {
        quoted.push('…');
    }
    quoted.push_str(&text[from..to].split_whitespace().collect::<Vec<_>>().join(" "));
    if to < line_end {
        quoted.push('…');
    }
    let line = 1 + text[..start].matches('\n').count();
    Evidence { line, text: quoted, shows }
}

fn same_line(text: &str, a: usize, b: usize) -> bool {
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    !text.as_bytes()[lo..hi].contains(&b'\n')
}
