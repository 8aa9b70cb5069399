//! Properties of the recognizer: it never panics on any Unicode input (a megabyte included),
//! nothing it returns holds a key of any family the key checker knows, wherever the key sits
//! (free text, JSON, headers, environment dumps, command lines, URLs, Python byte strings),
//! and its time grows linearly with the text, adversarial shapes included.

mod support;
use support::body;

use std::time::{Duration, Instant};

use key_doctor::diagnose::error_text::{Kind, Recognition, recognize};
use proptest::prelude::*;

/// Deterministic characters of `alphabet`.
fn chars_of(seed: u64, len: usize, alphabet: &[u8]) -> String {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            alphabet[(x % alphabet.len() as u64) as usize] as char
        })
        .collect()
}

const HEX: &[u8] = b"0123456789abcdef";
const UPPER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const LOWER: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
const BASE64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// A key of every family the key checker knows, from a seed: (key, where its secret part starts).
fn key_of(family: usize, seed: u64) -> (String, usize) {
    let b = |n| body(seed, n);
    let key = match family % 22 {
        0 => format!("sk-ant-api03-{}AA", b(93)),
        1 => format!("sk-ant-admin01-{}AA", b(93)),
        2 => format!("sk-ant-api01-{}", b(90)),
        3 => format!("sk-ant-oat01-{}AA", b(80)),
        4 => format!("sk-ant-ort01-{}", b(80)),
        5 => format!("sk-ant-sid01-{}", b(86)),
        6 => format!("sk-ant-xyz42-{}", b(60)),
        7 => format!("sk-proj-{}T3BlbkFJ{}", b(74), b(74)),
        8 => format!("sk-svcacct-{}", b(90)),
        9 => format!("sk-{}T3BlbkFJ{}", chars_of(seed, 20, ALNUM), chars_of(seed + 1, 20, ALNUM)),
        10 => format!("AIza{}", b(35)),
        11 => format!("AKIA{}", chars_of(seed, 16, UPPER)),
        12 => format!("ABSK{}==", chars_of(seed, 120, BASE64)),
        13 => format!("bedrock-api-key-{}", b(60)),
        14 => format!("sk-or-v1-{}", chars_of(seed, 64, HEX)),
        15 => format!("gsk_{}", chars_of(seed, 52, ALNUM)),
        16 => format!("xai-{}", chars_of(seed, 80, ALNUM)),
        17 => format!("pplx-{}", chars_of(seed, 48, ALNUM)),
        18 => format!("hf_{}", chars_of(seed, 34, LOWER)),
        19 => format!("ghp_{}", chars_of(seed, 36, ALNUM)),
        20 => format!("github_pat_{}", b(70)),
        _ => format!("sk-{}", chars_of(seed, 32, HEX)),
    };
    let prefix = match family % 22 {
        0..=6 => 13,
        7 => 8,
        8 => 11,
        9 | 21 => 3,
        10..=12 | 15 | 16 | 19 => 4,
        13 => 16,
        14 => 9,
        17 => 5,
        18 => 3,
        _ => 11,
    };
    (key, prefix)
}

/// The places a key is pasted in, `{}` standing for the key.
const PLACES: &[&str] = &[
    "{}",
    "key {} here",
    "{\"api_key\": \"{}\", \"model\": \"claude-sonnet-4-5\"}",
    "{'x-api-key': '{}'}",
    "x-api-key: {}\r\n",
    "Authorization: Bearer {}",
    "ANTHROPIC_API_KEY={}\nOPENAI_API_KEY=",
    "export ANTHROPIC_API_KEY=\"{}\"",
    "curl https://api.anthropic.com/v1/models -H 'x-api-key: {}' -H 'anthropic-version: 2023-06-01'",
    "https://gateway.example.com/v1/messages?key={}&stream=true",
    "https://user:{}@proxy.example.com:8080/anthropic",
    "Illegal header value b'Bearer {}\\n'",
    "\u{1b}[31m{}\u{1b}[0m",
    "│ {} │",
    "Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key {}'}}",
];

/// Pieces of pasted logs, so generated text reaches the recognizer's deeper paths.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[A-Za-z0-9 _.:/-]{1,30}",
        2 => any::<char>().prop_map(String::from),
        2 => prop::sample::select(vec![
            "invalid x-api-key", "Error code: 401 - {", "'type': 'error'", "\"message\":\"", "AuthenticationError: 401 {",
            "API Error: 429 ", "req_011CYhr1kdGzCrPHfrhibMen", "request-id: ", "Could not resolve authentication method",
            "Illegal header value b'", "· Please run /login", "organization_on_hold", "https://", "base_url=",
            "anthropic-organization-id: ", "claude-3-5-sonnet", "\u{1b}[", "[31m", "\\x1b[", "\\n", "\r\n", "\n", "│",
            "⎿", "\u{200b}", "\u{a0}", "sk-ant-", "sk-ant-api03-", "Bearer ", "x-api-key: ", "\"", "'", "`", "{", "}",
            "anthropic", "openai", "rate_limit_error", "Status Code: ", "\": 401 Unauthorized", "status=",
        ])
        .prop_map(String::from),
    ]
}

fn pasted() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..24).prop_map(|parts| parts.concat())
}

/// What every result must satisfy, whatever the input.
fn assert_sane(text: &str, r: &Recognition) {
    assert_eq!(r.chars, text.chars().count());
    assert!(!r.headline.is_empty());
    assert!(r.steps.len() <= 2);
    assert_eq!(r.steps.len() == 2, r.tells_apart.is_some(), "{:?}", r.cause);
    assert!(r.request_ids.len() <= 5 && r.evidence.len() <= 4 && r.keys.len() <= 20);
    assert!(r.evidence.iter().all(|e| e.text.chars().count() <= 310 && e.line >= 1));
    match r.kind {
        Kind::Unknown => assert!(r.cause.is_none() && r.steps.is_empty()),
        _ => assert!(r.cause.is_some()),
    }
}

/// No stretch of 12 characters of the key's secret part appears in anything returned.
fn assert_hidden(key: &str, secret_from: usize, r: &Recognition) {
    let shown = r.shown_text();
    let secret = &key[secret_from..];
    for start in 0..secret.len().saturating_sub(12) {
        let piece = &secret[start..start + 12];
        assert!(!shown.contains(piece), "{piece:?} of {key:?} shown in {shown:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1_000, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_arbitrary_unicode(text in prop::collection::vec(any::<char>(), 0..2_000).prop_map(String::from_iter)) {
        assert_sane(&text, &recognize(&text));
    }

    #[test]
    fn never_panics_on_log_like_text(text in pasted()) {
        assert_sane(&text, &recognize(&text));
    }

    #[test]
    fn never_shows_a_key_of_any_family(
        family in 0usize..22,
        seed in any::<u64>(),
        place in 0..PLACES.len(),
        before in pasted(),
        after in pasted(),
        gap in prop::sample::select(vec![" ", "\n", "\t", "=", ": ", "\"", "'", "/", "?", ",", "(", "["]),
    ) {
        let (key, secret_from) = key_of(family, seed);
        let text = format!("{before}{gap}{}{gap}{after}", PLACES[place].replace("{}", &key));
        let r = recognize(&text);
        assert_sane(&text, &r);
        assert_hidden(&key, secret_from, &r);
        // Listed too, unless it happens to read like example text (`…here…` in a short body).
        let example = ["here", "your", "test", "fake", "xxxx", "todo", "dummy", "paste", "enter"].iter().any(|w| key.to_ascii_lowercase().contains(w));
        prop_assert!(example || !r.keys.is_empty(), "{key:?} not listed in {text:?}");
    }
}

/// A megabyte-scale log from a seed, with keys, errors and non-Latin text among the noise.
fn big_log(seed: u64, bytes: usize) -> String {
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
            0 => text.push_str(&key_of((next() % 22) as usize, next()).0),
            1 => text.push_str("\r\n"),
            2 => text.push_str("\u{1b}[33mWARN\u{1b}[0m "),
            3 => text.push_str("привет 日本語 🙂 "),
            4 => text
                .push_str("{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"slow down\"}}\n"),
            5 => text.push_str("https://hooks.example.com/services/T0/B0 "),
            6 => text.push_str("Error: 401 {\"message\":\"invalid x-api-key\"} "),
            7 => text.push_str(&body(next(), (next() % 60) as usize)),
            _ => text.push_str("the quick brown fox "),
        }
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_a_megabyte_of_log(seed in any::<u64>(), size in 100_000usize..1_100_000) {
        let text = big_log(seed, size);
        let r = recognize(&text);
        assert_sane(&text, &r);
        prop_assert!(!r.keys.is_empty());
    }

    #[test]
    fn never_panics_on_a_megabyte_of_random_unicode(chars in prop::collection::vec(any::<char>(), 250_000..262_144)) {
        let text = String::from_iter(chars);
        assert_sane(&text, &recognize(&text));
    }
}

/// The time of one `recognize(text)`.
fn time(text: &str) -> Duration {
    let start = Instant::now();
    std::hint::black_box(recognize(std::hint::black_box(text)));
    start.elapsed()
}

/// 8× the input may take 8× the time, with a generous allowance for timer noise and caches,
/// but nothing like the 64× of a quadratic scan. The two sizes are timed in turns, so a busy
/// machine slows both alike, and the best of five of each is compared.
fn assert_linear(name: &str, small: &str, large: &str) {
    let (mut t_small, mut t_large) = (Duration::MAX, Duration::MAX);
    for _ in 0..5 {
        t_small = t_small.min(time(small));
        t_large = t_large.min(time(large));
    }
    let allowed = t_small * 8 * 3 + Duration::from_millis(5);
    assert!(t_large <= allowed, "{name}: {} → {} bytes took {t_small:?} → {t_large:?}", small.len(), large.len());
}

#[test]
fn time_is_linear_on_logs() {
    assert_linear("log", &big_log(7, 128 * 1024), &big_log(7, 1024 * 1024));
}

#[test]
fn time_is_linear_on_adversarial_repetitions() {
    // Shapes that make naive matching or value reading go back over the text.
    let units = [
        "invalid x-api-key ",
        "sk-ant-",
        "sk-ant-api03-abcdefgh\n",
        "https://https://",
        "\u{1b}[",
        "[31",
        "\\x1b[",
        "message message ",
        "\"message\":\"",
        "'type': '",
        "Error: 401 {",
        "req_",
        "request-id: ",
        "claude-3-",
        "base_url=https://x/",
        "is          ",
        "anthropic.",
        "a",
        " ",
        "\\n",
        "€",
    ];
    for unit in units {
        let small = unit.repeat(64 * 1024 / unit.len());
        let large = unit.repeat(512 * 1024 / unit.len());
        assert_linear(unit, &small, &large);
    }
}
