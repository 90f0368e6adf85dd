//! Just enough of the W3C WebDriver protocol to drive chromedriver: a
//! session, a page, elements found, clicked and typed into, a script and a
//! screenshot. JSON over the plain HTTP client beside it, so the tests need
//! no WebDriver crate (and none of its URL and Unicode tables to build).

use std::time::Duration;

use serde_json::{Value, json};

use super::http;

/// The key W3C gives an element reference in JSON.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// How an element is found.
pub enum Locator<'a> {
    Css(&'a str),
    XPath(&'a str),
    Id(&'a str),
}

/// One browser, opened by [`Client::new`], closed by [`Client::close`].
pub struct Client {
    port: u16,
    session: String,
}

/// An element of the page the client is on.
pub struct Element<'a> {
    client: &'a Client,
    id: String,
}

/// `method path` with a JSON body on chromedriver at `port`: the answer's
/// `value`, or its error's message.
fn call(port: u16, method: &str, path: &str, body: &Value) -> Result<Value, String> {
    let body = if method == "POST" {
        body.to_string()
    } else {
        String::new()
    };
    // A browser starting on a loaded machine can take a while to answer.
    let json = (Duration::from_secs(120), "application/json");
    let answer = http::request_typed(port, method, path, &[], json, &body);
    let mut json: Value = serde_json::from_str(&answer.body)
        .map_err(|e| format!("{method} {path}: {e}: {}", answer.body))?;
    let value = json
        .get_mut("value")
        .map(Value::take)
        .unwrap_or(Value::Null);
    if answer.status == 200 {
        Ok(value)
    } else {
        Err(format!("{method} {path}: {} {value}", answer.status))
    }
}

impl Client {
    /// A new browser session with these capabilities (`alwaysMatch`).
    pub fn new(port: u16, capabilities: Value) -> Result<Client, String> {
        let value = call(
            port,
            "POST",
            "/session",
            &json!({ "capabilities": { "alwaysMatch": capabilities } }),
        )?;
        let session = value["sessionId"]
            .as_str()
            .ok_or_else(|| format!("no session id in {value}"))?
            .to_owned();
        Ok(Client { port, session })
    }

    fn call(&self, method: &str, path: &str, body: Value) -> Result<Value, String> {
        let path = format!("/session/{}{path}", self.session);
        call(self.port, method, &path, &body)
    }

    pub fn goto(&self, url: &str) -> Result<(), String> {
        self.call("POST", "/url", json!({ "url": url })).map(drop)
    }

    pub fn find(&self, locator: Locator) -> Result<Element<'_>, String> {
        let (using, value) = match locator {
            Locator::Css(css) => ("css selector", css.to_owned()),
            Locator::XPath(xpath) => ("xpath", xpath.to_owned()),
            Locator::Id(id) => ("css selector", format!("[id=\"{id}\"]")),
        };
        let found = self.call(
            "POST",
            "/element",
            json!({ "using": using, "value": value }),
        )?;
        let id = found[ELEMENT]
            .as_str()
            .ok_or_else(|| format!("no element in {found}"))?
            .to_owned();
        Ok(Element { client: self, id })
    }

    /// Runs `script` in the page and returns what it returns.
    pub fn execute(&self, script: &str) -> Result<Value, String> {
        self.call(
            "POST",
            "/execute/sync",
            json!({ "script": script, "args": [] }),
        )
    }

    /// The window as a PNG.
    pub fn screenshot(&self) -> Result<Vec<u8>, String> {
        let value = self.call("GET", "/screenshot", Value::Null)?;
        let text = value.as_str().ok_or("no screenshot")?;
        base64(text).ok_or_else(|| "the screenshot is not base64".to_owned())
    }

    pub fn close(self) -> Result<(), String> {
        self.call("DELETE", "", Value::Null).map(drop)
    }
}

impl Element<'_> {
    fn call(&self, method: &str, what: &str, body: Value) -> Result<Value, String> {
        self.client
            .call(method, &format!("/element/{}/{what}", self.id), body)
    }

    pub fn text(&self) -> Result<String, String> {
        let value = self.call("GET", "text", Value::Null)?;
        Ok(value.as_str().unwrap_or_default().to_owned())
    }

    pub fn click(&self) -> Result<(), String> {
        self.call("POST", "click", json!({})).map(drop)
    }

    pub fn send_keys(&self, text: &str) -> Result<(), String> {
        self.call("POST", "value", json!({ "text": text }))
            .map(drop)
    }

    pub fn clear(&self) -> Result<(), String> {
        self.call("POST", "clear", json!({})).map(drop)
    }
}

/// Standard base64 with padding, as WebDriver sends a screenshot.
fn base64(text: &str) -> Option<Vec<u8>> {
    let sextet = |c: u8| -> Option<u32> {
        Some(u32::from(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        }))
    };
    let bytes = text.trim_end_matches('=').as_bytes();
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let mut word = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            word |= sextet(c)? << (18 - 6 * i);
        }
        let whole = word.to_be_bytes();
        out.extend_from_slice(&whole[1..chunk.len()]);
    }
    Some(out)
}

#[test]
fn base64_decodes_what_a_browser_sends() {
    assert_eq!(
        base64("iVBORw0KGgo=").as_deref(),
        Some(&b"\x89PNG\r\n\x1a\n"[..])
    );
    assert_eq!(base64("TWFu").as_deref(), Some(&b"Man"[..]));
    assert_eq!(base64("TWE=").as_deref(), Some(&b"Ma"[..]));
    assert_eq!(base64("TQ==").as_deref(), Some(&b"M"[..]));
    assert_eq!(base64("T!=="), None);
}
