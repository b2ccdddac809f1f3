//! Getting one public meeting list over HTTPS (the `fetch` feature): the only code in the
//! directory that talks to a server. It uses reqwest with rustls, the client matrix-sdk already
//! brings, so the phone library carries one HTTP stack.
//!
//! What a request reveals is only what any browser visiting the list would: the address asked
//! for (for BMLT by area, a grid cell's centre, never the user's position), a `User-Agent` naming
//! Tend and its version, and the validators of the copy Tend already holds. No cookie, no
//! identifier, no proxy from the environment. Everything is bounded: the whole request, each
//! wait for the next bytes, and the size of the list after gzip is undone.

use std::net::IpAddr;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{CONTENT_TYPE, ETAG, HeaderMap, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED};
use sha2::{Digest, Sha256};
use url::Url;

use super::FetchFailure;

/// The largest list Tend reads, after gzip: far above any real feed (a 3,000-meeting feed is
/// about 3 MB), small enough that a hostile server cannot fill the phone.
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// How long a fetch may wait, and how much it may read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FetchLimits {
    /// The whole request, from connecting to the last byte.
    pub total: Duration,
    /// The longest wait for a server that has gone quiet (connecting, or between bytes).
    pub stall: Duration,
    /// The most bytes read, after gzip.
    pub max_bytes: u64,
}

impl Default for FetchLimits {
    fn default() -> Self {
        FetchLimits {
            total: Duration::from_secs(90),
            stall: Duration::from_secs(20),
            max_bytes: MAX_BYTES,
        }
    }
}

/// What the last good copy said about itself, for a conditional request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A list as the server sent it.
#[derive(Debug)]
pub struct Body {
    pub bytes: Vec<u8>,
    /// SHA-256 of `bytes`, hex: an unchanged list is known by it when the server offers no
    /// validators.
    pub sha256: String,
    pub validators: Validators,
    pub content_type: Option<String>,
    /// Where the list was finally read from (after redirects).
    pub url: Url,
}

/// The answer to one fetch.
#[derive(Debug)]
pub enum Fetched {
    /// 304: the copy Tend holds is current.
    NotModified,
    Body(Box<Body>),
}

/// Why a fetch failed, with the HTTP status when the server gave one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failed {
    pub failure: FetchFailure,
    pub status: Option<u16>,
}

impl Failed {
    fn new(failure: FetchFailure) -> Failed {
        Failed { failure, status: None }
    }
}

/// Whether `url` may be fetched: HTTPS anywhere; plain HTTP only to this device (loopback), which
/// the tests' servers use and no real list does.
pub fn allowed(url: &Url) -> bool {
    match url.scheme() {
        "https" => true,
        "http" => match url.host() {
            Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
            Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
            Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
            None => false,
        },
        _ => false,
    }
}

fn user_agent() -> String {
    format!("Tend/{}", env!("CARGO_PKG_VERSION"))
}

fn client(url: &Url, limits: &FetchLimits) -> Result<reqwest::Client, Failed> {
    // A redirect may never lead to plain HTTP (not even on loopback: the first address is the
    // only one a test may give), and a chain ends after five.
    let redirects = reqwest::redirect::Policy::custom(|attempt| {
        if attempt.url().scheme() != "https" {
            attempt.error("redirect to an address that is not https")
        } else if attempt.previous().len() >= 5 {
            attempt.error("too many redirects")
        } else {
            attempt.follow()
        }
    });
    let mut builder = reqwest::Client::builder();
    if url.scheme() == "http" {
        // Plain HTTP is only ever loopback (a test's server): such a client trusts no
        // certificate at all, so it needs none from the system (the Linux test chroot has none)
        // and can never complete a TLS connection either.
        builder = builder.tls_certs_only([]);
    }
    builder
        .user_agent(user_agent())
        .redirect(redirects)
        .connect_timeout(limits.stall)
        .read_timeout(limits.stall)
        .timeout(limits.total)
        .no_proxy()
        .gzip(true)
        .build()
        .map_err(|_| Failed::new(FetchFailure::Unreachable))
}

fn header(h: &HeaderMap, name: reqwest::header::HeaderName) -> Option<String> {
    h.get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .filter(|s| !s.is_empty() && s.len() <= 512)
}

fn classify(e: &reqwest::Error) -> FetchFailure {
    if e.is_redirect() {
        FetchFailure::Insecure
    } else if e.is_timeout() {
        FetchFailure::TimedOut
    } else if e.is_body() || e.is_decode() {
        FetchFailure::Truncated
    } else {
        FetchFailure::Unreachable
    }
}

fn status_failure(s: StatusCode) -> FetchFailure {
    match s.as_u16() {
        401 | 403 => FetchFailure::Private,
        404 | 410 => FetchFailure::NotFound,
        429 | 500..=599 => FetchFailure::ServerError,
        _ => FetchFailure::Refused,
    }
}

async fn get_async(url: Url, validators: &Validators, limits: &FetchLimits) -> Result<Fetched, Failed> {
    let client = client(&url, limits)?;
    let mut req = client
        .get(url)
        .header(reqwest::header::ACCEPT, "application/json, text/html;q=0.5, */*;q=0.1");
    if let Some(e) = &validators.etag {
        req = req.header(IF_NONE_MATCH, e);
    }
    if let Some(m) = &validators.last_modified {
        req = req.header(IF_MODIFIED_SINCE, m);
    }
    let mut resp = req.send().await.map_err(|e| Failed::new(classify(&e)))?;
    let status = resp.status();
    if status == StatusCode::NOT_MODIFIED {
        return Ok(Fetched::NotModified);
    }
    if !status.is_success() {
        return Err(Failed {
            failure: status_failure(status),
            status: Some(status.as_u16()),
        });
    }
    // Content-Length counts the bytes sent; with gzip the list may be larger, so it only refuses
    // early, and the count below is what holds.
    if resp.content_length().is_some_and(|n| n > limits.max_bytes) {
        return Err(Failed::new(FetchFailure::TooBig));
    }
    let headers = resp.headers().clone();
    let final_url = resp.url().clone();
    let mut bytes: Vec<u8> = Vec::new();
    let mut hash = Sha256::new();
    while let Some(chunk) = resp.chunk().await.map_err(|e| Failed::new(classify(&e)))? {
        if bytes.len() as u64 + chunk.len() as u64 > limits.max_bytes {
            return Err(Failed::new(FetchFailure::TooBig));
        }
        hash.update(&chunk);
        bytes.extend_from_slice(&chunk);
    }
    let sha256 = hash.finalize().iter().map(|b| format!("{b:02x}")).collect();
    Ok(Fetched::Body(Box::new(Body {
        bytes,
        sha256,
        validators: Validators {
            etag: header(&headers, ETAG),
            last_modified: header(&headers, LAST_MODIFIED),
        },
        content_type: header(&headers, CONTENT_TYPE),
        url: final_url,
    })))
}

/// Fetches `url` on a runtime of its own, blocking the calling thread (shells call from a worker)
/// for at most `limits.total` (plus a moment to stop).
pub fn get(url: &Url, validators: &Validators, limits: &FetchLimits) -> Result<Fetched, Failed> {
    if !allowed(url) {
        return Err(Failed::new(FetchFailure::Insecure));
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|_| Failed::new(FetchFailure::Unreachable))?;
    // reqwest's own timeout bounds the request; this one also bounds anything it does not cover.
    let total = limits.total + Duration::from_secs(1);
    rt.block_on(async {
        tokio::time::timeout(total, get_async(url.clone(), validators, limits))
            .await
            .unwrap_or(Err(Failed::new(FetchFailure::TimedOut)))
    })
}

/// Whether a body is an HTML page rather than a JSON list.
pub fn is_html(body: &Body) -> bool {
    let declared = body
        .content_type
        .as_deref()
        .is_some_and(|t| t.to_ascii_lowercase().starts_with("text/html"));
    let first = body.bytes.iter().find(|b| !b.is_ascii_whitespace());
    declared || first == Some(&b'<')
}

/// The meetings feed a TSML site's home page announces: the first `<link rel="alternate"
/// type="application/json" href="…">`, resolved against the page's address. Read with html5ever's
/// tokenizer, as a browser would (comments, scripts and odd quoting do not fool it).
pub fn discover_feed(html: &[u8], base: &Url) -> Option<Url> {
    use std::cell::RefCell;

    use html5ever::tendril::{SliceExt, StrTendril};
    use html5ever::tokenizer::states::RawKind;
    use html5ever::tokenizer::{
        BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
    };

    struct Links {
        found: RefCell<Option<String>>,
    }
    impl TokenSink for Links {
        type Handle = ();
        fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
            let Token::TagToken(Tag {
                kind: TagKind::StartTag,
                name,
                attrs,
                ..
            }) = token
            else {
                return TokenSinkResult::Continue;
            };
            // What a tree builder would do: a script's or style's text is not markup.
            match &*name {
                "script" => return TokenSinkResult::RawData(RawKind::ScriptData),
                "style" | "noscript" | "iframe" | "xmp" | "noembed" | "noframes" => {
                    return TokenSinkResult::RawData(RawKind::Rawtext);
                }
                "title" | "textarea" => return TokenSinkResult::RawData(RawKind::Rcdata),
                "link" => {}
                _ => return TokenSinkResult::Continue,
            }
            let attr = |n: &str| attrs.iter().find(|a| &*a.name.local == n).map(|a| a.value.to_string());
            let rel = attr("rel").unwrap_or_default().to_ascii_lowercase();
            let ty = attr("type").unwrap_or_default().to_ascii_lowercase();
            if rel.split_ascii_whitespace().any(|r| r == "alternate")
                && ty.trim() == "application/json"
                && let Some(href) = attr("href")
                && self.found.borrow().is_none()
            {
                *self.found.borrow_mut() = Some(href);
            }
            TokenSinkResult::Continue
        }
    }

    let text = String::from_utf8_lossy(html);
    let input = BufferQueue::default();
    let t: StrTendril = text.as_ref().to_tendril();
    input.push_back(t);
    let tok = Tokenizer::new(
        Links {
            found: RefCell::new(None),
        },
        TokenizerOpts::default(),
    );
    let _ = tok.feed(&input);
    tok.end();
    let href = tok.sink.found.borrow().clone()?;
    base.join(href.trim()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_or_loopback_http() {
        for (u, ok) in [
            ("https://aa.example.org/feed", true),
            ("http://aa.example.org/feed", false),
            ("http://127.0.0.1:8080/feed", true),
            ("http://[::1]:8080/feed", true),
            ("http://localhost/feed", true),
            ("http://10.0.0.1/feed", false),
            ("ftp://aa.example.org/feed", false),
            ("file:///etc/passwd", false),
        ] {
            assert_eq!(allowed(&Url::parse(u).unwrap()), ok, "{u}");
        }
        assert_eq!(user_agent(), format!("Tend/{}", env!("CARGO_PKG_VERSION")));
    }

    #[test]
    fn the_feed_link_is_found_as_a_browser_reads_the_page() {
        let base = Url::parse("https://aa.example.org/meetings/").unwrap();
        let page = br#"<!doctype html><html><head>
            <!-- <link rel="alternate" type="application/json" href="/commented-out"> -->
            <script>var s = '<link rel="alternate" type="application/json" href="/in-a-script">';</script>
            <link rel="stylesheet" href="/style.css">
            <link rel='alternate' type='application/rss+xml' href='/feed'>
            <LINK REL="Alternate" TYPE="application/json" title="Meetings Feed"
                  href="../wp-admin/admin-ajax.php?action=meetings&amp;key=">
            <link rel="alternate" type="application/json" href="/second">
            </head><body></body></html>"#;
        assert_eq!(
            discover_feed(page, &base).unwrap().as_str(),
            "https://aa.example.org/wp-admin/admin-ajax.php?action=meetings&key="
        );
        assert_eq!(discover_feed(b"<html><head></head></html>", &base), None);
    }
}
