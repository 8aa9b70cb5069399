//! The privacy page states the Content-Security-Policy from `diagnose::csp`; this checks that it
//! is, word for word, the policy `index.html` (the template of every page) carries.

use key_doctor::diagnose::csp;

/// The `content` of the template's Content-Security-Policy meta element.
fn template_policy() -> String {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).expect("index.html");
    let meta = html.find("http-equiv=\"Content-Security-Policy\"").expect("a CSP meta element");
    let rest = &html[meta..];
    let start = rest.find("content=\"").expect("a content attribute") + "content=\"".len();
    let end = rest[start..].find('"').expect("the attribute ends");
    rest[start..start + end].to_string()
}

#[test]
fn the_stated_policy_is_the_one_the_page_carries() {
    assert_eq!(csp::policy(), template_policy());
}

#[test]
fn the_api_is_the_only_other_place_the_page_may_connect_to() {
    let connect = csp::DIRECTIVES.iter().find(|d| d.name == "connect-src").expect("connect-src");
    assert_eq!(connect.value, "'self' https://api.anthropic.com");
    assert_eq!(csp::DIRECTIVES.iter().filter(|d| d.value.contains("https://")).count(), 1);
}
