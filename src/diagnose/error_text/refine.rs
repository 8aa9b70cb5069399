//! The winning clue read in its context: the same words mean another cause in Claude Code
//! than in an SDK, behind a gateway than at Anthropic, from an SDK that sends every key as a
//! bearer token than from one that does not.

use super::cause::{ErrorCause, Kind};
use super::patterns::{self, Field, Strength};
use super::scan::Scan;
use super::source::Source;
use super::version::Version;
use super::window::Around;

/// What the text shows besides the clue.
pub(super) struct Context<'a> {
    pub scan: &'a Scan,
    pub around: &'a Around,
    /// The source and how sure its sign is.
    pub source: Option<(Source, u8)>,
    pub version: Option<Version>,
    /// How strong the clue is.
    pub strength: Strength,
}

/// The rank from which a sign of Claude Code is sure enough to read its messages as its own.
const SURE: u8 = 50;

impl Context<'_> {
    fn claude_code(&self) -> bool {
        matches!(self.source, Some((Source::ClaudeCode, rank)) if rank >= SURE)
    }

    fn mentions(&self, needle: &str) -> bool {
        hit(self.scan, needle)
    }

    /// Signs that a gateway or proxy stands between the program and Anthropic: a base URL that
    /// is not Anthropic's (or a base-URL setting at all), or an error body in another shape.
    fn gateway(&self) -> bool {
        let setting =
            patterns::table().iter().zip(&self.scan.hits).any(|(p, h)| p.field == Some(Field::BaseUrl) && h.is_some());
        self.scan.base_url_setting.is_some()
            || self.scan.base_url_seen.is_some()
            || setting
            || self.around.foreign_body && !self.around.anthropic_body
    }

    /// Claude on Bedrock or Vertex AI is named in the text.
    fn cloud(&self) -> bool {
        patterns::table().iter().zip(&self.scan.hits).any(|(p, h)| {
            h.is_some() && matches!(p.source, Some((Source::Bedrock | Source::Vertex, _))) && p.clue.is_none()
        })
    }
}

/// The cause `clue` points to in this context.
pub(super) fn refine(clue: ErrorCause, ctx: &Context) -> ErrorCause {
    use ErrorCause::*;
    let weak = ctx.strength <= Strength::Generic;
    if weak && clue.kind() == Kind::Auth && ctx.gateway() {
        return Gateway;
    }
    let cause = if ctx.claude_code() { in_claude_code(clue, ctx) } else { clue };
    let federation = ["anthropic_federation_rule_id", "anthropic_identity_token"].iter().any(|n| ctx.mentions(n));
    let about_model = ctx.around.message.as_deref().is_some_and(|m| m.to_ascii_lowercase().contains("model"))
        || ctx.around.model.is_some()
        || ctx.scan.model.is_some();
    // Refused as Bearer and as x-api-key alike (the no-key checks send the key both ways): the
    // key is the cause, not the header it went in.
    let both_ways = ctx.mentions("invalid x-api-key");
    match cause {
        BearerRejected if both_ways => RejectedKey,
        BearerRejectedClaudeCode if both_ways => ClaudeCodeExternalKey,
        BearerRejected if ctx.version.is_some_and(Version::sends_bearer) => BearerRejectedNewSdk,
        KeyNotSet if federation => KeyNotSetFederation,
        NotFound if about_model => ModelNotFound,
        CorsHeaderMissing if matches!(ctx.source, Some((Source::Browser, _))) => BrowserCors,
        ClaudeCodeNotLoggedIn if matches!(ctx.source, Some((Source::AntCli, _))) => ProfileLoginExpired,
        ClaudeCodeExternalKey | ClaudeCodeInvalidKeyOrNoLogin | ClaudeCodeNotLoggedIn if ctx.cloud() => {
            CloudInsteadOfLogin
        }
        other => other,
    }
}

/// What the API's and SDK's words mean when Claude Code printed them.
fn in_claude_code(clue: ErrorCause, ctx: &Context) -> ErrorCause {
    use ErrorCause::*;
    match clue {
        RejectedKey => ClaudeCodeExternalKey,
        KeyNotSet => ClaudeCodeNotLoggedIn,
        NoCredits => ClaudeCodeCredits,
        OrgDisabled => ClaudeCodeOrgDisabled,
        RevokedCredential => ClaudeCodeCredentialRefused,
        OauthAsKey => ClaudeCodeOauthRefused,
        OauthNotAllowed => ClaudeCodeSubscriptionDisabled,
        OauthScope => LoginExpired,
        BearerRejected => BearerRejectedClaudeCode,
        PermissionDenied if ctx.mentions("please run /login") => ClaudeCodeLoginRefused,
        other => other,
    }
}

/// Whether the row with this needle matched.
pub(super) fn hit(scan: &Scan, needle: &str) -> bool {
    patterns::table().iter().zip(&scan.hits).any(|(p, h)| p.needle == needle && h.is_some())
}
