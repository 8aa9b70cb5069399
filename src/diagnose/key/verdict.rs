//! The headline: one plain sentence that sums up the report.

use super::findings::article;
use super::{Family, Finding, FindingKind as K, Severity};

/// The verdict for a report with these findings; `cleaned` tells whether a cleaned key exists.
pub(super) fn headline(family: Family, findings: &[Finding], cleaned: bool) -> String {
    let has = |kind: K| findings.iter().any(|f| f.kind == kind);
    if has(K::SeveralKeys) {
        return "This holds more than one key; paste only the one you want to check.".into();
    }
    let text = match family {
        Family::Empty => "Paste a key to check it.",
        Family::Placeholder if has(K::VariableReference) => {
            "This is the name of a variable, not the key it should hold."
        }
        Family::Placeholder if has(K::EmptyValue) => "This is an empty value, not a key.",
        Family::Placeholder => "This is placeholder text, not a real key.",
        Family::MaskedHint => "This is a masked key or Console hint, not the full key.",
        Family::AnthropicApiKey | Family::AnthropicAdminKey => return problems(family, findings, cleaned),
        Family::AnthropicComplianceKey => {
            "This is a Compliance Access Key from claude.ai, not an API key for calling Claude."
        }
        Family::AnthropicOauthToken => "This is a Claude subscription OAuth token, not an API key.",
        Family::AnthropicRefreshToken => {
            "This is a Claude OAuth refresh token: a secret that is never used as a key and should not be shared."
        }
        Family::AnthropicSessionCookie => "This looks like a claude.ai session cookie, not an API key.",
        Family::AnthropicOther => {
            "This starts like an Anthropic credential (sk-ant-), but not in any form Key Doctor knows."
        }
        Family::OtherProvider(provider) => {
            let name = provider.key_name();
            return format!("This is {} {name}, not an Anthropic key.", article(name));
        }
        Family::Unrecognized => "This does not look like an Anthropic API key.",
    };
    text.into()
}

fn problems(family: Family, findings: &[Finding], cleaned: bool) -> String {
    let (noun, fine) = if family == Family::AnthropicAdminKey {
        (
            "An Anthropic Admin key",
            "Looks like an Anthropic Admin key, which works only for the Admin API, not for calling Claude models.",
        )
    } else {
        ("An Anthropic API key", "Looks like a standard Anthropic API key.")
    };
    let counted =
        |severity: Severity| findings.iter().filter(|f| f.severity == severity && f.kind != K::AdminKey).count();
    let (blocks, likely) = (counted(Severity::Blocks), counted(Severity::Likely));
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if blocks > 0 {
        let fix = match (cleaned, blocks) {
            (false, _) => "",
            (true, 1) => "; the cleaned key fixes it",
            (true, _) => "; the cleaned key fixes them",
        };
        format!("{noun}, but with {blocks} problem{} that would stop it working{fix}.", plural(blocks))
    } else if likely == 1 && findings.iter().any(|f| f.kind == K::TooShort) {
        format!("{noun}, but it looks cut off.")
    } else if likely > 0 {
        format!("{noun}, but {likely} thing{} look{} wrong.", plural(likely), if likely == 1 { "s" } else { "" })
    } else {
        fine.into()
    }
}
