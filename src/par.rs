//! Work spread over the machine's cores. Results come back in input order, so whatever
//! the number of threads the output is the same.

use std::num::NonZeroUsize;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Stack for worker threads: parsing recurses once per nesting level, and debug builds use
/// large frames, so the workers get a stack sized for [`crate::load::MAX_DEPTH`] levels
/// (reserved address space; only what is used is backed by memory).
pub const STACK_BYTES: usize = 64 * 1024 * 1024;

/// How many threads to use: `SELOSTE_JOBS` when set to a positive number, else one per core.
pub fn threads() -> usize {
    std::env::var("SELOSTE_JOBS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(NonZeroUsize::get)
                .unwrap_or(1)
        })
}

/// `f` applied to every item, on up to [`threads`] worker threads (each with a
/// [`STACK_BYTES`] stack, also when there is one item), in input order.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let workers = threads().min(items.len()).max(1);
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<(usize, R)>> = Mutex::new(Vec::with_capacity(items.len()));
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                std::thread::Builder::new()
                    .name("seloste-worker".into())
                    .stack_size(STACK_BYTES)
                    .spawn_scoped(s, || {
                        let mut mine = Vec::new();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(item) = items.get(i) else { break };
                            mine.push((i, f(item)));
                        }
                        done.lock().unwrap_or_else(|e| e.into_inner()).extend(mine);
                    })
                    .expect("spawning a worker thread")
            })
            .collect();
        for h in handles {
            if let Err(panic) = h.join() {
                std::panic::resume_unwind(panic);
            }
        }
    });
    let mut done = done.into_inner().unwrap_or_else(|e| e.into_inner());
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_input_order() {
        let items: Vec<u32> = (0..1000).collect();
        let out = super::map(&items, |x| x * 2);
        assert_eq!(out, items.iter().map(|x| x * 2).collect::<Vec<_>>());
        assert!(super::map(&[] as &[u32], |x| *x).is_empty());
    }
}
