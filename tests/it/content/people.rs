//! Every person and voice of the report is there, in both languages.

use super::*;

#[test]
fn every_person_and_voice_is_there_in_both_languages() {
    let doc = shipped();
    let speakers: Vec<String> = doc
        .timeline
        .iter()
        .filter_map(|s| match doc.panel(*s) {
            Panel::Testimony(t) => Some(t.speaker.name.clone().unwrap_or_default()),
            _ => None,
        })
        .collect();
    for name in [
        "Bilel",
        "Zlat",
        "Nomena",
        "Marolafy Norotahina Ny Kanto",
        "Chris",
    ] {
        assert!(speakers.iter().any(|s| s == name), "no testimony by {name}");
    }
    // The two anonymous witnesses stay anonymous.
    assert!(speakers.iter().filter(|s| s.is_empty()).count() >= 2);
    let mut voices = Vec::new();
    for s in &doc.timeline {
        if let Panel::Debate(d) = doc.panel(*s) {
            for q in &d.questions {
                voices.push(q.asked_by.clone());
                voices.extend(q.answers.iter().map(|a| a.by.clone()));
            }
        }
    }
    assert!(
        voices.contains(&Voice::Named("Henri Poulain".into())),
        "Henri Poulain is missing from the debate"
    );
    // The report names no room: the two named speakers are named, never
    // labelled as speaking "from the room" (Vincent Rivière even answers a
    // question, and Christophe Deshayes speaks for the seminar).
    for name in ["Vincent Rivière", "Christophe Deshayes"] {
        assert!(
            voices.contains(&Voice::Named(name.into())),
            "{name} is missing from the debate"
        );
    }
    assert!(
        !voices.iter().any(|v| matches!(v, Voice::FromTheRoom(_))),
        "nobody speaks from a room the report does not name"
    );
    assert!(voices.contains(&Voice::Participant));
    // The thesis author goes on after his question: the same participant.
    assert!(voices.contains(&Voice::SameParticipant));
    for lang in [Lang::Fr, Lang::En] {
        // Words only: print wraps lines and marks passages with `|`.
        let text = print(&doc, lang, None)
            .split_whitespace()
            .filter(|w| *w != "|")
            .collect::<Vec<_>>()
            .join(" ");
        for needle in [
            "Henri Poulain",
            "Antonio Casilli",
            "Antonio Grigolini",
            "Pascal Lefebvre",
            "Bilel",
            "Zlat",
            "Nomena",
            "Marolafy Norotahina Ny Kanto",
            "Chris",
            "Vincent Rivière",
            "Christophe Deshayes",
            "France tv Slash",
            "Uber Eats",
            "Deliveroo",
            "Google",
            "Disneyland Paris",
            "Total Direct Energie",
            "Facebook",
            "CCC",
            "Competence Call Center",
            "CPL Resources",
            "Barcelon",
            "Dublin",
            "Lyon",
            "Toulouse",
            "Urssaf",
            "CLAP",
            "CGT",
            "CFDT",
            "IG Metall",
            "Cour de cassation",
            "Attali",
            "Courbet",
            "Palo Alto",
            "Christchurch",
            "Amazon",
            "Siri",
            "Data Gueule",
            "StoryCircus",
            "France 5",
        ] {
            assert!(
                text.contains(needle),
                "{needle} is missing from `print --lang {lang:?}`"
            );
        }
        let malagasy = if lang == Lang::Fr {
            "Malgache"
        } else {
            "Malagasy"
        };
        assert!(text.contains(malagasy), "{malagasy} is missing");
    }
}
