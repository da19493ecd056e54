//! Writing into the output folder without ever following a link inside it.
//!
//! The folder given as `--out` and every `<id>/` folder below it must be real folders: a
//! symbolic link there is refused (seloste would otherwise write wherever it points). Files
//! are written to temporary files with unpredictable names created with `O_EXCL` (so a link
//! planted under a temporary name is never opened) and renamed into place; a rename replaces
//! a link at the final name instead of writing through it. All the files of one register
//! (and all the index pages) are written to temporary files first and renamed only when
//! every one of them was written, so a full disk leaves the earlier files as they were.
//!
//! A build holds an advisory lock on `<out>/.seloste-lock` while it writes, so that two
//! builds into one folder never mix their files.

use crate::fsio;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The lock file's name inside the output folder.
pub const LOCK: &str = ".seloste-lock";

/// How long a build waits for another build into the same folder to finish.
pub const LOCK_WAIT: Duration = Duration::from_secs(2);

/// The output folder, checked to be a real folder and locked for this build.
pub struct OutDir {
    path: PathBuf,
    /// Holds the lock until the build ends (the lock goes with the handle).
    _lock: File,
}

fn link_error(path: &Path) -> String {
    format!(
        "{}: this is a symbolic link, and seloste never writes through a link in the output \
         folder (it could point anywhere)\n  help: remove the link, or choose another --out",
        path.display()
    )
}

/// Checks that `path` is a real folder (not a link), creating it when it is missing.
fn real_folder(path: &Path) -> Result<(), String> {
    for attempt in 0..2 {
        match std::fs::symlink_metadata(path) {
            Ok(m) if m.is_dir() => return Ok(()),
            Ok(m) if m.file_type().is_symlink() => return Err(link_error(path)),
            Ok(_) => {
                return Err(format!(
                    "{}: this is a file, not a folder, so the notices cannot be written there\n  \
                     help: move the file away, or choose another --out",
                    path.display()
                ));
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && attempt == 0 => {
                match std::fs::create_dir(path) {
                    Ok(()) => return Ok(()),
                    // Created meanwhile: look again.
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                    Err(e) => {
                        return Err(format!(
                            "{}: cannot create the folder: {e}\n  help: check that the folder \
                             above it exists and can be written to, or choose another --out",
                            path.display()
                        ));
                    }
                }
            }
            Err(e) => {
                return Err(format!(
                    "{}: cannot use this folder: {e}\n  help: choose another --out",
                    path.display()
                ));
            }
        }
    }
    Err(format!(
        "{}: the folder keeps changing\n  help: choose another --out",
        path.display()
    ))
}

impl OutDir {
    /// Checks the output folder (creating it and the folders above it when missing) and
    /// takes its lock, waiting at most [`LOCK_WAIT`] for another build to finish.
    pub fn open(path: &Path) -> Result<OutDir, String> {
        if let Some(parent) = path.parent()
            && !parent.as_os_str().is_empty()
            && std::fs::symlink_metadata(path).is_err()
        {
            // The folders above --out are the user's choice: links there are followed.
            std::fs::create_dir_all(parent).map_err(|e| {
                format!(
                    "{}: cannot create the folder: {e}\n  help: choose another --out",
                    parent.display()
                )
            })?;
        }
        real_folder(path)?;
        let lock_path = path.join(LOCK);
        let mut o = std::fs::OpenOptions::new();
        o.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            o.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
            o.mode(0o644);
        }
        let lock = o.open(&lock_path).map_err(|e| {
            format!(
                "{}: cannot open the lock file: {e}\n  help: remove it if it is a link or \
                 not a file, or choose another --out",
                lock_path.display()
            )
        })?;
        if !lock.metadata().is_ok_and(|m| m.is_file()) {
            return Err(format!(
                "{}: the lock file is not a regular file\n  help: remove it, or choose another --out",
                lock_path.display()
            ));
        }
        let start = Instant::now();
        loop {
            match lock.try_lock() {
                Ok(()) => break,
                Err(std::fs::TryLockError::WouldBlock) if start.elapsed() < LOCK_WAIT => {
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(format!(
                        "{}: another seloste build is writing into this folder right now\n  \
                         help: wait for it to finish and run the build again, or choose \
                         another --out",
                        path.display()
                    ));
                }
                Err(std::fs::TryLockError::Error(e)) => {
                    return Err(format!(
                        "{}: cannot lock the file: {e}\n  help: choose another --out",
                        lock_path.display()
                    ));
                }
            }
        }
        Ok(OutDir {
            path: path.to_path_buf(),
            _lock: lock,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// `<out>/<name>`, a real folder (created when missing), for one register's files.
    pub fn folder(&self, name: &str) -> Result<PathBuf, String> {
        let dir = self.path.join(name);
        // Most folders are there already: one `lstat` answers.
        real_folder(&dir)?;
        Ok(dir)
    }
}

/// A file written to a temporary name, waiting to be renamed into place; `None` when the
/// file is there already with the same content.
pub struct Staged {
    tmp: Option<tempfile::TempPath>,
    path: PathBuf,
}

/// The error text for a file that could not be written.
pub fn write_error(path: &Path, e: &std::io::Error) -> String {
    use std::io::ErrorKind::{FileTooLarge, QuotaExceeded, StorageFull};
    let help = match e.kind() {
        StorageFull | FileTooLarge | QuotaExceeded => {
            "make room on the disk (or ask for a larger quota), then run the build again"
        }
        _ => "check that the output folder can be written to, then run the build again",
    };
    // The temporary file's name (which `tempfile` adds to its errors) would only confuse.
    let reason = e
        .get_ref()
        .and_then(|inner| inner.source())
        .map_or_else(|| e.to_string(), |source| source.to_string());
    format!(
        "{}: cannot write: {reason}; the files written earlier are left as they were\n  \
         help: {help}",
        path.display()
    )
}

/// Writes `bytes` to a new temporary file next to `path` (in `dir`, a checked real
/// folder). A regular file at `path` with the same content is left alone.
pub fn stage(dir: &Path, path: &Path, bytes: &[u8]) -> std::io::Result<Staged> {
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
        && fsio::read_regular(path, bytes.len() as u64).is_ok_and(|old| old == bytes)
    {
        return Ok(Staged {
            tmp: None,
            path: path.to_path_buf(),
        });
    }
    let mut b = tempfile::Builder::new();
    b.prefix(".").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // As `File::create`: what the umask allows.
        b.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut f = b.tempfile_in(dir)?;
    // No fsync: the rename is what makes a reader see the old file or the whole new one;
    // after a power cut, a build can be run again.
    f.write_all(bytes)?;
    Ok(Staged {
        tmp: Some(f.into_temp_path()),
        path: path.to_path_buf(),
    })
}

/// Renames staged files into place. On an error the files not yet renamed are removed.
pub fn commit(staged: Vec<Staged>) -> Result<(), String> {
    for s in staged {
        if let Some(tmp) = s.tmp {
            tmp.persist(&s.path)
                .map_err(|e| write_error(&s.path, &e.error))?;
        }
    }
    Ok(())
}

/// Writes `bytes` to `<dir>/<name>` through a temporary file (see [`stage`]).
pub fn write_in(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), String> {
    let path = dir.join(name);
    let staged = stage(dir, &path, bytes).map_err(|e| write_error(&path, &e))?;
    commit(vec![staged])
}

/// Removes `<out>/<rel>` if it is a regular file (not a link) whose content has the hash
/// `hash` and its folder is a real folder: a file seloste wrote and nobody changed since.
/// Returns true when it was removed.
pub fn remove_written(out: &Path, rel: &str, hash: &str, limit: u64) -> bool {
    let path = out.join(rel);
    let Some(dir) = path.parent() else {
        return false;
    };
    if !std::fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir())
        || !std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file())
    {
        return false;
    }
    match fsio::read_regular(&path, limit) {
        Ok(bytes) if super::cache::hash(&bytes) == hash => std::fs::remove_file(&path).is_ok(),
        _ => false,
    }
}
