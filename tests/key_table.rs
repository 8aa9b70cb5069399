//! The key checker as a table: (pasted text → family, finding kinds, positions, cleaned key,
//! hint), covering every credential family and every paste artefact of issue 2 §2.

mod support;
use support::body;

use key_doctor::diagnose::key::{Family, FindingKind as K, Provider, Severity, check, effective_input};

fn hex(seed: u64, len: usize) -> String {
    body(seed, len * 4).chars().map(|c| char::from_digit(c as u32 % 16, 16).unwrap()).take(len).collect()
}

fn alnum(seed: u64, len: usize) -> String {
    body(seed, len * 2).chars().filter(char::is_ascii_alphanumeric).take(len).collect()
}

/// A standard API key: 13 + 93 + `AA` = 108 characters.
fn api(seed: u64) -> String {
    format!("sk-ant-api03-{}AA", body(seed, 93))
}

fn admin(seed: u64) -> String {
    format!("sk-ant-admin01-{}AA", body(seed, 93))
}

/// The Console hint of a key, computed here by hand: prefix, first 3, "...", last 4.
fn hint_of(key: &str, prefix_len: usize) -> String {
    format!("{}...{}", &key[..prefix_len + 3], &key[key.len() - 4..])
}

/// One row of the table. Family, kinds, cleaned and hint are always checked.
struct Case {
    name: &'static str,
    input: String,
    family: Family,
    kinds: Vec<K>,
    at: Vec<(K, Vec<usize>)>,
    cleaned: Option<String>,
    hint: Option<String>,
    headline: Option<&'static str>,
    message: Option<(K, String)>,
}

fn case(name: &'static str, input: impl Into<String>, family: Family, kinds: &[K]) -> Case {
    Case {
        name,
        input: input.into(),
        family,
        kinds: kinds.to_vec(),
        at: Vec::new(),
        cleaned: None,
        hint: None,
        headline: None,
        message: None,
    }
}

impl Case {
    fn at(mut self, kind: K, positions: &[usize]) -> Self {
        self.at.push((kind, positions.to_vec()));
        self
    }
    fn cleaned(mut self, cleaned: impl Into<String>) -> Self {
        self.cleaned = Some(cleaned.into());
        self
    }
    fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
    fn headline(mut self, part: &'static str) -> Self {
        self.headline = Some(part);
        self
    }
    fn says(mut self, kind: K, part: impl Into<String>) -> Self {
        self.message = Some((kind, part.into()));
        self
    }
}

fn cases() -> Vec<Case> {
    use Family as F;
    let k = api(1);
    let k2 = api(2);
    let h = hint_of(&k, 13);
    let ad = admin(3);
    let oat = format!("sk-ant-oat01-{}", body(4, 95));
    let upper_body = format!("sk-ant-api03-{}", &k[13..].to_ascii_uppercase());
    let with_at = |i: usize, s: &str| format!("{}{s}{}", &k[..i], &k[i..]);
    let replaced_at = |i: usize, s: &str| format!("{}{s}{}", &k[..i], &k[i + 1..]);
    let long_text = format!("{}{k} {}", "log line. ".repeat(1_000), "more ".repeat(400));
    let k_pos_in_long = 10_001;
    vec![
        // Anthropic families.
        case("standard API key", &k, F::AnthropicApiKey, &[])
            .hint(&h)
            .headline("Looks like a standard Anthropic API key."),
        case("admin key", &ad, F::AnthropicAdminKey, &[K::AdminKey]).hint(hint_of(&ad, 15)).headline("Admin"),
        case(
            "compliance access key",
            format!("sk-ant-api01-{}", body(5, 80)),
            F::AnthropicComplianceKey,
            &[K::ComplianceKey],
        )
        .hint(hint_of(&format!("sk-ant-api01-{}", body(5, 80)), 13)),
        case("oauth access token", &oat, F::AnthropicOauthToken, &[K::OauthToken])
            .hint(hint_of(&oat, 13))
            .headline("OAuth token, not an API key"),
        case(
            "oauth refresh token",
            format!("sk-ant-ort01-{}", body(6, 95)),
            F::AnthropicRefreshToken,
            &[K::RefreshToken],
        )
        .hint(hint_of(&format!("sk-ant-ort01-{}", body(6, 95)), 13))
        .says(K::RefreshToken, "never used as a key"),
        case(
            "claude.ai session cookie",
            format!("sk-ant-sid01-{}", body(7, 86)),
            F::AnthropicSessionCookie,
            &[K::SessionCookie],
        )
        .hint(hint_of(&format!("sk-ant-sid01-{}", body(7, 86)), 13))
        .says(K::SessionCookie, "Log out of claude.ai"),
        case(
            "unknown segment",
            format!("sk-ant-api02-{}AA", body(8, 93)),
            F::AnthropicOther,
            &[K::UnknownAnthropicKind],
        )
        .hint(hint_of(&format!("sk-ant-api02-{}AA", body(8, 93)), 13)),
        case(
            "sk-ant- without a segment",
            "sk-ant-Zq3vYb81KdPw0rTmXc5nLa",
            F::AnthropicOther,
            &[K::UnknownAnthropicKind],
        )
        .hint("sk-ant-Zq3...5nLa"),
        // Other providers.
        case(
            "openai project key",
            format!("sk-proj-{}T3BlbkFJ{}", alnum(9, 58), alnum(10, 58)),
            F::OtherProvider(Provider::OpenAi),
            &[K::OtherProvider],
        )
        .headline("OpenAI key, not an Anthropic key"),
        case(
            "openai service account key",
            format!("sk-svcacct-{}", alnum(11, 70)),
            F::OtherProvider(Provider::OpenAi),
            &[K::OtherProvider],
        ),
        case(
            "openai admin key",
            format!("sk-admin-{}", alnum(12, 70)),
            F::OtherProvider(Provider::OpenAi),
            &[K::OtherProvider],
        ),
        case(
            "openai legacy key",
            format!("sk-{}T3BlbkFJ{}", alnum(13, 20), alnum(14, 20)),
            F::OtherProvider(Provider::OpenAi),
            &[K::OtherProvider],
        ),
        case(
            "google / gemini key",
            format!("AIzaSy{}", alnum(15, 33)),
            F::OtherProvider(Provider::Google),
            &[K::OtherProvider],
        ),
        case(
            "aws access key id",
            "AKIAZ3X5Q7W9R2T4Y6U8",
            F::OtherProvider(Provider::AwsAccessKey),
            &[K::OtherProvider],
        )
        .says(K::OtherProvider, "AWS access key ID"),
        case(
            "aws temporary key id",
            "ASIAQ4W7E2R5T8Y1U3I6",
            F::OtherProvider(Provider::AwsAccessKey),
            &[K::OtherProvider],
        ),
        case(
            "bedrock api key",
            format!("ABSK{}", alnum(16, 120)),
            F::OtherProvider(Provider::BedrockApiKey),
            &[K::OtherProvider],
        ),
        case(
            "openrouter key",
            format!("sk-or-v1-{}", hex(17, 64)),
            F::OtherProvider(Provider::OpenRouter),
            &[K::OtherProvider],
        ),
        case("groq key", format!("gsk_{}", alnum(18, 52)), F::OtherProvider(Provider::Groq), &[K::OtherProvider]),
        case("xai key", format!("xai-{}", alnum(19, 80)), F::OtherProvider(Provider::Xai), &[K::OtherProvider])
            .headline("an xAI key"),
        case(
            "perplexity key",
            format!("pplx-{}", alnum(20, 48)),
            F::OtherProvider(Provider::Perplexity),
            &[K::OtherProvider],
        ),
        case(
            "hugging face token",
            format!("hf_{}", alnum(21, 34)),
            F::OtherProvider(Provider::HuggingFace),
            &[K::OtherProvider],
        ),
        case(
            "github classic token",
            format!("ghp_{}", alnum(22, 36)),
            F::OtherProvider(Provider::GitHub),
            &[K::OtherProvider],
        ),
        case(
            "github fine-grained token",
            format!("github_pat_{}", body(23, 82)),
            F::OtherProvider(Provider::GitHub),
            &[K::OtherProvider],
        ),
        case(
            "deepseek-style key",
            format!("sk-{}", hex(24, 32)),
            F::OtherProvider(Provider::DeepSeekLike),
            &[K::OtherProvider],
        ),
        case("unknown sk- key", format!("sk-{}", alnum(25, 48)), F::Unrecognized, &[K::Unrecognized])
            .says(K::Unrecognized, "starts with sk- but not sk-ant-"),
        case("unrecognized text", "hello world", F::Unrecognized, &[K::Unrecognized]),
        case("beginning cut off", format!("api03-{}AA", body(26, 93)), F::Unrecognized, &[K::Unrecognized])
            .says(K::Unrecognized, "beginning (sk-ant-) is missing"),
        case("an API key's ID", "apikey_01Rj2N8SVvo6BePZj99NhmiT", F::Unrecognized, &[K::Unrecognized])
            .says(K::Unrecognized, "ID of an API key"),
        case("a request ID", "req_018EeWyXxfu5pfWkrYcMdjWG", F::Unrecognized, &[K::Unrecognized])
            .says(K::Unrecognized, "request ID"),
        // Not a key at all.
        case("empty", "", F::Empty, &[]).headline("Paste a key"),
        case("only whitespace", " \t\r\n", F::Empty, &[]),
        case("placeholder your_api_key_here", "your_api_key_here", F::Placeholder, &[K::Placeholder])
            .headline("placeholder"),
        case("placeholder <your-key>", "<your-key>", F::Placeholder, &[K::Placeholder]),
        case("placeholder sk-ant-...", "sk-ant-...", F::Placeholder, &[K::Placeholder]),
        case("placeholder sk-ant-xxxx", "sk-ant-xxxx", F::Placeholder, &[K::Placeholder]),
        case("placeholder YOUR_ANTHROPIC_API_KEY", "YOUR_ANTHROPIC_API_KEY", F::Placeholder, &[K::Placeholder]),
        case("placeholder with prefix words", "sk-ant-api03-your-key-here", F::Placeholder, &[K::Placeholder]),
        case("placeholder in an assignment", "ANTHROPIC_API_KEY=your-key-here", F::Placeholder, &[K::Placeholder]),
        case("placeholder in quotes", "\"<insert key>\"", F::Placeholder, &[K::Placeholder]),
        case("aws documentation example", "AKIAIOSFODNN7EXAMPLE", F::Placeholder, &[K::Placeholder]),
        case("variable $NAME", "$ANTHROPIC_API_KEY", F::Placeholder, &[K::VariableReference])
            .headline("name of a variable")
            .says(K::VariableReference, "ANTHROPIC_API_KEY"),
        case("variable ${NAME}", "${ANTHROPIC_API_KEY}", F::Placeholder, &[K::VariableReference]),
        case("variable %NAME%", "%ANTHROPIC_API_KEY%", F::Placeholder, &[K::VariableReference]),
        case("variable name alone", "ANTHROPIC_API_KEY", F::Placeholder, &[K::VariableReference]),
        case("github actions secret", "${{ secrets.ANTHROPIC_API_KEY }}", F::Placeholder, &[K::VariableReference]),
        case("code reading a variable", "process.env.ANTHROPIC_API_KEY", F::Placeholder, &[K::VariableReference]),
        case("undefined", "undefined", F::Placeholder, &[K::EmptyValue]).headline("empty value"),
        case("null", "null", F::Placeholder, &[K::EmptyValue]),
        case("None", "None", F::Placeholder, &[K::EmptyValue]).says(K::EmptyValue, "“None”"),
        case("empty quotes", "\"\"", F::Placeholder, &[K::EmptyValue]),
        case("console hint", "sk-ant-api03-R2D...igAA", F::MaskedHint, &[K::MaskedHint])
            .hint("sk-ant-api03-R2D...igAA")
            .says(K::MaskedHint, "shown only once")
            .headline("masked key or Console hint"),
        case("console hint with an ellipsis", "sk-ant-api03-R2D…igAA", F::MaskedHint, &[K::MaskedHint])
            .hint("sk-ant-api03-R2D...igAA"),
        case("masked with stars", "sk-ant-api03-****************igAA", F::MaskedHint, &[K::MaskedHint]),
        case("password dots", "••••••••••••", F::MaskedHint, &[K::MaskedHint]),
        // Whitespace and line breaks.
        case("trailing line feed", format!("{k}\n"), F::AnthropicApiKey, &[K::LineBreak])
            .at(K::LineBreak, &[109])
            .cleaned(&k)
            .hint(&h)
            .says(K::LineBreak, "Line break at character 109")
            .headline("1 problem that would stop it working; the cleaned key fixes it"),
        case("trailing CRLF", format!("{k}\r\n"), F::AnthropicApiKey, &[K::LineBreak])
            .at(K::LineBreak, &[109, 110])
            .cleaned(&k)
            .hint(&h),
        case("line break inside", with_at(60, "\n"), F::AnthropicApiKey, &[K::LineBreak])
            .at(K::LineBreak, &[61])
            .cleaned(&k)
            .hint(&h),
        case(
            "split over three lines",
            format!("{}\r\n{}\r\n{}", &k[..40], &k[40..80], &k[80..]),
            F::AnthropicApiKey,
            &[K::LineBreak],
        )
        .at(K::LineBreak, &[41, 42, 83, 84])
        .cleaned(&k)
        .hint(&h),
        case("leading space", format!(" {k}"), F::AnthropicApiKey, &[K::LeadingWhitespace])
            .at(K::LeadingWhitespace, &[1])
            .cleaned(&k)
            .hint(&h),
        case("trailing space", format!("{k} "), F::AnthropicApiKey, &[K::TrailingWhitespace])
            .at(K::TrailingWhitespace, &[109])
            .cleaned(&k)
            .hint(&h),
        case(
            "tab before, no-break space after",
            format!("\t{k}\u{a0}"),
            F::AnthropicApiKey,
            &[K::LeadingWhitespace, K::TrailingWhitespace],
        )
        .at(K::LeadingWhitespace, &[1])
        .at(K::TrailingWhitespace, &[110])
        .cleaned(&k)
        .hint(&h)
        .says(K::TrailingWhitespace, "U+00A0"),
        case("no-break space before", format!("\u{a0}{k}"), F::AnthropicApiKey, &[K::LeadingWhitespace])
            .at(K::LeadingWhitespace, &[1])
            .cleaned(&k)
            .hint(&h),
        case("ideographic space after", format!("{k}\u{3000}"), F::AnthropicApiKey, &[K::TrailingWhitespace])
            .cleaned(&k)
            .hint(&h),
        case("space inside", with_at(60, " "), F::AnthropicApiKey, &[K::InnerWhitespace])
            .at(K::InnerWhitespace, &[61])
            .cleaned(&k)
            .hint(&h),
        // Quotes.
        case("straight double quotes", format!("\"{k}\""), F::AnthropicApiKey, &[K::Quotes])
            .at(K::Quotes, &[1, 110])
            .cleaned(&k)
            .hint(&h),
        case("single quotes", format!("'{k}'"), F::AnthropicApiKey, &[K::Quotes])
            .at(K::Quotes, &[1, 110])
            .cleaned(&k)
            .hint(&h),
        case("back quotes", format!("`{k}`"), F::AnthropicApiKey, &[K::Quotes])
            .at(K::Quotes, &[1, 110])
            .cleaned(&k)
            .hint(&h),
        case("curly double quotes", format!("“{k}”"), F::AnthropicApiKey, &[K::Quotes])
            .at(K::Quotes, &[1, 110])
            .cleaned(&k)
            .hint(&h)
            .says(K::Quotes, "Curly quotes"),
        case("curly single quotes", format!("‘{k}’"), F::AnthropicApiKey, &[K::Quotes])
            .at(K::Quotes, &[1, 110])
            .cleaned(&k)
            .hint(&h),
        case("quote inside", with_at(60, "\""), F::AnthropicApiKey, &[K::Quotes])
            .at(K::Quotes, &[61])
            .cleaned(&k)
            .hint(&h)
            .says(K::Quotes, "inside"),
        // Prefixes and assignments.
        case("Bearer prefix", format!("Bearer {k}"), F::AnthropicApiKey, &[K::BearerPrefix])
            .at(K::BearerPrefix, &[1])
            .cleaned(&k)
            .hint(&h),
        case(
            "Authorization header",
            format!("Authorization: Bearer {k}"),
            F::AnthropicApiKey,
            &[K::HeaderPrefix, K::BearerPrefix],
        )
        .at(K::HeaderPrefix, &[1])
        .at(K::BearerPrefix, &[16])
        .cleaned(&k)
        .hint(&h),
        case("x-api-key header", format!("x-api-key: {k}"), F::AnthropicApiKey, &[K::HeaderPrefix])
            .at(K::HeaderPrefix, &[1])
            .cleaned(&k)
            .hint(&h)
            .says(K::HeaderPrefix, "x-api-key:"),
        case("curl header option", format!("-H \"x-api-key: {k}\""), F::AnthropicApiKey, &[K::HeaderPrefix, K::Quotes])
            .at(K::Quotes, &[4, 124])
            .cleaned(&k)
            .hint(&h),
        case(".env line", format!("ANTHROPIC_API_KEY={k}"), F::AnthropicApiKey, &[K::EnvAssignment])
            .at(K::EnvAssignment, &[1])
            .cleaned(&k)
            .hint(&h)
            .says(K::EnvAssignment, "ANTHROPIC_API_KEY="),
        case(
            "export with quotes",
            format!("export ANTHROPIC_API_KEY=\"{k}\""),
            F::AnthropicApiKey,
            &[K::EnvAssignment, K::Quotes],
        )
        .at(K::Quotes, &[26, 135])
        .cleaned(&k)
        .hint(&h)
        .says(K::EnvAssignment, "export ANTHROPIC_API_KEY="),
        case("windows set", format!("set ANTHROPIC_API_KEY={k}"), F::AnthropicApiKey, &[K::EnvAssignment])
            .cleaned(&k)
            .hint(&h),
        case(
            "windows setx",
            format!("setx ANTHROPIC_API_KEY \"{k}\""),
            F::AnthropicApiKey,
            &[K::EnvAssignment, K::Quotes],
        )
        .cleaned(&k)
        .hint(&h),
        case(
            "powershell $env:",
            format!("$env:ANTHROPIC_API_KEY = \"{k}\""),
            F::AnthropicApiKey,
            &[K::EnvAssignment, K::Quotes],
        )
        .at(K::Quotes, &[26, 135])
        .cleaned(&k)
        .hint(&h)
        .says(K::EnvAssignment, "$env:ANTHROPIC_API_KEY ="),
        case(
            "json line",
            format!("  \"ANTHROPIC_API_KEY\": \"{k}\","),
            F::AnthropicApiKey,
            &[K::LeadingWhitespace, K::EnvAssignment, K::Quotes, K::TrailingPunctuation],
        )
        .at(K::EnvAssignment, &[3])
        .at(K::Quotes, &[24, 133])
        .at(K::TrailingPunctuation, &[134])
        .cleaned(&k)
        .hint(&h),
        case("yaml line", format!("ANTHROPIC_API_KEY: {k}"), F::AnthropicApiKey, &[K::EnvAssignment])
            .cleaned(&k)
            .hint(&h)
            .says(K::EnvAssignment, "ANTHROPIC_API_KEY:"),
        case("auth token variable", format!("ANTHROPIC_AUTH_TOKEN={k}"), F::AnthropicApiKey, &[K::EnvAssignment])
            .cleaned(&k)
            .hint(&h)
            .says(K::EnvAssignment, "ANTHROPIC_AUTH_TOKEN"),
        case(
            "oauth token in its variable",
            format!("CLAUDE_CODE_OAUTH_TOKEN={oat}"),
            F::AnthropicOauthToken,
            &[K::EnvAssignment, K::OauthToken],
        )
        .cleaned(&oat)
        .hint(hint_of(&oat, 13)),
        case(
            "oauth token with Bearer",
            format!("Bearer {oat}"),
            F::AnthropicOauthToken,
            &[K::BearerPrefix, K::OauthToken],
        )
        .cleaned(&oat)
        .hint(hint_of(&oat, 13)),
        case("admin key with a line break", format!("{ad}\n"), F::AnthropicAdminKey, &[K::LineBreak, K::AdminKey])
            .cleaned(&ad)
            .hint(hint_of(&ad, 15)),
        case(
            "key in code",
            format!("client = Anthropic(api_key=\"{k}\")"),
            F::AnthropicApiKey,
            &[K::SurroundingText, K::Quotes, K::SurroundingText],
        )
        .at(K::Quotes, &[137])
        .cleaned(&k)
        .hint(&h),
        case(
            "key in a sentence",
            format!("My key is {k}."),
            F::AnthropicApiKey,
            &[K::SurroundingText, K::TrailingPunctuation],
        )
        .at(K::TrailingPunctuation, &[119])
        .cleaned(&k)
        .hint(&h),
        case(
            "a whole .env file",
            format!("# .env\nOPENAI_API_KEY=\nANTHROPIC_API_KEY={k}\nDEBUG=true\n"),
            F::AnthropicApiKey,
            &[K::LineBreak, K::SurroundingText, K::EnvAssignment, K::SurroundingText],
        )
        .at(K::EnvAssignment, &[24])
        .at(K::LineBreak, &[7, 23, 150, 161])
        .cleaned(&k)
        .hint(&h),
        case(
            "a settings.json file",
            format!("{{\n  \"env\": {{\n    \"ANTHROPIC_API_KEY\": \"{k}\"\n  }}\n}}"),
            F::AnthropicApiKey,
            &[K::LineBreak, K::SurroundingText, K::EnvAssignment, K::Quotes, K::SurroundingText],
        )
        .at(K::EnvAssignment, &[18])
        .at(K::Quotes, &[39, 148])
        .cleaned(&k)
        .hint(&h),
        // Punctuation.
        case("trailing comma", format!("{k},"), F::AnthropicApiKey, &[K::TrailingPunctuation])
            .at(K::TrailingPunctuation, &[109])
            .cleaned(&k)
            .hint(&h),
        case("trailing semicolon", format!("{k};"), F::AnthropicApiKey, &[K::TrailingPunctuation])
            .at(K::TrailingPunctuation, &[109])
            .cleaned(&k)
            .hint(&h),
        // Invisible characters.
        case("zero-width space", with_at(49, "\u{200b}"), F::AnthropicApiKey, &[K::Invisible])
            .at(K::Invisible, &[50])
            .cleaned(&k)
            .hint(&h)
            .says(K::Invisible, "U+200B"),
        case("byte-order mark", format!("\u{feff}{k}"), F::AnthropicApiKey, &[K::Invisible])
            .at(K::Invisible, &[1])
            .cleaned(&k)
            .hint(&h),
        case(
            "soft hyphen and word joiner",
            format!("{}\u{ad}{}\u{2060}{}", &k[..20], &k[20..70], &k[70..]),
            F::AnthropicApiKey,
            &[K::Invisible],
        )
        .at(K::Invisible, &[21, 72])
        .cleaned(&k)
        .hint(&h),
        case(
            "zero-width joiner and non-joiner",
            format!("{}\u{200d}\u{200c}{}", &k[..30], &k[30..]),
            F::AnthropicApiKey,
            &[K::Invisible],
        )
        .at(K::Invisible, &[31, 32])
        .cleaned(&k)
        .hint(&h),
        // Look-alikes: never auto-fixed.
        case(
            "cyrillic letter",
            replaced_at(50, if k.as_bytes()[50] == b'a' { "а" } else { "о" }),
            F::AnthropicApiKey,
            &[K::LookAlike],
        )
        .hint(&h)
        .at(K::LookAlike, &[51])
        .headline("would stop it working."),
        case("en dashes in the prefix", format!("sk–ant–api03–{}", &k[13..]), F::AnthropicApiKey, &[K::LookAlike])
            .at(K::LookAlike, &[3, 7, 13])
            .hint(&h)
            .says(K::LookAlike, "en dash"),
        case("em dash in the body", replaced_at(40, "—"), F::AnthropicApiKey, &[K::LookAlike])
            .hint(&h)
            .at(K::LookAlike, &[41]),
        case("full-width letter", replaced_at(70, "Ｑ"), F::AnthropicApiKey, &[K::LookAlike])
            .hint(&h)
            .at(K::LookAlike, &[71]),
        case("greek capital", replaced_at(30, "Ο"), F::AnthropicApiKey, &[K::LookAlike])
            .hint(&h)
            .at(K::LookAlike, &[31]),
        case("emoji inside", with_at(55, "🙂"), F::AnthropicApiKey, &[K::NonAscii, K::TooLong])
            .at(K::NonAscii, &[56])
            .hint(&h),
        // Doubled and several keys.
        case("pasted twice", format!("{k}{k}"), F::AnthropicApiKey, &[K::Doubled])
            .at(K::Doubled, &[109])
            .cleaned(&k)
            .hint(&h),
        case("pasted twice on two lines", format!("{k}\n{k}"), F::AnthropicApiKey, &[K::Doubled, K::LineBreak])
            .at(K::Doubled, &[110])
            .cleaned(&k)
            .hint(&h),
        case("pasted twice with a space", format!("{k} {k}"), F::AnthropicApiKey, &[K::Doubled]).cleaned(&k).hint(&h),
        case(
            "another provider's key pasted twice",
            format!("gsk_{0}gsk_{0}", alnum(27, 52)),
            F::OtherProvider(Provider::Groq),
            &[K::Doubled, K::OtherProvider],
        )
        .at(K::Doubled, &[57]),
        case("two different keys", format!("{k}\n{k2}"), F::AnthropicApiKey, &[K::SeveralKeys, K::LineBreak])
            .at(K::SeveralKeys, &[1, 110])
            .says(K::SeveralKeys, hint_of(&k2, 13))
            .headline("more than one key"),
        case(
            "an anthropic and an openai key",
            format!("OPENAI_API_KEY=sk-proj-{}\nANTHROPIC_API_KEY={k}", alnum(28, 60)),
            F::AnthropicApiKey,
            &[K::SeveralKeys, K::LineBreak],
        )
        .says(K::SeveralKeys, "an OpenAI key at character 16"),
        // Shape: length, ending, alphabet (heuristics: likely, never blocking).
        case("cut off", &k[..80], F::AnthropicApiKey, &[K::TooShort])
            .at(K::TooShort, &[80])
            .hint(hint_of(&k[..80], 13))
            .says(K::TooShort, "looks cut off: 80 characters, a full key has 108")
            .headline("looks cut off"),
        case("admin key cut off", &ad[..100], F::AnthropicAdminKey, &[K::TooShort, K::AdminKey])
            .hint(hint_of(&ad[..100], 15))
            .says(K::TooShort, "a full key has 110"),
        case("too long", format!("{k}xyz"), F::AnthropicApiKey, &[K::TooLong])
            .at(K::TooLong, &[109])
            .hint(hint_of(&format!("{k}xyz"), 13)),
        case("wrong suffix", format!("{}Ab", &k[..106]), F::AnthropicApiKey, &[K::WrongSuffix])
            .hint(hint_of(&format!("{}Ab", &k[..106]), 13)),
        case("character outside the alphabet", replaced_at(60, "+"), F::AnthropicApiKey, &[K::BadCharacters])
            .at(K::BadCharacters, &[61])
            .hint(&h),
        case("trailing full stop", format!("{k}."), F::AnthropicApiKey, &[K::TrailingPunctuation])
            .at(K::TrailingPunctuation, &[109])
            .cleaned(&k)
            .hint(&h),
        // Case and underscores.
        case("capital prefix", format!("SK-ANT-API03-{}", &k[13..]), F::AnthropicApiKey, &[K::WrongCase])
            .at(K::WrongCase, &[1])
            .cleaned(&k)
            .hint(&h),
        case("title-case prefix", format!("Sk-Ant-Api03-{}", &k[13..]), F::AnthropicApiKey, &[K::WrongCase])
            .cleaned(&k)
            .hint(&h),
        case("underscored prefix", format!("sk_ant_api03_{}", &k[13..]), F::AnthropicApiKey, &[K::Underscores])
            .cleaned(&k)
            .hint(&h),
        case(
            "capital underscored prefix",
            format!("SK_ANT_API03_{}", &k[13..]),
            F::AnthropicApiKey,
            &[K::WrongCase, K::Underscores],
        )
        .cleaned(&k)
        .hint(&h),
        case(
            "whole key in capitals",
            format!("SK-ANT-API03-{}", &upper_body[13..]),
            F::AnthropicApiKey,
            &[K::WrongCase],
        )
        .hint(hint_of(&upper_body, 13))
        .says(K::WrongCase, "whole key"),
        case("whole key in small letters", k.to_ascii_lowercase(), F::AnthropicApiKey, &[K::WrongCase, K::WrongSuffix])
            .hint(hint_of(&k.to_ascii_lowercase(), 13)),
        // Far too long.
        case("a log with a key inside", &long_text, F::AnthropicApiKey, &[K::FarTooLong])
            .at(K::FarTooLong, &[k_pos_in_long])
            .hint(&h)
            .headline("Far too long"),
        case("a long text without a key", "lorem ipsum ".repeat(2_000), F::Unrecognized, &[K::FarTooLong]),
    ]
}

/// Runs every row and reports every mismatch at once.
#[test]
fn key_table() {
    let cases = cases();
    assert!(cases.len() >= 70, "{} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let report = check(&case.input);
        let mut fail = |what: String| failures.push(format!("{}: {what}", case.name));
        if report.family != case.family {
            fail(format!("family {:?}, expected {:?}", report.family, case.family));
        }
        let mut got: Vec<K> = report.findings.iter().map(|f| f.kind).collect();
        let mut want = case.kinds.clone();
        got.sort_by_key(|k| k.id());
        want.sort_by_key(|k| k.id());
        if got != want {
            fail(format!("kinds {got:?}, expected {want:?}"));
        }
        for (kind, positions) in &case.at {
            match report.findings.iter().find(|f| f.kind == *kind) {
                Some(f) if &f.positions == positions => {}
                Some(f) => fail(format!("{kind:?} at {:?}, expected {positions:?}", f.positions)),
                None => fail(format!("no {kind:?} finding")),
            }
        }
        if report.cleaned != case.cleaned {
            fail(format!("cleaned is {}, expected {}", shown(&report.cleaned), shown(&case.cleaned)));
        }
        if report.hint != case.hint {
            fail(format!("hint {:?}, expected {:?}", report.hint, case.hint));
        }
        if let Some(part) = case.headline.filter(|part| !report.headline.contains(part)) {
            fail(format!("headline {:?} lacks {part:?}", report.headline));
        }
        if let Some((kind, part)) = &case.message {
            let text = report.findings.iter().find(|f| f.kind == *kind).map(|f| format!("{} {}", f.message, f.action));
            if !text.as_ref().is_some_and(|t| t.contains(part.as_str())) {
                fail(format!("{kind:?} says {text:?}, lacking {part:?}"));
            }
        }
        if report.chars != case.input.chars().count() {
            fail(format!("chars {}", report.chars));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

fn shown(cleaned: &Option<String>) -> String {
    match cleaned {
        None => "None".into(),
        Some(text) => {
            format!("Some({} chars, starting {:?})", text.chars().count(), text.chars().take(16).collect::<String>())
        }
    }
}

#[test]
fn every_family_and_artefact_is_covered() {
    let cases = cases();
    let kinds: Vec<K> = cases.iter().flat_map(|c| c.kinds.iter().copied()).collect();
    let all = K::ALL;
    let missing: Vec<_> = all.iter().filter(|k| !kinds.contains(k)).collect();
    assert!(missing.is_empty(), "no case for {missing:?}");
    let ids: std::collections::HashSet<_> = all.iter().map(|k| k.id()).collect();
    assert_eq!(ids.len(), all.len(), "finding ids are unique");
}

#[test]
fn heuristics_are_likely_and_paste_damage_blocks() {
    let k = api(1);
    let severity =
        |text: String, kind: K| check(&text).findings.into_iter().find(|f| f.kind == kind).map(|f| f.severity);
    assert_eq!(severity(k[..90].to_string(), K::TooShort), Some(Severity::Likely));
    assert_eq!(severity(format!("{k}zz"), K::TooLong), Some(Severity::Likely));
    assert_eq!(severity(format!("{}Ab", &k[..106]), K::WrongSuffix), Some(Severity::Likely));
    assert_eq!(severity(admin(3), K::AdminKey), Some(Severity::Likely));
    assert_eq!(severity(format!("{k}\n"), K::LineBreak), Some(Severity::Blocks));
    assert_eq!(severity(format!("{}а{}", &k[..50], &k[51..]), K::LookAlike), Some(Severity::Blocks));
    assert_eq!(severity(format!("SK-ANT-API03-{}", &k[13..]), K::WrongCase), Some(Severity::Blocks));
    assert_eq!(Severity::Blocks.label(), "Blocks use");
    assert_eq!(Severity::Likely.label(), "Likely problem");
    assert_eq!(Severity::Note.label(), "Note");
}

#[test]
fn every_message_says_what_to_do_and_never_holds_the_key() {
    let k = api(1);
    let middle = &k[16..104];
    for case in cases() {
        let report = check(&case.input);
        assert!(!report.headline.is_empty(), "{}", case.name);
        for f in &report.findings {
            assert!(!f.action.is_empty(), "{}: {:?} has no action", case.name, f.kind);
            assert!(!f.message.contains(middle) && !f.action.contains(middle), "{}: key in {:?}", case.name, f.kind);
            if let Some(excerpt) = &f.excerpt {
                let shown = excerpt
                    .split("[U+")
                    .map(|part| part.split_once(']').map_or(part, |(_, rest)| rest).chars().count())
                    .sum::<usize>()
                    + excerpt.matches("[U+").count();
                assert!(shown <= 4, "{}: excerpt {excerpt:?}", case.name);
            }
        }
    }
}

#[test]
fn families_have_names_and_explanations() {
    let families = [
        Family::Empty,
        Family::AnthropicApiKey,
        Family::AnthropicAdminKey,
        Family::AnthropicComplianceKey,
        Family::AnthropicOauthToken,
        Family::AnthropicRefreshToken,
        Family::AnthropicSessionCookie,
        Family::AnthropicOther,
        Family::OtherProvider(Provider::OpenAi),
        Family::Placeholder,
        Family::MaskedHint,
        Family::Unrecognized,
    ];
    for family in families {
        assert!(!family.name().is_empty() && family.explanation().ends_with('.'), "{family:?}");
    }
    assert!(Family::AnthropicApiKey.may_test() && Family::AnthropicAdminKey.may_test());
    assert!(!Family::AnthropicOauthToken.may_test() && !Family::OtherProvider(Provider::Groq).may_test());
}

#[test]
fn effective_input_recovers_the_line_breaks_a_single_line_field_drops() {
    let k = api(1);
    let raw = format!("{k}\r\n");
    // Chromium drops the line breaks: the raw paste is what the user's code will read.
    assert_eq!(effective_input(&k, Some(&raw)), raw);
    let split = format!("{}\n{}", &k[..50], &k[50..]);
    assert_eq!(effective_input(&k, Some(&split)), split);
    // Firefox turns each line break into a space.
    assert_eq!(effective_input(&format!("{k} "), Some(&format!("{k}\n"))), format!("{k}\n"));
    assert_eq!(effective_input(&format!("{} {}", &k[..50], &k[50..]), Some(&split)), split);
    // Typed after the paste, or no paste at all: the field is the truth.
    assert_eq!(effective_input(&format!("{k}x"), Some(&raw)), format!("{k}x"));
    assert_eq!(effective_input(&k, None), k);
    assert_eq!(effective_input("", Some("")), "");
    // And the check then sees the line break the field hid.
    let report = check(effective_input(&k, Some(&raw)));
    assert!(report.findings.iter().any(|f| f.kind == K::LineBreak));
    assert_eq!(report.cleaned.as_deref(), Some(k.as_str()));
}
