//! Building findings: capped position lists, "at characters 3, 7 and 2 more", excerpts, ids.

use super::chars::render;
use super::{Finding, FindingKind, Severity};

/// The most positions a finding lists; the message gives the full count.
pub(super) const MAX_POSITIONS: usize = 20;

/// Positions of one kind of problem: all counted, the first [`MAX_POSITIONS`] kept, plus the
/// first offending character.
#[derive(Clone, Debug, Default)]
pub(super) struct Marks {
    pub list: Vec<usize>,
    pub total: usize,
    pub first: Option<char>,
}

impl Marks {
    /// Records the character `c` at 1-based position `pos`.
    pub fn add(&mut self, pos: usize, c: char) {
        if self.list.len() < MAX_POSITIONS {
            self.list.push(pos);
        }
        if self.first.is_none() {
            self.first = Some(c);
        }
        self.total += 1;
    }

    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// "character 5", "characters 5 and 9", "characters 3, 7, 9 and 12 more".
    pub fn at(&self) -> String {
        let shown: Vec<String> = self.list.iter().map(ToString::to_string).collect();
        let more = self.total - self.list.len();
        match (shown.as_slice(), more) {
            ([], _) => String::new(),
            ([one], 0) => format!("character {one}"),
            ([init @ .., last], 0) => format!("characters {} and {last}", init.join(", ")),
            (all, more) => format!("characters {} and {more} more", all.join(", ")),
        }
    }
}

/// "a" or "an" before `word` ("an OpenAI key", "an xAI key", "a Groq key").
pub(super) fn article(word: &str) -> &'static str {
    let mut chars = word.chars();
    let first = chars.next();
    let spelled_out = first == Some('x') && chars.next().is_some_and(|c| c.is_ascii_uppercase());
    if spelled_out || first.is_some_and(|c| "AEIOUaeiou".contains(c)) { "an" } else { "a" }
}

/// At most four characters around 1-based position `pos` of `all`: two before, the character
/// itself and one after, with invisible and non-ASCII characters spelled out.
pub(super) fn excerpt(all: &[char], pos: usize) -> Option<String> {
    let at = pos.checked_sub(1).filter(|i| *i < all.len())?;
    let from = at.saturating_sub(2);
    let to = (at + 2).min(all.len());
    Some(all[from..to].iter().map(|c| render(*c)).collect())
}

/// A finding from its parts.
pub(super) fn finding(
    kind: FindingKind,
    severity: Severity,
    positions: Vec<usize>,
    excerpt: Option<String>,
    message: impl Into<String>,
    action: impl Into<String>,
) -> Finding {
    Finding { kind, severity, positions, excerpt, message: message.into(), action: action.into() }
}

/// The stable id of a finding kind.
pub(super) fn kind_id(kind: FindingKind) -> &'static str {
    use FindingKind::*;
    match kind {
        LeadingWhitespace => "leading-whitespace",
        TrailingWhitespace => "trailing-whitespace",
        LineBreak => "line-break",
        InnerWhitespace => "inner-whitespace",
        Quotes => "quotes",
        BearerPrefix => "bearer-prefix",
        HeaderPrefix => "header-prefix",
        EnvAssignment => "env-assignment",
        TrailingPunctuation => "trailing-punctuation",
        Invisible => "invisible",
        LookAlike => "look-alike",
        NonAscii => "non-ascii",
        SurroundingText => "surrounding-text",
        Doubled => "doubled",
        SeveralKeys => "several-keys",
        WrongCase => "wrong-case",
        Underscores => "underscores",
        TooShort => "too-short",
        TooLong => "too-long",
        FarTooLong => "far-too-long",
        WrongSuffix => "wrong-suffix",
        BadCharacters => "bad-characters",
        Placeholder => "placeholder",
        VariableReference => "variable-reference",
        EmptyValue => "empty-value",
        MaskedHint => "masked-hint",
        AdminKey => "admin-key",
        ComplianceKey => "compliance-key",
        OauthToken => "oauth-token",
        RefreshToken => "refresh-token",
        SessionCookie => "session-cookie",
        UnknownAnthropicKind => "unknown-anthropic-kind",
        OtherProvider => "other-provider",
        Unrecognized => "unrecognized",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_read_naturally_and_are_capped() {
        let mut marks = Marks::default();
        marks.add(5, ' ');
        assert_eq!(marks.at(), "character 5");
        marks.add(9, ' ');
        assert_eq!(marks.at(), "characters 5 and 9");
        for pos in 10..40 {
            marks.add(pos, ' ');
        }
        assert_eq!(marks.list.len(), MAX_POSITIONS);
        assert_eq!(marks.total, 32);
        assert!(marks.at().ends_with("and 12 more"), "{}", marks.at());
    }

    #[test]
    fn excerpt_shows_at_most_four_characters() {
        let all: Vec<char> = "abcdef\u{200B}gh".chars().collect();
        assert_eq!(excerpt(&all, 7).as_deref(), Some("ef[U+200B]g"));
        assert_eq!(excerpt(&all, 1).as_deref(), Some("ab"));
        assert_eq!(excerpt(&all, 99), None);
    }
}
