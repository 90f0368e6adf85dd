//! The site: what every request shares, the room and its visitors.

use std::sync::Arc;

use super::visitors::Visitors;
use crate::content::Lang;
use crate::serve::Shared;

/// What every request shares.
pub struct Web {
    pub shared: Arc<Shared>,
    pub visitors: Visitors,
}

impl Web {
    pub(super) fn title(&self, lang: Lang) -> String {
        self.shared.doc.manifest.title.get(lang).to_owned()
    }

    /// The server is stopping, or the facilitator ended the session:
    /// pages say the session has ended.
    pub(super) fn ended(&self) -> bool {
        *self.shared.stop.borrow() || self.shared.ended()
    }
}
