//! Phones: the projector's invitation carries the join address as a QR
//! code a phone can read, and a participant's forms go through the core.

use invisibles::app::typed::Refused;
use invisibles::app::{
    Doing, Invitation, Live, Msg, Participant, ParticipantMsg, Remote, Said, Up, participant,
    update,
};
use invisibles::content::Lang;
use invisibles::journey::Journey;
use ratatui::style::Color;

use crate::common::{goto, render, sample, setup, state};

const URL: &str = "http://192.0.2.7:8080/?code=k3x9pq";

/// Reads the QR code off a drawn screen: cells of `▀` in black and white,
/// each two modules high, scaled up for the detector.
fn read_qr(buf: &ratatui::buffer::Buffer) -> Option<String> {
    let area = buf.area;
    let dark = |c: Color| c == Color::Black;
    let mut modules = vec![vec![false; usize::from(area.width)]; usize::from(area.height) * 2];
    for y in 0..area.height {
        for x in 0..area.width {
            let cell = &buf[(x, y)];
            let paper = matches!(
                (cell.fg, cell.bg),
                (Color::Black | Color::White, Color::Black | Color::White)
            );
            if cell.symbol() == "▀" && paper {
                modules[usize::from(y) * 2][usize::from(x)] = dark(cell.fg);
                modules[usize::from(y) * 2 + 1][usize::from(x)] = dark(cell.bg);
            }
        }
    }
    const SCALE: usize = 4;
    let (w, h) = (modules[0].len() * SCALE, modules.len() * SCALE);
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| {
        if modules[y / SCALE][x / SCALE] {
            0
        } else {
            255
        }
    });
    let grids = img.detect_grids();
    grids.first()?.decode().ok().map(|(_, text)| text)
}

#[test]
fn the_projectors_invitation_shows_a_qr_code_a_phone_reads_as_the_join_address() {
    let mut s = state(Lang::En);
    setup(&mut s, |set| set.present = true);
    let invite = Invitation {
        command: "ssh -p 2222 NAME@192.0.2.7".to_owned(),
        code: "k3x9pq".to_owned(),
        fingerprint: "SHA256:abc".to_owned(),
        web: Some(URL.to_owned()),
    };
    update(&mut s, Msg::Facilitator(Remote::Invite(invite)));
    update(&mut s, Msg::Facilitator(Remote::ToggleInvitation));
    for (w, h) in [(120, 36), (80, 30)] {
        let term = render(&s, w, h);
        let text = crate::common::buffer_text(term.backend().buffer());
        assert!(
            text.contains(URL),
            "{w}x{h}: the address is written out:\n{text}"
        );
        assert_eq!(
            read_qr(term.backend().buffer()).as_deref(),
            Some(URL),
            "{w}x{h}:\n{text}"
        );
    }
    // Too small for the code: the address alone, still whole.
    let term = render(&s, 80, 24);
    let text = crate::common::buffer_text(term.backend().buffer());
    assert!(text.contains(URL), "{text}");
}

fn on_question() -> (Participant, Live) {
    let doc = sample();
    let mut screen = state(Lang::En);
    setup(&mut screen, |set| set.workshop = true);
    goto(&mut screen, "take-job");
    let live = Live::of(screen.room().clone());
    let mut p = Participant::new(doc, "mia".to_owned(), Lang::En, &Journey::default());
    participant(&mut p, ParticipantMsg::Live(Some(&live)));
    (p, live)
}

#[test]
fn a_form_counts_only_on_the_question_the_screen_shows() {
    let (mut p, live) = on_question();
    let vote = |panel| Doing::Pick { panel, option: 2 };
    let out = participant(&mut p, ParticipantMsg::Do(vote("take-job"), Some(&live)));
    assert!(matches!(out.up.as_slice(), [Up::Ballot { panel, .. }] if panel == "take-job"));
    assert_eq!(p.said(), Some(Said::Voted));
    // A form for another question, or an option it does not have: nothing goes up.
    for doing in [
        vote("guess-pay"),
        Doing::Pick {
            panel: "take-job",
            option: 9,
        },
    ] {
        let out = participant(&mut p, ParticipantMsg::Do(doing, Some(&live)));
        assert!(out.up.is_empty(), "{doing:?}");
        assert_eq!(p.said(), Some(Said::Moved));
    }
    // No screen: nothing is sent, and they are told.
    let out = participant(&mut p, ParticipantMsg::Do(vote("take-job"), None));
    assert!(out.up.is_empty());
}

#[test]
fn a_typed_guess_is_refused_not_bent_when_it_is_no_figure_or_outside_the_range() {
    let doc = sample();
    let mut screen = state(Lang::En);
    setup(&mut screen, |set| set.workshop = true);
    goto(&mut screen, "guess-pay");
    let live = Live::of(screen.room().clone());
    let mut p = Participant::new(doc, "mia".to_owned(), Lang::En, &Journey::default());
    participant(&mut p, ParticipantMsg::Live(Some(&live)));
    let guess = |figure| Doing::Guess {
        panel: "guess-pay",
        figure,
    };
    for (figure, said) in [
        ("150", Said::Refused(Refused::AboveRange)),
        ("1.2.3", Said::Refused(Refused::SecondSeparator)),
        ("-1", Said::NotAFigure),
        ("", Said::NotAFigure),
        ("seven", Said::NotAFigure),
    ] {
        let out = participant(&mut p, ParticipantMsg::Do(guess(figure), Some(&live)));
        assert!(out.up.is_empty(), "{figure:?}");
        assert_eq!(p.said(), Some(said), "{figure:?}");
    }
    let out = participant(&mut p, ParticipantMsg::Do(guess("6,5"), Some(&live)));
    match out.up.as_slice() {
        [Up::Ballot { ballot, .. }] => assert_eq!(*ballot, invisibles::app::Ballot::Guessed(6.5)),
        other => panic!("{other:?}"),
    }
}
