//! End to end: the real binary in tmux (the player, a console, the SSH room
//! with the stock `ssh` client). Apart from the rest, so they can be run alone.

mod binaries;
mod player;
mod serve;
mod serve_attack;
mod serve_ballots;
mod sessions;
mod web;
mod workshop;
