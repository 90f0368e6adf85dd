//! Memory a room's departures freed goes back to the system. glibc keeps the
//! heap a thread freed in that thread's arena, so a server that once held a
//! full room would keep its peak for as long as it runs, though nobody is
//! left (the soak in BENCHMARKS.md measured 7 MiB idle, then 130 MiB after
//! every wave of 500). `malloc_trim` hands back every arena's free pages.

use std::sync::Arc;
use std::time::Duration;

use super::seats::Shared;

/// How often the seats are looked at.
const EVERY: Duration = Duration::from_secs(1);

/// Gives back freed memory once departures settle: seats were given back,
/// then none for a whole look (departures come in bursts: a workshop's end,
/// a network drop; one trim after each burst is enough).
pub async fn give_back_after_departures(shared: Arc<Shared>) {
    let mut every = tokio::time::interval(EVERY);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut before = 0;
    let mut freed = false;
    loop {
        every.tick().await;
        let now = shared.participants();
        if now < before {
            freed = true;
        } else if freed {
            give_back();
            freed = false;
        }
        before = now;
    }
}

/// Returns the allocator's free pages to the system, where it can.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn give_back() {
    // SAFETY: malloc_trim takes no pointer and holds each arena's own lock
    // while it walks it; it is safe to call from any thread at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Other allocators give freed memory back on their own terms.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn give_back() {}

#[cfg(all(test, target_os = "linux", target_env = "gnu"))]
mod tests {
    /// This process's resident memory, in kB.
    fn rss_kb() -> u64 {
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        (status.lines())
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    }

    #[test]
    fn freed_memory_held_between_live_blocks_goes_back() {
        // 192 MiB in 1 KiB blocks, freed but for one in 64: the holes stay
        // with the allocator, pinned between the survivors.
        let mut blocks: Vec<Vec<u8>> = (0..196_608).map(|k| vec![k as u8; 1024]).collect();
        let kept: Vec<Vec<u8>> = blocks.drain(..).step_by(64).collect();
        let held = rss_kb();
        super::give_back();
        let after = rss_kb();
        assert_eq!(kept.len(), 3072);
        assert!(
            held.saturating_sub(after) > 100 * 1024,
            "RSS {held} kB before the trim, {after} kB after"
        );
    }
}
