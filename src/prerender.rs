//! Every page of the site as static HTML, rendered at build time by the app's own components
//! (Leptos `ssr`), so each page reads completely before (and without) the wasm. The build's
//! `index.html` is the template: its head (the Content-Security-Policy, the styles, the loader)
//! is kept; each page gets its own title, description and canonical link, and its body.

use std::sync::Arc;

use leptos::prelude::*;

use crate::diagnose::page_meta::{self, PageMeta};
use crate::diagnose::pages::ToolPage;
use crate::diagnose::tree::{ALL_CAUSES, DONE, Tree};
use crate::diagnose::walk::{START_LINK, Walk, fixed_link, step_link};
use crate::router::Route;
use crate::site::{NOT_FOUND_ATTR, ROOT_ID};
use crate::{App, site};

/// Where the site is published.
#[derive(Clone, Debug)]
pub struct Site {
    /// The path the site lives under (`/`, or `/tools/key-doctor/`): Trunk's public URL.
    pub base: String,
    /// The origin it is served from (`https://keydoctor.example`), for canonical links and the sitemap.
    pub origin: String,
}

/// A file to write, relative to the site's folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    /// e.g. `step/key-not-set/index.html`.
    pub path: String,
    /// Its text.
    pub text: String,
}

/// What went wrong with the template.
#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    #[error("the template has no {0}; is it the index.html that Trunk wrote?")]
    Missing(&'static str),
}

/// Every page, the sitemap and robots.txt.
pub fn site_files(tree: &Arc<Tree>, template: &str, site: &Site) -> Result<Vec<File>, TemplateError> {
    site::set_base(&site.base);
    let origin = site.origin.trim_end_matches('/');
    let mut files = Vec::new();
    let mut listed = Vec::new();
    for (route, path) in pages(tree) {
        let meta = meta_of(&route, tree);
        let link = match &route {
            Route::Walk(walk) => Some(walk.href()),
            Route::Tool(page) => Some(page.path().to_string()),
            Route::NotFound => None,
        };
        let canonical = link.as_ref().map(|l| format!("{origin}{}", site::href(l)));
        let not_found = route == Route::NotFound;
        let body = render(route, tree.clone());
        let text = document(template, &meta, canonical.as_deref(), &body, not_found)?;
        if let Some(url) = canonical.filter(|_| path != "step/done/index.html") {
            listed.push(url);
        }
        files.push(File { path, text });
    }
    files.push(File { path: "sitemap.xml".into(), text: sitemap(&listed) });
    files.push(File {
        path: "robots.txt".into(),
        text: format!("User-agent: *\nAllow: /\nSitemap: {origin}{}\n", site::href("sitemap.xml")),
    });
    Ok(files)
}

/// Each page and the file it is written to: the start page, every step, "Fixed", "All causes",
/// the pages beside the walk, and the not-found page (`404.html`, which static hosts serve for
/// unknown paths).
pub fn pages(tree: &Tree) -> Vec<(Route, String)> {
    let walk = |link: String| Route::Walk(Walk::from_href(&link).unwrap_or_default());
    let mut pages = vec![(walk(START_LINK.to_string()), "index.html".to_string())];
    let steps = tree.question.iter().map(|q| q.id.clone()).chain(tree.cause.iter().map(|c| c.id.clone()));
    for id in steps {
        pages.push((walk(step_link(&id, &[])), format!("step/{id}/index.html")));
    }
    for special in [ALL_CAUSES, DONE] {
        pages.push((walk(fixed_link(special)), format!("step/{special}/index.html")));
    }
    for page in ToolPage::ALL {
        pages.push((Route::Tool(page), format!("{}index.html", page.path())));
    }
    pages.push((Route::NotFound, "404.html".to_string()));
    pages
}

fn meta_of(route: &Route, tree: &Tree) -> PageMeta {
    match route {
        Route::Walk(walk) => page_meta::for_step(&walk.resolve(tree)),
        Route::Tool(page) => page.meta(),
        Route::NotFound => page_meta::not_found(),
    }
}

/// The app's HTML for one page.
pub fn render(route: Route, tree: Arc<Tree>) -> String {
    let owner = Owner::new();
    owner.with(move || view! { <App route=route tree=tree/> }.to_html())
}

/// The template with this page's head and body.
fn document(
    template: &str,
    meta: &PageMeta,
    canonical: Option<&str>,
    body: &str,
    not_found: bool,
) -> Result<String, TemplateError> {
    let title = between(template, "<title>", "</title>").ok_or(TemplateError::Missing("<title>"))?;
    let description = r#"<meta name="description" content="" />"#;
    if !template.contains(description) {
        return Err(TemplateError::Missing(r#"empty <meta name="description" content="" /> to fill"#));
    }
    let body_start = template.find("<body>").ok_or(TemplateError::Missing("<body>"))?;
    let body_end = template.rfind("</body>").ok_or(TemplateError::Missing("</body>"))?;
    let head = template[..body_start].replacen(title, &format!("<title>{}</title>", escape(&meta.title)), 1).replacen(
        description,
        &format!(r#"<meta name="description" content="{}" />"#, escape(&meta.description)),
        1,
    );
    let head = match canonical {
        Some(url) => {
            head.replacen("</head>", &format!("<link rel=\"canonical\" href=\"{}\" />\n</head>", escape(url)), 1)
        }
        None => head,
    };
    // On 404.html the host has said the path is no page: the app keeps saying so.
    let marker = if not_found { format!(" {NOT_FOUND_ATTR}") } else { String::new() };
    Ok(format!(
        "{head}<body>\n<div id=\"{ROOT_ID}\" data-base=\"{}\"{marker}>{body}</div>\n{}",
        escape(&site::base()),
        &template[body_end..]
    ))
}

fn sitemap(urls: &[String]) -> String {
    let entries: String = urls.iter().map(|u| format!("  <url><loc>{}</loc></url>\n", escape(u))).collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{entries}</urlset>\n"
    )
}

fn between<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = text.find(open)?;
    let end = start + text[start..].find(close)? + close.len();
    Some(&text[start..end])
}

/// Text made safe for an HTML attribute or element.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}
