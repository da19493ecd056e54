//! Reading files that somebody else may have put there: only regular files, never more
//! than a bound, never blocking on a FIFO or a device. Every file seloste reads (registers,
//! organisation files, user templates, the rebuild record, files hashed for a rebuild)
//! goes through [`read_regular`]. The lowest layer: it knows nothing of registers.

use std::fs::{File, OpenOptions};
use std::io::Read;
use std::path::Path;

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    /// The operating system's error (missing, no permission, …).
    Io(std::io::Error),
    /// A folder, FIFO, socket or device: not a regular file (after following links).
    NotRegular(Kind),
    /// Longer than the bound; `at_least` is the size seen (the real size may be larger).
    TooLarge { at_least: u64, limit: u64 },
}

/// What a path that is not a regular file turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Folder,
    Fifo,
    Socket,
    Device,
    Other,
}

impl Kind {
    fn of(t: std::fs::FileType) -> Kind {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if t.is_fifo() {
                return Kind::Fifo;
            }
            if t.is_socket() {
                return Kind::Socket;
            }
            if t.is_block_device() || t.is_char_device() {
                return Kind::Device;
            }
        }
        if t.is_dir() {
            Kind::Folder
        } else {
            Kind::Other
        }
    }
}

/// Opens `path` for reading without blocking on a FIFO (`O_NONBLOCK`, which does not change
/// how a regular file reads); the caller checks the type on the open handle.
fn open(path: &Path) -> std::io::Result<File> {
    let mut o = OpenOptions::new();
    o.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.custom_flags(libc::O_NONBLOCK);
    }
    o.open(path)
}

/// Reads the whole of `path`, following links, if it is a regular file of at most `limit`
/// bytes. The size is enforced while reading, so a file that grows (or lies about its
/// length, as `/proc` files do) is still cut off at `limit + 1` bytes and refused.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = open(path).map_err(ReadError::Io)?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    if !meta.file_type().is_file() {
        return Err(ReadError::NotRegular(Kind::of(meta.file_type())));
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge {
            at_least: meta.len(),
            limit,
        });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            at_least: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// Like [`read_regular`], as UTF-8 text (invalid UTF-8 is an [`std::io::ErrorKind::InvalidData`] error).
pub fn read_regular_string(path: &Path, limit: u64) -> Result<String, ReadError> {
    let bytes = read_regular(path, limit)?;
    String::from_utf8(bytes)
        .map_err(|e| ReadError::Io(std::io::Error::new(std::io::ErrorKind::InvalidData, e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_small_regular_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.yaml");
        std::fs::write(&p, b"abc").unwrap();
        assert_eq!(read_regular(&p, 3).unwrap(), b"abc");
        assert!(matches!(
            read_regular(&p, 2),
            Err(ReadError::TooLarge {
                at_least: 3,
                limit: 2
            })
        ));
    }

    #[test]
    fn refuses_folders_devices_and_fifos_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            read_regular(dir.path(), 10),
            Err(ReadError::NotRegular(Kind::Folder))
        ));
        let zero = dir.path().join("z.yaml");
        std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
        assert!(matches!(
            read_regular(&zero, 10),
            Err(ReadError::NotRegular(Kind::Device))
        ));
        let fifo = dir.path().join("f.yaml");
        let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert!(matches!(
            read_regular(&fifo, 10),
            Err(ReadError::NotRegular(Kind::Fifo))
        ));
    }

    #[test]
    fn a_file_longer_than_its_stated_length_is_cut_off() {
        // /proc files report a length of 0 and have content.
        let p = Path::new("/proc/self/status");
        if p.exists() {
            assert!(matches!(
                read_regular(p, 8),
                Err(ReadError::NotRegular(_)) | Err(ReadError::TooLarge { .. })
            ));
        }
    }
}
