//! Walks through the real tree that read like a user's session: each click follows an
//! answer link, goes through the URL (as the browser does) and lands where it should.

mod support;
use support::load_tree;

use key_doctor::diagnose::tree::{Cause, Generation, Node, StepId, Tree};
use key_doctor::diagnose::walk::{Resolved, Walk, step_link};

/// A user's session: the tree and the URL they are at.
struct Session {
    tree: Tree,
    walk: Walk,
}

impl Session {
    /// "Walk me through it": the first question.
    fn begin() -> Session {
        let tree = load_tree();
        let start = tree.start.clone().expect("start");
        Session { walk: Walk::from_href(&step_link(&start, &[])).expect("a step link"), tree }
    }

    /// Clicks the answer with this value on the current question, then loads the link's URL.
    fn click(mut self, value: &str) -> Session {
        let Resolved::Node(Node::Question(q)) = self.walk.resolve(&self.tree) else {
            panic!("at {:?}, not a question, cannot answer {value}", self.walk.step);
        };
        let choice = q.answer.iter().find(|a| a.value == value);
        let choice = choice.unwrap_or_else(|| panic!("{} has no answer {value}", q.id));
        let href = self.walk.answer(q, choice).href();
        self.walk = Walk::from_href(&href).expect("an answer link");
        self
    }

    /// Follows a plain link (e.g. "No, show the next likely cause").
    fn follow(mut self, href: &str) -> Session {
        self.walk = Walk::from_href(href).expect("a link of the walk");
        self
    }

    /// The cause page the session is on.
    fn cause(&self) -> &str {
        match self.walk.resolve(&self.tree) {
            Resolved::Node(Node::Cause(c)) => c.id.as_str(),
            other => panic!("expected a cause page, got {other:?}"),
        }
    }

    fn lands_on(self, cause: &str) -> Session {
        assert_eq!(self.cause(), cause, "walk: {}", self.walk.href());
        self
    }

    /// The SDK generation the answers so far tell (what the card marks as "your version").
    fn sdk(&self) -> Option<Generation> {
        self.tree.sdk_of(&self.walk.answers)
    }

    /// The cause card the session is on.
    fn card(&self) -> &Cause {
        self.tree.cause(&id(self.cause())).expect("a cause")
    }

    /// The card's "What your version does" row for the user's version.
    fn your_row(&self) -> &str {
        let sdk = self.sdk().expect("the answers name a version");
        let row = self.card().by_sdk.iter().find(|r| r.sdk == sdk);
        &row.unwrap_or_else(|| panic!("{} has no row for {sdk}", self.cause())).text
    }

    /// The card's "What you see" lines labelled for the user's version.
    fn your_messages(&self) -> Vec<&str> {
        let sdk = self.sdk();
        self.card().sees.iter().filter(|s| s.sdk.is_some() && s.sdk == sdk).map(|s| s.text.as_str()).collect()
    }
}

fn id(s: &str) -> StepId {
    s.parse().expect(s)
}

#[test]
fn python_in_docker_without_the_key_is_told_to_pass_it_into_the_container() {
    let s = Session::begin()
        .click("python")
        .click("py-1")
        .click("could-not-resolve")
        .click("docker")
        .lands_on("docker-env-missing");
    assert_eq!(s.walk.href(), "step/docker-env-missing/?tool=python&sdk=py-1&says=could-not-resolve&runs=docker");
}

#[test]
fn claude_code_with_invalid_bearer_token_finds_the_stray_auth_token() {
    Session::begin().click("claude-code").click("invalid-bearer").lands_on("stray-auth-token");
}

#[test]
fn typescript_in_the_browser_with_the_cors_message_needs_the_opt_in_header() {
    Session::begin()
        .click("typescript")
        .click("ts-1")
        .click("cors-must-set")
        .click("browser")
        .lands_on("browser-opt-in-header");
}

#[test]
fn a_server_proxy_with_the_cors_message_forwards_the_origin() {
    Session::begin()
        .click("typescript")
        .click("ts-0")
        .click("cors-must-set")
        .click("server")
        .lands_on("proxy-forwards-origin");
}

#[test]
fn curl_without_the_header_on_a_mac_never_set_the_key() {
    Session::begin()
        .click("curl")
        .click("header-required")
        .click("terminal")
        .click("macos")
        .click("nowhere")
        .lands_on("key-not-set");
}

#[test]
fn langchain_run_from_an_ide_after_setx_needs_a_restart() {
    Session::begin()
        .click("langchain")
        .click("unknown")
        .click("could-not-resolve")
        .click("ide")
        .click("windows")
        .click("setx")
        .lands_on("windows-setx");
}

#[test]
fn litellm_in_github_actions_misses_the_secret() {
    Session::begin().click("litellm").click("missing-key").click("ci").lands_on("ci-secret-missing");
}

#[test]
fn a_notebook_without_the_key_restarts_its_kernel() {
    Session::begin()
        .click("python")
        .click("py-2")
        .click("could-not-resolve")
        .click("jupyter")
        .lands_on("jupyter-kernel");
}

#[test]
fn a_subscription_token_pasted_as_the_key_is_recognized() {
    Session::begin()
        .click("python")
        .click("py-0")
        .click("invalid-x-api-key")
        .click("oat01")
        .lands_on("oauth-token-as-key");
}

#[test]
fn a_revoked_key_then_no_then_yes() {
    let s = Session::begin()
        .click("go")
        .click("invalid-x-api-key")
        .click("api03")
        .click("inactive")
        .lands_on("key-revoked");
    let next = s.tree.cause(&id("key-revoked")).and_then(|c| c.next.clone()).expect("a next cause");
    let no = step_link(&next, &s.walk.answers);
    let s = s.follow(&no);
    assert_eq!(s.cause(), next.as_str());
    assert_eq!(s.walk.answers.len(), 4, "the answers stay in the URL");
    let yes = s.walk.goto("done").href();
    assert_eq!(Walk::from_href(&yes).expect("done link").resolve(&s.tree), Resolved::Done);
}

#[test]
fn a_stale_shell_variable_hides_the_new_key_in_dotenv() {
    Session::begin()
        .click("python")
        .click("py-1")
        .click("invalid-x-api-key")
        .click("api03")
        .click("hint-differs")
        .click("dotenv")
        .lands_on("dotenv-shadowed");
}

#[test]
fn claude_code_credit_message_with_a_max_plan_is_the_env_key_overriding_login() {
    Session::begin()
        .click("claude-code")
        .click("credit-too-low")
        .click("subscription")
        .lands_on("claude-code-env-overrides-login");
}

#[test]
fn python_credit_message_with_a_pro_plan_is_not_api_access() {
    Session::begin()
        .click("python")
        .click("py-2")
        .click("credit-too-low")
        .click("subscription")
        .lands_on("subscription-not-api");
}

#[test]
fn claude_code_with_an_env_key_it_means_to_use_checks_the_key() {
    Session::begin()
        .click("claude-code")
        .click("invalid-api-key")
        .click("api-key")
        .click("admin01")
        .lands_on("admin-key-for-messages");
}

#[test]
fn a_blocked_region_and_bedrock_credentials() {
    Session::begin().click("ruby").click("request-not-allowed").lands_on("region-blocked");
    Session::begin().click("claude-code").click("cloud-credentials").lands_on("bedrock-vertex-credentials");
}

#[test]
fn the_trail_shows_each_answer_and_changing_one_drops_the_later_ones() {
    let s = Session::begin().click("python").click("py-2").click("could-not-resolve").click("docker");
    let trail = s.walk.trail(&s.tree);
    let titles: Vec<&str> = trail.iter().map(|t| t.question.as_str()).collect();
    assert_eq!(titles, ["which-tool", "which-sdk-version", "what-says", "where-runs"]);
    assert_eq!(trail[0].answer_label, "Python SDK (anthropic)");
    assert!(trail.iter().all(|t| !t.question_title.is_empty()));
    assert_eq!(trail[0].change_link, "step/which-tool/");
    assert_eq!(trail[3].change_link, "step/where-runs/?tool=python&sdk=py-2&says=could-not-resolve");
    // Change "what does the error say": back at that question, only the tool and version are kept …
    let s = s.follow(&trail[2].change_link.clone());
    assert_eq!(
        s.walk.answers,
        vec![("tool".to_string(), "python".to_string()), ("sdk".to_string(), "py-2".to_string())]
    );
    // … and a new answer replaces the old path.
    let s = s.click("invalid-x-api-key").click("other-provider").lands_on("other-provider-key");
    let trail = s.walk.trail(&s.tree);
    assert_eq!(trail.len(), 4);
    assert!(!s.walk.href().contains("docker"));
}

#[test]
fn answering_a_param_again_drops_the_answers_after_it() {
    let s = Session::begin().click("python").click("py-2").click("invalid-x-api-key").click("api03");
    let at_tool = s.walk.goto("which-tool");
    let tree = &s.tree;
    let q = tree.question(&id("which-tool")).expect("which-tool");
    let curl = q.answer.iter().find(|a| a.value == "curl").expect("curl");
    let after = at_tool.answer(q, curl);
    assert_eq!(after.answers, vec![("tool".to_string(), "curl".to_string())]);
}

// ---- Today's SDKs: the generation splits ----------------------------------------------------

#[test]
fn python_2_with_invalid_bearer_token_is_sent_to_the_rejected_key_causes() {
    let s = Session::begin().click("python").click("py-2").click("invalid-bearer").click("sdk-2");
    assert_eq!(s.walk.step.as_deref(), Some("key-prefix"), "a question about the key itself");
    let s = s.click("api03").click("inactive").lands_on("key-revoked");
    assert_eq!(s.sdk(), Some(Generation::Python2));
    let mine = s.your_messages();
    assert!(mine.iter().any(|m| m.contains("Invalid bearer token")), "{mine:?}");
    assert!(s.card().sees.iter().any(|l| l.sdk == Some(Generation::Python2) && l.likely), "the wording is likely");
}

#[test]
fn python_1_17_passing_the_key_as_auth_token_gets_the_bearer_card_with_its_own_row() {
    let s = Session::begin()
        .click("python")
        .click("py-1")
        .click("invalid-bearer")
        .click("code")
        .lands_on("bearer-instead-of-x-api-key");
    assert!(s.your_row().contains("`X-Api-Key`") && s.your_row().contains("`auth_token=`"), "{}", s.your_row());
}

#[test]
fn python_0_x_counts_as_the_1_17_generation() {
    let s = Session::begin().click("python").click("py-0").click("invalid-bearer").click("code");
    assert_eq!(s.sdk(), Some(Generation::Python1));
}

#[test]
fn typescript_1_works_in_curl_fails_in_the_script_is_its_own_cause() {
    let s = Session::begin()
        .click("typescript")
        .click("ts-1")
        .click("invalid-bearer")
        .click("works-elsewhere")
        .lands_on("bearer-works-differently");
    assert!(s.your_row().contains("Authorization: Bearer") && s.your_row().contains("2026-10-21"));
    assert!(s.card().likely, "the server's side is unconfirmed");
}

#[test]
fn raw_http_with_bearer_keeps_the_bearer_card_and_is_told_both_valid_pairs() {
    let s =
        Session::begin().click("curl").click("invalid-bearer").click("code").lands_on("bearer-instead-of-x-api-key");
    assert_eq!(s.sdk(), Some(Generation::RawHttp));
    assert!(s.your_row().contains("x-api-key") && s.your_row().contains("2026-10-21"), "{}", s.your_row());
}

#[test]
fn claude_code_with_invalid_bearer_token_is_told_about_its_own_precedence() {
    let s = Session::begin().click("claude-code").click("invalid-bearer").lands_on("stray-auth-token");
    assert_eq!(s.sdk(), Some(Generation::ClaudeCode));
    assert!(s.your_row().contains("overriding Claude subscription login"));
}

#[test]
fn key_and_token_both_set_depends_on_the_version() {
    let new =
        Session::begin().click("python").click("py-2").click("both-set-warning").lands_on("key-and-token-both-set");
    assert!(new.your_row().contains("ignores the token"), "{}", new.your_row());
    let old = Session::begin()
        .click("typescript")
        .click("ts-0")
        .click("invalid-bearer")
        .click("both-set")
        .lands_on("key-and-token-both-set");
    assert!(old.your_row().contains("both headers"), "{}", old.your_row());
    let cc = Session::begin().click("claude-code").click("both-set").lands_on("key-and-token-both-set");
    assert!(cc.your_messages().iter().any(|m| m.contains("auth may not work as expected")));
}

#[test]
fn the_no_credential_error_is_quoted_in_each_versions_words() {
    let words = |version: &str| {
        let s = Session::begin()
            .click("python")
            .click(version)
            .click("could-not-resolve")
            .click("terminal")
            .click("linux")
            .click("nowhere")
            .lands_on("key-not-set");
        s.your_messages().join("\n")
    };
    assert!(words("py-2").contains("Or for the `Authorization` header"));
    assert!(words("py-1").contains("`X-Api-Key`"));
    assert!(!words("py-2").contains("X-Api-Key"), "no older wording marked as Python 2's");
}

#[test]
fn the_version_question_tells_how_to_find_it_and_covers_every_generation() {
    let tree = load_tree();
    let q = tree.question(&id("which-sdk-version")).expect("which-sdk-version");
    assert_eq!(q.param, "sdk");
    for command in ["pip show anthropic", "npm ls @anthropic-ai/sdk", "claude --version"] {
        assert!(q.help.contains(command), "the help names {command}");
    }
    for g in Generation::ALL {
        assert!(q.answer.iter().any(|a| a.sdk.as_ref() == Some(&g)), "no answer for {g}");
    }
    let values: Vec<&str> = q.answer.iter().map(|a| a.value.as_str()).collect();
    assert_eq!(values, ["py-2", "py-1", "py-0", "ts-1", "ts-0", "claude-code", "raw-http", "unknown"]);
    assert!(q.answer.iter().find(|a| a.value == "unknown").is_some_and(|a| a.sdk.is_none()));
}

// ---- Today's SDKs: every new cause, and the answers that reach it ----------------------------

/// (the answers a user clicks from the start, the cause they land on)
const NEW_CAUSE_WALKS: &[(&[&str], &str)] = &[
    (&["python", "py-2", "pass-at-most-one"], "two-credential-arguments"),
    (&["typescript", "ts-1", "both-set-warning"], "key-and-token-both-set"),
    (&["python", "py-2", "takes-precedence"], "env-key-shadows-profile"),
    (&["claude-code", "instead-of-profile"], "env-key-shadows-profile"),
    (&["python", "py-2", "invalid-x-api-key", "api03", "hint-differs", "ant-profile"], "env-key-shadows-profile"),
    (&["python", "py-2", "profile-error", "not-found"], "profile-not-found"),
    (&["typescript", "ts-1", "profile-error", "bad-json"], "profile-bad-json"),
    (&["python", "py-1", "profile-error", "unknown-type"], "profile-unknown-type"),
    (&["python", "py-2", "profile-error", "modes"], "profile-file-modes"),
    (&["typescript", "ts-1", "profile-error", "one-language"], "profile-dir-mismatch"),
    (&["python", "py-2", "profile-error", "active-missing"], "active-profile-missing"),
    (&["python", "py-2", "profile-error", "expired"], "profile-login-expired"),
    (&["claude-code", "profile-expired"], "profile-login-expired"),
    (&["python", "py-2", "federation-error", "rule"], "federation-rule-mismatch"),
    (&["typescript", "ts-1", "federation-error", "workspace"], "federation-workspace-missing"),
    (&["python", "py-2", "federation-error", "token-file"], "identity-token-file-missing"),
    (&["typescript", "ts-1", "federation-error", "partial"], "federation-partial-env"),
    (&["python", "py-2", "payment-required"], "payment-required"),
    (&["go", "error-code", "organization-on-hold"], "organization-on-hold"),
    (&["python", "py-2", "error-code", "key-creator-not-member"], "key-creator-not-member"),
    (&["claude-code", "key-creator"], "key-creator-not-member"),
    (&["typescript", "ts-1", "error-code", "api-key-scope-missing"], "key-scope-missing"),
    (&["java", "error-code", "ip-not-allowed"], "ip-not-allowed"),
    (&["claude-code", "ip-not-allowed"], "ip-not-allowed"),
    (&["typescript", "ts-1", "could-not-resolve", "hosted", "vercel"], "hosting-vercel"),
    (&["typescript", "ts-1", "could-not-resolve", "hosted", "netlify"], "hosting-netlify"),
    (&["python", "py-2", "could-not-resolve", "hosted", "lambda"], "hosting-lambda"),
    (&["python", "py-2", "could-not-resolve", "hosted", "cloud-run"], "hosting-cloud-run"),
    (&["python", "py-1", "invalid-x-api-key", "api03", "hint-differs", "hosting", "vercel"], "hosting-vercel"),
    (&["litellm", "missing-key", "ci-fork"], "actions-secret-fork"),
    (&["python", "py-1", "could-not-resolve", "docker-build"], "docker-build-vs-run"),
    (&["claude-code", "api-key-auth-disabled"], "claude-code-api-key-auth-disabled"),
    (&["claude-code", "subscription-disabled"], "claude-code-subscription-disabled"),
    (&["claude-code", "profile"], "claude-code-profile"),
    (&["claude-code", "invalid-api-key", "profile"], "claude-code-profile"),
    (&["typescript", "ts-1", "invalid-bearer", "works-elsewhere"], "bearer-works-differently"),
    (&["python", "py-2", "invalid-bearer", "both-set"], "key-and-token-both-set"),
    (&["python", "py-1", "error-code", "organization-disabled"], "org-disabled"),
];

/// The causes issue 7 added (the ids in /work/notes/new-slugs.md, less the question).
const NEW_CAUSES: &[&str] = &[
    "two-credential-arguments",
    "key-and-token-both-set",
    "env-key-shadows-profile",
    "profile-not-found",
    "profile-bad-json",
    "profile-unknown-type",
    "profile-file-modes",
    "profile-dir-mismatch",
    "active-profile-missing",
    "profile-login-expired",
    "federation-rule-mismatch",
    "federation-workspace-missing",
    "identity-token-file-missing",
    "federation-partial-env",
    "payment-required",
    "organization-on-hold",
    "key-creator-not-member",
    "key-scope-missing",
    "ip-not-allowed",
    "hosting-vercel",
    "hosting-netlify",
    "hosting-lambda",
    "hosting-cloud-run",
    "actions-secret-fork",
    "docker-build-vs-run",
    "claude-code-api-key-auth-disabled",
    "claude-code-subscription-disabled",
    "claude-code-profile",
    "bearer-works-differently",
];

#[test]
fn every_new_cause_is_reached_by_the_answers_a_user_gives() {
    for (clicks, cause) in NEW_CAUSE_WALKS {
        let s = clicks.iter().fold(Session::begin(), |s, value| s.click(value));
        assert_eq!(s.cause(), *cause, "{clicks:?} → {}", s.walk.href());
    }
    let walked: Vec<&str> = NEW_CAUSE_WALKS.iter().map(|(_, cause)| *cause).collect();
    let missing: Vec<&&str> = NEW_CAUSES.iter().filter(|c| !walked.contains(c)).collect();
    assert!(missing.is_empty(), "no story reaches {missing:?}");
}

#[test]
fn messages_marked_unconfirmed_say_likely() {
    // The server's wording for a key sent as Bearer is not confirmed: such lines carry `likely`.
    let tree = load_tree();
    for cause in &tree.cause {
        for line in &cause.sees {
            let bearer_for_a_key = line.text.contains("Invalid bearer token")
                && matches!(line.sdk, Some(Generation::Python2 | Generation::Typescript1));
            if bearer_for_a_key && cause.id.as_str() != "stray-auth-token" {
                assert!(line.likely || cause.likely, "{}: {}", cause.id, line.text);
            }
        }
    }
}

// ---- URLs ----------------------------------------------------------------------------------

#[test]
fn every_answer_link_survives_the_url() {
    let tree = load_tree();
    for q in &tree.question {
        let at = Walk::from_href(&step_link(&q.id, &[("tool".into(), "python".into())])).expect("step link");
        for a in &q.answer {
            let walk = at.answer(q, a);
            assert_eq!(Walk::from_href(&walk.href()), Some(walk.clone()), "{} → {}", q.id, a.value);
            assert!(!matches!(walk.resolve(&tree), Resolved::NotFound(_)), "{} → {} is not found", q.id, a.value);
        }
    }
}

#[test]
fn every_cause_and_question_has_a_working_link() {
    let tree = load_tree();
    let ids = tree.question.iter().map(|q| &q.id).chain(tree.cause.iter().map(|c| &c.id));
    for id in ids {
        let walk = Walk::from_href(&step_link(id, &[])).expect("step link");
        match walk.resolve(&tree) {
            Resolved::Node(node) => assert_eq!(node.id(), id),
            other => panic!("{id}: {other:?}"),
        }
    }
}

#[test]
fn special_pages_start_and_unknown_steps() {
    let tree = load_tree();
    assert_eq!(Walk::from_search("").resolve(&tree), Resolved::Start);
    assert_eq!(Walk::from_search("?step=").resolve(&tree), Resolved::Start);
    assert_eq!(Walk::from_search("?step=done").resolve(&tree), Resolved::Done);
    assert_eq!(Walk::from_search("?step=all-causes").resolve(&tree), Resolved::AllCauses);
    assert_eq!(Walk::from_search("?step=no-such-step").resolve(&tree), Resolved::NotFound("no-such-step".into()));
    assert_eq!(Walk::from_search("?step=../../etc").resolve(&tree), Resolved::NotFound("../.…".into()));
    assert!(matches!(Walk::from_search("?step=Key-Not-Set").resolve(&tree), Resolved::Node(_)));
}

#[test]
fn junk_params_are_dropped_and_nothing_secret_is_kept() {
    let key = format!("sk-ant-api03-{}AA", "Ab1_".repeat(23));
    let search =
        format!("?utm_source=x&step=where-runs&tool=python&api_key={key}&says={key}&tool=go&runs=docker%20desktop");
    let walk = Walk::from_search(&search);
    assert_eq!(walk.href(), "step/where-runs/?tool=python");
    let pasted = Walk::from_search(&format!("?step={key}"));
    assert!(!pasted.href().contains("api03"));
    assert!(matches!(pasted.resolve(&load_tree()), Resolved::NotFound(s) if s.chars().count() <= 5));
}

#[test]
fn round_trips() {
    let walks = [
        Walk::default(),
        Walk { step: Some("done".into()), answers: vec![] },
        Walk {
            step: Some("key-prefix".into()),
            answers: vec![("tool".into(), "curl".into()), ("says".into(), "invalid-x-api-key".into())],
        },
        Walk { step: Some("unknown-step".into()), answers: vec![("os".into(), "windows".into())] },
    ];
    for walk in walks {
        assert_eq!(Walk::from_href(&walk.href()), Some(walk.clone()));
    }
}
