//! The wasm's start: the session's state, the page's islands taken over, its static parts
//! enhanced, and links followed in place from then on.

use std::any::Any;
use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

use crate::components::answer_trail::AnswerTrail;
use crate::components::error_paste::ErrorPaste;
use crate::components::key_check::KeyCheck;
use crate::components::recognition_panel::RecognitionPanel;
use crate::components::report_panel::ReportPanel;
use crate::islands::{self, Island};
use crate::router::{Location, Route};
use crate::site::{self, NOT_FOUND_ATTR, ROOT_ID};
use crate::state::{KeyInput, LiveTests, PastedError, ReasonerAnswer, ReasonerSetup, WalkIndex};
use crate::{enhance, navigate, tools_module};

/// What can hold the focus, in document order.
const FOCUSABLE: &str = "a[href], button, input, textarea, select, summary, [tabindex]";

thread_local! {
    /// The owner of the session's state: every island is mounted under it.
    static SESSION: RefCell<Option<Owner>> = const { RefCell::new(None) };
    /// The islands live on the current page: dropping one unmounts it.
    static MOUNTED: RefCell<Vec<Box<dyn Any>>> = const { RefCell::new(Vec::new()) };
}

/// Sets up the session and takes over the page the document was loaded with.
pub fn start() {
    // Effects and tasks run on the browser's microtask queue, pages without islands included.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let doc = document();
    let root = doc.get_element_by_id(ROOT_ID);
    site::set_base(&root.as_ref().and_then(|r| r.get_attribute("data-base")).unwrap_or_default());
    let location = window().location();
    let route = if root.as_ref().is_some_and(|r| r.has_attribute(NOT_FOUND_ATTR)) {
        Route::NotFound
    } else {
        Route::at_absolute(&location.pathname().unwrap_or_default(), &location.search().unwrap_or_default())
    };
    // Anything typed into the key field before the wasm arrived is kept, and checked now.
    let typed = site::typed_before("api-key");
    // And so is an error message typed or pasted into its field: read now, where it is.
    let typed_error = site::typed_before("error-message");
    let session = Owner::new();
    let pasted = session.with(|| {
        provide_context(KeyInput::new(typed));
        provide_context(LiveTests::new());
        provide_context(WalkIndex::new());
        let pasted = PastedError::new();
        pasted.text.set(typed_error.clone());
        provide_context(pasted);
        provide_context(ReasonerSetup::new());
        provide_context(ReasonerAnswer::new());
        provide_context(Location::new(route));
        pasted
    });
    SESSION.with(|s| *s.borrow_mut() = Some(session));
    let doc_root: Element = doc.document_element().expect("a document has a root element");
    enhance::install(&doc);
    enhance::page(&doc_root);
    take_over(&doc, &doc_root);
    if !typed_error.trim().is_empty() {
        leptos::task::spawn_local(pasted.set(typed_error));
    }
    // The row of the user's SDK version, once the answers name one and the index is here.
    in_session(|| Effect::new(move |_| mark_version()));
    navigate::install();
    // Says the page is live (the browser tests and the load benchmark wait for it).
    let _ = doc_root.set_attribute("data-live", "");
}

/// Runs `f` in the session's reactive owner (its contexts).
pub fn in_session<T>(f: impl FnOnce() -> T) -> T {
    let session = SESSION.with(|s| s.borrow().clone()).expect("the session starts at boot");
    session.with(f)
}

/// Marks the row of the user's SDK version on a fix card, when the answers name a version. Reads
/// (and so tracks, inside an effect) the walk and the index; loads the index if answers need it.
pub fn mark_version() {
    in_session(|| {
        let walk = expect_context::<Location>().walk();
        if walk.answers.is_empty() {
            return;
        }
        let index = expect_context::<WalkIndex>();
        index.ensure();
        let generation = index.get().and_then(|tree| tree.sdk_of(&walk.answers));
        if let (Some(generation), Some(main)) = (generation, document().get_element_by_id("main")) {
            enhance::mark_version(&main, generation.slug());
        }
    });
}

/// Renders every island inside `root` live and puts it in place of its static copy.
pub fn take_over(doc: &Document, root: &Element) {
    let Ok(found) = root.query_selector_all(&format!("[{}]", islands::ATTR)) else { return };
    let focus = Focus::of(doc, root);
    for i in 0..found.length() {
        let Some(static_copy) = found.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        let Some(island) = static_copy.get_attribute(islands::ATTR).and_then(|name| Island::named(&name)) else {
            continue;
        };
        // The tool pages' islands come with a module of their own, once it is here.
        if tools_module::renders(island) {
            tools_module::take_over(island, static_copy);
            MOUNTED.with(|m| m.borrow_mut().push(Box::new(tools_module::Mounted)));
            continue;
        }
        if let Some(handle) = mount_in_place(doc, &static_copy, island) {
            MOUNTED.with(|m| m.borrow_mut().push(handle));
        }
    }
    focus.restore(root);
}

/// Unmounts every island of the current page (before the page's content is replaced).
pub fn drop_islands() {
    let handles = MOUNTED.with(|m| std::mem::take(&mut *m.borrow_mut()));
    drop(handles);
}

fn mount_in_place(doc: &Document, static_copy: &Element, island: Island) -> Option<Box<dyn Any>> {
    let holder: HtmlElement = doc.create_element("div").ok()?.unchecked_into();
    let session = SESSION.with(|s| s.borrow().clone())?;
    let handle: Box<dyn Any> = session.with(|| match island {
        Island::KeyCheck => Box::new(leptos::mount::mount_to(holder.clone(), || view! { <KeyCheck/> })) as Box<dyn Any>,
        Island::Trail => Box::new(leptos::mount::mount_to(holder.clone(), || view! { <AnswerTrail/> })),
        Island::ErrorPaste => Box::new(leptos::mount::mount_to(holder.clone(), || view! { <ErrorPaste/> })),
        Island::Recognition => Box::new(leptos::mount::mount_to(holder.clone(), || view! { <RecognitionPanel/> })),
        Island::Report => Box::new(leptos::mount::mount_to(holder.clone(), || view! { <ReportPanel/> })),
        // Rendered by the tools module (`take_over`), never here: nothing to put in place.
        Island::NoKeyChecks | Island::CredentialReasoner => Box::new(()),
    });
    let live = holder.first_element_child()?;
    static_copy.replace_with_with_node_1(&live).ok()?;
    Some(handle)
}

/// Where the keyboard focus was among the focusable elements under a root, and the caret if it
/// was in a text field; put back after the islands are swapped in.
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
        let selection = active.and_then(|el| match el.dyn_into::<HtmlInputElement>() {
            Ok(input) => Some((input.selection_start().ok()??, input.selection_end().ok()??)),
            Err(el) => {
                let area = el.dyn_into::<HtmlTextAreaElement>().ok()?;
                Some((area.selection_start().ok()??, area.selection_end().ok()??))
            }
        });
        Focus { index, selection }
    }

    fn restore(&self, root: &Element) {
        let Some(index) = self.index else { return };
        let Some(node) = root.query_selector_all(FOCUSABLE).ok().and_then(|all| all.item(index)) else { return };
        if document().active_element().is_some_and(|active| active.is_same_node(Some(&node))) {
            return;
        }
        if let Some(el) = node.dyn_ref::<HtmlElement>() {
            let _ = el.focus();
        }
        let Some((start, end)) = self.selection else { return };
        let put_caret = move || {
            if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
                let _ = input.set_selection_range(start, end);
            } else if let Some(area) = node.dyn_ref::<HtmlTextAreaElement>() {
                let _ = area.set_selection_range(start, end);
            }
        };
        put_caret();
        // The island's first effects set the field's value again, which puts the caret at the
        // end: put it back once they have run.
        leptos::task::spawn_local(async move {
            leptos::task::tick().await;
            put_caret();
        });
    }
}
