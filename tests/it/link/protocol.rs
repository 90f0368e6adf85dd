//! What goes over the link: whole messages, a hello first, and bounds.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixListener;
use std::time::{Duration, Instant};

use invisibles::link::wire::{Downward, Hello, Upward, encode};
use invisibles::link::{
    Client, Limits, Notice, PROTOCOL_VERSION, Reason, Remote, Role, Server, Status,
};

use super::common::{Raw, Scratch, poll_until};

fn refused(reason: Reason) -> Option<Downward<Status>> {
    Some(Downward::Refused {
        version: PROTOCOL_VERSION,
        reason,
    })
}

#[test]
fn a_command_split_across_two_writes_reaches_the_screen_whole() {
    let dir = Scratch::new("split-up");
    let mut server = Server::bind(&dir.socket()).unwrap();
    let mut raw = Raw::join(&dir.socket(), &mut server);
    raw.write(b"Msg(Jump(\"behind");
    for _ in 0..5 {
        assert!(server.poll().commands.is_empty());
        std::thread::sleep(Duration::from_millis(2));
    }
    raw.write(b"-the-icon\"))\n");
    let (commands, notices) = poll_until(&mut server, |c, _| !c.is_empty());
    assert_eq!(commands, [Remote::Jump("behind-the-icon".into())]);
    assert_eq!(notices, []);
}

#[test]
fn a_status_split_across_two_writes_reaches_the_console_whole() {
    let dir = Scratch::new("split-down");
    std::fs::create_dir_all(dir.socket().parent().unwrap()).unwrap();
    let listener = UnixListener::bind(dir.socket()).unwrap();
    let mut client: Client = Client::new(dir.socket());
    assert!(client.poll().is_empty());
    let (stream, _) = listener.accept().unwrap();
    let mut screen = BufReader::new(stream);
    let mut hello = String::new();
    screen.read_line(&mut hello).unwrap();
    assert_eq!(
        ron::from_str::<Upward<Remote>>(hello.trim()).unwrap(),
        Upward::Hello(Hello {
            version: PROTOCOL_VERSION,
            role: Role::Console
        })
    );
    let status = Status {
        panel: Some("behind-the-icon".into()),
        timer_minutes: 10,
        ..Status::default()
    };
    let mut bytes = encode(&Downward::<Status>::Welcome {
        version: PROTOCOL_VERSION,
    })
    .unwrap();
    bytes.extend(encode(&Downward::Msg(&status)).unwrap());
    let (first, second) = bytes.split_at(bytes.len() - 9);
    screen.get_mut().write_all(first).unwrap();
    let deadline = Instant::now() + Duration::from_secs(5);
    while !client.connected() {
        assert!(Instant::now() < deadline, "no welcome");
        assert!(client.poll().is_empty());
    }
    screen.get_mut().write_all(second).unwrap();
    let mut got = Vec::new();
    while got.is_empty() {
        assert!(Instant::now() < deadline, "no status");
        got = client.poll();
    }
    assert_eq!(got, [status]);
}

#[test]
fn an_oversized_message_closes_only_that_client() {
    let dir = Scratch::new("oversized");
    let mut server = Server::bind(&dir.socket()).unwrap();
    let mut big = Raw::join(&dir.socket(), &mut server);
    let mut small = Raw::join(&dir.socket(), &mut server);
    let writer = {
        let mut stream = big.reader.get_ref().try_clone().unwrap();
        std::thread::spawn(move || {
            let _ = stream.write_all(&vec![b'x'; 70 * 1024]);
        })
    };
    assert_eq!(
        big.read(&mut server),
        refused(Reason::TooLarge { max: 64 * 1024 })
    );
    assert_eq!(big.read(&mut server), None);
    writer.join().unwrap();
    small.command(&Remote::Timer(Some(5)));
    let (commands, notices) = poll_until(&mut server, |c, _| !c.is_empty());
    assert_eq!(commands, [Remote::Timer(Some(5))]);
    assert_eq!(server.clients(), 1);
    assert!(notices.is_empty(), "{notices:?}");
}

#[test]
fn a_client_that_does_not_say_hello_is_refused_with_the_reason() {
    let dir = Scratch::new("no-hello");
    let limits = Limits {
        hello_timeout: Duration::from_millis(50),
        ..Limits::default()
    };
    let mut server = Server::bind_with(&dir.socket(), limits).unwrap();
    for first in [
        &b"Msg(Timer(Some(5)))\n"[..],
        b"Act(ForceQuit)\n",
        b"\xff\xfe\n",
    ] {
        let mut raw = Raw::connect(&dir.socket());
        raw.write(first);
        assert_eq!(raw.read(&mut server), refused(Reason::NoHello));
        assert_eq!(raw.read(&mut server), None);
    }
    // Silence is no hello either, once the time is up.
    let mut raw = Raw::connect(&dir.socket());
    assert_eq!(raw.read(&mut server), refused(Reason::NoHello));
    let (commands, notices) = poll_until(&mut server, |_, _| true);
    assert_eq!(commands, []);
    assert_eq!(server.clients(), 0, "{notices:?}");
}

#[test]
fn a_client_of_another_version_is_refused_and_the_console_shows_why() {
    let dir = Scratch::new("version");
    let mut server = Server::bind(&dir.socket()).unwrap();
    let mut raw = Raw::connect(&dir.socket());
    raw.hello(PROTOCOL_VERSION + 1);
    let reason = Reason::Version {
        screen: PROTOCOL_VERSION,
        client: PROTOCOL_VERSION + 1,
    };
    assert_eq!(raw.read(&mut server), refused(reason.clone()));
    assert_eq!(raw.read(&mut server), None);
    assert!(
        reason
            .message(invisibles::content::Lang::En)
            .contains("protocol")
    );

    // The console's side: a refusal is kept, shown, and retried later.
    let fake = Scratch::new("version-fake");
    std::fs::create_dir_all(fake.socket().parent().unwrap()).unwrap();
    let listener = UnixListener::bind(fake.socket()).unwrap();
    let limits = Limits {
        retry: Duration::from_millis(100),
        ..Limits::default()
    };
    let mut client: Client = Client::with(fake.socket(), Role::Console, limits);
    client.poll();
    let (mut stream, _) = listener.accept().unwrap();
    let line = encode(&Downward::<Status>::Refused {
        version: 7,
        reason: reason.clone(),
    })
    .unwrap();
    stream.write_all(&line).unwrap();
    drop(stream);
    let deadline = Instant::now() + Duration::from_secs(5);
    while client.refusal().is_none() {
        assert!(Instant::now() < deadline, "the refusal was not read");
        client.poll();
    }
    assert_eq!(client.refusal(), Some(&reason));
    assert!(!client.connected());
    // Not at once: a refused console does not hammer the screen.
    client.poll();
    listener.set_nonblocking(true).unwrap();
    assert!(listener.accept().is_err());
    std::thread::sleep(Duration::from_millis(120));
    client.poll();
    listener.set_nonblocking(false).unwrap();
    assert!(listener.accept().is_ok());
}

#[test]
fn the_seventeenth_client_is_refused() {
    let dir = Scratch::new("seventeen");
    let mut server = Server::bind(&dir.socket()).unwrap();
    let mut clients: Vec<Raw> = (0..16)
        .map(|_| Raw::join(&dir.socket(), &mut server))
        .collect();
    let mut late = Raw::connect(&dir.socket());
    assert_eq!(late.read(&mut server), refused(Reason::TooMany { max: 16 }));
    assert_eq!(server.clients(), 16);
    // The others still drive the screen.
    clients[15].command(&Remote::Jump("a".into()));
    let (commands, notices) = poll_until(&mut server, |c, _| !c.is_empty());
    assert_eq!(commands, [Remote::Jump("a".into())]);
    assert!(notices.is_empty(), "{notices:?}");
}

#[test]
fn four_thousand_commands_arrive_in_order_a_bounded_batch_per_poll() {
    let dir = Scratch::new("flood");
    let mut server = Server::bind(&dir.socket()).unwrap();
    let raw = Raw::join(&dir.socket(), &mut server);
    let mut stream = raw.reader.get_ref().try_clone().unwrap();
    let writer = std::thread::spawn(move || {
        let mut all = Vec::new();
        for i in 0..4000 {
            all.extend(encode(&Upward::Msg(Remote::Jump(format!("p{i}")))).unwrap());
        }
        stream.write_all(&all).unwrap();
    });
    let limit = Limits::default().per_poll;
    let mut got = Vec::new();
    let mut polls = 0;
    let deadline = Instant::now() + Duration::from_secs(10);
    while got.len() < 4000 {
        assert!(Instant::now() < deadline, "{} of 4000", got.len());
        let started = Instant::now();
        let polled = server.poll();
        assert!(started.elapsed() < Duration::from_millis(200));
        assert!(polled.commands.len() <= limit, "{}", polled.commands.len());
        assert!(polled.notices.is_empty(), "{:?}", polled.notices);
        polls += 1;
        got.extend(polled.commands);
    }
    writer.join().unwrap();
    assert!(polls >= 4000 / limit, "{polls} polls");
    let expected: Vec<Remote> = (0..4000).map(|i| Remote::Jump(format!("p{i}"))).collect();
    assert_eq!(got, expected);
}

#[test]
fn a_bad_message_is_a_notice_and_the_console_stays() {
    let dir = Scratch::new("bad");
    let mut server = Server::bind(&dir.socket()).unwrap();
    let mut raw = Raw::join(&dir.socket(), &mut server);
    raw.write(b"Msg(Fly(\"away\"))\nMsg(Timer(None))\n");
    let (commands, notices) = poll_until(&mut server, |c, _| !c.is_empty());
    assert_eq!(commands, [Remote::Timer(None)]);
    assert!(
        matches!(notices.as_slice(), [Notice::BadMessage { .. }]),
        "{notices:?}"
    );
    assert!(
        notices[0]
            .message(invisibles::content::Lang::En)
            .starts_with("Console link:")
    );
    assert_eq!(server.clients(), 1);
}

#[test]
fn a_console_that_stops_reading_is_dropped_and_never_blocks_the_screen() {
    let dir = Scratch::new("slow");
    let mut server = Server::bind(&dir.socket()).unwrap();
    let _sleeper = Raw::join(&dir.socket(), &mut server);
    let started = Instant::now();
    let mut notices = Vec::new();
    for i in 0..2000 {
        server.publish(&Status {
            panel: Some(format!("{i}{}", "x".repeat(4000))),
            ..Status::default()
        });
        notices.extend(server.poll().notices);
        if server.clients() == 0 {
            break;
        }
    }
    assert_eq!(server.clients(), 0);
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(
        notices,
        [Notice::Refused {
            reason: Reason::TooSlow,
            uid: None
        }]
    );
}

#[test]
fn a_console_follows_the_screen_and_reconnects_when_it_restarts() {
    let dir = Scratch::new("restart");
    let status = Status {
        panel: Some("first".into()),
        ..Status::default()
    };
    let mut client: Client = Client::new(dir.socket());
    let follow = |server: &mut Server, client: &mut Client| {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            assert!(Instant::now() < deadline, "the console did not follow");
            let _ = server.poll();
            if let Some(s) = client.poll().pop() {
                return s;
            }
        }
    };
    let mut server = Server::bind(&dir.socket()).unwrap();
    server.publish(&status);
    assert_eq!(follow(&mut server, &mut client), status);
    assert!(client.connected());
    assert!(client.send(&Remote::Jump("b".into())));
    let (commands, _) = poll_until(&mut server, |c, _| !c.is_empty());
    assert_eq!(commands, [Remote::Jump("b".into())]);

    drop(server);
    assert!(!dir.socket().exists(), "the socket file is left behind");
    let deadline = Instant::now() + Duration::from_secs(5);
    while client.connected() {
        assert!(Instant::now() < deadline);
        client.poll();
    }
    assert!(client.refusal().is_none());
    let mut server = Server::bind(&dir.socket()).unwrap();
    let again = Status {
        panel: Some("again".into()),
        ..Status::default()
    };
    server.publish(&again);
    assert_eq!(follow(&mut server, &mut client), again);
}

#[test]
fn a_console_that_sends_and_leaves_at_once_is_still_heard() {
    let dir = Scratch::new("send-and-leave");
    let mut server = Server::bind(&dir.socket()).unwrap();
    let mut raw = Raw::join(&dir.socket(), &mut server);
    // Left unread by the console: its close resets the connection.
    server.publish(&Status {
        panel: Some("unread".into()),
        ..Status::default()
    });
    raw.command(&Remote::Jump("last-words".into()));
    drop(raw);
    let (commands, _) = poll_until(&mut server, |c, _| !c.is_empty());
    assert_eq!(commands, [Remote::Jump("last-words".into())]);
    let _ = server.poll();
    assert_eq!(server.clients(), 0);
}
