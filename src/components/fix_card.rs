//! A cause page in the shape of a good error page: what you see, why, what each SDK version
//! does, detect, fix (broken vs fixed per surface), verify, workaround, prevention, and
//! "Did this fix it?".

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use super::copy_button::CopyButton;
use super::prose::Prose;
use super::snippet_tabs::SnippetTabs;
use super::step_heading::StepHeading;
use crate::diagnose::tree::ALL_CAUSES;
use crate::diagnose::tree::{Cause, Generation, Role, SdkRow, Seen, Tree};
use crate::diagnose::walk::{Walk, fixed_link, step_link};
use crate::site::href;

/// The fix card for one cause.
#[component]
pub fn FixCard(
    /// The whole tree, for the shared snippets.
    tree: Arc<Tree>,
    /// The cause to show.
    cause: Cause,
    /// Where the walk stands; "Did this fix it?" links keep its answers.
    walk: Walk,
) -> impl IntoView {
    let snippets =
        |roles: &[Role]| roles.iter().flat_map(|role| tree.snippets_for(&cause, *role)).cloned().collect::<Vec<_>>();
    let detect = snippets(&[Role::Detect]);
    let fix = snippets(&[Role::Broken, Role::Fixed]);
    let verify = snippets(&[Role::Verify]);
    let workaround = snippets(&[Role::Workaround]);
    let done = href(&walk.goto("done").href());
    let next = cause.next.as_ref().map(|next| href(&step_link(next, &walk.answers)));
    let why = cause.why.split("\n\n").map(|p| view! { <p><Prose text=p.trim()/></p> }).collect_view();
    let permalink = href(&step_link(&cause.id, &[]));
    let yours = tree.sdk_of(&walk.answers);
    let sees = cause.sees.iter().map(seen_line).collect_view();
    let by_sdk = (!cause.by_sdk.is_empty()).then(|| by_sdk_section(&cause.by_sdk, yours));
    view! {
        <article class="card fix-card">
            <p class="eyebrow">{cause.group.label()}</p>
            <StepHeading text=cause.title.clone()/>
            {cause.likely.then(|| view! {
                <p class="likely">"A likely cause: Anthropic's documentation does not confirm every detail below."</p>
            })}
            <section aria-labelledby="sees">
                <h2 id="sees">"What you see"</h2>
                {sees}
            </section>
            <section aria-labelledby="why">
                <h2 id="why">"Why it happens"</h2>
                {why}
            </section>
            {by_sdk}
            {(!detect.is_empty()).then(|| view! {
                <section aria-labelledby="detect">
                    <h2 id="detect">"Check for it"</h2>
                    <p class="help">"These print facts about the key and the API's answer (presence, length, hint, status), never the key itself."</p>
                    <SnippetTabs id="detect" snippets=detect/>
                </section>
            })}
            <section aria-labelledby="fix">
                <h2 id="fix">"Fix it"</h2>
                <ol class="steps">{cause.steps.iter().map(|s| view! { <li><Prose text=s.clone()/></li> }).collect_view()}</ol>
                {(!fix.is_empty()).then(|| view! { <SnippetTabs id="fix" snippets=fix/> })}
            </section>
            <section aria-labelledby="verify">
                <h2 id="verify">"Verify the fix"</h2>
                <p class="help">"Proves the fix without printing the secret."</p>
                <SnippetTabs id="verify" snippets=verify/>
            </section>
            {(!workaround.is_empty()).then(|| view! {
                <section aria-labelledby="workaround">
                    <h2 id="workaround">"Workaround: fail with a message that says what to check"</h2>
                    <SnippetTabs id="workaround" snippets=workaround/>
                </section>
            })}
            <section aria-labelledby="prevention">
                <h2 id="prevention">"Prevention"</h2>
                <ul>{cause.prevention.iter().map(|p| view! { <li><Prose text=p.clone()/></li> }).collect_view()}</ul>
            </section>
            <section class="did-it-work" aria-labelledby="did-it-work">
                <h2 id="did-it-work">"Did this fix it?"</h2>
                <p class="answers-inline">
                    <a class="button primary" href=done>"Yes, it works now"</a>
                    {match next {
                        Some(href) => Either::Left(view! { <a class="button" href=href>"No, show the next likely cause"</a> }),
                        None => Either::Right(view! { <a class="button" href=href(&fixed_link(ALL_CAUSES))>"No, see all causes"</a> }),
                    }}
                </p>
            </section>
            <p class="permalink">
                "Link to this step: "<code>{permalink.clone()}</code>" "
                <CopyButton text=permalink label="Copy link" absolute=true/>
            </p>
        </article>
    }
}

/// One message of "What you see", with the version that words it so, if only one does.
fn seen_line(seen: &Seen) -> impl IntoView + use<> {
    let label = match (&seen.sdk, seen.likely) {
        (None, false) => None,
        (Some(g), false) => Some(g.label().to_string()),
        (Some(g), true) => Some(format!("{} · likely wording", g.label())),
        (None, true) => Some("Likely wording".to_string()),
    };
    let label = label.map(|text| view! { <p class="sdk-label">{text}</p> });
    view! {
        {label}
        <pre class="message"><code>{seen.text.clone()}</code></pre>
    }
}

/// What each SDK version does here; the row of the version the user named is marked.
fn by_sdk_section(rows: &[SdkRow], yours: Option<Generation>) -> impl IntoView + use<> {
    let known = yours.as_ref().is_some_and(|y| rows.iter().any(|r| r.sdk == *y));
    let rows = rows
        .iter()
        .map(|row| {
            let mine = yours.as_ref() == Some(&row.sdk);
            // Every row carries its tag; the stylesheet shows it on the row marked as the user's
            // (the page is the same for every walk: the app marks the row from the answers).
            view! {
                <div class=if mine { "sdk-row yours" } else { "sdk-row" } data-sdk=row.sdk.slug().to_string()>
                    <dt>
                        {row.sdk.label().to_string()}
                        " "
                        <span class="yours-tag">"(your version)"</span>
                    </dt>
                    <dd><Prose text=row.text.clone()/></dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="by-sdk">
            <h2 id="by-sdk">"What your version does"</h2>
            {(!known).then(|| view! { <p class="help"><Prose text=Generation::HOW_TO_TELL/></p> })}
            <dl class="by-sdk">{rows}</dl>
        </section>
    }
}
