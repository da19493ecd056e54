//! The project folder: the one folder seloste reads input from. Every file read as input
//! (named on the command line, found in a folder walk, or named by `meta.organisation`)
//! must resolve, after following every symbolic link, to a path inside it.
//!
//! It is found once per run, from the current folder: the nearest folder holding
//! `seloste.toml` (searched upward); else the top of the git work tree holding the current
//! folder (the nearest folder with a `.git` file or folder); else the current folder.

use std::path::{Path, PathBuf};

/// The file that marks a project folder.
pub const MARKER: &str = "seloste.toml";

/// How the project folder was chosen (said in messages, so the reader knows what to change).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    /// The nearest folder above the current folder (or it) that holds `seloste.toml`.
    Marker,
    /// The top of the git work tree that holds the current folder.
    Git,
    /// The current folder: no `seloste.toml` and no git work tree above it.
    CurrentFolder,
    /// Given by the caller (tests, library users).
    Given,
}

/// The project folder, canonical (absolute, no links, no `..`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Root {
    path: PathBuf,
    how: How,
}

impl Root {
    /// The project folder of a run started in the current folder.
    pub fn discover() -> std::io::Result<Root> {
        Root::discover_from(&std::env::current_dir()?)
    }

    /// The project folder of a run started in `dir`.
    pub fn discover_from(dir: &Path) -> std::io::Result<Root> {
        let dir = std::fs::canonicalize(dir)?;
        // `symlink_metadata`: a marker that is a dangling link still marks the folder, and
        // nothing here opens a file.
        let has = |d: &Path, name: &str| std::fs::symlink_metadata(d.join(name)).is_ok();
        if let Some(d) = dir.ancestors().find(|d| has(d, MARKER)) {
            return Ok(Root {
                path: d.to_path_buf(),
                how: How::Marker,
            });
        }
        if let Some(d) = dir.ancestors().find(|d| has(d, ".git")) {
            return Ok(Root {
                path: d.to_path_buf(),
                how: How::Git,
            });
        }
        Ok(Root {
            path: dir,
            how: How::CurrentFolder,
        })
    }

    /// `dir` itself as the project folder.
    pub fn at(dir: &Path) -> std::io::Result<Root> {
        Ok(Root {
            path: std::fs::canonicalize(dir)?,
            how: How::Given,
        })
    }

    /// The folder, canonical.
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn how(&self) -> How {
        self.how
    }

    /// True when `canonical` (a path already canonicalized) is the folder or inside it.
    pub fn contains(&self, canonical: &Path) -> bool {
        canonical.starts_with(&self.path)
    }

    /// One sentence on what the project folder is and how it was chosen, for help texts
    /// (the catalogs' `load-project-folder`).
    pub fn explain(&self) -> crate::diagnostic::Msg {
        let how = match self.how {
            How::Marker => "marker",
            How::Git => "git",
            How::CurrentFolder => "current",
            How::Given => "given",
        };
        crate::msg!(
            "load-project-folder",
            folder = self.path.display().to_string(),
            how = how
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_marker_wins_then_git_then_the_current_folder() {
        let t = tempfile::tempdir().unwrap();
        let top = std::fs::canonicalize(t.path()).unwrap();
        let deep = top.join("a/b/c");
        std::fs::create_dir_all(&deep).unwrap();
        // Nothing above (a temp folder is not in a git work tree): the folder itself.
        let r = Root::discover_from(&deep).unwrap();
        assert_eq!((r.path(), r.how()), (deep.as_path(), How::CurrentFolder));
        // A `.git` file (as in a submodule or a linked work tree) marks the work tree.
        std::fs::write(top.join("a/.git"), "gitdir: elsewhere\n").unwrap();
        let r = Root::discover_from(&deep).unwrap();
        assert_eq!((r.path(), r.how()), (top.join("a").as_path(), How::Git));
        // seloste.toml wins over git, wherever it is above.
        std::fs::write(top.join(MARKER), "").unwrap();
        let r = Root::discover_from(&deep).unwrap();
        assert_eq!((r.path(), r.how()), (top.as_path(), How::Marker));
        std::fs::write(top.join("a/b").join(MARKER), "").unwrap();
        let r = Root::discover_from(&deep).unwrap();
        assert_eq!(
            (r.path(), r.how()),
            (top.join("a/b").as_path(), How::Marker)
        );
        assert!(r.contains(&deep));
        assert!(!r.contains(&top.join("a")));
        assert!(
            !r.contains(&top.join("a/bc")),
            "a prefix of a name is not inside"
        );
    }

    #[test]
    fn the_root_is_canonical() {
        let t = tempfile::tempdir().unwrap();
        let real = t.path().join("real");
        std::fs::create_dir(&real).unwrap();
        std::os::unix::fs::symlink(&real, t.path().join("link")).unwrap();
        let r = Root::discover_from(&t.path().join("link/.")).unwrap();
        assert_eq!(r.path(), std::fs::canonicalize(&real).unwrap());
    }
}
