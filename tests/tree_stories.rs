//! Walks through the real tree that read like a user's session: each click follows an
//! answer link, goes through the URL (as the browser does) and lands where it should.

mod support;
use support::load_tree;

use key_doctor::diagnose::tree::{Node, StepId, Tree};
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
        Session { walk: Walk::from_search(&step_link(&start, &[])), tree }
    }

    /// Clicks the answer with this value on the current question, then loads the link's URL.
    fn click(mut self, value: &str) -> Session {
        let Resolved::Node(Node::Question(q)) = self.walk.resolve(&self.tree) else {
            panic!("at {:?}, not a question, cannot answer {value}", self.walk.step);
        };
        let choice = q.answer.iter().find(|a| a.value == value);
        let choice = choice.unwrap_or_else(|| panic!("{} has no answer {value}", q.id));
        let href = self.walk.answer(q, choice).to_query();
        self.walk = Walk::from_search(&href);
        self
    }

    /// Follows a plain link (e.g. "No, show the next likely cause").
    fn follow(mut self, href: &str) -> Session {
        self.walk = Walk::from_search(href);
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
        assert_eq!(self.cause(), cause, "walk: {}", self.walk.to_query());
        self
    }
}

fn id(s: &str) -> StepId {
    s.parse().expect(s)
}

#[test]
fn python_in_docker_without_the_key_is_told_to_pass_it_into_the_container() {
    let s = Session::begin().click("python").click("could-not-resolve").click("docker").lands_on("docker-env-missing");
    assert_eq!(s.walk.to_query(), "?step=docker-env-missing&tool=python&says=could-not-resolve&runs=docker");
}

#[test]
fn claude_code_with_invalid_bearer_token_finds_the_stray_auth_token() {
    Session::begin().click("claude-code").click("invalid-bearer").lands_on("stray-auth-token");
}

#[test]
fn typescript_in_the_browser_with_the_cors_message_needs_the_opt_in_header() {
    Session::begin().click("typescript").click("cors-must-set").click("browser").lands_on("browser-opt-in-header");
}

#[test]
fn a_server_proxy_with_the_cors_message_forwards_the_origin() {
    Session::begin().click("typescript").click("cors-must-set").click("server").lands_on("proxy-forwards-origin");
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
    Session::begin().click("python").click("could-not-resolve").click("jupyter").lands_on("jupyter-kernel");
}

#[test]
fn a_subscription_token_pasted_as_the_key_is_recognized() {
    Session::begin().click("python").click("invalid-x-api-key").click("oat01").lands_on("oauth-token-as-key");
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
    let yes = s.walk.goto("done").to_query();
    assert_eq!(Walk::from_search(&yes).resolve(&s.tree), Resolved::Done);
}

#[test]
fn a_stale_shell_variable_hides_the_new_key_in_dotenv() {
    Session::begin()
        .click("python")
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
    Session::begin().click("python").click("credit-too-low").click("subscription").lands_on("subscription-not-api");
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
    let s = Session::begin().click("python").click("could-not-resolve").click("docker");
    let trail = s.walk.trail(&s.tree);
    let titles: Vec<&str> = trail.iter().map(|t| t.question.as_str()).collect();
    assert_eq!(titles, ["which-tool", "what-says", "where-runs"]);
    assert_eq!(trail[0].answer_label, "Python SDK (anthropic)");
    assert!(trail.iter().all(|t| !t.question_title.is_empty()));
    assert_eq!(trail[0].change_link, "?step=which-tool");
    assert_eq!(trail[2].change_link, "?step=where-runs&tool=python&says=could-not-resolve");
    // Change "what does the error say": back at that question, only the tool is kept …
    let s = s.follow(&trail[1].change_link.clone());
    assert_eq!(s.walk.answers, vec![("tool".to_string(), "python".to_string())]);
    // … and a new answer replaces the old path.
    let s = s.click("invalid-x-api-key").click("other-provider").lands_on("other-provider-key");
    let trail = s.walk.trail(&s.tree);
    assert_eq!(trail.len(), 3);
    assert!(!s.walk.to_query().contains("docker"));
}

#[test]
fn answering_a_param_again_drops_the_answers_after_it() {
    let s = Session::begin().click("python").click("invalid-x-api-key").click("api03");
    let at_tool = s.walk.goto("which-tool");
    let tree = &s.tree;
    let q = tree.question(&id("which-tool")).expect("which-tool");
    let curl = q.answer.iter().find(|a| a.value == "curl").expect("curl");
    let after = at_tool.answer(q, curl);
    assert_eq!(after.answers, vec![("tool".to_string(), "curl".to_string())]);
}

// ---- URLs ----------------------------------------------------------------------------------

#[test]
fn every_answer_link_survives_the_url() {
    let tree = load_tree();
    for q in &tree.question {
        let at = Walk::from_search(&step_link(&q.id, &[("tool".into(), "python".into())]));
        for a in &q.answer {
            let walk = at.answer(q, a);
            assert_eq!(Walk::from_search(&walk.to_query()), walk, "{} → {}", q.id, a.value);
            assert!(!matches!(walk.resolve(&tree), Resolved::NotFound(_)), "{} → {} is not found", q.id, a.value);
        }
    }
}

#[test]
fn every_cause_and_question_has_a_working_link() {
    let tree = load_tree();
    let ids = tree.question.iter().map(|q| &q.id).chain(tree.cause.iter().map(|c| &c.id));
    for id in ids {
        let walk = Walk::from_search(&step_link(id, &[]));
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
    assert_eq!(walk.to_query(), "?step=where-runs&tool=python");
    let pasted = Walk::from_search(&format!("?step={key}"));
    assert!(!pasted.to_query().contains("api03"));
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
        assert_eq!(Walk::from_search(&walk.to_query()), walk);
        let pairs = key_doctor::diagnose::walk::parse_query(&walk.to_query());
        assert_eq!(Walk::from_query(pairs), walk);
    }
}
