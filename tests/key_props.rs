//! Properties of the key checker: it never panics, keeps its report small and honest on any
//! Unicode input (megabytes included), never echoes the key, and its time grows linearly.

mod support;
use support::body;

use std::time::{Duration, Instant};

use key_doctor::diagnose::key::{FindingKind, KeyReport, Severity, check};
use proptest::prelude::*;

fn api_key(seed: u64) -> String {
    format!("sk-ant-api03-{}AA", body(seed, 93))
}

/// Pieces real pastes are made of, so generated text reaches the checker's deeper paths.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => any::<u64>().prop_map(api_key),
        2 => "[A-Za-z0-9_-]{1,40}",
        2 => any::<char>().prop_map(String::from),
        1 => prop::sample::select(vec![
            "sk-ant-", "sk-ant-api03-", "sk-ant-admin01-", "sk-ant-oat01-", "SK-ANT-API03-", "sk_ant_api03_",
            "sk-", "sk-or-v1-", "sk-proj-", "AIza", "AKIA", "ABSK", "gsk_", "hf_", "ghp_", "xai-", "pplx-",
            "Bearer ", "x-api-key: ", "Authorization: ", "export ", "set ", "setx ", "$env:", "ANTHROPIC_API_KEY=",
            "\"ANTHROPIC_API_KEY\": ", "ANTHROPIC_API_KEY: ", " = ", "\"", "'", "`", "“", "”", ",", ";", ".", "...",
            "…", "***", "••", "\n", "\r\n", " ", "\t", "\u{a0}", "\u{200b}", "\u{feff}", "\u{ad}", "\u{2013}",
            "а", "о", "Ａ", "$", "${", "}", "%", "<", ">", "your_api_key_here", "null", "None", "=",
        ])
        .prop_map(String::from),
    ]
}

fn pasted() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..12).prop_map(|parts| parts.concat())
}

/// A display unit of an excerpt: a character, or a spelled-out `[U+XXXX]`.
fn excerpt_units(excerpt: &str) -> usize {
    let mut units = 0;
    let mut rest = excerpt;
    while let Some(c) = rest.chars().next() {
        rest = match rest.strip_prefix("[U+").and_then(|r| r.split_once(']')) {
            Some((_, after)) => after,
            None => &rest[c.len_utf8()..],
        };
        units += 1;
    }
    units
}

/// What every report must satisfy, whatever the input.
fn assert_sane(text: &str, report: &KeyReport) {
    let chars = text.chars().count();
    assert_eq!(report.chars, chars);
    assert!(!report.headline.is_empty());
    assert!(report.findings.len() <= 40, "{} findings", report.findings.len());
    for finding in &report.findings {
        assert!(finding.positions.len() <= 20, "{:?}: {} positions", finding.kind, finding.positions.len());
        assert!(
            finding.positions.iter().all(|p| (1..=chars).contains(p)),
            "{:?} at {:?} of {chars}",
            finding.kind,
            finding.positions
        );
        assert!(!finding.message.is_empty() && !finding.action.is_empty(), "{:?}", finding.kind);
        assert!(finding.message.len() < 2_000 && finding.action.len() < 1_000);
        if let Some(excerpt) = &finding.excerpt {
            assert!(excerpt_units(excerpt) <= 4, "excerpt {excerpt:?}");
        }
    }
    assert!(report.findings.windows(2).all(|w| w[0].severity <= w[1].severity), "worst first");
    if let Some(cleaned) = &report.cleaned {
        assert_ne!(cleaned, text, "a cleaned key differs from the input");
        assert!(cleaned.len() <= text.len() + 8);
    }
}

/// The kinds a cleaned key must no longer have.
const MECHANICAL: [FindingKind; 13] = [
    FindingKind::LeadingWhitespace,
    FindingKind::TrailingWhitespace,
    FindingKind::LineBreak,
    FindingKind::InnerWhitespace,
    FindingKind::Quotes,
    FindingKind::BearerPrefix,
    FindingKind::HeaderPrefix,
    FindingKind::EnvAssignment,
    FindingKind::TrailingPunctuation,
    FindingKind::Invisible,
    FindingKind::Doubled,
    FindingKind::SurroundingText,
    FindingKind::Underscores,
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_arbitrary_unicode(text in prop::collection::vec(any::<char>(), 0..3_000).prop_map(String::from_iter)) {
        assert_sane(&text, &check(&text));
    }

    #[test]
    fn never_panics_on_paste_like_text(text in pasted()) {
        assert_sane(&text, &check(&text));
    }

    #[test]
    fn cleaning_is_complete_and_stable(text in pasted()) {
        let report = check(&text);
        if let Some(cleaned) = &report.cleaned {
            let again = check(cleaned);
            prop_assert_eq!(again.family, report.family, "{:?} -> {:?}", text, cleaned);
            prop_assert_eq!(&again.cleaned, &None, "cleaning twice changes more: {:?}", text);
            let left: Vec<_> = again.findings.iter().filter(|f| MECHANICAL.contains(&f.kind)).map(|f| f.kind).collect();
            prop_assert!(left.is_empty(), "{:?} left after cleaning {:?}", left, text);
        }
    }

    #[test]
    fn never_echoes_the_key(seed in any::<u64>(), before in "[ \"'\n]{0,3}", after in "[ \"',;\n]{0,3}") {
        let key = api_key(seed);
        let report = check(&format!("{before}{key}{after}"));
        let middle = &key[20..100];
        for finding in &report.findings {
            prop_assert!(!finding.message.contains(middle) && !finding.action.contains(middle));
            prop_assert!(finding.excerpt.as_ref().is_none_or(|e| excerpt_units(e) <= 4));
        }
        prop_assert!(!report.headline.contains(middle));
        prop_assert!(report.hint.as_ref().is_some_and(|h| h.len() == 23));
    }
}

/// A megabyte-scale paste from a seed: words, whitespace, keys, invisible and non-Latin
/// characters, emoji, in the proportions of a pasted log or document.
fn big_paste(seed: u64, bytes: usize) -> String {
    let mut x = seed | 1;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut text = String::with_capacity(bytes + 256);
    while text.len() < bytes {
        match next() % 12 {
            0 => text.push_str(&api_key(next())),
            1 => text.push_str("\r\n"),
            2 => text.push('\u{200B}'),
            3 => text.push_str("привет "),
            4 => text.push_str("日本語 "),
            5 => text.push_str("🙂 "),
            6 => text.push_str("ANTHROPIC_API_KEY=\""),
            7 => text.push_str(&body(next(), (next() % 60) as usize)),
            _ => text.push_str("the quick brown fox "),
        }
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_megabytes(seed in any::<u64>(), size in 10_000usize..1_100_000) {
        let text = big_paste(seed, size);
        let report = check(&text);
        assert_sane(&text, &report);
        prop_assert!(report.findings.iter().any(|f| f.kind == FindingKind::FarTooLong));
        prop_assert_eq!(report.findings[0].severity, Severity::Blocks);
    }

    #[test]
    fn never_panics_on_megabytes_of_random_unicode(chars in prop::collection::vec(any::<char>(), 250_000..260_000)) {
        let text = String::from_iter(chars);
        assert_sane(&text, &check(&text));
    }
}

/// The best of `runs` timings of `check(text)`.
fn best_time(text: &str, runs: usize) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(check(std::hint::black_box(text)));
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Time grows linearly: 8× the input may take 8× the time, with a generous allowance for timer
/// noise and caches, but nothing like the 64× of a quadratic scan.
fn assert_linear(small: &str, large: &str) {
    let (t_small, t_large) = (best_time(small, 5), best_time(large, 5));
    let allowed = t_small * 8 * 3 + Duration::from_millis(3);
    assert!(t_large <= allowed, "{} → {} chars took {t_small:?} → {t_large:?}", small.len(), large.len());
}

#[test]
fn time_is_linear_on_megabyte_pastes() {
    assert_linear(&big_paste(7, 128 * 1024), &big_paste(7, 1024 * 1024));
}

#[test]
fn time_is_linear_below_the_short_check_limit() {
    // Adversarial shapes for the detailed check: many key starts, many wrappers, many spaces.
    for unit in ["sk-ant-", "a=", "\" ", "x ", "sk-ant-api03-ab\n", "АВС", "\u{200B}"] {
        let small = unit.repeat(1_000 / unit.chars().count());
        let large = unit.repeat(8_000 / unit.chars().count());
        assert_linear(&small, &large);
    }
}
