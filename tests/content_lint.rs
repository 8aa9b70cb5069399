//! Content lint: no card, question or key-checker text states, without naming the versions it
//! holds for, that the SDKs send the key as `x-api-key` or that they send both headers (true
//! only for Python ≤ 1.17, TypeScript ≤ 0.137 and Claude Code since 2026-10-21). The lint is
//! `tree::stale_claim`, which `validate()` runs on every text of the tree; these tests prove it
//! finds such a sentence when one is planted in the real tree, and apply it to the key checker.

mod support;
use support::{body, load_tree};

use key_doctor::diagnose::key::{self, Family, Provider};
use key_doctor::diagnose::tree::{Generation, Problem, SdkRow, Tree, stale_claim};

fn stale(tree: &Tree) -> Vec<String> {
    tree.validate()
        .into_iter()
        .filter_map(|p| match p {
            Problem::StaleClaim { owner, sentence } => Some(format!("{owner:?}: {sentence}")),
            _ => None,
        })
        .collect()
}

#[test]
fn no_card_states_an_older_generations_behaviour_as_everyones() {
    let found = stale(&load_tree());
    assert!(found.is_empty(), "{} stale claim(s):\n{}", found.len(), found.join("\n"));
}

#[test]
fn a_stale_sentence_planted_in_the_real_tree_is_found() {
    let bad = [
        "The SDKs send the key in the x-api-key header.",
        "The Python SDK sends both headers when both variables are set.",
        "client = anthropic.Anthropic()  # reads ANTHROPIC_API_KEY and sends it as x-api-key",
    ];
    for sentence in bad {
        let mut tree = load_tree();
        let cause = tree.cause.iter_mut().find(|c| c.id.as_str() == "bearer-instead-of-x-api-key").expect("card");
        cause.steps.push(sentence.to_string());
        assert_eq!(stale(&tree).len(), 1, "{sentence}");
    }
    let mut tree = load_tree();
    tree.question[0].help = "The SDKs expect the key in x-api-key.".into();
    assert_eq!(stale(&tree).len(), 1, "question help is linted too");
    let mut tree = load_tree();
    tree.common[0].code.push_str("\n# the SDK sends the key as x-api-key\n");
    assert_eq!(stale(&tree).len(), 1, "common snippets are linted too");
}

#[test]
fn a_label_qualifies_a_claim_only_for_the_versions_it_is_true_of() {
    let claim = "Sends the key as x-api-key; the SDK sends both headers when a token is set too.";
    let with_row = |sdk: Generation| {
        let mut tree = load_tree();
        tree.cause[0].by_sdk.retain(|r| r.sdk != sdk);
        tree.cause[0].by_sdk.push(SdkRow { sdk, text: claim.into() });
        stale(&tree).len()
    };
    assert_eq!(with_row(Generation::Python1), 0);
    assert_eq!(with_row(Generation::Typescript0), 0);
    assert_eq!(with_row(Generation::ClaudeCode), 0);
    assert_eq!(with_row(Generation::Python2), 1, "wrong for Python 2");
    assert_eq!(with_row(Generation::Typescript1), 1, "wrong for TypeScript 1");
}

#[test]
fn the_key_checker_says_nothing_stale_either() {
    let families = [
        Family::AnthropicApiKey,
        Family::AnthropicAdminKey,
        Family::AnthropicComplianceKey,
        Family::AnthropicOauthToken,
        Family::AnthropicRefreshToken,
        Family::AnthropicSessionCookie,
        Family::AnthropicOther,
        Family::OtherProvider(Provider::OpenAi),
        Family::OtherProvider(Provider::BedrockApiKey),
        Family::Placeholder,
        Family::MaskedHint,
        Family::Unrecognized,
    ];
    for family in families {
        assert_eq!(stale_claim(family.explanation()), None, "{family:?}");
    }
    let k = format!("sk-ant-api03-{}AA", body(7, 93));
    let pastes = [
        format!("Bearer {k}"),
        format!("Authorization: Bearer {k}"),
        format!("x-api-key: {k}"),
        format!("ANTHROPIC_AUTH_TOKEN={k}"),
        format!("sk-ant-oat01-{}", body(8, 90)),
    ];
    for paste in &pastes {
        for finding in key::check(paste).findings {
            assert_eq!(stale_claim(&finding.message), None, "{paste}: {}", finding.message);
            assert_eq!(stale_claim(&finding.action), None, "{paste}: {}", finding.action);
        }
    }
}

#[test]
fn the_key_checkers_old_wording_would_have_been_caught() {
    // The standard key's description before issue 7: proves the lint reads the key texts' style.
    let old = "A standard Claude API key, created in Claude Console › Settings › API keys. It is what the API and the SDKs expect in the x-api-key header (usually from ANTHROPIC_API_KEY).";
    assert!(stale_claim(old).is_some());
}
