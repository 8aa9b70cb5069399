//! "Which credential actually wins" as a table: per tool generation, what is set (as the URL
//! keeps it) → what is sent, in which header, with which API version, to which host, and what
//! the tool logs, raises and leaves unused, with the step each one links to.
//!
//! Texts are copied from the facts files (sdk-2026-facts.md §1.2, 1.9, 2.1, 2.2, 2.4, 3), so a
//! row fails when a generation gets another generation's wording.

mod support;

use std::collections::BTreeSet;

use key_doctor::diagnose::credentials::{Generation, Input, Resolution, Setup, resolve};
use proptest::prelude::*;

/// One row: the query the UI keeps, and the expected answer.
/// `sends`: `credential>header` joined by ` + `, the beta in brackets; `-` when nothing is sent.
/// `warnings` / `errors`: `cause | line`, the exact line (a trailing `…` matches a prefix).
/// `conflicts`: `input>cause`. `notes`: cause ids.
struct Row {
    query: &'static str,
    sends: &'static str,
    version: &'static str,
    host: &'static str,
    warnings: &'static [&'static str],
    errors: &'static [&'static str],
    conflicts: &'static [&'static str],
    notes: &'static [&'static str],
}

const fn row(query: &'static str, sends: &'static str, version: &'static str, host: &'static str) -> Row {
    Row { query, sends, version, host, warnings: &[], errors: &[], conflicts: &[], notes: &[] }
}

const PY2_NONE: &str = "TypeError: \"Could not resolve authentication method. Expected one of api_key, auth_token, or credentials to be set. Or for the `Authorization` header to be explicitly omitted\"";
const PY098_NONE: &str = "TypeError: \"Could not resolve authentication method. Expected one of api_key, auth_token, or credentials to be set. Or for one of the `X-Api-Key` or `Authorization` headers to be explicitly omitted\"";
const PY097_NONE: &str = "TypeError: \"Could not resolve authentication method. Expected either api_key or auth_token to be set. Or for one of the `X-Api-Key` or `Authorization` headers to be explicitly omitted\"";
const TS1_NONE: &str = "Error: Could not resolve authentication method. Expected one of apiKey, authToken, credentials, config, or profile to be set. Or for the \"Authorization\" header to be explicitly omitted";
const TS093_NONE: &str = "Error: Could not resolve authentication method. Expected one of apiKey, authToken, credentials, config, or profile to be set. Or for one of the \"X-Api-Key\" or \"Authorization\" headers to be explicitly omitted";
const TS092_NONE: &str = "Error: Could not resolve authentication method. Expected either apiKey or authToken to be set. Or for one of the \"X-Api-Key\" or \"Authorization\" headers to be explicitly omitted";
const BOTH: &str = "Anthropic: ANTHROPIC_API_KEY and ANTHROPIC_AUTH_TOKEN are both set. Using ANTHROPIC_API_KEY.";
const SHADOW_KEY: &str = "ANTHROPIC_API_KEY is set and takes precedence over the SDK's profile / federation auto-discovery; unset ANTHROPIC_API_KEY to use the auto-discovered credential.";
const SHADOW_TOKEN: &str = "ANTHROPIC_AUTH_TOKEN is set and takes precedence over the SDK's profile / federation auto-discovery; unset ANTHROPIC_AUTH_TOKEN to use the auto-discovered credential.";
const V23: &str = "2023-06-01";
const V26: &str = "2026-10-21";

fn rows() -> Vec<Row> {
    vec![
        // ---- Python 2.0 or later: the key as Bearer, 2026-10-21, one credential argument at most.
        row("gen=py-2&has=key", "env-key>bearer", V26, "anthropic"),
        Row {
            warnings: &[
                "key-and-token-both-set | Anthropic: ANTHROPIC_API_KEY and ANTHROPIC_AUTH_TOKEN are both set. Using ANTHROPIC_API_KEY.",
            ],
            conflicts: &["token>key-and-token-both-set"],
            ..row("gen=py-2&has=key.token", "env-key>bearer", V26, "anthropic")
        },
        row("gen=py-2&has=token", "env-token>bearer", V26, "anthropic"),
        Row {
            errors: &[
                "two-credential-arguments | ValueError: Pass at most one of `api_key=`, `auth_token=`, `credentials=`, `config=`, or `profile=`. Received `api_key=`, `auth_token=`.",
            ],
            ..row("gen=py-2&has=arg-key.arg-token", "-", "-", "-")
        },
        Row {
            errors: &[
                "two-credential-arguments | ValueError: Pass at most one of `api_key=`, `auth_token=`, `credentials=`, `config=`, or `profile=`. Received `api_key=`, `credentials=`, `profile=`.",
            ],
            ..row("gen=py-2&has=key.arg-key.arg-creds.arg-profile", "-", "-", "-")
        },
        Row {
            errors: &[concat!(
                "key-not-set | ",
                "TypeError: \"Could not resolve authentication method. Expected one of api_key, auth_token, or credentials to be set. Or for the `Authorization` header to be explicitly omitted\""
            )],
            ..row("gen=py-2", "-", "-", "-")
        },
        Row {
            warnings: &[
                "env-key-shadows-profile | ANTHROPIC_API_KEY is set and takes precedence over the SDK's profile / federation auto-discovery; unset ANTHROPIC_API_KEY to use the auto-discovered credential.",
            ],
            conflicts: &["profile>env-key-shadows-profile"],
            ..row("gen=py-2&has=key.profile", "env-key>bearer", V26, "anthropic")
        },
        // A plain default profile is not one of the warning's triggers: shadowed silently.
        Row {
            conflicts: &["default-profile>env-key-shadows-profile"],
            ..row("gen=py-2&has=token.default-profile", "env-token>bearer", V26, "anthropic")
        },
        Row {
            warnings: &[
                "env-key-shadows-profile | ANTHROPIC_AUTH_TOKEN is set and takes precedence over the SDK's profile / federation auto-discovery; unset ANTHROPIC_AUTH_TOKEN to use the auto-discovered credential.",
            ],
            conflicts: &["default-profile>env-key-shadows-profile"],
            ..row("gen=py-2&has=token.config-dir.default-profile", "env-token>bearer", V26, "anthropic")
        },
        Row {
            conflicts: &["rule>env-key-shadows-profile"],
            notes: &["profile-not-found", "base-url-proxy"],
            ..row("gen=py-2&has=profile.id-token.rule.org", "env-profile>bearer [oauth-2025-04-20]", V26, "anthropic")
        },
        Row {
            notes: &["federation-workspace-missing", "federation-rule-mismatch"],
            ..row("gen=py-2&has=id-token.rule.org", "federation>bearer [oauth-2025-04-20]", V26, "anthropic")
        },
        Row {
            notes: &["base-url-proxy", "federation-rule-mismatch", "federation-partial-env"],
            ..row(
                "gen=py-2&has=base.id-token.rule.org.workspace",
                "federation>bearer [oauth-2025-04-20]",
                V26,
                "env-base",
            )
        },
        // Python: a partial federation falls through to "Could not resolve" (observed on 2.14).
        Row {
            errors: &["federation-partial-env | TypeError: \"Could not resolve…"],
            ..row("gen=py-2&has=rule.org", "-", "-", "-")
        },
        Row {
            conflicts: &["rule>federation-partial-env"],
            notes: &["active-profile-missing", "base-url-proxy"],
            ..row("gen=py-2&has=active.rule.org", "active-profile>bearer [oauth-2025-04-20]", V26, "anthropic")
        },
        Row {
            notes: &["base-url-proxy", "bearer-works-differently"],
            ..row("gen=py-2&has=key.base", "env-key>bearer", V26, "env-base")
        },
        Row {
            conflicts: &["base>base-url-proxy"],
            notes: &["base-url-proxy", "bearer-works-differently"],
            ..row("gen=py-2&has=key.base.arg-base", "env-key>bearer", V26, "arg-base")
        },
        Row {
            errors: &["dotenv-not-loaded | TypeError: \"Could not resolve…"],
            conflicts: &["dotenv>dotenv-not-loaded"],
            ..row("gen=py-2&has=dotenv", "-", "-", "-")
        },
        row("gen=py-2&has=dotenv.dotenv-loaded", "dotenv-key>bearer", V26, "anthropic"),
        Row {
            conflicts: &["dotenv>dotenv-shadowed"],
            ..row("gen=py-2&has=key.dotenv.dotenv-loaded", "env-key>bearer", V26, "anthropic")
        },
        Row {
            conflicts: &["key>dotenv-shadowed"],
            ..row("gen=py-2&has=key.dotenv.dotenv-loaded.dotenv-override", "dotenv-key>bearer", V26, "anthropic")
        },
        Row {
            conflicts: &["profile>key-source"],
            notes: &["profile-not-found", "base-url-proxy"],
            ..row("gen=py-2&has=arg-profile.profile", "arg-profile>bearer [oauth-2025-04-20]", V26, "anthropic")
        },
        Row {
            conflicts: &["key>key-source", "token>key-source"],
            ..row("gen=py-2&has=key.token.arg-key", "arg-key>bearer", V26, "anthropic")
        },
        row("gen=py-2&has=arg-creds", "arg-creds>bearer [oauth-2025-04-20]", V26, "anthropic"),
        Row {
            conflicts: &["vertex>bedrock-vertex-credentials", "key>bedrock-vertex-credentials"],
            notes: &["bedrock-vertex-credentials"],
            ..row("gen=py-2&has=key.bedrock.vertex", "bedrock>cloud", "-", "cloud")
        },
        // ---- Python 0.98 to 1.17: X-Api-Key, 2023-06-01, both headers when both are set.
        Row {
            conflicts: &["token>key-and-token-both-set"],
            ..row("gen=py-098&has=key.token", "env-key>x-api-key + env-token>bearer", V23, "anthropic")
        },
        Row {
            warnings: &[
                "two-credential-arguments | `api_key=` was passed alongside `credentials=`; the static credential takes precedence and the credentials provider is silently disabled. Pass only one.",
            ],
            conflicts: &["arg-creds>two-credential-arguments"],
            ..row("gen=py-098&has=arg-key.arg-creds", "arg-key>x-api-key", V23, "anthropic")
        },
        Row {
            errors: &[
                "two-credential-arguments | TypeError: Pass at most one of `credentials=`, `config=`, or `profile=`.",
            ],
            ..row("gen=py-098&has=arg-creds.arg-profile", "-", "-", "-")
        },
        Row {
            conflicts: &["arg-token>key-and-token-both-set"],
            ..row("gen=py-098&has=arg-key.arg-token", "arg-key>x-api-key + arg-token>bearer", V23, "anthropic")
        },
        Row {
            errors: &[
                "key-not-set | TypeError: \"Could not resolve authentication method. Expected one of api_key, auth_token, or credentials to be set. Or for one of the `X-Api-Key` or `Authorization` headers to be explicitly omitted\"",
            ],
            ..row("gen=py-098", "-", "-", "-")
        },
        Row {
            warnings: &["env-key-shadows-profile | ANTHROPIC_API_KEY is set and takes precedence over…"],
            conflicts: &["active>env-key-shadows-profile"],
            ..row("gen=py-098&has=key.active", "env-key>x-api-key", V23, "anthropic")
        },
        Row {
            notes: &["profile-not-found", "base-url-proxy"],
            ..row("gen=py-098&has=profile", "env-profile>bearer [oauth-2025-04-20]", V23, "anthropic")
        },
        // ---- Python 0.97 or earlier: no profiles; each argument falls back to its own variable.
        row("gen=py-097&has=key", "env-key>x-api-key", V23, "anthropic"),
        Row {
            conflicts: &["token>key-and-token-both-set"],
            ..row("gen=py-097&has=token.arg-key", "arg-key>x-api-key + env-token>bearer", V23, "anthropic")
        },
        Row {
            errors: &[
                "key-not-set | TypeError: \"Could not resolve authentication method. Expected either api_key or auth_token to be set. Or for one of the `X-Api-Key` or `Authorization` headers to be explicitly omitted\"",
            ],
            ..row("gen=py-097", "-", "-", "-")
        },
        Row {
            conflicts: &["profile>which-sdk-version"],
            ..row("gen=py-097&has=key.profile", "env-key>x-api-key", V23, "anthropic")
        },
        Row {
            errors: &[
                "which-sdk-version | TypeError: Anthropic.__init__() got an unexpected keyword argument 'profile'",
            ],
            ..row("gen=py-097&has=key.arg-profile", "-", "-", "-")
        },
        // ---- TypeScript 1.0 or later.
        Row {
            warnings: &[
                "key-and-token-both-set | Anthropic: ANTHROPIC_API_KEY and ANTHROPIC_AUTH_TOKEN are both set. Using ANTHROPIC_API_KEY.",
            ],
            conflicts: &["token>key-and-token-both-set"],
            ..row("gen=ts-1&has=key.token", "env-key>bearer", V26, "anthropic")
        },
        Row {
            errors: &[
                "two-credential-arguments | TypeError: Pass at most one of `apiKey`, `authToken`, `credentials`, `config`, `profile`. Received `apiKey`, `profile`.",
            ],
            ..row("gen=ts-1&has=arg-key.arg-profile", "-", "-", "-")
        },
        Row {
            errors: &[
                "key-not-set | Error: Could not resolve authentication method. Expected one of apiKey, authToken, credentials, config, or profile to be set. Or for the \"Authorization\" header to be explicitly omitted",
            ],
            ..row("gen=ts-1", "-", "-", "-")
        },
        // TypeScript never warns that the environment shadows a profile.
        Row {
            conflicts: &["profile>env-key-shadows-profile"],
            ..row("gen=ts-1&has=key.profile", "env-key>bearer", V26, "anthropic")
        },
        Row {
            errors: &[
                "federation-partial-env | WorkloadIdentityError: oidc_federation config requires an identity token (set authentication.identity_token, ANTHROPIC_IDENTITY_TOKEN_FILE, or ANTHROPIC_IDENTITY_TOKEN)",
            ],
            ..row("gen=ts-1&has=rule.org", "-", "-", "-")
        },
        Row {
            notes: &["profile-not-found", "profile-dir-mismatch", "base-url-proxy"],
            ..row("gen=ts-1&has=profile.xdg", "env-profile>bearer [oauth-2025-04-20]", V26, "anthropic")
        },
        // ---- TypeScript 0.93 to 0.137.
        Row {
            conflicts: &["token>key-and-token-both-set"],
            ..row("gen=ts-093&has=key.token", "env-key>x-api-key + env-token>bearer", V23, "anthropic")
        },
        Row {
            errors: &[
                "key-not-set | Error: Could not resolve authentication method. Expected one of apiKey, authToken, credentials, config, or profile to be set. Or for one of the \"X-Api-Key\" or \"Authorization\" headers to be explicitly omitted",
            ],
            ..row("gen=ts-093", "-", "-", "-")
        },
        Row {
            errors: &["two-credential-arguments | Pass at most one of `profile`, `credentials`, or `config`."],
            ..row("gen=ts-093&has=arg-creds.arg-config", "-", "-", "-")
        },
        // ---- TypeScript 0.92 or earlier.
        Row {
            errors: &[
                "key-not-set | Error: Could not resolve authentication method. Expected either apiKey or authToken to be set. Or for one of the \"X-Api-Key\" or \"Authorization\" headers to be explicitly omitted",
            ],
            ..row("gen=ts-092", "-", "-", "-")
        },
        Row {
            conflicts: &["token>key-and-token-both-set"],
            ..row("gen=ts-092&has=key.token", "env-key>x-api-key + env-token>bearer", V23, "anthropic")
        },
        Row {
            conflicts: &["arg-creds>which-sdk-version"],
            ..row("gen=ts-092&has=key.arg-creds", "env-key>x-api-key", V23, "anthropic")
        },
        // ---- Claude Code (approximate order: every answer is "likely").
        row("gen=claude-code&has=key", "env-key>x-api-key", V23, "anthropic"),
        Row {
            warnings: &[
                "claude-code-env-overrides-login | Both claude.ai and ANTHROPIC_API_KEY set · auth may not work as expected",
            ],
            conflicts: &["login-sub>claude-code-env-overrides-login"],
            ..row("gen=claude-code&has=key.login-sub", "env-key>x-api-key", V23, "anthropic")
        },
        Row {
            warnings: &["stray-auth-token | ANTHROPIC_AUTH_TOKEN overriding Claude subscription login"],
            conflicts: &["login-sub>stray-auth-token"],
            ..row("gen=claude-code&has=token.login-sub", "env-token>bearer", V23, "anthropic")
        },
        Row {
            warnings: &[
                "key-and-token-both-set | Both ANTHROPIC_AUTH_TOKEN and ANTHROPIC_API_KEY set · auth may not work as expected",
            ],
            ..row("gen=claude-code&has=key.token", "env-token>bearer + env-key>x-api-key", V23, "anthropic")
        },
        Row {
            warnings: &["claude-code-env-overrides-login | ANTHROPIC_API_KEY overriding saved Console key"],
            conflicts: &["login-console>claude-code-env-overrides-login"],
            ..row("gen=claude-code&has=key.login-console", "env-key>x-api-key", V23, "anthropic")
        },
        Row {
            warnings: &["env-key-shadows-profile | Using ANTHROPIC_API_KEY instead of your Anthropic profile"],
            conflicts: &["active>env-key-shadows-profile"],
            ..row("gen=claude-code&has=key.active", "env-key>x-api-key", V23, "anthropic")
        },
        Row {
            warnings: &[
                "env-key-shadows-profile | Using the API key saved by /login instead of your Anthropic profile",
            ],
            conflicts: &["profile>env-key-shadows-profile"],
            ..row("gen=claude-code&has=profile.login-console", "console-key>x-api-key", V23, "anthropic")
        },
        Row {
            warnings: &[
                "claude-code-profile | An Anthropic profile (~/.config/anthropic) is configured, but a claude.ai login exists — using the claude.ai login. Set ANTHROPIC_PROFILE=<name> to use the profile instead.",
            ],
            conflicts: &["default-profile>claude-code-profile"],
            notes: &["claude-code-login-expired"],
            ..row("gen=claude-code&has=default-profile.login-sub", "subscription>bearer", V23, "anthropic")
        },
        Row {
            warnings: &[
                "claude-code-profile | ANTHROPIC_PROFILE is set, so Claude Code won't use a Claude account sign-in until you unset that variable and restart.",
            ],
            conflicts: &["login-sub>claude-code-profile"],
            notes: &["claude-code-profile"],
            ..row("gen=claude-code&has=profile.login-sub", "env-profile>bearer", V23, "anthropic")
        },
        Row {
            notes: &["claude-code-api-key-helper"],
            ..row("gen=claude-code&has=helper", "helper>x-api-key + helper>bearer", V23, "anthropic")
        },
        Row {
            errors: &[
                "claude-code-not-logged-in | Not logged in · Please run /login",
                "claude-code-not-logged-in | Error: Could not resolve authentication method. Expected one of apiKey, authToken, credentials, config, or profile to be set. Or for one of the \"X-Api-Key\" or \"Authorization\" headers to be explicitly omitted",
            ],
            ..row("gen=claude-code", "-", "-", "-")
        },
        Row {
            warnings: &[
                "claude-code-env-overrides-login | ANTHROPIC_API_KEY not used here · turn on \"Use custom API key\" in /config",
            ],
            conflicts: &["key>claude-code-env-overrides-login"],
            notes: &["claude-code-login-expired"],
            ..row("gen=claude-code&has=key.login-sub.key-declined", "subscription>bearer", V23, "anthropic")
        },
        Row {
            conflicts: &["key>bedrock-vertex-credentials", "login-sub>bedrock-vertex-credentials"],
            notes: &["bedrock-vertex-credentials"],
            ..row("gen=claude-code&has=key.login-sub.bedrock", "bedrock>cloud", "-", "cloud")
        },
        Row {
            conflicts: &["login-sub>stray-auth-token"],
            notes: &["claude-code-login-expired"],
            ..row("gen=claude-code&has=cc-token.login-sub", "cc-token>bearer", V23, "anthropic")
        },
        Row { notes: &["base-url-proxy"], ..row("gen=claude-code&has=key.base", "env-key>x-api-key", V23, "env-base") },
    ]
}

fn sends(r: &Resolution) -> (String, String, String) {
    let Some(request) = &r.request else {
        return ("-".into(), "-".into(), "-".into());
    };
    let sent: Vec<String> =
        request.sent.iter().map(|s| format!("{}>{}", s.credential.slug(), s.header.slug())).collect();
    let beta = request.beta.map(|b| format!(" [{b}]")).unwrap_or_default();
    (sent.join(" + ") + &beta, request.version.unwrap_or("-").into(), request.host.slug().into())
}

fn matches(expected: &str, actual: &str) -> bool {
    match expected.strip_suffix('…') {
        Some(prefix) => actual.starts_with(prefix),
        None => expected == actual,
    }
}

fn same_said(expected: &[&str], actual: &[key_doctor::diagnose::credentials::Said]) -> bool {
    expected.len() == actual.len()
        && expected.iter().zip(actual).all(|(e, a)| {
            let (cause, line) = e.split_once(" | ").expect("`cause | line`");
            cause == a.cause.as_str() && matches(line, &a.line())
        })
}

#[test]
fn each_generation_sends_logs_and_raises_what_the_facts_say() {
    let mut failures = Vec::new();
    for row in rows() {
        let setup = Setup::from_search(row.query);
        if setup.to_query() != row.query {
            failures.push(format!("{}: write it in the URL's canonical form, {}", row.query, setup.to_query()));
        }
        let r = setup.resolve().expect("every row names a generation");
        let (sent, version, host) = sends(&r);
        let conflicts: Vec<String> = r.conflicts.iter().map(|c| format!("{}>{}", c.input.slug(), c.cause)).collect();
        let notes: Vec<&str> = r.notes.iter().map(|n| n.cause.as_str()).collect();
        let ok = sent == row.sends
            && version == row.version
            && host == row.host
            && same_said(row.warnings, &r.warnings)
            && same_said(row.errors, &r.errors)
            && conflicts == row.conflicts
            && notes == row.notes;
        if !ok {
            let warnings: Vec<String> = r.warnings.iter().map(|w| format!("{} | {}", w.cause, w.line())).collect();
            let errors: Vec<String> = r.errors.iter().map(|e| format!("{} | {}", e.cause, e.line())).collect();
            failures.push(format!(
                "{}\n  sends {sent:?} {version} {host}\n  warnings {warnings:#?}\n  errors {errors:#?}\n  conflicts {conflicts:?}\n  notes {notes:?}",
                row.query
            ));
        }
    }
    assert!(failures.is_empty(), "{} rows differ:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn claude_code_and_cloud_answers_are_likely_and_documented_sdk_answers_are_not() {
    let likely = |query: &str| Setup::from_search(query).resolve().unwrap().likely;
    assert!(likely("gen=claude-code&has=key"));
    assert!(likely("gen=py-2&has=key.foundry"));
    assert!(!likely("gen=py-2&has=key.token"));
    assert!(!likely("gen=ts-093&has=profile"));
}

#[test]
fn what_a_tool_never_reads_is_listed_as_unused() {
    let r = Setup::from_search("gen=py-2&has=key.helper.login-sub.cc-token").resolve().unwrap();
    assert_eq!(r.unused, [Input::ApiKeyHelper, Input::ClaudeCodeOauthToken, Input::LoginSubscription]);
    let r = Setup::from_search("gen=claude-code&has=arg-key.xdg.key").resolve().unwrap();
    assert_eq!(r.unused, [Input::ArgKey, Input::XdgConfigHome]);
    let (sent, ..) = sends(&r);
    assert_eq!(sent, "env-key>x-api-key", "an argument Claude Code has not got changes nothing");
}

#[test]
fn every_cause_is_a_step_of_the_tree() {
    let tree = support::load_tree();
    let mut unknown = BTreeSet::new();
    let mut seen = BTreeSet::new();
    for generation in Generation::ALL {
        for a in Input::ALL {
            for b in Input::ALL {
                let r = resolve(generation, &BTreeSet::from([a, b]));
                for cause in r.causes() {
                    seen.insert(cause.to_string());
                    if tree.node(cause).is_none() {
                        unknown.insert(format!("{cause} (from {} with {a:?}, {b:?})", generation.slug()));
                    }
                }
            }
        }
    }
    assert!(unknown.is_empty(), "causes that are not steps of the tree: {unknown:#?}");
    assert!(!seen.contains("all-causes"), "a cause id in the code failed to parse");
    assert!(seen.len() > 20, "the sweep reaches most causes: {seen:?}");
}

fn any_setup() -> impl Strategy<Value = Setup> {
    let generation = proptest::option::of(proptest::sample::select(Generation::ALL.to_vec()));
    let inputs = proptest::collection::vec(proptest::sample::select(Input::ALL.to_vec()), 0..12);
    (generation, inputs).prop_map(|(generation, inputs)| {
        let mut setup = Setup { generation, ..Setup::default() };
        for input in inputs {
            setup.tick(input);
        }
        setup
    })
}

proptest! {
    #[test]
    fn the_url_form_round_trips_and_holds_only_slugs(setup in any_setup()) {
        let query = setup.to_query();
        prop_assert!(query.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-=&.".contains(&b)), "{}", query);
        prop_assert_eq!(Setup::from_search(&format!("?{query}")), setup.clone());
        if let Some(r) = setup.resolve() {
            prop_assert!(r.request.is_some() == r.errors.is_empty(), "either a request or an error: {:?}", r);
        }
    }

    #[test]
    fn foreign_parameters_and_values_are_dropped(junk in "[ -~]{0,40}") {
        let key = format!("sk-ant-api03-{}AA", support::body(7, 93));
        let search = format!("?gen=py-2&has=key.{key}.token&key={key}&gen=ts-1&has=profile&x={}", junk.replace(['&', '#'], ""));
        let setup = Setup::from_search(&search);
        prop_assert_eq!(setup.to_query(), "gen=py-2&has=key.token");
    }
}

#[test]
fn each_generation_has_its_own_no_credential_text_and_warnings() {
    let r = Setup::from_search("gen=py-2").resolve().unwrap();
    assert_eq!(r.errors[0].line(), PY2_NONE);
    let texts = [PY098_NONE, PY097_NONE, TS1_NONE, TS093_NONE, TS092_NONE];
    let queries = ["gen=py-098", "gen=py-097", "gen=ts-1", "gen=ts-093", "gen=ts-092"];
    for (text, query) in texts.iter().zip(queries) {
        assert_eq!(Setup::from_search(query).resolve().unwrap().errors[0].line(), *text, "{query}");
    }
    let r = Setup::from_search("gen=ts-1&has=token.key").resolve().unwrap();
    assert_eq!(r.warnings[0].text, BOTH);
    let r = Setup::from_search("gen=py-098&has=token.profile").resolve().unwrap();
    assert_eq!(r.warnings[0].text, SHADOW_TOKEN);
    let r = Setup::from_search("gen=py-2&has=key.id-token.rule.org").resolve().unwrap();
    assert_eq!(r.warnings[0].text, SHADOW_KEY);
}
