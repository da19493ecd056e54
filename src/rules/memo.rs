//! What a text rule finds in a text depends on the text alone, and the same texts come
//! back register after register: an organisation file's texts are read with each of its
//! registers, and registers share boilerplate. A [`Memo`] keeps the result per text, so
//! each distinct text is scanned once per run, on whichever core reaches it first.

use rustc_hash::FxBuildHasher;
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::sync::Mutex;

/// Shards, so that the cores seldom wait for one another.
const SHARDS: usize = 16;

/// Texts kept per shard before it is emptied: a bound on memory for a long-running
/// process (the language server, a test run), far above what a run of thousands of
/// registers holds.
const PER_SHARD: usize = 1 << 14;

/// Results of a function of one text, kept per text.
pub struct Memo<V> {
    hasher: FxBuildHasher,
    shards: Vec<Mutex<HashMap<Box<str>, V, FxBuildHasher>>>,
}

impl<V> Default for Memo<V> {
    fn default() -> Self {
        Memo {
            hasher: FxBuildHasher,
            shards: (0..SHARDS)
                .map(|_| Mutex::new(HashMap::with_hasher(FxBuildHasher)))
                .collect(),
        }
    }
}

impl<V: Clone> Memo<V> {
    /// `f(text)`, computed once per distinct text (again if the memo was emptied).
    /// `f` runs without a lock held, so two cores may both compute a text the first time;
    /// the results are equal, as `f` must depend on the text alone.
    pub fn get(&self, text: &str, f: impl FnOnce() -> V) -> V {
        let shard = &self.shards[(self.hasher.hash_one(text) as usize) % SHARDS];
        if let Some(v) = lock(shard).get(text) {
            return v.clone();
        }
        let v = f();
        let mut map = lock(shard);
        if map.len() >= PER_SHARD {
            map.clear();
        }
        map.insert(text.into(), v.clone());
        v
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn computes_once_per_text() {
        let memo: Memo<usize> = Memo::default();
        let calls = Cell::new(0);
        let f = |t: &str| {
            calls.set(calls.get() + 1);
            t.len()
        };
        assert_eq!(memo.get("voidaan", || f("voidaan")), 7);
        assert_eq!(memo.get("voidaan", || f("voidaan")), 7);
        assert_eq!(memo.get("may", || f("may")), 3);
        assert_eq!(calls.get(), 2);
    }

    #[test]
    fn stays_bounded() {
        let memo: Memo<u32> = Memo::default();
        for i in 0..(SHARDS * PER_SHARD * 2) as u32 {
            memo.get(&i.to_string(), || i);
        }
        let held: usize = memo.shards.iter().map(|s| lock(s).len()).sum();
        assert!(held <= SHARDS * PER_SHARD, "{held} texts held");
        assert!(held > 0, "the latest texts are kept");
    }
}
