//! What an earlier build wrote, so that a rebuild renders only the registers that changed.
//!
//! The record is `<out>/.seloste-cache.json`. It is valid only for the same seloste
//! executable, the same templates and catalogs, the same options and the same day (rules
//! depend on the date). For each register that was written with no diagnostics at all it
//! keeps a hash of the register file and of its organisation file, the files written (with
//! their lengths) and its entries on the index pages. A register is reused when both hashes
//! match and its files are still there with those lengths; anything else is checked and
//! rendered again. A missing, unreadable or foreign record just means a full build. With
//! each hash goes the file's identity when it was hashed ([`Stamp`]), so that a file
//! nobody touched since is not read again to be hashed.
//!
//! Every build removes the record before it writes anything, and only a build with reuse
//! writes a new one at the end: a record never describes files that a later build (without
//! reuse, or interrupted) may have overwritten.

use super::IndexEntry;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

/// The record's file name inside the output folder.
pub const FILE: &str = ".seloste-cache.json";

#[derive(Serialize, Deserialize, Default)]
pub struct Cache {
    /// Everything besides the inputs that the output depends on (see [`key`]).
    pub key: String,
    /// By register file path, as found under the build's paths.
    pub registers: BTreeMap<String, Entry>,
    /// By path: the hash of a register or organisation file with what identified its
    /// content when it was hashed (see [`Stamp`]).
    #[serde(default)]
    pub stamps: BTreeMap<String, Stamp>,
}

/// A file's hash and its identity when it was hashed: size, modification and change times
/// (the change time moves on every write and cannot be set back) and inode. A rebuild takes
/// the hash of a file whose identity is unchanged without reading it. A file changed within
/// [`RACY`] of being hashed gets no stamp, since a same-size write within one tick of the
/// file system's clock would keep its identity.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    pub id: String,
    pub hash: String,
}

/// How long after its last change a file's identity is trusted.
pub const RACY: std::time::Duration = std::time::Duration::from_secs(2);

#[derive(Serialize, Deserialize, Clone)]
pub struct Entry {
    pub hash: String,
    /// The organisation file and its hash, when the register names one.
    pub organisation: Option<(String, String)>,
    /// Files written, relative to the output folder, with their lengths.
    pub outputs: Vec<(String, u64)>,
    /// Entries on the index pages, by language.
    pub index: Vec<(String, IndexEntry)>,
}

/// A content hash of `bytes`, written as hex.
pub fn hash(bytes: &[u8]) -> String {
    // SipHash with fixed keys: stable for one executable, and the record is only ever read
    // by the executable that wrote it (see `key`).
    let mut h = std::hash::DefaultHasher::new();
    bytes.hash(&mut h);
    let a = h.finish();
    bytes.len().hash(&mut h);
    0xA5u8.hash(&mut h);
    format!("{a:016x}{:016x}", h.finish())
}

/// The hash of the file at `path`, if it can be read.
pub fn hash_file(path: &Path) -> Option<String> {
    std::fs::read(path).ok().map(|b| hash(&b))
}

/// The identity of the file at `path` (see [`Stamp`]) and when it last changed; `None` where
/// the system does not tell (then files are always read).
fn identity(path: &Path) -> Option<(String, std::time::SystemTime)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let m = std::fs::metadata(path).ok()?;
        let at = |secs: i64, nanos: i64| -> Option<std::time::SystemTime> {
            Some(
                std::time::UNIX_EPOCH
                    + std::time::Duration::new(
                        u64::try_from(secs).ok()?,
                        u32::try_from(nanos).ok()?,
                    ),
            )
        };
        let changed: std::time::SystemTime =
            at(m.mtime(), m.mtime_nsec())?.max(at(m.ctime(), m.ctime_nsec())?);
        let id = format!(
            "{} {}.{} {}.{} {} {}",
            m.len(),
            m.mtime(),
            m.mtime_nsec(),
            m.ctime(),
            m.ctime_nsec(),
            m.ino(),
            m.dev()
        );
        Some((id, changed))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// The hash of the file at `path`: from `stamps` when its identity is the one stamped there,
/// else read now. With it, the stamp to record for it, unless it changed within [`RACY`]
/// of `now`.
pub fn hash_stamped(
    path: &Path,
    stamps: &BTreeMap<String, Stamp>,
    now: std::time::SystemTime,
) -> Option<(String, Option<Stamp>)> {
    let identity = identity(path);
    if let Some((id, _)) = &identity
        && let Some(stamp) = stamps.get(&*path.to_string_lossy())
        && &stamp.id == id
    {
        return Some((stamp.hash.clone(), Some(stamp.clone())));
    }
    let hash = hash_file(path)?;
    let stamp = identity
        .filter(|(_, changed)| now.duration_since(*changed).is_ok_and(|d| d >= RACY))
        .map(|(id, _)| Stamp {
            id,
            hash: hash.clone(),
        });
    Some((hash, stamp))
}

/// What the output depends on besides the register files: this executable, the templates
/// folder's files, the options and the date. `None` when the executable cannot be identified
/// (then nothing is reused).
pub fn key(templates: Option<&Path>, options: &str, today: crate::model::Date) -> Option<String> {
    let exe = std::env::current_exe().ok()?;
    let meta = std::fs::metadata(&exe).ok()?;
    let modified = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    let mut parts = format!(
        "seloste {}\nexe {} {} {}\noptions {options}\ntoday {}\n",
        env!("CARGO_PKG_VERSION"),
        exe.display(),
        meta.len(),
        modified.as_nanos(),
        today
    );
    if let Some(dir) = templates {
        let mut files = Vec::new();
        all_files(dir, &mut files);
        files.sort();
        for f in files {
            parts.push_str(&format!(
                "template {} {}\n",
                f.display(),
                hash_file(&f).unwrap_or_default()
            ));
        }
    }
    Some(hash(parts.as_bytes()))
}

fn all_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            all_files(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// The record in `out`, if there is one written under `key`.
pub fn read(out: &Path, key: &str) -> Option<Cache> {
    let bytes = std::fs::read(out.join(FILE)).ok()?;
    let cache: Cache = serde_json::from_slice(&bytes).ok()?;
    (cache.key == key).then_some(cache)
}

/// True when every file the entry lists is in `out` with the length it had.
pub fn outputs_present(out: &Path, entry: &Entry) -> bool {
    entry.outputs.iter().all(|(rel, len)| {
        std::fs::metadata(out.join(rel)).is_ok_and(|m| m.is_file() && m.len() == *len)
    })
}

/// Writes the record (a failure only costs the next build its reuse).
pub fn write(out: &Path, cache: &Cache) -> std::io::Result<()> {
    let json = serde_json::to_vec(cache).map_err(std::io::Error::other)?;
    super::write_atomic(&out.join(FILE), &json)
}
