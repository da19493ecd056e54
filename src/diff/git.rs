//! `--since <rev>`: the registers as they were at a git revision, by running `git`
//! (`git rev-parse`, `git ls-tree`, `git show`). Only the YAML files of the project
//! folder are taken from the revision; they are written into a temporary folder that is
//! the old version's own project folder, so that the old registers' organisation files
//! resolve as they did then, and nothing outside is read.

use crate::diagnostic::Msg;
use crate::load::Root;
use crate::msg;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The old version, written out: its folder (removed when dropped) and the paths in it
/// that correspond to the paths asked for.
pub struct OldTree {
    pub dir: tempfile::TempDir,
    pub paths: Vec<PathBuf>,
}

/// Why the old version could not be read, in the officer's words, with help.
pub struct GitError {
    pub error: Msg,
    pub help: Msg,
}

fn git(dir: &Path, args: &[&str]) -> Result<std::process::Output, GitError> {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| GitError {
            error: msg!("diff-git-missing", error = e.to_string()),
            help: msg!("diff-git-missing-help"),
        })
}

/// Writes the YAML files of `root` as they were at `rev` into a temporary folder, and maps
/// `paths` (given relative to the current folder, inside `root`) into it.
pub fn checkout(root: &Root, rev: &str, paths: &[PathBuf]) -> Result<OldTree, GitError> {
    let project = root.path();
    // The repository's top folder: revisions name files relative to it.
    let top = git(project, &["rev-parse", "--show-toplevel"])?;
    if !top.status.success() {
        return Err(GitError {
            error: msg!(
                "diff-git-no-repository",
                folder = project.display().to_string()
            ),
            help: msg!("diff-git-no-repository-help"),
        });
    }
    let top = PathBuf::from(String::from_utf8_lossy(&top.stdout).trim());
    let top = std::fs::canonicalize(&top).unwrap_or(top);
    // A revision is never read as an option (`--since=--output=x`).
    if rev.starts_with('-') || rev.is_empty() {
        return Err(bad_revision(rev));
    }
    let commit = format!("{rev}^{{commit}}");
    let verified = git(&top, &["rev-parse", "--verify", "--quiet", &commit])?;
    if !verified.status.success() {
        return Err(bad_revision(rev));
    }
    let commit = String::from_utf8_lossy(&verified.stdout).trim().to_string();
    let canonical_root = std::fs::canonicalize(project).unwrap_or(project.to_path_buf());
    let prefix = canonical_root
        .strip_prefix(&top)
        .unwrap_or(Path::new(""))
        .to_path_buf();
    let mut args = vec!["ls-tree", "-r", "-z", "--full-tree", &commit];
    let prefix_text = prefix.to_string_lossy().to_string();
    if !prefix_text.is_empty() {
        args.push("--");
        args.push(&prefix_text);
    }
    let listed = git(&top, &args)?;
    if !listed.status.success() {
        return Err(bad_revision(rev));
    }
    let dir = tempfile::Builder::new()
        .prefix("seloste-diff-")
        .tempdir()
        .map_err(|e| GitError {
            error: msg!("diff-git-temp", error = e.to_string()),
            help: msg!("diff-git-temp-help"),
        })?;
    for entry in listed.stdout.split(|b| *b == 0) {
        // `<mode> <type> <object>\t<path>`: only regular files (a link's blob is its target).
        let entry = String::from_utf8_lossy(entry);
        let Some((info, name)) = entry.split_once('\t') else {
            continue;
        };
        let name = name.to_string();
        if !(info.starts_with("100644 blob ") || info.starts_with("100755 blob ")) {
            continue;
        }
        if !(name.ends_with(".yaml") || name.ends_with(".yml")) {
            continue;
        }
        let Ok(rel) = Path::new(&name).strip_prefix(&prefix) else {
            continue;
        };
        // Only plain relative paths (git never lists others; checked all the same).
        if rel
            .components()
            .any(|c| !matches!(c, std::path::Component::Normal(_)))
        {
            continue;
        }
        let shown = git(&top, &["show", &format!("{commit}:{name}")])?;
        if !shown.status.success() || shown.stdout.len() as u64 > crate::load::MAX_FILE_BYTES {
            continue;
        }
        let target = dir.path().join(rel);
        if let Some(parent) = target.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        std::fs::write(&target, &shown.stdout).map_err(|e| GitError {
            error: msg!("diff-git-temp", error = e.to_string()),
            help: msg!("diff-git-temp-help"),
        })?;
    }
    // Each path asked for, relative to the project folder, then inside the old tree.
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut mapped = Vec::new();
    for p in paths {
        let abs = if p.is_absolute() {
            p.clone()
        } else {
            cwd.join(p)
        };
        let abs = std::fs::canonicalize(&abs).unwrap_or(abs);
        if let Ok(rel) = abs.strip_prefix(&canonical_root) {
            let old = dir.path().join(rel);
            if old.exists() {
                mapped.push(old);
            }
        }
    }
    Ok(OldTree { dir, paths: mapped })
}

fn bad_revision(rev: &str) -> GitError {
    GitError {
        error: msg!("diff-git-bad-revision", rev = rev),
        help: msg!("diff-git-bad-revision-help"),
    }
}
