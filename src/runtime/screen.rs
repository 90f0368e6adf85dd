//! The screening as a program: the player and its host together, so that the
//! local terminal (or a test's backend) only pumps inputs into it.

use ratatui::Terminal;
use ratatui::backend::Backend;

use super::host::Host;
use super::player::{Input, Player};
use super::program::{Flow, Program};
use crate::app::{Effect, Msg};

pub struct Screening {
    pub player: Player,
    pub host: Host,
    /// An author's episodes folder, watched for changes (`--watch`).
    pub watch: Option<super::watch::Watch>,
}

impl Screening {
    pub fn new(player: Player, host: Host) -> Screening {
        Screening {
            player,
            host,
            watch: None,
        }
    }

    pub fn watching(mut self, watch: super::watch::Watch) -> Screening {
        self.watch = Some(watch);
        self
    }
}

impl Program for Screening {
    fn input(&mut self, input: Input, now: u64) -> Flow {
        let effects = self.player.handle(input, now);
        self.host.consume(&mut self.player, &effects, now);
        if effects.contains(&Effect::Quit) {
            Flow::Quit
        } else if effects.contains(&Effect::Suspend) {
            Flow::Suspend
        } else {
            Flow::Go
        }
    }

    fn poll(&mut self, now: u64) -> Vec<Input> {
        let mut notices = Vec::new();
        let remotes = self.host.remotes(&mut notices);
        let lang = self.player.state().viewer().lang();
        for notice in notices {
            let effects = self.player.apply(Msg::Notice(notice.message(lang)), now);
            self.host.consume(&mut self.player, &effects, now);
        }
        if self.host.retry_link(now) {
            let lang = self.player.state().viewer().lang();
            let text = crate::words::of(lang).console_link_ready.to_owned();
            let effects = self.player.apply(Msg::Notice(text), now);
            self.host.consume(&mut self.player, &effects, now);
        }
        if let Some(msg) = self.watch.as_mut().and_then(|w| w.poll(now)) {
            let effects = self.player.apply(msg, now);
            self.host.consume(&mut self.player, &effects, now);
        }
        remotes.into_iter().map(Input::Remote).collect()
    }

    fn dirty(&self) -> bool {
        self.player.dirty()
    }

    fn draw<B: Backend>(&mut self, terminal: &mut Terminal<B>, _now: u64) -> Result<(), B::Error> {
        self.player.draw(terminal)?;
        self.host.publish(&self.player);
        Ok(())
    }

    fn deadline(&self, now: u64) -> Option<u64> {
        self.player.next_deadline(now)
    }

    fn finish(&mut self) {
        self.host.flush();
    }

    fn leftovers(&self) -> Vec<std::path::PathBuf> {
        self.host.link.iter().map(|l| l.path().to_owned()).collect()
    }
}
