//! The one adapter to the network: a probe's request in (through gloo-net), the core's
//! `CallResult` out; the walk's index; and this site's own pages, for moving between them in
//! place. No interpretation happens here: that is the core's job.

use gloo_net::http::{Method as HttpMethod, RequestBuilder};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, ReferrerPolicy, RequestCache, RequestCredentials, RequestMode};

use crate::diagnose::outcome::{Answer, Body, CallResult, Failure};
use crate::diagnose::probe::{Method, RequestSpec};
use crate::diagnose::tree::Tree;

/// Why a file of this site (a page, the walk's index) could not be had.
#[derive(Debug, thiserror::Error)]
pub enum SiteError {
    #[error("it could not be downloaded from this site ({0}); check the connection and try again")]
    Network(String),
    #[error("the site answered {0}; reload the page, or try again later")]
    Status(u16),
    #[error("the file is damaged ({0}); reload the page")]
    Parse(String),
}

/// Why the call was stopped early, as the page knows it when the fetch rejects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StopReason {
    /// Nothing stopped it: a rejection is a transport failure.
    None,
    Timeout,
    Cancelled,
}

/// Sends `spec` once, straight from the browser: no cookies, no referrer, no cache.
/// `stopped` is asked, when the fetch rejects, whether the page aborted it (and why).
pub async fn send(spec: &RequestSpec, signal: &AbortSignal, stopped: impl Fn() -> StopReason) -> CallResult {
    let method = match spec.method {
        Method::Get => HttpMethod::GET,
        Method::Post => HttpMethod::POST,
    };
    // gloo-net appends its own query to the URL's with a "&" even when it has none, which
    // would send `?limit=20&`; so the query goes through its builder instead.
    let (url, query) = spec.url.split_once('?').unwrap_or((&spec.url, ""));
    let pairs = query.split('&').filter_map(|pair| pair.split_once('='));
    let mut builder = RequestBuilder::new(url)
        .query(pairs)
        .method(method)
        .mode(RequestMode::Cors)
        .credentials(RequestCredentials::Omit)
        .referrer_policy(ReferrerPolicy::NoReferrer)
        .cache(RequestCache::NoStore)
        .abort_signal(Some(signal));
    for (name, value) in &spec.headers {
        builder = builder.header(name, value);
    }
    let request = match &spec.body {
        Some(body) => builder.body(JsValue::from_str(body)),
        None => builder.build(),
    };
    let failed = || {
        CallResult::Failed(match stopped() {
            StopReason::Timeout => Failure::Timeout,
            StopReason::Cancelled => Failure::Cancelled,
            StopReason::None => Failure::Network,
        })
    };
    let Ok(request) = request else { return failed() };
    let Ok(response) = request.send().await else { return failed() };
    let headers = response.headers().entries().map(|(name, value)| (name.to_ascii_lowercase(), value)).collect();
    let status = response.status();
    // A connection dropped mid-body is a transport failure, not an answer.
    let Ok(text) = response.text().await else { return failed() };
    CallResult::Answered(Answer { status, headers, body: Body::from_text(&text) })
}

/// Fetches the walk's index (`walk.json`, at the site's base) and parses it into the core's types.
pub async fn fetch_walk_index() -> Result<Tree, SiteError> {
    let text = fetch_text(&crate::site::href("walk.json")).await?;
    Tree::read_index(&text).ok_or_else(|| SiteError::Parse("not the walk's index".into()))
}

/// Fetches a page of this site as HTML text (a 404 answer is a page too: the host's 404.html).
pub async fn fetch_page(path: &str) -> Result<String, SiteError> {
    let response = get(path).await?;
    let html = response.headers().get("content-type").ok().flatten().is_some_and(|t| t.starts_with("text/html"));
    if !(response.ok() || response.status() == 404) || !html {
        return Err(SiteError::Status(response.status()));
    }
    text(response).await
}

async fn fetch_text(url: &str) -> Result<String, SiteError> {
    let response = get(url).await?;
    if !response.ok() {
        return Err(SiteError::Status(response.status()));
    }
    text(response).await
}

/// GETs a file of this site with the browser's own fetch (same origin, its cookies: none). Not
/// through gloo-net: the tool pages' module fetches the walk's index too, and would carry all
/// of gloo-net's request builder for it (about 7 KB gzip).
async fn get(url: &str) -> Result<web_sys::Response, SiteError> {
    let answer = JsFuture::from(leptos::prelude::window().fetch_with_str(url)).await.map_err(network)?;
    answer.dyn_into::<web_sys::Response>().map_err(network)
}

async fn text(response: web_sys::Response) -> Result<String, SiteError> {
    let text = JsFuture::from(response.text().map_err(network)?).await.map_err(network)?;
    text.as_string().ok_or_else(|| SiteError::Parse("not text".into()))
}

fn network(error: JsValue) -> SiteError {
    SiteError::Network(error_message(&error))
}

/// What a rejected promise's JavaScript error says ("no answer" when it is not an `Error`).
pub fn error_message(error: &JsValue) -> String {
    error.dyn_ref::<js_sys::Error>().map_or_else(|| "no answer".into(), |e| e.message().into())
}
