//! Invisibles' core: the documentary and everything that happens to it, with
//! no terminal, no network and no clock of its own.
//!
//! [`content`] reads and checks the episodes; [`app`] holds the state of a
//! screening and [`app::update`], the only function that changes it, for
//! every actor; [`keymap`] turns the core's own [`input::Key`]s into actions;
//! [`words`] holds every sentence the interface shows, in both languages;
//! [`journey`] and [`session_log`] are what a viewer and a screening keep.
//! Views, stores, the console's link and the front ends live in the
//! `invisibles` crate and depend on this one, never the other way.
//!
//! # Glossary
//! - **documentary**: the episodes → chapters → panels, as loaded.
//! - **screening**: the documentary played to someone: a [`app::Room`] (where
//!   it is, what is revealed, the polls, the questions) and its viewers.
//! - **room**: what everyone following a screening shares.
//! - **viewer**: one person at one terminal: their language, overlays, scroll
//!   and own record ([`app::Viewer`]).
//! - **facilitator**: who drives a workshop's screening from the console.
//! - **participant**: a person in the room following the screening from their
//!   own terminal (over SSH) or phone (a web page), with their own ballots and
//!   questions.
//! - **session log**: what a workshop's screening did, kept on disk
//!   ([`session_log::Session`]).
//! - **notice**: a content notice before a graphic panel; a one-line message
//!   to the viewer is a **note** ([`app::Note`]), worded only when drawn.
//! - **poll**: the room's answers to a choice panel; a **ballot** is one
//!   participant's.
//! - **question**: one the room asks during a screening ([`app::Question`]);
//!   the seminar's own, in a debate panel, is a
//!   [`content::model::DebateQuestion`], answered by
//!   [`content::model::DebateAnswer`]s.
//! - **answer**: a viewer's own to a choice panel ([`answer::Answer`]).

pub mod action;
pub mod answer;
pub mod app;
pub mod blocks;
pub mod content;
pub mod input;
pub mod journey;
pub mod keymap;
pub mod lang;
pub mod progress;
pub mod session_log;
pub mod words;
