//! Taking over the prerendered page. The HTML already shows the page; the wasm reads what it
//! carries (the site's base, its step's part of the tree, anything typed into the key field),
//! renders the same page live with the same components, and swaps it in within one task, with
//! focus and caret where they were. Nothing moves: the live page is laid out exactly as the
//! static one.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement};

use crate::router::Route;
use crate::site::{NOT_FOUND_ATTR, ROOT_ID, SEED_ID};
use crate::state::{Seed, TreeAsset};
use crate::{App, Boot, http, site};
/// The id of the key field.
const KEY_FIELD_ID: &str = "api-key";
/// What can hold the focus, in document order.
const FOCUSABLE: &str = "a[href], button, input, textarea, select, summary, [tabindex]";

/// Renders the app live and puts it in place of the prerendered page (or into an empty body).
pub fn start() {
    let doc = document();
    let Some(prerendered) = doc.get_element_by_id(ROOT_ID) else {
        leptos::mount::mount_to_body(|| view! { <App boot=boot(Route::at("", ""), None, String::new())/> });
        return;
    };
    site::set_base(&prerendered.get_attribute("data-base").unwrap_or_default());
    let location = window().location();
    let route = if prerendered.has_attribute(NOT_FOUND_ATTR) {
        Route::NotFound
    } else {
        Route::at_absolute(&location.pathname().unwrap_or_default(), &location.search().unwrap_or_default())
    };
    let seed = read_seed(&doc);
    let typed = key_field(&prerendered).map(|field| field.value()).unwrap_or_default();
    let focus = Focus::of(&doc, &prerendered);

    let Ok(live) = doc.create_element("div") else { return };
    let _ = live.set_attribute("id", ROOT_ID);
    for name in ["data-base", NOT_FOUND_ATTR] {
        if let Some(value) = prerendered.get_attribute(name) {
            let _ = live.set_attribute(name, &value);
        }
    }
    let handle = leptos::mount::mount_to(live.clone().unchecked_into::<HtmlElement>(), move || {
        view! { <App boot=boot(route, seed, typed)/> }
    });
    handle.forget();
    let _ = prerendered.replace_with_with_node_1(&live);
    focus.restore(&live);
    // Says the page is live (the browser tests wait for it).
    let _ = live.set_attribute("data-live", "");
}

fn boot(route: Route, seed: Option<Seed>, typed_key: String) -> Boot {
    Boot { route, tree: TreeAsset::new(seed), typed_key }
}

/// The page's part of the tree, from its JSON block (a damaged block is ignored: the page then
/// waits for the whole tree, as any page would).
fn read_seed(doc: &Document) -> Option<Seed> {
    let block = doc.get_element_by_id(SEED_ID)?;
    let step = block.get_attribute("data-step")?;
    let tree = http::parse_tree(&block.text_content()?).ok()?;
    Some(Seed { step, tree: Arc::new(tree) })
}

fn key_field(root: &Element) -> Option<HtmlInputElement> {
    root.query_selector(&format!("#{KEY_FIELD_ID}")).ok()??.dyn_into().ok()
}

/// Where the keyboard focus was in the prerendered page: the n-th focusable element, and the
/// caret if it was in a text field.
struct Focus {
    index: Option<u32>,
    selection: Option<(u32, u32)>,
}

impl Focus {
    fn of(doc: &Document, root: &Element) -> Focus {
        let active = doc.active_element();
        let index = active.as_ref().filter(|el| root.contains(Some(el))).and_then(|active| {
            let all = root.query_selector_all(FOCUSABLE).ok()?;
            (0..all.length()).find(|i| all.item(*i).is_some_and(|node| node.is_same_node(Some(active))))
        });
        let selection = active
            .and_then(|el| el.dyn_into::<HtmlInputElement>().ok())
            .and_then(|input| Some((input.selection_start().ok()??, input.selection_end().ok()??)));
        Focus { index, selection }
    }

    fn restore(&self, root: &Element) {
        let Some(index) = self.index else { return };
        let Some(node) = root.query_selector_all(FOCUSABLE).ok().and_then(|all| all.item(index)) else { return };
        if let Some(el) = node.dyn_ref::<HtmlElement>() {
            let _ = el.focus();
        }
        if let (Some(input), Some((start, end))) = (node.dyn_ref::<HtmlInputElement>(), self.selection) {
            let _ = input.set_selection_range(start, end);
        }
    }
}
