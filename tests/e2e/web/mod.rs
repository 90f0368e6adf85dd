//! End to end for phones: the real binary's `serve --web`, a browser
//! without script (plain HTTP requests) and a real headless Chromium, with
//! the projector and the console in tmux.

mod browser;
mod hostile;
mod http;
mod webdriver;

use crate::serve_attack::room::{CODE, Room};
use http::{form, request};

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("no free port: {e}"))
}

/// A room with phones welcome on `web`; the join address serve gives.
pub fn web_room(web: u16) -> (Room, String) {
    let room = Room::new();
    room.open_room_with(&format!("--web 127.0.0.1:{web}"));
    let url = format!("http://127.0.0.1:{web}/?code={CODE}");
    room.wait_for("serve", &url);
    // The console learns it from serve, through the screen.
    room.wait_for("console", &format!("On a phone: {url}"));
    (room, url)
}

/// The page once it shows `text`: the screen's news reaches serve over its
/// link a moment after the screen draws it.
fn page_with(web: u16, cookie: &str, text: &str) -> http::Answer {
    let start = std::time::Instant::now();
    loop {
        let page = request(web, "GET", "/", &[cookie], "");
        if page.body.contains(text) {
            return page;
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(30),
            "the page never showed {text:?}:\n{}",
            page.body
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn a_phone_without_script_joins_by_the_qr_address_votes_and_asks_and_the_room_counts_it() {
    let web = free_port();
    let (room, url) = web_room(web);
    // The projector's invitation carries the same address (and its QR code).
    room.keys("console", &["I"]);
    room.wait_for("screen", &url);
    room.keys("console", &["I"]);

    // A wrong code: refused, and nothing of the room shown.
    let wrong = request(web, "GET", "/?code=nope42&name=eve", &[], "");
    assert_eq!(wrong.status, 403, "{}", wrong.body);
    assert!(wrong.body.contains("not the right one"), "{}", wrong.body);
    assert!(!wrong.body.contains("id=\"screen\"") && wrong.cookie().is_none());

    // The QR's address with a name joins in one step, for a cookie.
    let joined = request(web, "GET", &format!("/?code={CODE}&name=zo%C3%A9"), &[], "");
    assert_eq!(joined.status, 303, "{}", joined.head);
    let set = joined.header("set-cookie").unwrap_or_default();
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite=Strict"),
        "{set}"
    );
    let cookie = format!("Cookie: {}", joined.cookie().unwrap_or_default());
    let page = request(web, "GET", "/", &[&cookie], "");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("You are zoé"), "{}", page.body);
    let csp = page.header("content-security-policy").unwrap_or_default();
    assert!(
        csp.contains("default-src 'none'") && csp.contains("script-src 'self'"),
        "{csp}"
    );
    room.wait_for("console", "zoé");

    // The facilitator goes to the question; the page shows it with its options.
    room.keys("console", &["Right"]);
    room.keys("console", &["t", "Down", "Down", "Down", "Enter"]);
    // The episode's title card first, then its first panel.
    room.wait_for("screen", "Episode 3 of");
    room.keys("console", &["Right"]);
    room.wait_for("screen", "Would you take this job?");
    let page = page_with(web, &cookie, "Would you take this job?");
    let panel = page
        .body
        .split("name=\"panel\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or_else(|| panic!("no vote form:\n{}", page.body))
        .to_owned();
    let depends = page
        .body
        .split("<label class=\"option\">")
        .position(|o| o.contains("It depends"))
        .and_then(|k| k.checked_sub(1))
        .unwrap_or_else(|| panic!("no 'It depends':\n{}", page.body));
    let vote = form(&[
        ("what", "vote"),
        ("panel", &panel),
        ("option", &depends.to_string()),
    ]);
    let voted = request(web, "POST", "/do", &[&cookie], &vote);
    assert_eq!(voted.status, 303);
    let page = request(web, "GET", "/", &[&cookie], "");
    assert!(page.body.contains("your vote is in"), "{}", page.body);
    assert!(
        page.body.contains(
            "checked required> <span>It depends</span> <strong class=\"mine\">● your vote"
        ),
        "{}",
        page.body
    );
    // Counted on the projector and the console like any ballot.
    for window in ["screen", "console"] {
        room.wait_until(window, |s| {
            s.lines()
                .any(|l| l.contains("It depends") && l.contains("  1 █"))
        });
    }

    // A question reaches the console as text, and comes back escaped.
    let ask = form(&[
        ("what", "ask"),
        ("text", "<script>alert(1)</script> who sets the rate?"),
    ]);
    assert_eq!(request(web, "POST", "/do", &[&cookie], &ask).status, 303);
    room.wait_for(
        "console",
        "zoé: <script>alert(1)</script> who sets the rate?",
    );
    let page = request(web, "GET", "/", &[&cookie], "");
    assert!(
        page.body
            .contains("&lt;script&gt;alert(1)&lt;/script&gt; who sets the rate?"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("<script>alert"), "{}", page.body);

    // A stale form after the screen moved on does not count elsewhere.
    room.keys("console", &["Right"]);
    room.wait_for("screen", "The room: It depends");
    room.keys("console", &["Right"]);
    room.wait_until("screen", |s| !s.contains("Would you take this job?"));
    // Once the room has it too (the screen's news reaches serve over its link).
    let start = std::time::Instant::now();
    while !request(web, "GET", "/", &[&cookie], "")
        .body
        .contains("How much does he earn")
    {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(30),
            "the page never moved on"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let late = request(web, "POST", "/do", &[&cookie], &vote);
    assert_eq!(late.status, 303);
    let page = request(web, "GET", "/", &[&cookie], "");
    assert!(
        page.body.contains("the screen has moved on"),
        "{}",
        page.body
    );

    // A body past the limit is refused, and the page still answers.
    let huge = "text=".to_owned() + &"a".repeat(64 * 1024);
    let refused = request(web, "POST", "/do", &[&cookie], &huge);
    assert_eq!(refused.status, 413);
    // In French, from the browser's language, before joining.
    let fr = request(
        web,
        "GET",
        &format!("/?code={CODE}"),
        &["Accept-Language: fr-FR,fr;q=0.9,en;q=0.5"],
        "",
    );
    assert!(
        fr.body.contains("Rejoindre la salle") && fr.body.contains("lang=\"fr\""),
        "{}",
        fr.body
    );

    // Leaving gives the name back.
    assert_eq!(
        request(web, "POST", "/do", &[&cookie], "what=leave").status,
        200
    );
    room.wait_for("console", "No participant follows");
}

#[test]
fn a_phones_page_is_told_live_when_the_screen_moves_and_when_the_server_ends() {
    let web = free_port();
    let (room, _url) = web_room(web);
    let joined = request(web, "GET", &format!("/?code={CODE}&name=ben"), &[], "");
    let cookie = format!("Cookie: {}", joined.cookie().unwrap_or_default());
    let mut events = http::stream(web, "/events", &cookie);
    events.until("You follow the screening");
    room.keys("console", &["Right"]);
    room.keys("console", &["t", "Down", "Down", "Down", "Enter"]);
    // The episode's title card first, then its first panel.
    room.wait_for("screen", "Episode 3 of");
    room.keys("console", &["Right"]);
    let moved = events.until("Would you take this job?");
    assert!(moved.contains("name=\"option\""), "{moved}");
    // serve stops (Ctrl-C): the page hears the session has ended.
    room.keys("serve", &["C-c"]);
    let ended = events.until("event: ended");
    assert!(ended.contains("The session has ended"), "{ended}");
}

#[test]
fn the_facilitator_ends_the_session_and_every_participant_is_told_and_let_go() {
    let web = free_port();
    let room = Room::new();
    room.invisibles("screen", (100, 30), "--session e2e");
    room.wait_for("screen", "Invisibles");
    room.invisibles(
        "console",
        (100, 30),
        "console --session e2e --handout https://example.org/e2e.html",
    );
    room.wait_for("console", "following the screen");
    room.serve(&format!("--session e2e --web 127.0.0.1:{web}"));
    room.wait_for("console", "On a phone");
    room.join("ana", (80, 24), CODE, "fr_FR.UTF-8");
    room.wait_for("ana", "vous suivez la salle");
    let joined = request(web, "GET", &format!("/?code={CODE}&name=ben"), &[], "");
    let cookie = format!("Cookie: {}", joined.cookie().unwrap_or_default());
    let mut events = http::stream(web, "/events", &cookie);
    events.until("You follow the screening");

    // Once asks; any other key keeps it going.
    room.keys("console", &["E"]);
    room.wait_for("console", "E again ends the session");
    room.keys("console", &["x"]);
    room.wait_until("console", |s| !s.contains("E again ends the session"));
    room.keys("console", &["E", "E"]);
    room.wait_for("console", "The session has ended");
    room.wait_for("screen", "The session has ended");
    // The SSH participant is told, in French, with the handout, and gets
    // their terminal back.
    let ana = room.wait_for("ana", "EXIT=0");
    assert!(ana.contains("la séance est terminée"), "{ana}");
    assert!(ana.contains("https://example.org/e2e.html"), "{ana}");
    assert!(
        ana.contains("icanon echo"),
        "terminal modes not restored:\n{ana}"
    );
    // The phone hears it; nobody new comes in, and is told why.
    let ended = events.until("event: ended");
    assert!(ended.contains("https://example.org/e2e.html"), "{ended}");
    let late = request(web, "GET", &format!("/?code={CODE}&name=cy"), &[], "");
    assert_eq!(late.status, 410, "{}", late.body);
    assert!(
        late.body.contains("This session has ended"),
        "{}",
        late.body
    );
    // OpenSSH at its default log level shows the reason.
    let told = room.stock_ssh("dan", "dan");
    assert!(told.contains("this session has ended"), "{told}");
}

#[test]
fn serve_goes_on_when_its_standard_output_is_closed() {
    let (web, ssh) = (free_port(), free_port());
    let state = std::env::temp_dir().join(format!("invisibles-closed-out-{}", std::process::id()));
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_invisibles"))
        .args([
            "serve",
            "--listen",
            &format!("127.0.0.1:{ssh}"),
            "--code",
            CODE,
        ])
        .args(["--web", &format!("127.0.0.1:{web}")])
        .env("XDG_STATE_HOME", &state)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    // Whoever reads it goes away at once (`serve | head -1`).
    drop(child.stdout.take());
    let start = std::time::Instant::now();
    let mut answered = 0;
    while start.elapsed() < std::time::Duration::from_secs(20) {
        if std::net::TcpStream::connect(("127.0.0.1", web)).is_ok() {
            answered = request(web, "GET", "/", &[], "").status;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let alive = matches!(child.try_wait(), Ok(None));
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&state);
    assert_eq!(answered, 200, "serve did not answer");
    assert!(alive, "serve died when its standard output closed");
}
