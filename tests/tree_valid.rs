//! The decision tree's content is sound (`validate()` finds nothing, every canonical cause
//! exists and can be reached), and `validate()` does catch each kind of problem.

mod support;
use support::load_tree;

use std::collections::{BTreeSet, VecDeque};

use key_doctor::diagnose::tree::{
    Cause, Choice, Generation, Group, Problem, Question, Role, SdkRow, Seen, Snippet, StepId, Surface, Tree,
};

/// Every cause slug the product links to (the brief's canonical list).
const CAUSES: &[&str] = &[
    "key-not-set",
    "dotenv-not-loaded",
    "dotenv-shadowed",
    "other-shell",
    "windows-setx",
    "jupyter-kernel",
    "docker-env-missing",
    "ci-secret-missing",
    "client-before-env",
    "paste-artefacts",
    "truncated-key",
    "key-revoked",
    "other-provider-key",
    "not-an-api-key",
    "wrong-workspace",
    "owner-left",
    "workspace-id-required",
    "no-credits",
    "subscription-not-api",
    "spend-limit",
    "org-disabled",
    "oauth-token-as-key",
    "admin-key-for-messages",
    "bearer-instead-of-x-api-key",
    "stray-auth-token",
    "missing-version-header",
    "browser-opt-in-header",
    "proxy-forwards-origin",
    "org-forbids-browser",
    "base-url-proxy",
    "region-blocked",
    "network-unreachable",
    "rate-limited",
    "api-unavailable",
    "claude-code-env-overrides-login",
    "claude-code-api-key-helper",
    "claude-code-login-expired",
    "claude-code-not-logged-in",
    "bedrock-vertex-credentials",
    // Today's SDKs (issue 7): /work/notes/new-slugs.md
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
/// The question ids other parts of the product rely on.
const QUESTIONS: &[&str] = &["which-tool", "which-sdk-version", "where-runs", "which-os", "what-says"];

fn id(s: &str) -> StepId {
    s.parse().expect(s)
}

#[test]
fn the_real_tree_has_no_problems() {
    let problems = load_tree().validate();
    let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{} problem(s):\n{}", list.len(), list.join("\n"));
}

#[test]
fn every_canonical_cause_and_question_exists() {
    let tree = load_tree();
    let missing: Vec<_> = CAUSES.iter().filter(|c| tree.cause(&id(c)).is_none()).collect();
    assert!(missing.is_empty(), "causes missing: {missing:?}");
    let missing: Vec<_> = QUESTIONS.iter().filter(|q| tree.question(&id(q)).is_none()).collect();
    assert!(missing.is_empty(), "questions missing: {missing:?}");
    assert_eq!(tree.start, Some(id("which-tool")));
}

#[test]
fn no_cause_outside_the_canonical_list() {
    let tree = load_tree();
    let extra: Vec<_> = tree.cause.iter().filter(|c| !CAUSES.contains(&c.id.as_str())).map(|c| &c.id).collect();
    assert!(extra.is_empty(), "add these to the canonical list (and route.rs) or rename them: {extra:?}");
}

/// Breadth-first from the start, independent of `validate()`: the fewest clicks to each node.
fn clicks_to_each(tree: &Tree) -> Vec<(StepId, usize)> {
    let start = tree.start.clone().expect("start");
    let mut seen = vec![(start.clone(), 0)];
    let mut queue = VecDeque::from([(start, 0)]);
    while let Some((at, depth)) = queue.pop_front() {
        let nexts: Vec<StepId> = match (tree.question(&at), tree.cause(&at)) {
            (Some(q), _) => q.answer.iter().map(|a| a.next.clone()).collect(),
            (None, Some(c)) => c.next.iter().cloned().collect(),
            _ => vec![],
        };
        for next in nexts {
            if !seen.iter().any(|(s, _)| *s == next) {
                seen.push((next.clone(), depth + 1));
                queue.push_back((next, depth + 1));
            }
        }
    }
    seen
}

#[test]
fn every_cause_is_reachable_in_a_few_answers() {
    let tree = load_tree();
    let reached = clicks_to_each(&tree);
    // Through answers alone (not "No, next cause"), so the walk itself reaches each cause.
    let by_answers = {
        let mut t = tree.clone();
        t.cause.iter_mut().for_each(|c| c.next = None);
        clicks_to_each(&t)
    };
    for cause in &tree.cause {
        assert!(reached.iter().any(|(s, _)| *s == cause.id), "{} is unreachable", cause.id);
        let depth = by_answers.iter().find(|(s, _)| *s == cause.id).map(|(_, d)| *d);
        assert!(depth.is_some_and(|d| d <= 7), "{} takes {depth:?} answers from the start", cause.id);
    }
}

#[test]
fn every_group_has_causes_in_order() {
    let tree = load_tree();
    let groups: Vec<Group> = tree.causes_by_group().into_iter().map(|(g, _)| g).collect();
    assert_eq!(groups, Group::ALL.to_vec());
}

#[test]
fn the_json_asset_reads_back_as_the_same_tree() {
    let tree = load_tree();
    let json = serde_json::to_string(&tree).expect("json");
    let back: Tree = serde_json::from_str(&json).expect("parse back");
    assert_eq!(back, tree);
}

// ---- the validator can fail -------------------------------------------------------------

fn snippet(surface: Surface, role: Role, code: &str) -> Snippet {
    Snippet { surface, role, code: code.into(), note: String::new(), sdk: None }
}

fn cause(slug: &str, next: Option<&str>) -> Cause {
    Cause {
        id: id(slug),
        title: format!("Cause {slug}"),
        group: Group::Environment,
        likely: false,
        sees: vec!["invalid x-api-key".into()],
        why: "Because.".into(),
        steps: vec!["Do this.".into()],
        by_sdk: vec![],
        snippet: vec![snippet(Surface::Bash, Role::Verify, "echo \"length: ${#ANTHROPIC_API_KEY}\"")],
        prevention: vec!["Check at start-up.".into()],
        next: next.map(id),
    }
}

fn choice(value: &str, next: &str) -> Choice {
    Choice { value: value.into(), label: format!("Answer {value}"), next: id(next), sdk: None }
}

/// start → q1 → (a: q2 → c1 → c2, b: c3, c: all-causes)
fn sound() -> Tree {
    Tree {
        start: Some(id("q1")),
        question: vec![
            Question {
                id: id("q1"),
                title: "First?".into(),
                help: String::new(),
                param: "tool".into(),
                answer: vec![choice("a", "q2"), choice("b", "c3"), choice("c", "all-causes")],
            },
            Question {
                id: id("q2"),
                title: "Second?".into(),
                help: String::new(),
                param: "says".into(),
                answer: vec![choice("x", "c1")],
            },
        ],
        cause: vec![cause("c1", Some("c2")), cause("c2", None), cause("c3", None)],
        common: vec![snippet(Surface::Python, Role::Workaround, "except anthropic.AuthenticationError:\n    raise")],
    }
}

#[test]
fn the_hand_made_tree_is_sound() {
    assert_eq!(sound().validate(), vec![]);
}

#[test]
fn validate_catches_each_kind_of_problem() {
    type Break = fn(&mut Tree);
    let cases: Vec<(&str, Break, Problem)> = vec![
        ("no start", |t| t.start = None, Problem::NoStart),
        ("dangling start", |t| t.start = Some(id("nope")), Problem::DanglingStart(id("nope"))),
        ("duplicate id", |t| t.cause[2].id = id("q2"), Problem::DuplicateId(id("q2"))),
        ("reserved id", |t| t.cause[2].id = id("done"), Problem::ReservedId(id("done"))),
        (
            "dangling answer",
            |t| t.question[1].answer[0].next = id("gone"),
            Problem::DanglingAnswer { question: id("q2"), value: "x".into(), next: id("gone") },
        ),
        (
            "dangling next",
            |t| t.cause[1].next = Some(id("gone")),
            Problem::DanglingNext { cause: id("c2"), next: id("gone") },
        ),
        (
            "next is a question",
            |t| t.cause[1].next = Some(id("q1")),
            Problem::NextNotCause { cause: id("c2"), next: id("q1") },
        ),
        (
            "unreachable",
            |t| {
                t.question[0].answer.remove(1);
            },
            Problem::Unreachable(id("c3")),
        ),
        (
            "question cycle",
            |t| t.question[1].answer.push(choice("y", "q1")),
            Problem::QuestionCycle(vec![id("q1"), id("q2")]),
        ),
        ("cause cycle", |t| t.cause[1].next = Some(id("c1")), Problem::CauseCycle(vec![id("c1"), id("c2")])),
        ("no answers", |t| t.question[1].answer.clear(), Problem::NoAnswers(id("q2"))),
        (
            "duplicate answer",
            |t| t.question[0].answer.push(choice("a", "c3")),
            Problem::DuplicateAnswer { question: id("q1"), value: "a".into() },
        ),
        (
            "unknown param",
            |t| t.question[0].param = "apikey".into(),
            Problem::UnknownParam { question: id("q1"), param: "apikey".into() },
        ),
        (
            "bad answer value",
            |t| t.question[0].answer[1].value = "Sk Ant".into(),
            Problem::BadAnswerValue { question: id("q1"), value: "Sk Ant".into() },
        ),
        ("empty title", |t| t.question[0].title = " ".into(), Problem::EmptyText { id: id("q1"), field: "title" }),
        ("no steps", |t| t.cause[0].steps.clear(), Problem::NoSteps(id("c1"))),
        ("no verify", |t| t.cause[0].snippet[0].role = Role::Fixed, Problem::NoVerify(id("c1"))),
        ("no prevention", |t| t.cause[0].prevention.clear(), Problem::NoPrevention(id("c1"))),
        ("no sees", |t| t.cause[0].sees.clear(), Problem::NoSees(id("c1"))),
        ("empty why", |t| t.cause[0].why = "\n".into(), Problem::EmptyWhy(id("c1"))),
        (
            "empty snippet",
            |t| t.common[0].code.clear(),
            Problem::EmptySnippet { owner: None, surface: Surface::Python, role: Role::Workaround },
        ),
        (
            "prints the secret",
            |t| t.cause[0].snippet.push(snippet(Surface::Bash, Role::Detect, "echo \"key is $ANTHROPIC_API_KEY\"")),
            Problem::PrintsSecret { owner: Some(id("c1")), surface: Surface::Bash, role: Role::Detect },
        ),
        (
            "prints the secret in python",
            |t| {
                let code = "import os\nprint(os.environ[\"ANTHROPIC_API_KEY\"])";
                t.cause[1].snippet[0] = snippet(Surface::Python, Role::Verify, code);
            },
            Problem::PrintsSecret { owner: Some(id("c2")), surface: Surface::Python, role: Role::Verify },
        ),
        (
            "hard-coded key",
            |t| {
                let code = "client = Anthropic(api_key=\"sk-ant-api03-AAAAbbbbCCCCddddEEEEffff\")";
                t.cause[2].snippet.push(snippet(Surface::Python, Role::Fixed, code));
            },
            Problem::HardCodedKey { owner: Some(id("c3")), surface: Surface::Python, role: Role::Fixed },
        ),
        (
            "unknown sdk on a line",
            |t| {
                t.cause[0].sees.push(Seen {
                    text: "Pass at most one of".into(),
                    sdk: Some("py-9".into()),
                    likely: false,
                })
            },
            Problem::UnknownSdk { id: id("c1"), sdk: "py-9".into() },
        ),
        (
            "unknown sdk on an answer",
            |t| t.question[0].answer[0].sdk = Some("python-2".into()),
            Problem::UnknownSdk { id: id("q1"), sdk: "python-2".into() },
        ),
        (
            "unknown sdk on a row",
            |t| t.cause[1].by_sdk.push(SdkRow { sdk: "node".into(), text: "Sends Bearer.".into() }),
            Problem::UnknownSdk { id: id("c2"), sdk: "node".into() },
        ),
        (
            "unknown sdk on a snippet",
            |t| t.cause[2].snippet[0].sdk = Some("go-2".into()),
            Problem::UnknownSdk { id: id("c3"), sdk: "go-2".into() },
        ),
        (
            "python sdk on a typescript snippet",
            |t| {
                let mut s = snippet(Surface::Typescript, Role::Fixed, "const client = new Anthropic();");
                s.sdk = Some(Generation::Python2);
                t.cause[0].snippet.push(s);
            },
            Problem::SdkOnWrongSurface {
                owner: Some(id("c1")),
                surface: Surface::Typescript,
                role: Role::Fixed,
                sdk: Generation::Python2,
            },
        ),
        (
            "a repeated row",
            |t| {
                let row = SdkRow { sdk: Generation::Typescript1, text: "Sends Bearer.".into() };
                t.cause[0].by_sdk = vec![row.clone(), row];
            },
            Problem::RepeatedSdkRow { cause: id("c1"), sdk: Generation::Typescript1 },
        ),
        (
            "an empty row",
            |t| t.cause[0].by_sdk.push(SdkRow { sdk: Generation::RawHttp, text: " ".into() }),
            Problem::EmptyText { id: id("c1"), field: "by_sdk row" },
        ),
        (
            "a stale claim in why",
            |t| t.cause[0].why = "Fine. The SDKs send the key in the x-api-key header.".into(),
            Problem::StaleClaim {
                owner: Some(id("c1")),
                sentence: "The SDKs send the key in the x-api-key header.".into(),
            },
        ),
        (
            "a stale claim in a code comment",
            |t| {
                let code = "client = anthropic.Anthropic()  # sends it as x-api-key";
                t.cause[1].snippet.push(snippet(Surface::Python, Role::Fixed, code));
            },
            Problem::StaleClaim {
                owner: Some(id("c2")),
                sentence: "client = anthropic.Anthropic()  # sends it as x-api-key".into(),
            },
        ),
        (
            "a stale claim in today's SDK's row",
            |t| {
                let text = "The SDK sends both headers.";
                t.cause[2].by_sdk.push(SdkRow { sdk: Generation::Python2, text: text.into() });
            },
            Problem::StaleClaim { owner: Some(id("c3")), sentence: "The SDK sends both headers.".into() },
        ),
        (
            "a stale claim in a question's help",
            |t| t.question[1].help = "The SDKs expect an API key in x-api-key.".into(),
            Problem::StaleClaim { owner: Some(id("q2")), sentence: "The SDKs expect an API key in x-api-key.".into() },
        ),
    ];
    for (name, break_it, expected) in cases {
        let mut tree = sound();
        break_it(&mut tree);
        let problems = tree.validate();
        assert!(problems.contains(&expected), "{name}: expected {expected:?}, got {problems:?}");
        assert!(!expected.to_string().is_empty());
    }
}

#[test]
fn a_claim_labelled_for_the_versions_it_holds_for_passes() {
    let mut tree = sound();
    let old = "The SDK sends the key as x-api-key; with a token set too, it sends both headers.";
    tree.cause[0].by_sdk.push(SdkRow { sdk: Generation::Python1, text: old.into() });
    tree.cause[0].sees.push(Seen {
        text: "both headers sent".into(),
        sdk: Some(Generation::Typescript0),
        likely: true,
    });
    let mut code = snippet(Surface::Python, Role::Broken, "client = anthropic.Anthropic()  # sends it as x-api-key");
    code.sdk = Some(Generation::Python1);
    tree.cause[0].snippet.push(code);
    tree.cause[1].why = "Python ≤ 1.17 sends both headers.".into();
    assert_eq!(tree.validate(), vec![]);
}

#[test]
fn the_walk_knows_the_users_sdk_from_the_last_answer_that_names_one() {
    let mut tree = sound();
    tree.question[0].answer[0].sdk = Some(Generation::RawHttp);
    tree.question[1].answer[0].sdk = Some(Generation::Python2);
    let answers = |list: &[(&str, &str)]| list.iter().map(|(p, v)| (p.to_string(), v.to_string())).collect::<Vec<_>>();
    assert_eq!(tree.sdk_of(&answers(&[("tool", "a")])), Some(Generation::RawHttp));
    assert_eq!(tree.sdk_of(&answers(&[("tool", "a"), ("says", "x")])), Some(Generation::Python2));
    assert_eq!(tree.sdk_of(&answers(&[("tool", "b")])), None);
    assert_eq!(tree.sdk_of(&answers(&[("says", "nope")])), None);
}

#[test]
fn validate_reports_every_problem_at_once() {
    let mut tree = sound();
    tree.cause[0].steps.clear();
    tree.cause[1].why.clear();
    tree.question[1].answer[0].next = id("gone");
    let problems = tree.validate();
    assert!(problems.contains(&Problem::NoSteps(id("c1"))));
    assert!(problems.contains(&Problem::EmptyWhy(id("c2"))));
    assert!(problems.iter().any(|p| matches!(p, Problem::DanglingAnswer { .. })));
}

#[test]
fn a_broken_example_may_show_the_mistake() {
    let mut tree = sound();
    let code = "client = Anthropic(api_key=\"sk-ant-api03-AAAAbbbbCCCCddddEEEEffff\")\nprint(client.api_key)";
    tree.cause[0].snippet.push(snippet(Surface::Python, Role::Broken, code));
    assert_eq!(tree.validate(), vec![]);
}

#[test]
fn merge_keeps_order_and_refuses_two_starts() {
    let mut questions = sound();
    let causes = Tree { start: None, question: vec![], cause: questions.cause.split_off(0), common: vec![] };
    let merged = Tree::merge([questions.clone(), causes.clone()]).expect("merge");
    assert_eq!(merged, sound());
    let other_start = Tree { start: Some(id("q2")), ..Tree::default() };
    assert_eq!(Tree::merge([questions, other_start]), Err(Problem::StartConflict(id("q1"), id("q2"))));
}

#[test]
fn snippets_for_adds_common_ones_on_uncovered_surfaces() {
    let mut tree = sound();
    tree.common.push(snippet(Surface::Bash, Role::Verify, "common bash"));
    tree.common.push(snippet(Surface::Python, Role::Verify, "common python"));
    let c1 = tree.cause[0].clone();
    let codes: Vec<&str> = tree.snippets_for(&c1, Role::Verify).iter().map(|s| s.code.as_str()).collect();
    assert_eq!(codes, vec!["echo \"length: ${#ANTHROPIC_API_KEY}\"", "common python"]);
    let surfaces: BTreeSet<Surface> = tree.snippets_for(&c1, Role::Workaround).iter().map(|s| s.surface).collect();
    assert_eq!(surfaces, BTreeSet::from([Surface::Python]));
}

#[test]
fn every_route_target_is_a_step_of_the_tree() {
    let tree = load_tree();
    let missing: Vec<String> = key_doctor::diagnose::route::all_targets()
        .into_iter()
        .filter(|step| !step.is_special() && tree.node(step).is_none())
        .map(|step| step.to_string())
        .collect();
    assert!(missing.is_empty(), "route.rs sends users to steps the tree lacks: {missing:?}");
}

#[test]
fn the_start_pages_fixed_links_name_real_steps() {
    use key_doctor::diagnose::walk::{ERROR_MESSAGES, WALK_START, fixed_link};
    let tree = load_tree();
    assert_eq!(tree.start.as_ref().map(StepId::as_str), Some(WALK_START));
    for slug in [WALK_START, ERROR_MESSAGES] {
        assert!(tree.node(&id(slug)).is_some(), "{slug} is not a step");
        assert_eq!(fixed_link(slug), format!("step/{slug}/"));
    }
    assert_eq!(fixed_link("all-causes"), "step/all-causes/");
    assert_eq!(fixed_link("Not A Slug"), "", "the start page");
}

#[test]
fn every_fix_card_shows_detection_a_workaround_and_a_fix() {
    let tree = load_tree();
    for cause in &tree.cause {
        for role in [Role::Detect, Role::Fixed, Role::Workaround, Role::Verify] {
            assert!(!tree.snippets_for(cause, role).is_empty(), "{} shows no {role:?} snippet", cause.id);
        }
        let workaround = tree.snippets_for(cause, Role::Workaround);
        assert!(
            workaround.iter().any(|s| s.surface == Surface::Python && s.code.contains("anthropic.AuthenticationError")),
            "{}: the Python workaround must catch anthropic.AuthenticationError",
            cause.id
        );
    }
}

#[test]
fn the_browser_reads_back_the_walk_index_the_build_writes() {
    let index = load_tree().walk_index();
    let written = serde_json::to_string(&index).expect("JSON");
    assert_eq!(Tree::read_index(&written), Some(index), "walk.json reads back whole, every entry kept");
}
