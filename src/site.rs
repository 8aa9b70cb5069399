//! Where the site lives: its base path (`/`, or `/tools/key-doctor/` when hosted under a
//! sub-path), and the one function that turns a link of the core (relative to the base) into
//! an href. Every link is absolute from the base, so it works from any page's depth, with or
//! without the wasm.

use std::cell::RefCell;

/// The id of the element the app lives in (the prerender writes it; the wasm takes it over).
pub const ROOT_ID: &str = "app";
/// The attribute on the root of `404.html`, the page static hosts serve for a path that is no file.
pub const NOT_FOUND_ATTR: &str = "data-not-found";

thread_local! {
    static BASE: RefCell<String> = RefCell::new("/".to_string());
}

/// Sets the base path: the prerender sets it from the public URL, the browser from the page.
/// A missing slash at either end is added.
pub fn set_base(base: &str) {
    let trimmed = base.trim().trim_matches('/');
    let base = if trimmed.is_empty() { "/".to_string() } else { format!("/{trimmed}/") };
    BASE.with(|b| *b.borrow_mut() = base);
}

/// The base path, with a slash at both ends.
pub fn base() -> String {
    BASE.with(|b| b.borrow().clone())
}

/// The href of a link the core built relative to the base (`""` is the start page).
pub fn href(link: &str) -> String {
    BASE.with(|b| format!("{}{link}", b.borrow()))
}

/// A path of this site, relative to its base (`None` outside it).
pub fn relative(path: &str) -> Option<String> {
    BASE.with(|b| {
        let base = b.borrow();
        if path == base.trim_end_matches('/') {
            Some(String::new())
        } else {
            path.strip_prefix(base.as_str()).map(str::to_string)
        }
    })
}

/// True where the page can act: in the browser, once the wasm runs. The prerendered HTML is
/// built natively, where this is false, so it never offers a button that cannot work yet.
pub const fn interactive() -> bool {
    cfg!(target_arch = "wasm32")
}

/// What was typed or pasted into a field (an input or a textarea) of the prerendered page
/// before the wasm took it over: the app keeps it and checks it. Empty natively, and for a
/// field that is not there.
pub fn typed_before(id: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let Some(field) = leptos::prelude::document().get_element_by_id(id) else { return String::new() };
        match field.dyn_into::<web_sys::HtmlInputElement>() {
            Ok(input) => input.value(),
            Err(field) => field.dyn_into::<web_sys::HtmlTextAreaElement>().map(|area| area.value()).unwrap_or_default(),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = id;
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_hang_off_the_base() {
        set_base("tools/key-doctor");
        assert_eq!(base(), "/tools/key-doctor/");
        assert_eq!(href("step/done/"), "/tools/key-doctor/step/done/");
        assert_eq!(relative("/tools/key-doctor/step/x/").as_deref(), Some("step/x/"));
        assert_eq!(relative("/tools/key-doctor").as_deref(), Some(""));
        assert_eq!(relative("/other/"), None);
        set_base("/");
        assert_eq!(href(""), "/");
        assert_eq!(relative("/step/x/").as_deref(), Some("step/x/"));
    }
}
