//! Behaviours added to the static parts of a page, which are HTML and stay HTML: the snippet
//! tabs switch (click, arrow keys), the copy buttons copy, and a link that names a field to
//! focus (`data-focus`) puts the caret there. One listener each, on the
//! document, so pages that arrive later are covered too. Without the wasm, the tabs show every
//! panel (the stylesheet does it) and the copy buttons are hidden or disabled.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element, HtmlElement, KeyboardEvent, MouseEvent};

/// How long a copy button says "Copied".
const COPIED_FOR: Duration = Duration::from_millis(2000);

/// Listens for clicks on copy buttons and tabs, and for arrow keys in tab lists. Call once.
pub fn install(doc: &Document) {
    let on_click = Closure::<dyn Fn(MouseEvent)>::new(|ev: MouseEvent| {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        if let Ok(Some(button)) = target.closest("button.copy") {
            copy(button);
        } else if let Ok(Some(tab)) = target.closest("[role=tab]") {
            select_tab(&tab, false);
        } else if let Ok(Some(link)) = target.closest("a[data-focus]") {
            // "I have a key to check": scroll to the section, and put the caret in its field.
            let field = link.get_attribute("data-focus").and_then(|id| document().get_element_by_id(&id));
            if let Some(field) = field.and_then(|f| f.dyn_into::<HtmlElement>().ok()) {
                ev.prevent_default();
                let _ = field.focus();
            }
        }
    });
    let _ = doc.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
    let on_key = Closure::<dyn Fn(KeyboardEvent)>::new(|ev: KeyboardEvent| {
        let forward = match ev.key().as_str() {
            "ArrowRight" => true,
            "ArrowLeft" => false,
            _ => return,
        };
        let Some(tab) = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .filter(|t| t.get_attribute("role").as_deref() == Some("tab"))
        else {
            return;
        };
        let Some(next) = neighbour(&tab, forward) else { return };
        ev.prevent_default();
        select_tab(&next, true);
    });
    let _ = doc.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
    on_key.forget();
}

/// Makes the static copy buttons under `root` usable (the prerendered page has them disabled,
/// as nothing could copy yet).
pub fn page(root: &Element) {
    let Ok(buttons) = root.query_selector_all("button.copy[disabled]") else { return };
    for i in 0..buttons.length() {
        if let Some(button) = buttons.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            let _ = button.remove_attribute("disabled");
        }
    }
}

/// Copies the button's `data-copy` text, or else the code block of its figure; then says so.
fn copy(button: Element) {
    let text = button.get_attribute("data-copy").or_else(|| {
        let figure = button.closest("figure").ok()??;
        figure.query_selector("pre code").ok()??.text_content()
    });
    let Some(mut text) = text else { return };
    if button.has_attribute("data-copy-absolute") {
        text = format!("{}{text}", window().location().origin().unwrap_or_default());
    }
    let label = button.text_content().unwrap_or_default();
    leptos::task::spawn_local(async move {
        let copied = JsFuture::from(window().navigator().clipboard().write_text(&text)).await.is_ok();
        button.set_text_content(Some(if copied { "Copied" } else { "Copy failed: select and copy by hand" }));
        set_timeout(move || button.set_text_content(Some(&label)), COPIED_FOR);
    });
}

/// Shows the panel of `tab` and hides its siblings' panels; moves the focus to it if asked.
fn select_tab(tab: &Element, focus: bool) {
    let Some(list) = tab.parent_element() else { return };
    let Ok(tabs) = list.query_selector_all("[role=tab]") else { return };
    for i in 0..tabs.length() {
        let Some(other) = tabs.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        let chosen = other.is_same_node(Some(tab));
        let _ = other.set_attribute("aria-selected", if chosen { "true" } else { "false" });
        let _ = other.set_attribute("tabindex", if chosen { "0" } else { "-1" });
        let panel = other.get_attribute("aria-controls").and_then(|id| document().get_element_by_id(&id));
        if let Some(panel) = panel {
            let _ = if chosen { panel.remove_attribute("hidden") } else { panel.set_attribute("hidden", "") };
        }
    }
    if focus && let Some(tab) = tab.dyn_ref::<HtmlElement>() {
        let _ = tab.focus();
    }
}

/// The next (or previous) tab in the list, wrapping around.
fn neighbour(tab: &Element, forward: bool) -> Option<Element> {
    let list = tab.parent_element()?;
    let tabs = list.query_selector_all("[role=tab]").ok()?;
    let count = tabs.length();
    let at = (0..count).find(|i| tabs.item(*i).is_some_and(|n| n.is_same_node(Some(tab))))?;
    let next = if forward { (at + 1) % count } else { (at + count - 1) % count };
    tabs.item(next)?.dyn_into().ok()
}

/// Marks, in a fix card's "What your version does", the row of the user's SDK version.
pub fn mark_version(root: &Element, generation: &str) {
    let Ok(rows) = root.query_selector_all(".sdk-row[data-sdk]") else { return };
    for i in 0..rows.length() {
        let Some(row) = rows.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        let mine = row.get_attribute("data-sdk").as_deref() == Some(generation);
        let _ = row.class_list().toggle_with_force("yours", mine);
    }
}
