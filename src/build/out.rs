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

use super::Failure;
use crate::fsio;
use crate::msg;
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

/// `path` as shown in a message.
fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// A problem with `path` that another `--out` avoids.
fn choose_another(m: crate::diagnostic::Msg) -> Failure {
    Failure::with_help(m, msg!("out-choose-another-help"))
}

/// Checks that `path` is a real folder (not a link), creating it when it is missing.
fn real_folder(path: &Path) -> Result<(), Failure> {
    for attempt in 0..2 {
        match std::fs::symlink_metadata(path) {
            Ok(m) if m.is_dir() => return Ok(()),
            Ok(m) if m.file_type().is_symlink() => {
                return Err(Failure::with_help(
                    msg!("out-link", path = shown(path)),
                    msg!("out-link-help"),
                ));
            }
            Ok(_) => {
                return Err(Failure::with_help(
                    msg!("out-not-folder", path = shown(path)),
                    msg!("out-not-folder-help"),
                ));
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && attempt == 0 => {
                match std::fs::create_dir(path) {
                    Ok(()) => return Ok(()),
                    // Created meanwhile: look again.
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                    Err(e) => {
                        return Err(Failure::with_help(
                            msg!(
                                "out-cannot-create",
                                path = shown(path),
                                error = e.to_string()
                            ),
                            msg!("out-cannot-create-help"),
                        ));
                    }
                }
            }
            Err(e) => {
                return Err(choose_another(msg!(
                    "out-cannot-use",
                    path = shown(path),
                    error = e.to_string()
                )));
            }
        }
    }
    Err(choose_another(msg!(
        "out-keeps-changing",
        path = shown(path)
    )))
}

impl OutDir {
    /// Checks the output folder (creating it and the folders above it when missing) and
    /// takes its lock, waiting at most [`LOCK_WAIT`] for another build to finish.
    pub fn open(path: &Path) -> Result<OutDir, Failure> {
        if let Some(parent) = path.parent()
            && !parent.as_os_str().is_empty()
            && std::fs::symlink_metadata(path).is_err()
        {
            // The folders above --out are the user's choice: links there are followed.
            std::fs::create_dir_all(parent).map_err(|e| {
                choose_another(msg!(
                    "out-cannot-create",
                    path = shown(parent),
                    error = e.to_string()
                ))
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
            Failure::with_help(
                msg!(
                    "out-lock-cannot-open",
                    path = shown(&lock_path),
                    error = e.to_string()
                ),
                msg!("out-lock-cannot-open-help"),
            )
        })?;
        if !lock.metadata().is_ok_and(|m| m.is_file()) {
            return Err(Failure::with_help(
                msg!("out-lock-not-file", path = shown(&lock_path)),
                msg!("out-lock-not-file-help"),
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
                    return Err(Failure::with_help(
                        msg!("out-busy", path = shown(path)),
                        msg!("out-busy-help"),
                    ));
                }
                Err(std::fs::TryLockError::Error(e)) => {
                    return Err(choose_another(msg!(
                        "out-cannot-lock",
                        path = shown(&lock_path),
                        error = e.to_string()
                    )));
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
    pub fn folder(&self, name: &str) -> Result<PathBuf, Failure> {
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

/// The error for a file that could not be written.
pub fn write_error(path: &Path, e: &std::io::Error) -> Failure {
    use std::io::ErrorKind::{FileTooLarge, QuotaExceeded, StorageFull};
    let help = match e.kind() {
        StorageFull | FileTooLarge | QuotaExceeded => msg!("out-disk-full-help"),
        _ => msg!("out-cannot-write-help"),
    };
    // The temporary file's name (which `tempfile` adds to its errors) would only confuse.
    let reason = e
        .get_ref()
        .and_then(|inner| inner.source())
        .map_or_else(|| e.to_string(), |source| source.to_string());
    Failure::with_help(
        msg!("out-cannot-write", path = shown(path), error = reason),
        help,
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
pub fn commit(staged: Vec<Staged>) -> Result<(), Failure> {
    for s in staged {
        if let Some(tmp) = s.tmp {
            tmp.persist(&s.path)
                .map_err(|e| write_error(&s.path, &e.error))?;
        }
    }
    Ok(())
}

/// Writes `bytes` to `<dir>/<name>` through a temporary file (see [`stage`]).
pub fn write_in(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), Failure> {
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
