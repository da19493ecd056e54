//! What `seloste build` writes and removes in the output folder, whatever is found there:
//! no link inside --out is followed, builds into one folder take turns, the record vouches
//! for files by content and is trusted no further than that, a full disk leaves a register
//! as it was, and the pages of a register that is gone are withdrawn.

use seloste::build::{BuildOptions, Built, build, cache, out};
use seloste::model::Date;
use seloste::render::Format;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::common;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A tempdir holding a copy of `notices/`; the output goes to `out/`.
struct Site {
    dir: tempfile::TempDir,
}

impl Site {
    fn new() -> Site {
        // Inside the repository: the library's build reads only inside the project folder,
        // which it finds from the current folder (the repository, for tests).
        let dir = common::repo_tempdir();
        common::copy_dir(&root().join("notices"), &dir.path().join("notices"));
        Site { dir }
    }
    /// `seloste build notices --out out --format html,md` run in the site, to its end.
    fn cli_build(&self) -> Output {
        finishes(seloste_cmd(
            self.path(),
            &["build", "notices", "--out", "out", "--format", "html,md"],
        ))
    }
    fn path(&self) -> &Path {
        self.dir.path()
    }
    fn notices(&self) -> PathBuf {
        self.path().join("notices")
    }
    fn out(&self) -> PathBuf {
        self.path().join("out")
    }
    fn opts(&self, reuse: bool) -> BuildOptions {
        BuildOptions {
            out: self.out(),
            formats: vec![Format::Html, Format::Md],
            langs: vec![],
            templates: None,
            fragment: false,
            today: Date::parse("2026-11-21").unwrap(),
            reuse,
            base_url: None,
            pdf_standard: Default::default(),
        }
    }
    fn build_paths(&self, paths: &[PathBuf], reuse: bool) -> Built {
        build(paths, &self.opts(reuse), &mut |_, _, _| {}).unwrap()
    }
    fn build(&self, reuse: bool) -> Built {
        self.build_paths(&[self.notices()], reuse)
    }
    fn read(&self, rel: &str) -> Vec<u8> {
        std::fs::read(self.out().join(rel)).unwrap()
    }
    fn text(&self, rel: &str) -> String {
        String::from_utf8(self.read(rel)).unwrap()
    }
}

fn seloste_cmd(dir: &Path, args: &[&str]) -> Command {
    let mut c = common::seloste_command();
    c.args(args)
        .current_dir(dir)
        .env("SELOSTE_TODAY", "2026-11-21")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    c
}

/// Runs the command, killing it (and failing) if it has not ended after a generous minute.
fn finishes(mut cmd: Command) -> Output {
    let mut child = cmd.spawn().unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            let _ = child.wait();
            panic!("seloste did not finish within 60 s: it hangs");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

fn report(o: &Output) -> String {
    format!(
        "status {:?}\n--- stdout\n{}\n--- stderr\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

// 4. A register folder that is a link to somewhere else is refused, not written through.
#[test]
fn a_register_folder_that_is_a_link_is_refused() {
    let site = Site::new();
    let elsewhere = site.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::create_dir_all(site.out()).unwrap();
    std::os::unix::fs::symlink("../elsewhere", site.out().join("rekrytointi")).unwrap();

    let built = site.build(false);
    assert!(
        names_in(&elsewhere).is_empty(),
        "written through the link: {:?}",
        names_in(&elsewhere)
    );
    assert_eq!(built.notices, 5);
    let msg = built
        .failures
        .iter()
        .find(|f| f.contains("rekrytointi"))
        .unwrap_or_else(|| panic!("no failure for the link: {:?}", built.failures));
    assert!(msg.contains("symbolic link"), "{msg}");
    assert!(msg.contains("help: remove the link"), "{msg}");
    assert!(
        std::fs::symlink_metadata(site.out().join("rekrytointi"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

// 4. A link planted under the name the temporary file used to have (`.fi.md.<pid>.tmp`)
// or under the final name is never written through.
#[test]
fn links_planted_in_a_register_folder_are_not_written_through() {
    let site = Site::new();
    let dir = site.out().join("rekrytointi");
    std::fs::create_dir_all(&dir).unwrap();
    let victim = site.path().join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    let other = site.path().join("other.txt");
    std::fs::write(&other, "also precious").unwrap();
    for name in ["fi.md", "fi.html", "en.md", "en.html"] {
        let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        std::os::unix::fs::symlink(&victim, tmp).unwrap();
    }
    std::os::unix::fs::symlink(&other, dir.join("fi.md")).unwrap();

    let built = site.build(false);
    assert!(built.failures.is_empty(), "{:?}", built.failures);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    assert_eq!(std::fs::read_to_string(&other).unwrap(), "also precious");
    let md = std::fs::symlink_metadata(dir.join("fi.md")).unwrap();
    assert!(md.is_file(), "fi.md is still a link");
    assert!(
        site.text("rekrytointi/fi.md")
            .contains("Rekrytointirekisteri")
    );
}

// 4. The output folder itself may not be a link.
#[test]
fn cli_an_output_folder_that_is_a_link_is_refused() {
    let site = Site::new();
    let elsewhere = site.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::os::unix::fs::symlink("elsewhere", site.out()).unwrap();
    let o = site.cli_build();
    assert_eq!(o.status.code(), Some(2), "{}", report(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("out: this is a symbolic link"),
        "{}",
        report(&o)
    );
    assert!(err.contains("choose another --out"), "{}", report(&o));
    assert!(
        names_in(&elsewhere).is_empty(),
        "{:?}",
        names_in(&elsewhere)
    );
}

// 6. Two builds into one folder take turns: a build that cannot get the folder's lock
// stops with a clear message, having written nothing.
#[test]
fn cli_a_second_build_into_a_locked_folder_stops() {
    let site = Site::new();
    std::fs::create_dir_all(site.out()).unwrap();
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(site.out().join(out::LOCK))
        .unwrap();
    lock.try_lock().unwrap();
    let o = site.cli_build();
    assert_eq!(o.status.code(), Some(2), "{}", report(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("out: another seloste build is writing into this folder"),
        "{}",
        report(&o)
    );
    assert_eq!(names_in(&site.out()), [out::LOCK]);
    drop(lock);
    let o = site.cli_build();
    assert_eq!(o.status.code(), Some(0), "{}", report(&o));
}

// 6. A kept file overwritten with other content of the same length (as a concurrent build
// would leave it) is seen and written again: the record vouches by content.
#[test]
fn a_same_length_change_to_a_kept_file_is_written_again() {
    let site = Site::new();
    site.build(true);
    let good = site.read("rekrytointi/fi.html");
    let mut bad = good.clone();
    let at = bad.len() / 2;
    bad[at] = if bad[at] == b'x' { b'y' } else { b'x' };
    std::fs::write(site.out().join("rekrytointi/fi.html"), &bad).unwrap();

    let built = site.build(true);
    assert_eq!(site.read("rekrytointi/fi.html"), good);
    assert_eq!((built.notices, built.reused), (1, 5));

    // Also once the files have settled (their stamps are trusted without reading them).
    std::thread::sleep(cache::RACY + Duration::from_millis(200));
    site.build(true);
    let len = site.read("rekrytointi/en.md").len();
    std::fs::write(site.out().join("rekrytointi/en.md"), vec![b'x'; len]).unwrap();
    let built = site.build(true);
    assert_eq!((built.notices, built.reused), (1, 5));
    assert!(
        site.text("rekrytointi/en.md")
            .contains("Recruitment register")
    );
}

// 12. A full disk (simulated with RLIMIT_FSIZE: a write past the limit fails with EFBIG)
// while a register is written leaves all its files and the index pages as they were.
#[test]
fn cli_a_full_disk_leaves_a_register_and_the_index_as_they_were() {
    use std::os::unix::process::CommandExt;
    let site = Site::new();
    let args = ["build", "notices", "--out", "out", "--format", "html,md"];
    let o = finishes(seloste_cmd(site.path(), &args));
    assert_eq!(o.status.code(), Some(0), "{}", report(&o));
    let files = ["fi.html", "fi.md", "sv.html", "sv.md", "en.html", "en.md"]
        .map(|f| format!("rekrytointi/{f}"));
    let indexes = [
        "index.html",
        "index.fi.html",
        "index.sv.html",
        "index.en.html",
    ];
    let before: Vec<Vec<u8>> = files
        .iter()
        .map(String::as_str)
        .chain(indexes)
        .map(|f| site.read(f))
        .collect();

    let yaml = site.notices().join("rekrytointi.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    let edited = text.replacen(
        "fi: Rekrytointirekisteri\n",
        "fi: Rekrytointirekisteri (uusi)\n",
        1,
    );
    assert_ne!(edited, text);
    std::fs::write(&yaml, edited).unwrap();
    // The sizes the new files have: the limit lets every file of the build but the new
    // fi.html be written.
    let scratch = tempfile::tempdir().unwrap();
    let mut o = site.opts(false);
    o.out = scratch.path().to_path_buf();
    build(&[site.notices()], &o, &mut |_, _, _| {}).unwrap();
    let size = |rel: &str| std::fs::metadata(scratch.path().join(rel)).unwrap().len();
    let html = size("rekrytointi/fi.html");
    let limit = [
        "rekrytointi/fi.md",
        "rekrytointi/sv.md",
        "rekrytointi/en.md",
    ]
    .into_iter()
    .chain(indexes)
    .map(size)
    .max()
    .unwrap()
        + 1;
    assert!(limit < html, "fi.html ({html} bytes) fits under {limit}");

    let mut cmd = seloste_cmd(site.path(), &args);
    unsafe {
        cmd.pre_exec(move || {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let r = libc::rlimit {
                rlim_cur: limit,
                rlim_max: limit,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &r) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let o = finishes(cmd);
    for (f, old) in files.iter().map(String::as_str).chain(indexes).zip(&before) {
        assert!(&site.read(f) == old, "{f} was changed\n{}", report(&o));
    }
    assert_eq!(o.status.code(), Some(2), "{}", report(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("rekrytointi/fi.html: cannot write"),
        "{}",
        report(&o)
    );
    assert!(
        err.contains("help: make room on the disk"),
        "{}",
        report(&o)
    );
    assert!(site.text("index.fi.html").contains("rekrytointi/fi.html"));
    let left: Vec<String> = names_in(&site.out().join("rekrytointi"));
    assert_eq!(
        left,
        ["en.html", "en.md", "fi.html", "fi.md", "sv.html", "sv.md"]
    );

    // With room again, the build completes.
    let o = finishes(seloste_cmd(site.path(), &args));
    assert_eq!(o.status.code(), Some(0), "{}", report(&o));
    assert!(
        site.text("rekrytointi/fi.md")
            .contains("Rekrytointirekisteri (uusi)")
    );
    assert!(
        site.text("index.fi.html")
            .contains("Rekrytointirekisteri (uusi)")
    );
}

// 13. Nothing from the record reaches a page as HTML: links are made from the ids.
#[test]
fn a_forged_record_cannot_put_links_into_the_index() {
    let site = Site::new();
    site.build(true);
    let path = site.out().join(cache::FILE);
    let mut record: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    for (_, e) in record["registers"].as_object_mut().unwrap() {
        for pair in e["index"].as_array_mut().unwrap() {
            pair[1]["href"] = "javascript:alert(1)".into();
            pair[1]["name"] = "<b>bold</b>".into();
        }
    }
    std::fs::write(&path, serde_json::to_vec(&record).unwrap()).unwrap();

    let built = site.build(true);
    assert_eq!(built.reused, 6, "the forged record was not used at all");
    for f in [
        "index.html",
        "index.fi.html",
        "index.sv.html",
        "index.en.html",
    ] {
        let html = site.text(f);
        assert!(!html.contains("javascript:"), "{f}: {html}");
        assert!(!html.contains("<b>"), "{f}: {html}");
        assert!(html.contains(r#"href="rekrytointi/"#), "{f}: {html}");
    }
}

// 13. The record is not read through a link, nor from a FIFO (which would block forever).
#[test]
fn a_record_that_is_a_link_or_a_fifo_is_not_read() {
    let site = Site::new();
    site.build(true);
    let path = site.out().join(cache::FILE);
    let elsewhere = site.path().join("record.json");
    std::fs::rename(&path, &elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, &path).unwrap();
    let built = site.build(true);
    assert_eq!(built.reused, 0, "the record was read through a link");
    assert!(std::fs::symlink_metadata(&path).unwrap().is_file());

    std::fs::remove_file(&path).unwrap();
    mkfifo(&path);
    let o = site.cli_build();
    assert_eq!(o.status.code(), Some(0), "{}", report(&o));
}

// 2. The rebuild's hashing reads only regular files: a FIFO in the templates folder
// neither blocks the build nor is taken for a template.
#[test]
fn a_fifo_in_the_templates_folder_does_not_hang_a_rebuild() {
    let site = Site::new();
    let t = site.path().join("t");
    std::fs::create_dir_all(&t).unwrap();
    mkfifo(&t.join("notes.fifo"));
    let o = finishes(seloste_cmd(
        site.path(),
        &[
            "build",
            "notices",
            "--out",
            "out",
            "--format",
            "html,md",
            "--templates",
            "t",
        ],
    ));
    assert_eq!(o.status.code(), Some(0), "{}", report(&o));
}

// 14. A register that is gone has its pages withdrawn: only the files seloste wrote for
// it, its folder only when then empty; with or without reuse.
#[test]
fn the_pages_of_a_removed_register_are_withdrawn() {
    let site = Site::new();
    site.build(true);
    std::fs::remove_file(site.notices().join("rekrytointi.yaml")).unwrap();
    let built = site.build(true);
    assert_eq!(built.reused, 5);
    assert_eq!(built.withdrawn, ["rekrytointi"]);
    assert!(!site.out().join("rekrytointi").exists());
    for f in [
        "index.html",
        "index.fi.html",
        "index.sv.html",
        "index.en.html",
    ] {
        assert!(!site.text(f).contains("rekrytointi"), "{f}");
    }

    // Without reuse; a file of the user's in the folder stays, and so does the folder.
    std::fs::write(site.out().join("kameravalvonta/notes.txt"), "mine").unwrap();
    std::fs::remove_file(site.notices().join("kameravalvonta.yaml")).unwrap();
    site.build(false);
    assert_eq!(names_in(&site.out().join("kameravalvonta")), ["notes.txt"]);
    assert!(!site.text("index.en.html").contains("kameravalvonta/"));
}

// 14. A build of some registers only leaves the others' files alone, even those whose
// register is gone; a build of the whole folder then withdraws those.
#[test]
fn a_build_of_one_register_withdraws_nothing_else() {
    let site = Site::new();
    site.build(true);
    std::fs::remove_file(site.notices().join("rekrytointi.yaml")).unwrap();
    let built = site.build_paths(&[site.notices().join("kameravalvonta.yaml")], true);
    assert!(built.failures.is_empty(), "{:?}", built.failures);
    for id in ["asiakasrekisteri", "rekrytointi"] {
        assert_eq!(
            names_in(&site.out().join(id)),
            ["en.html", "en.md", "fi.html", "fi.md", "sv.html", "sv.md"],
            "{id}"
        );
    }
    site.build(true);
    assert!(!site.out().join("rekrytointi").exists());
    assert!(site.out().join("asiakasrekisteri/fi.html").is_file());
}

// 14. A register whose id changed has its pages under the old id withdrawn.
#[test]
fn the_pages_under_an_old_id_are_withdrawn() {
    let site = Site::new();
    site.build(true);
    let yaml = site.notices().join("rekrytointi.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    std::fs::write(
        &yaml,
        text.replacen("  id: rekrytointi\n", "  id: rekry\n", 1),
    )
    .unwrap();
    let built = site.build(false);
    assert!(built.failures.is_empty(), "{:?}", built.failures);
    assert!(built.skipped.is_empty(), "{:?}", built.skipped);
    assert!(site.out().join("rekry/fi.html").is_file());
    assert!(!site.out().join("rekrytointi").exists());
    assert!(
        site.text("index.fi.html")
            .contains(r#"href="rekry/fi.html""#)
    );
}
