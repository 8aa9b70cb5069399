//! The decision. The strongest clue wins (an `error_code` over an exact message, a class name,
//! an error type, a generic class, a set-up warning, a user interface's words); generic clues
//! count only in a text about Anthropic; at equal strength Anthropic's own words beat another
//! provider's, then the more specific (longer) phrase, then the later one. The winner is read
//! in its context (`refine`), a key in the paste may explain it better, and it is routed.

use super::cause::{ErrorCause, Kind};
use super::evidence::{quote, same_line};
use super::patterns::{self, Strength};
use super::refine::{self, Context};
use super::scan::Scan;
use super::secrets::Redacted;
use super::source::{OtherProvider, Source};
use super::version::Version;
use super::window::{self, Around};
use super::{Evidence, Recognition, bare, key_cause};
use crate::diagnose::route;
use crate::diagnose::tree::StepId;

/// The clue that decides.
#[derive(Clone, Copy, Debug)]
struct Clue {
    cause: ErrorCause,
    strength: Strength,
    start: usize,
    end: usize,
    /// Its row of the table, if it came from one (not from a bare status).
    row: Option<usize>,
}

/// Builds the recognition from the redacted text and the pass over it.
pub(super) fn decide(red: Redacted, scan: &Scan, chars: usize) -> Recognition {
    let text = red.text.as_str();
    let counted = counted_clues(text, scan);
    let Some(clue) = counted.iter().copied().max_by_key(order).or_else(|| fallback(text, scan)) else {
        return unknown(red, scan, chars);
    };
    let around = window::around(text, clue.start, clue.end);
    let source = source(scan, &around)
        .filter(|(s, _)| clue.cause != ErrorCause::OtherProviderError || s.rank() >= Source::Litellm.rank());
    let version = version(scan, &around, source.map(|(s, _)| s));
    let ctx = Context { scan, around: &around, source, version, strength: clue.strength };
    let cause = refine::refine(clue.cause, &ctx);
    let mut steps = route::for_error(cause);
    let mut tells_apart = cause.tells_apart().map(String::from);
    let mut evidence = vec![quote(text, clue.start, clue.end, "the error")];
    let base_url = scan.base_url_setting.as_ref().or(scan.base_url_seen.as_ref()).map(|s| s.what.clone());

    if key_cause::about_the_key(cause) {
        if let Some(lead) = key_cause::lead_near(&red, clue.start) {
            key_cause::put_first(&mut steps, &mut tells_apart, lead.step.clone(), || lead.why);
            if steps.first() == lead.step.as_ref() && !same_line(text, lead.at, clue.start) {
                evidence.push(quote(text, lead.at, lead.at + 1, lead.shows));
            }
        } else {
            let oauth_native = source.is_some_and(|(s, _)| s.sends_subscription_tokens());
            key_cause::named_credential(scan, oauth_native, &mut steps, &mut tells_apart);
        }
        if let (Some(base), 1) = (&base_url, steps.len()) {
            steps.extend(route::for_error(ErrorCause::Gateway));
            tells_apart = Some(format!(
                "The request went to {base}, not api.anthropic.com: if that gateway or proxy checks keys of its own, the rejection is its own, not Anthropic's."
            ));
        }
    }
    let alone = steps.len() == 1 && cause.kind() == Kind::Auth && clue.strength != Strength::Code;
    if let Some(other) = second_clue(text, &counted, clue, &steps).filter(|_| alone) {
        steps.extend(route::for_error(other.cause).into_iter().take(1));
        tells_apart = Some(format!("The text also shows this: {}", other.cause.label()));
        evidence.push(quote(text, other.start, other.end, "also"));
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
    let message = around.message.clone().or_else(|| bare::message_at(text, clue.row, clue.start, clue.end));
    let status = around.status.map(|(s, _)| s.code).or_else(|| bare::status_before(text, clue.start));
    Recognition {
        kind: cause.kind(),
        cause: Some(cause),
        headline: headline(cause, provider, &evidence),
        steps,
        tells_apart,
        source: source.map(|(s, _)| s),
        version,
        status,
        error_type: around.error_type,
        error_code: around
            .error_code
            .or_else(|| (clue.strength == Strength::Code).then(|| text[clue.start..clue.end].to_string())),
        message,
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
/// Anthropic (but not on the line of another provider's own error: there they are that
/// provider's), another provider's own errors always.
fn counted_clues(text: &str, scan: &Scan) -> Vec<Clue> {
    let theirs = |clue: &Clue| clue.cause == ErrorCause::OtherProviderError;
    // Every clue found, and whether its words are Anthropic's own.
    let found: Vec<(Clue, bool)> = patterns::table()
        .iter()
        .zip(&scan.hits)
        .enumerate()
        .filter_map(|(row, (pattern, hit))| {
            let (cause, strength) = pattern.clue?;
            let hit = (*hit)?;
            Some((Clue { cause, strength, start: hit.start, end: hit.end, row: Some(row) }, pattern.anthropic))
        })
        .collect();
    let their_errors: Vec<usize> = found.iter().filter(|(c, _)| theirs(c)).map(|(c, _)| c.start).collect();
    let on_their_line = |at: usize| their_errors.iter().any(|&theirs_at| same_line(text, theirs_at, at));
    found
        .into_iter()
        .filter(|(clue, own)| *own || theirs(clue) || scan.anthropic && !on_their_line(clue.start))
        .map(|(clue, _)| clue)
        .collect()
}

/// The order of clues: strength, Anthropic's own over another provider's, the longer phrase,
/// the later place.
fn order(clue: &Clue) -> (Strength, bool, usize, usize) {
    (clue.strength, clue.cause != ErrorCause::OtherProviderError, clue.end - clue.start, clue.start)
}

/// Without a clue that counts: the last status of a text about Anthropic; or, in a text that
/// names another provider, that provider's error when the text holds an error at all.
fn fallback(text: &str, scan: &Scan) -> Option<Clue> {
    let whole = || window::read(text, text.len(), text.len(), text.len());
    if scan.anthropic {
        let (status, at) = whole().status?;
        return Some(Clue {
            cause: by_status(status.code),
            strength: Strength::Weak,
            start: at,
            end: at + 1,
            row: None,
        });
    }
    let mention = scan.provider_mention?;
    let error = patterns::table().iter().zip(&scan.hits).find_map(|(p, h)| p.clue.and(*h));
    let at = match error {
        Some(hit) => hit.start,
        None => whole().status?.1,
    };
    let end = error.map_or(at + 1, |h| h.end).max(mention.at.min(at) + 1);
    Some(Clue { cause: ErrorCause::OtherProviderError, strength: Strength::Weak, start: at, end, row: None })
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

/// The most specific sign of who printed the text, with its rank: the table's signs, the
/// status rendering, the SDK a version range belongs to.
fn source(scan: &Scan, around: &Around) -> Option<(Source, u8)> {
    let from_status = around.status.and_then(|(s, _)| s.source());
    let from_version = scan.version.and_then(|v| v.what.sdk()).map(|s| (s, patterns::HINT_RANK - 1));
    [scan.source.map(|(s, rank, _)| (s, rank)), from_status, from_version].into_iter().flatten().max_by_key(|(_, r)| *r)
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

/// Another credential clue worth offering second: a set-up warning, or an exact message or
/// class on another line (on the winner's own line it describes the same error), that points
/// elsewhere.
fn second_clue(text: &str, counted: &[Clue], winner: Clue, steps: &[StepId]) -> Option<Clue> {
    counted
        .iter()
        .copied()
        .filter(|c| c.strength == Strength::Warning || c.strength >= Strength::Class)
        .filter(|c| c.cause != winner.cause && c.cause.kind() == Kind::Auth && !same_line(text, c.start, winner.start))
        .filter(|c| route::for_error(c.cause).first().is_some_and(|s| !steps.contains(s)))
        .max_by_key(order)
}

/// The plain sentences shown first.
fn headline(cause: ErrorCause, provider: Option<OtherProvider>, evidence: &[Evidence]) -> String {
    match (cause, provider) {
        (ErrorCause::OtherProviderError, Some(p)) => {
            let name = p.name();
            let mut text = format!(
                "This error comes from {name}, not from Anthropic: the request went there (or to a tool set up for it), so it says nothing about an Anthropic key."
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

/// Nothing recognized: say so, and still report the keys and the status shown.
fn unknown(red: Redacted, scan: &Scan, chars: usize) -> Recognition {
    let text = red.text.as_str();
    let whole = window::read(text, text.len(), text.len(), text.len());
    Recognition {
        kind: Kind::Unknown,
        cause: None,
        headline: "Not recognized: this is not an Anthropic authentication error that Key Doctor knows. The guided questions can still find the cause.".into(),
        steps: Vec::new(),
        tells_apart: None,
        source: scan.source.map(|(s, _, _)| s),
        version: scan.release.or(scan.version).map(|v| v.what),
        status: whole.status.map(|(s, _)| s.code),
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
