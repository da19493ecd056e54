//! What an earlier build wrote, so that a rebuild renders only the registers that changed,
//! and so that the files of a register that is gone can be withdrawn.
//!
//! The record is `<out>/.seloste-cache.json`. Its reuse is valid only for the same seloste
//! executable, the same templates and catalogs, the same options and the same day (rules
//! depend on the date): its `key`. For each register written it keeps the register's id, the
//! files written (relative to the output folder) with a hash of each one's content, and its
//! entries on the index pages. A register written with no diagnostics at all is `reusable`:
//! with it go a hash of the register file and of its organisation file. A register is reused
//! when the key and both hashes match and its files are still there with the content that
//! was written: something else writing into the folder (another build, an editor) is seen.
//! A missing, unreadable, oversized, foreign or malformed record just means a full build.
//! With each hash goes the file's identity when it was hashed ([`Stamp`]), so that a file
//! nobody touched since is not read again to be hashed.
//!
//! The record is read without following a link, at most [`RECORD_LIMIT`] bytes, and checked:
//! every id, language and file name in it must be a plain name (see [`Cache::is_valid`]).
//! Nothing from it reaches a page but the names and dates shown on the index; links there are
//! made from the ids.

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

/// The biggest record read: a record for 10 000 registers is about 10 MiB.
pub const RECORD_LIMIT: u64 = 64 << 20;

/// The biggest input file (template) hashed; a bigger one means nothing is reused.
pub const HASH_LIMIT: u64 = 64 << 20;

#[derive(Serialize, Deserialize, Clone)]
pub struct Entry {
    /// The register's id: its files are `<id>/…`.
    pub id: String,
    /// Whether a rebuild may keep its files (it was written with no diagnostics at all).
    pub reusable: bool,
    /// The register file's hash (empty when not reusable).
    pub hash: String,
    /// The organisation file and its hash, when the register names one.
    pub organisation: Option<(String, String)>,
    /// Files written, relative to the output folder.
    pub outputs: Vec<Written>,
    /// Entries on the index pages, by language.
    pub index: Vec<(String, IndexEntry)>,
}

/// One file a build wrote: its path relative to the output folder, the hash of what was
/// written and the file's identity (see [`Stamp`]) when it was last known to hold that.
#[derive(Serialize, Deserialize, Clone, Debug)]
pub struct Written {
    pub path: String,
    pub hash: String,
    pub stamp: Option<String>,
}

impl Entry {
    /// True when every name in the entry is a plain name: `<id>/<lang>.<ext>` files only.
    fn is_valid(&self) -> bool {
        let plain = super::plain_name;
        plain(&self.id)
            && self.outputs.iter().all(|w| {
                w.path
                    .strip_prefix(&self.id)
                    .and_then(|rest| rest.strip_prefix('/'))
                    .and_then(|file| file.rsplit_once('.'))
                    .is_some_and(|(lang, ext)| plain(lang) && matches!(ext, "html" | "md" | "pdf"))
            })
            && self.index.iter().all(|(lang, _)| plain(lang))
    }
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

/// The hash of the file at `path`, if it is a regular file of at most [`HASH_LIMIT`] bytes
/// (never blocking on a FIFO or reading a device).
pub fn hash_file(path: &Path) -> Option<String> {
    crate::fsio::read_regular(path, HASH_LIMIT)
        .ok()
        .map(|b| hash(&b))
}

/// The identity of the file at `path` (see [`Stamp`]) and when it last changed; `None` where
/// the system does not tell (then files are always read).
pub fn identity(path: &Path) -> Option<(String, std::time::SystemTime)> {
    identity_of(&std::fs::metadata(path).ok()?)
}

/// [`identity`] from a file's metadata.
fn identity_of(m: &std::fs::Metadata) -> Option<(String, std::time::SystemTime)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if !m.is_file() {
            return None;
        }
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
        let _ = m;
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
            // A file that cannot be hashed (a FIFO, a device, a huge file) means no reuse.
            let hash = hash_file(&f)?;
            parts.push_str(&format!("template {} {hash}\n", f.display()));
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
        // Links to folders are not followed (a loop would never end); links to files are
        // hashed as the file.
        if e.file_type().is_ok_and(|t| t.is_dir()) {
            all_files(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// The record in `out`, if there is a valid one (whatever its key). It is read only when
/// it is a regular file (not a link) of at most `RECORD_LIMIT` bytes.
pub fn read(out: &Path) -> Option<Cache> {
    read_bounded(out, RECORD_LIMIT)
}

fn read_bounded(out: &Path, limit: u64) -> Option<Cache> {
    let path = out.join(FILE);
    // It lives inside the output folder: a link there is not followed.
    if !std::fs::symlink_metadata(&path).ok()?.is_file() {
        return None;
    }
    let bytes = crate::fsio::read_regular(&path, limit).ok()?;
    let cache: Cache = serde_json::from_slice(&bytes).ok()?;
    cache.is_valid().then_some(cache)
}

impl Cache {
    /// True when every id, language and file name the record holds is a plain name.
    pub fn is_valid(&self) -> bool {
        self.registers.values().all(Entry::is_valid)
    }
}

/// Whether the output file `w` (in `out`) still holds what was written, and the stamp to
/// record for it: the recorded stamp is trusted when the file's identity is unchanged and
/// it last changed at least [`RACY`] before `now`; else the file is read and hashed.
/// The caller checked that the file's folder is a real folder (not a link).
pub fn output_intact(
    out: &Path,
    w: &Written,
    now: std::time::SystemTime,
) -> Option<Option<String>> {
    let path = out.join(&w.path);
    // Never through a link: the file must be a regular file (then `lstat` tells what `stat`
    // would: one call per file).
    let meta = std::fs::symlink_metadata(&path).ok()?;
    if !meta.is_file() {
        return None;
    }
    let identity = identity_of(&meta);
    let settled =
        |changed: &std::time::SystemTime| now.duration_since(*changed).is_ok_and(|d| d >= RACY);
    if let (Some((id, changed)), Some(stamp)) = (&identity, &w.stamp)
        && id == stamp
        && settled(changed)
    {
        return Some(Some(id.clone()));
    }
    let bytes = crate::fsio::read_regular(&path, HASH_LIMIT).ok()?;
    (hash(&bytes) == w.hash).then(|| {
        identity
            .filter(|(_, changed)| settled(changed))
            .map(|(id, _)| id)
    })
}

/// Writes the record (a failure only costs the next build its reuse).
pub fn write(out: &super::out::OutDir, cache: &Cache) -> Result<(), super::Failure> {
    let json = serde_json::to_vec(cache)
        .map_err(|e| super::Failure::new(crate::diagnostic::Msg::Raw(e.to_string())))?;
    super::out::write_in(out.path(), FILE, &json)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, path: &str) -> Entry {
        Entry {
            id: id.into(),
            reusable: true,
            hash: String::new(),
            organisation: None,
            outputs: vec![Written {
                path: path.into(),
                hash: String::new(),
                stamp: None,
            }],
            index: vec![],
        }
    }

    #[test]
    fn a_record_naming_files_outside_a_register_folder_is_not_valid() {
        assert!(entry("a", "a/fi.html").is_valid());
        for (id, path) in [
            ("a", "../a/fi.html"),
            ("a", "a/../../x.html"),
            ("a", "b/fi.html"),
            ("a", "a/fi.exe"),
            ("..", "../fi.html"),
            ("a", "/etc/fi.html"),
            ("a", "a/sub/fi.html"),
        ] {
            assert!(!entry(id, path).is_valid(), "{id} {path}");
        }
    }

    #[test]
    fn the_record_is_read_only_when_small_regular_and_not_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        let mut c = Cache::default();
        c.registers.insert("r.yaml".into(), entry("a", "a/fi.html"));
        let json = serde_json::to_vec(&c).unwrap();
        std::fs::write(out.join(FILE), &json).unwrap();
        assert!(read(out).is_some());
        assert!(
            read_bounded(out, json.len() as u64 - 1).is_none(),
            "over the bound"
        );
        // A link to a good record elsewhere is not followed.
        let other = tempfile::tempdir().unwrap();
        std::fs::rename(out.join(FILE), other.path().join(FILE)).unwrap();
        std::os::unix::fs::symlink(other.path().join(FILE), out.join(FILE)).unwrap();
        assert!(read(out).is_none(), "followed a link");
        std::fs::remove_file(out.join(FILE)).unwrap();
        std::os::unix::fs::symlink("/dev/zero", out.join(FILE)).unwrap();
        assert!(read(out).is_none());
    }
}
