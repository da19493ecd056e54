//! User templates (`--templates DIR`) from a pull request cannot read the host, leave
//! their folder, or crash or exhaust the machine (issue 11, point 11). Each hostile
//! template is built in a child process under a memory limit (RLIMIT_AS) and a timeout,
//! so that a regression fails the test instead of eating the machine.

use crate::common;

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

/// Address space for the child: ample for a build, far below what the hazards take.
const MEMORY: u64 = 3 << 30;
const TIMEOUT: Duration = Duration::from_secs(60);

struct Run {
    /// None when killed by a signal (stack overflow, abort, out of memory).
    code: Option<i32>,
    stderr: String,
}

fn sample() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("notices/rekrytointi.yaml")
}

/// `seloste build` of one sample register with the templates in `tpl`, limited.
fn build(dir: &Path, tpl: &Path, format: &str) -> Run {
    let mut cmd = common::seloste_command();
    cmd.args([
        "build",
        "--no-cache",
        "--lang",
        "fi",
        "--format",
        format,
        "--out",
    ])
    .arg(dir.join("out"))
    .arg("--templates")
    .arg(tpl)
    .arg(sample())
    .env("SELOSTE_TODAY", "2026-11-21")
    .env("SELOSTE_TEST_SECRET", "hunter2-secret")
    .stdout(Stdio::null())
    .stderr(Stdio::piped());
    unsafe {
        cmd.pre_exec(|| {
            let lim = libc::rlimit {
                rlim_cur: MEMORY,
                rlim_max: MEMORY,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &lim) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let mut child = cmd.spawn().unwrap();
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("seloste build did not end within {TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    use std::io::Read;
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    Run {
        code: status.code(),
        stderr,
    }
}

/// A templates folder holding `files` (name, text).
fn templates(dir: &Path, files: &[(&str, &str)]) -> std::path::PathBuf {
    let tpl = dir.join("tpl");
    std::fs::create_dir_all(&tpl).unwrap();
    for (name, text) in files {
        std::fs::write(tpl.join(name), text).unwrap();
    }
    tpl
}

/// Builds with `files` as templates and expects a clean refusal: exit 2, an error that
/// contains each of `words`, and no output written.
fn refused(files: &[(&str, &str)], format: &str, words: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let tpl = templates(dir.path(), files);
    let run = build(dir.path(), &tpl, format);
    assert_eq!(
        run.code,
        Some(2),
        "expected a clean error (exit 2), got {:?}: {}",
        run.code,
        run.stderr
    );
    for w in words {
        assert!(run.stderr.contains(w), "{w:?} not in: {}", run.stderr);
    }
    assert!(
        !run.stderr.contains("hunter2"),
        "secret leaked: {}",
        run.stderr
    );
    if let Ok(out) = std::fs::read_dir(dir.path().join("out")) {
        for e in out.flatten() {
            if e.path().is_dir() {
                let files: Vec<_> = std::fs::read_dir(e.path()).unwrap().collect();
                assert!(files.is_empty(), "output written: {:?}", e.path());
            }
        }
    }
    run.stderr
}

#[test]
fn a_benign_user_template_builds_under_the_same_limits() {
    let dir = tempfile::tempdir().unwrap();
    let tpl = templates(
        dir.path(),
        &[(
            "notice.md",
            "{% for i in range(end=3) %}{{ i }}{% endfor %} {{ n.name | md_inline }}\n",
        )],
    );
    let run = build(dir.path(), &tpl, "md");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let md = std::fs::read_to_string(dir.path().join("out/rekrytointi/fi.md")).unwrap();
    assert!(md.starts_with("012 "), "{md}");
}

#[test]
fn host_reaching_functions_are_unknown() {
    for call in [
        r#"get_env(name="SELOSTE_TEST_SECRET")"#,
        "now()",
        "get_random(start=0, end=10)",
    ] {
        let name = call.split('(').next().unwrap();
        let err = refused(
            &[("notice.md", &format!("secret: {{{{ {call} }}}}\n"))],
            "md",
            &["notice.md", &format!("`{name}()`")],
        );
        assert!(err.contains("remove it"), "{err}");
    }
}

#[test]
fn a_link_out_of_the_templates_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("secret.txt");
    std::fs::write(&secret, "TOPSECRET-host-file").unwrap();
    let tpl = templates(dir.path(), &[]);
    std::os::unix::fs::symlink(&secret, tpl.join("style.css")).unwrap();
    let run = build(dir.path(), &tpl, "html");
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stderr.contains("style.css"), "{}", run.stderr);
    assert!(
        run.stderr.contains("outside the templates folder"),
        "{}",
        run.stderr
    );
    assert!(!dir.path().join("out/rekrytointi/fi.html").exists());
    // And /etc/passwd, as in the report.
    std::fs::remove_file(tpl.join("style.css")).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", tpl.join("style.css")).unwrap();
    let run = build(dir.path(), &tpl, "html");
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(!run.stderr.contains("root:"), "{}", run.stderr);
}

#[test]
fn a_fifo_template_is_refused_without_hanging() {
    let dir = tempfile::tempdir().unwrap();
    let tpl = templates(dir.path(), &[]);
    let fifo = tpl.join("notice.md");
    let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let run = build(dir.path(), &tpl, "md");
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stderr.contains("notice.md"), "{}", run.stderr);
    assert!(run.stderr.contains("not a regular file"), "{}", run.stderr);
}

#[test]
fn self_including_templates_are_refused() {
    refused(
        &[("notice.md", "{% include \"notice.md\" %}\n")],
        "md",
        &["notice.md", "loop"],
    );
    // Two templates including each other.
    refused(
        &[
            ("notice.html", "{% include \"body.html\" %}\n"),
            ("body.html", "{% include \"notice.html\" %}\n"),
        ],
        "html",
        &["body.html", "loop"],
    );
    // A macro calling itself.
    refused(
        &[(
            "notice.md",
            "{% macro f(n) %}{{ self::f(n=n) }}{% endmacro f %}{{ self::f(n=1) }}\n",
        )],
        "md",
        &["notice.md::f", "loop"],
    );
}

#[test]
fn a_huge_range_is_refused() {
    refused(
        &[(
            "notice.md",
            "{% for i in range(end=300000000) %}x{% endfor %}\n",
        )],
        "md",
        &["notice.md", "range()"],
    );
    // Nested small ranges add up too.
    refused(
        &[(
            "notice.md",
            "{% for i in range(end=1000) %}{% for j in range(end=1000) %}{% for k in range(end=1000) %}x{% endfor %}{% endfor %}{% endfor %}\n",
        )],
        "md",
        &["range()"],
    );
}

#[test]
fn a_value_doubling_in_a_loop_is_refused() {
    refused(
        &[(
            "notice.md",
            "{% set_global s = \"x\" %}{% for i in range(end=64) %}{% set_global s = s ~ s %}{% endfor %}{{ s }}\n",
        )],
        "md",
        &["notice.md", "`s`"],
    );
    refused(
        &[(
            "notice.md",
            "{% set_global s = \"xx\" %}{% for i in range(end=64) %}{% set_global s = s | replace(from=\"x\", to=\"xx\") %}{% endfor %}{{ s | length }}\n",
        )],
        "md",
        &["notice.md", "replace"],
    );
}

#[test]
fn a_catalog_linked_out_of_the_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("secret.ftl");
    std::fs::write(&secret, "notice-title = TOPSECRET\n").unwrap();
    let tpl = templates(dir.path(), &[]);
    std::fs::create_dir(tpl.join("locales")).unwrap();
    std::os::unix::fs::symlink(&secret, tpl.join("locales/fi.ftl")).unwrap();
    let run = build(dir.path(), &tpl, "md");
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stderr.contains("fi.ftl"), "{}", run.stderr);
    assert!(
        run.stderr.contains("outside the templates folder"),
        "{}",
        run.stderr
    );
    assert!(!dir.path().join("out/rekrytointi/fi.md").exists());
}
