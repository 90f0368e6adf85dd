//! A real phone's browser: Debian's headless Chromium, driven over
//! WebDriver (chromedriver). `.ci/run` installs `chromium` and
//! `chromium-driver`.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;

use super::webdriver::{Client, Locator};
use super::{free_port, http, web_room};
use crate::serve_attack::room::{CODE, Room};

/// chromedriver on a port of its own; stopped when dropped.
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    fn start() -> Driver {
        let port = free_port();
        let child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("chromedriver is needed (.ci/run installs chromium-driver): {e}")
            });
        let start = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "chromedriver did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Driver { child, port }
    }
}

impl Drop for Driver {
    /// chromedriver asked to stop first, so it quits the browsers it
    /// started; then the profiles this test process made go too.
    fn drop(&mut self) {
        let pid = i32::try_from(self.child.id())
            .ok()
            .and_then(rustix::process::Pid::from_raw);
        if let Some(pid) = pid {
            let _ = rustix::process::kill_process(pid, rustix::process::Signal::TERM);
        }
        let start = Instant::now();
        while matches!(self.child.try_wait(), Ok(None)) && start.elapsed() < Duration::from_secs(5)
        {
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        let mine = format!("invisibles-chromium-{}-", std::process::id());
        if let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) {
            for entry in entries.flatten() {
                if entry.file_name().to_string_lossy().starts_with(&mine) {
                    let _ = std::fs::remove_dir_all(entry.path());
                }
            }
        }
    }
}

/// A headless Chromium of `w`x`h`, script on or off, in a profile of its own.
fn browser(driver: &Driver, (w, h): (u32, u32), script: bool, lang: &str) -> Client {
    let profile = std::env::temp_dir().join(format!(
        "invisibles-chromium-{}-{}",
        std::process::id(),
        free_port()
    ));
    let mut args = vec![
        "--headless=new".to_owned(),
        "--no-sandbox".to_owned(),
        "--disable-gpu".to_owned(),
        "--disable-quic".to_owned(),
        "--no-first-run".to_owned(),
        "--disable-background-networking".to_owned(),
        "--disable-component-update".to_owned(),
        "--disable-sync".to_owned(),
        format!("--lang={lang}"),
        format!("--window-size={w},{h}"),
        format!("--user-data-dir={}", profile.display()),
    ];
    if !script {
        args.push("--blink-settings=scriptEnabled=false".to_owned());
    }
    let options = json!({
        "binary": "/usr/bin/chromium",
        "args": args,
        "prefs": { "intl.accept_languages": lang },
    });
    Client::new(driver.port, json!({ "goog:chromeOptions": options }))
        .unwrap_or_else(|e| panic!("a Chromium session: {e}"))
}

/// The page's text once it contains `text` (within 30 s).
fn wait_text(c: &Client, text: &str) -> String {
    let start = Instant::now();
    loop {
        let body = match c.find(Locator::Css("body")) {
            Ok(b) => b.text().unwrap_or_default(),
            Err(_) => String::new(),
        };
        if body.contains(text) {
            return body;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "gave up waiting for {text:?}; the page says:\n{body}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// No text runs past the window's width.
fn fits(c: &Client, what: &str) {
    let overflow = c
        .execute("return [document.documentElement.scrollWidth, window.innerWidth];")
        .unwrap_or_else(|e| panic!("{e}"));
    let (scroll, inner) = (
        overflow[0].as_i64().unwrap_or(0),
        overflow[1].as_i64().unwrap_or(-1),
    );
    assert!(
        scroll <= inner,
        "{what}: the page is {scroll} px wide in a {inner} px window"
    );
    let png = c.screenshot().unwrap_or_else(|e| panic!("{what}: {e}"));
    assert!(png.len() > 1000, "{what}: no screenshot");
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let _ = std::fs::write(dir.join(format!("web-{what}.png")), png);
}

/// Clicks the element at `xpath`.
fn click(c: &Client, xpath: &str) {
    let found = c.find(Locator::XPath(xpath));
    let element = found.unwrap_or_else(|e| panic!("{xpath}: {e}"));
    element.click().unwrap_or_else(|e| panic!("{xpath}: {e}"));
}

/// Opens `url` in `c`.
fn open(c: &Client, url: &str) {
    c.goto(url).unwrap_or_else(|e| panic!("{url}: {e}"));
}

fn to_question(room: &Room) {
    room.keys("console", &["t", "Down", "Down", "Down", "Enter"]);
    // The episode's title card first, then its first panel.
    room.wait_for("screen", "Episode 3 of");
    room.keys("console", &["Right"]);
    room.wait_for("screen", "Would you take this job?");
}

#[test]
fn a_phone_in_chromium_scans_follows_votes_guesses_asks_and_upvotes() {
    let web = free_port();
    let (room, url) = web_room(web);
    let driver = Driver::start();
    let phone = browser(&driver, (360, 740), true, "en-GB");
    // The QR code's address, with a name: one step in.
    open(&phone, &format!("{url}&name=mia"));
    wait_text(&phone, "You are mia");
    fits(&phone, "phone-title");
    room.wait_for("console", "mia");

    // The facilitator moves three times; the page follows live.
    room.keys("console", &["Right"]);
    room.keys("console", &["Right"]);
    to_question(&room);
    wait_text(&phone, "Would you take this job?");
    fits(&phone, "phone-question");

    // She votes with a real radio button and button.
    click(&phone, "//label[contains(., 'It depends')]");
    click(&phone, "//button[.='Vote']");
    wait_text(&phone, "your vote is in");
    wait_text(&phone, "● your vote");
    room.wait_until("screen", |s| {
        s.lines()
            .any(|l| l.contains("It depends") && l.contains("  1 █"))
    });

    // A question of hers, upvoted by another visitor, sorts first; she
    // upvotes theirs.
    let field = phone
        .find(Locator::Id("question"))
        .unwrap_or_else(|e| panic!("{e}"));
    field
        .send_keys("Who pays for the bike?")
        .unwrap_or_else(|e| panic!("{e}"));
    click(&phone, "//button[.='Send my question']");
    room.wait_for("console", "mia: Who pays for the bike?");
    let other = http::request(web, "GET", &format!("/?code={CODE}&name=noor"), &[], "");
    let noor = format!("Cookie: {}", other.cookie().unwrap_or_default());
    let ask = http::form(&[("what", "ask"), ("text", "Is waiting paid?")]);
    http::request(web, "POST", "/do", &[&noor], &ask);
    wait_text(&phone, "Is waiting paid?");
    let up = phone
        .find(Locator::XPath(
            "//li[contains(., 'Is waiting paid?')]//button",
        ))
        .unwrap_or_else(|e| panic!("{e}"));
    up.click().unwrap_or_else(|e| panic!("{e}"));
    wait_text(&phone, "upvoted");
    room.wait_for("console", "Is waiting paid?");

    // The room's answer revealed, then the guess: the range is shown,
    // a figure outside it is refused.
    room.keys("console", &["Right"]);
    wait_text(&phone, "The room's answer: It depends");
    room.keys("console", &["Right"]);
    wait_text(&phone, "How much does he earn per hour?");
    let body = wait_text(&phone, "Between");
    assert!(body.contains("€0") && body.contains("€20"), "{body}");
    let figure = phone
        .find(Locator::Id("figure"))
        .unwrap_or_else(|e| panic!("{e}"));
    figure.send_keys("150").unwrap_or_else(|e| panic!("{e}"));
    click(&phone, "//button[.='Send my guess']");
    wait_text(&phone, "past the highest guess");
    let figure = phone
        .find(Locator::Id("figure"))
        .unwrap_or_else(|e| panic!("{e}"));
    figure.clear().unwrap_or_else(|e| panic!("{e}"));
    figure.send_keys("6,5").unwrap_or_else(|e| panic!("{e}"));
    click(&phone, "//button[.='Send my guess']");
    wait_text(&phone, "your vote is in");
    let _ = phone.close();

    // On a laptop, in French.
    let laptop = browser(&driver, (1280, 800), true, "fr-FR");
    // The language asked in the address: Chromium's own Accept-Language
    // comes from a preference it may not have read at its first page (the
    // header itself is checked without a browser, in `web::a_phone_without_script…`).
    open(&laptop, &format!("{url}&name=lou&lang=fr"));
    wait_text(&laptop, "Vous êtes lou");
    wait_text(&laptop, "Combien gagne-t-il par heure");
    fits(&laptop, "laptop-guess");
    let _ = laptop.close();
}

#[test]
fn without_javascript_a_phone_still_sees_the_panel_and_votes() {
    let web = free_port();
    let (room, url) = web_room(web);
    let driver = Driver::start();
    let phone = browser(&driver, (360, 740), false, "en-GB");
    open(&phone, &format!("{url}&name=sam"));
    wait_text(&phone, "You are sam");
    room.keys("console", &["Right"]);
    to_question(&room);
    // No script: the page shows the latest when asked.
    click(&phone, "//button[.='Show the latest']");
    wait_text(&phone, "Would you take this job?");
    click(&phone, "//label[contains(., 'Yes')]");
    click(&phone, "//button[.='Vote']");
    wait_text(&phone, "your vote is in");
    room.wait_until("screen", |s| {
        s.lines().any(|l| l.contains("Yes") && l.contains("  1 █"))
    });
    fits(&phone, "phone-no-script");
    let _ = phone.close();
}
