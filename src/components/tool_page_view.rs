//! One of the pages beside the walk.

use leptos::either::EitherOf3;
use leptos::prelude::*;

use super::no_key_page::NoKeyPage;
use super::privacy_page::PrivacyPage;
use super::which_credential_page::WhichCredentialPage;
use crate::diagnose::pages::ToolPage;

/// The page for `page`.
#[component]
pub fn ToolPageView(
    /// Which page.
    page: ToolPage,
) -> impl IntoView {
    match page {
        ToolPage::Privacy => EitherOf3::A(view! { <PrivacyPage/> }),
        ToolPage::NoKey => EitherOf3::B(view! { <NoKeyPage/> }),
        ToolPage::WhichCredential => EitherOf3::C(view! { <WhichCredentialPage/> }),
    }
}
