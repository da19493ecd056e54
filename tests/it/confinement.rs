//! Issue 11: a pull request's files must never make seloste read a file outside the
//! project folder, quote a file that is not a register, hang on a FIFO or a device, or walk
//! a folder without end. Each case runs the binary as a child with a generous timeout.
//!
//! The project folder (see src/load/root.rs) is the nearest folder holding seloste.toml
//! above the current folder; the tests make one in a temp folder and run there.

use crate::common;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

/// Far longer than any of these runs takes; what is tested is that it ends at all.
const TIMEOUT: Duration = Duration::from_secs(20);

struct Out {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Out {
    fn all(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", self.all()))
    }
}

/// Runs seloste in `dir`; panics when it is still running after [`TIMEOUT`].
fn seloste_in(dir: &Path, args: &[&str]) -> Out {
    let mut child = common::seloste_command()
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let read = |mut r: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut v = Vec::new();
            let _ = r.read_to_end(&mut v);
            String::from_utf8_lossy(&v).into_owned()
        })
    };
    let stdout = read(Box::new(child.stdout.take().unwrap()));
    let stderr = read(Box::new(child.stderr.take().unwrap()));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "`seloste {}` in {} still running after {} s",
                args.join(" "),
                dir.display(),
                TIMEOUT.as_secs()
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Out {
        code: status.code(),
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    }
}

/// A temp folder holding `project/` (with seloste.toml) and, beside it, `outside/` with
/// files whose every line contains SECRET.
struct Layout {
    _tmp: tempfile::TempDir,
    project: PathBuf,
    outside: PathBuf,
}

fn layout() -> Layout {
    let tmp = tempfile::tempdir().unwrap();
    let top = std::fs::canonicalize(tmp.path()).unwrap();
    let project = top.join("project");
    let outside = top.join("outside");
    std::fs::create_dir_all(project.join("notices")).unwrap();
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(project.join("seloste.toml"), "").unwrap();
    std::fs::write(
        outside.join("secret.yaml"),
        "SECRET-KEY-1: SECRET-VALUE-1\nSECRET-KEY-2: SECRET-VALUE-2\n",
    )
    .unwrap();
    std::fs::write(
        outside.join("secret.txt"),
        "SECRET line one\nSECRET line two\n",
    )
    .unwrap();
    Layout {
        _tmp: tmp,
        project,
        outside,
    }
}

/// A register whose `meta.organisation` (line 8) is `org`, or that names none.
fn register(org: Option<&str>) -> String {
    let mut s = "meta:\n  id: reg\n  schema_version: 1\n  languages: [fi]\n  name: Rekisteri\n  created: 2024-03-16\n  updated: 2026-03-02\n".to_string();
    if let Some(org) = org {
        s.push_str(&format!("  organisation: '{org}'\n"));
    }
    s
}

fn link(target: impl AsRef<Path>, at: impl AsRef<Path>) {
    std::os::unix::fs::symlink(target, at).unwrap();
}

/// Every format's output of `check ARGS`, none of which may contain `secret`.
fn check_all_formats(dir: &Path, args: &[&str], secrets: &[&str]) -> Vec<Out> {
    ["human", "json", "sarif", "github"]
        .iter()
        .map(|format| {
            let mut all = vec!["check", "--format", format];
            all.extend_from_slice(args);
            let o = seloste_in(dir, &all);
            for s in secrets {
                assert!(
                    !o.all().contains(s),
                    "`{s}` printed by `seloste {}`:\n{}",
                    all.join(" "),
                    o.all()
                );
            }
            o
        })
        .collect()
}

/// The diagnostics of a JSON report as (file, rule, line, message).
fn diagnostics(o: &Out) -> Vec<(String, String, Option<u64>, String)> {
    o.json()["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_string(),
                d["rule"].as_str().unwrap().to_string(),
                d["line"].as_u64(),
                d["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn an_organisation_file_outside_the_project_is_refused_and_never_quoted() {
    let l = layout();
    link("../outside/secret.yaml", l.project.join("link.yaml"));
    link("../outside", l.project.join("linked"));
    let absolute = l.outside.join("secret.yaml").display().to_string();
    let cases: &[(&str, &str)] = &[
        ("../outside/secret.yaml", "`..` steps lead out"),
        (
            "../../../../../../../../../../etc/passwd",
            "`..` steps lead out",
        ),
        (&absolute, "absolute path"),
        ("/etc/passwd", "absolute path"),
        ("/proc/self/environ", "absolute path"),
        ("link.yaml", "symbolic link"),
        ("linked/secret.yaml", "symbolic link"),
        ("notices/../../outside/secret.txt", "`..` steps lead out"),
    ];
    // One register per case, all checked in one run per format.
    let names: Vec<String> = (0..cases.len()).map(|i| format!("reg{i}.yaml")).collect();
    for ((org, _), name) in cases.iter().zip(&names) {
        std::fs::write(l.project.join(name), register(Some(org))).unwrap();
    }
    let args: Vec<&str> = names.iter().map(String::as_str).collect();
    let outs = check_all_formats(&l.project, &args, &["SECRET", "root:x:0", "PATH="]);
    let found = diagnostics(&outs[1]);
    for ((org, why), name) in cases.iter().zip(&names) {
        assert!(
            found.iter().any(|(file, rule, line, message)| file == name
                && rule == "references"
                && *line == Some(8)
                && message.contains(why)),
            "{org}: {found:?}"
        );
    }
    assert!(
        found.iter().all(|(file, ..)| names.contains(file)),
        "another file was read: {found:?}"
    );
    assert!(outs[0].stdout.contains("help:"), "{}", outs[0].stdout);
    // `..` that stays inside the project is fine.
    std::fs::write(l.project.join("org.yaml"), "organisation: x\n").unwrap();
    std::fs::write(
        l.project.join("notices/reg.yaml"),
        register(Some("../org.yaml")),
    )
    .unwrap();
    let o = seloste_in(
        &l.project,
        &["check", "--format", "json", "notices/reg.yaml"],
    );
    let found = diagnostics(&o);
    assert!(
        found.iter().any(|(file, ..)| file == "notices/../org.yaml"),
        "the organisation file was read: {found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|(_, rule, line, _)| rule == "references" && *line == Some(8)),
        "{found:?}"
    );
}

#[test]
fn an_organisation_file_that_is_not_one_is_named_and_never_quoted() {
    let l = layout();
    let p = &l.project;
    std::fs::write(
        p.join("config.yaml"),
        "password: SECRET-1\nuser: SECRET-2\n",
    )
    .unwrap();
    std::fs::write(p.join("notes.txt"), "SECRET-3 [unclosed\n: : SECRET-4\n").unwrap();
    std::fs::write(
        p.join("id_key"),
        "-----BEGIN SECRET KEY-----\nSECRETBASE64==\n-----END SECRET KEY-----\n",
    )
    .unwrap();
    std::fs::write(p.join("env"), "TOKEN=SECRET-5\0HOME=/SECRET\0").unwrap();
    let orgs = ["config.yaml", "notes.txt", "id_key", "env"];
    let names: Vec<String> = (0..orgs.len()).map(|i| format!("reg{i}.yaml")).collect();
    for (org, name) in orgs.iter().zip(&names) {
        std::fs::write(p.join(name), register(Some(org))).unwrap();
    }
    let args: Vec<&str> = names.iter().map(String::as_str).collect();
    let outs = check_all_formats(p, &args, &["SECRET"]);
    let found = diagnostics(&outs[1]);
    for org in orgs {
        assert!(
            found
                .iter()
                .any(|(file, _, line, _)| file == org && line.is_none()),
            "{org} is named: {found:?}"
        );
    }
    assert!(
        found
            .iter()
            .all(|(file, _, line, _)| names.contains(file) || line.is_none()),
        "a place inside a file that is not a register: {found:?}"
    );
}

#[test]
fn files_that_are_not_notices_are_named_and_never_quoted() {
    let l = layout();
    let dir = l.project.join("notices");
    let deep = format!("{}SECRET-8{}", "[".repeat(40), "]".repeat(40));
    let files: &[(&str, &[u8])] = &[
        ("list.yaml", b"- SECRET-1\n- SECRET-1b\n"),
        ("map.yaml", b"token: SECRET-2\nother: SECRET-2b\n"),
        ("broken.yaml", b"SECRET-3: [\nSECRET-3b\n"),
        ("dup.yaml", b"SECRET-4: 1\nSECRET-4: 2\n"),
        ("comments.yaml", b"# SECRET-5\n"),
        ("binary.yaml", b"SECRET-6: x\0\x01"),
        ("latin1.yaml", b"SECRET-7: \xe4\n"),
        ("deep.yaml", deep.as_bytes()),
        ("scalar.yml", b"SECRET-9\n"),
    ];
    for (name, bytes) in files {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
    // Found in a folder, YAML that does not say it is a register is left out unread.
    let walked = check_all_formats(&l.project, &["notices"], &["SECRET"]);
    assert_eq!(walked[1].code, Some(0), "{}", walked[1].all());
    assert!(diagnostics(&walked[1]).is_empty(), "{}", walked[1].all());
    // Named on the command line, each is read and reported by name only.
    let named: Vec<String> = files.iter().map(|(n, _)| format!("notices/{n}")).collect();
    let named: Vec<&str> = named.iter().map(String::as_str).collect();
    let outs = check_all_formats(&l.project, &named, &["SECRET"]);
    assert_eq!(outs[1].code, Some(1), "{}", outs[1].all());
    let found = diagnostics(&outs[1]);
    for (name, _) in files {
        let path = format!("notices/{name}");
        let mine: Vec<_> = found.iter().filter(|(f, ..)| *f == path).collect();
        assert_eq!(mine.len(), 1, "{name}: {found:?}");
        assert_eq!(mine[0].2, None, "{name}: a place inside it: {found:?}");
    }
    // The SARIF log has no region (and so no snippet) for any of them.
    let sarif: Value = serde_json::from_str(&outs[2].stdout).unwrap();
    for r in sarif["runs"][0]["results"].as_array().unwrap() {
        assert!(
            r["locations"][0]["physicalLocation"]["region"].is_null(),
            "{r}"
        );
    }
    // A register with a mistake still shows the place (it is a register).
    std::fs::write(dir.join("reg.yaml"), "meta:\n  id: x\n\tname: y\n").unwrap();
    let o = seloste_in(
        &l.project,
        &["check", "--format", "json", "notices/reg.yaml"],
    );
    let found = diagnostics(&o);
    assert!(
        matches!(&found[..], [(_, rule, Some(_), _)] if rule == "yaml-syntax"),
        "{found:?}"
    );
}

#[test]
fn a_named_path_outside_the_project_is_an_error() {
    let l = layout();
    std::fs::write(l.project.join("notices/reg.yaml"), register(None)).unwrap();
    let absolute = l.outside.join("secret.yaml").display().to_string();
    for path in [
        "../outside/secret.yaml",
        absolute.as_str(),
        "..",
        "/etc/passwd",
    ] {
        let outs = check_all_formats(&l.project, &[path], &["SECRET", "root:x:0"]);
        for o in &outs {
            assert_eq!(o.code, Some(2), "{path}: {}", o.all());
        }
        let found = diagnostics(&outs[1]);
        assert_eq!(found.len(), 1, "{found:?}");
        let (file, rule, line, message) = &found[0];
        assert_eq!(
            (file.as_str(), rule.as_str(), *line),
            (path, "outside-project", None)
        );
        assert!(
            message.contains(&l.project.display().to_string()),
            "{message}"
        );
        let human = &outs[0].stdout;
        assert!(
            human.contains("seloste.toml"),
            "says how the folder is chosen: {human}"
        );
        assert!(
            human.contains("Run seloste from the project folder"),
            "{human}"
        );
    }
    // The other paths named are still checked.
    let o = seloste_in(&l.project, &["check", "--format", "json", "..", "notices"]);
    assert_eq!(o.code, Some(2));
    assert!(
        diagnostics(&o)
            .iter()
            .any(|(f, ..)| f == "notices/reg.yaml")
    );
    // `build` refuses them the same way, and writes nothing from them.
    let o = seloste_in(&l.project, &["build", "../outside", "--out", "site"]);
    assert_eq!(o.code, Some(2), "{}", o.all());
    assert!(!o.all().contains("SECRET"), "{}", o.all());
    assert!(
        o.stdout.contains("outside the project folder"),
        "{}",
        o.stdout
    );
    // Inside the project, `..` and paths from a subfolder are fine.
    std::fs::create_dir(l.project.join("sub")).unwrap();
    let o = seloste_in(
        &l.project.join("sub"),
        &["check", "--format", "json", "../notices/reg.yaml"],
    );
    assert!(
        !diagnostics(&o)
            .iter()
            .any(|(_, rule, ..)| rule == "outside-project" || rule == "io-error"),
        "{}",
        o.stdout
    );
}

#[test]
fn links_out_of_the_project_in_a_folder_are_named_and_skipped() {
    let l = layout();
    let dir = l.project.join("notices");
    std::fs::write(dir.join("reg.yaml"), register(None)).unwrap();
    link("../../outside/secret.yaml", dir.join("leak.yaml"));
    link(l.outside.join("secret.txt"), dir.join("abs.yml"));
    link("/etc/passwd", dir.join("passwd.yaml"));
    link("/proc/self/status", dir.join("status.yaml"));
    link("/proc/self/environ", dir.join("environ.yaml"));
    link("../../outside", dir.join("out"));
    // A link inside the project is followed.
    std::fs::create_dir(l.project.join("shared")).unwrap();
    std::fs::write(l.project.join("shared/other.yaml"), "organisation: x\n").unwrap();
    link("../shared", dir.join("shared"));
    let outs = check_all_formats(
        &l.project,
        &["notices"],
        &["SECRET", "root:x:0", "VmRSS", "PATH="],
    );
    assert_eq!(outs[1].code, Some(1), "{}", outs[1].all());
    let found = diagnostics(&outs[1]);
    let mut outside: Vec<&str> = found
        .iter()
        .filter(|(_, rule, ..)| rule == "outside-project")
        .map(|(f, _, line, message)| {
            assert_eq!(*line, None);
            assert!(message.contains("symbolic link"), "{message}");
            f.as_str()
        })
        .collect();
    outside.sort();
    assert_eq!(
        outside,
        [
            "notices/abs.yml",
            "notices/environ.yaml",
            "notices/leak.yaml",
            "notices/out",
            "notices/passwd.yaml",
            "notices/status.yaml"
        ]
    );
    assert!(
        found.iter().any(|(f, ..)| f == "notices/reg.yaml"),
        "{found:?}"
    );
    assert!(
        found.iter().any(|(f, ..)| f == "notices/shared/other.yaml"),
        "{found:?}"
    );
}

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

#[test]
fn fifos_and_devices_are_refused_promptly() {
    let l = layout();
    let dir = l.project.join("notices");
    std::fs::write(dir.join("reg.yaml"), register(None)).unwrap();
    mkfifo(&dir.join("x.yaml"));
    for args in [
        &["notices"][..],
        &["notices/x.yaml"],
        &["notices/reg.yaml", "notices/x.yaml"],
    ] {
        let mut all = vec!["check", "--format", "json"];
        all.extend_from_slice(args);
        let o = seloste_in(&l.project, &all);
        assert_eq!(o.code, Some(2), "{}", o.all());
        let found = diagnostics(&o);
        assert!(
            found.iter().any(|(f, rule, _, m)| f == "notices/x.yaml"
                && rule == "io-error"
                && m.contains("named pipe")),
            "{found:?}"
        );
    }
    // An organisation file that is a FIFO is not opened either.
    std::fs::write(dir.join("reg.yaml"), register(Some("x.yaml"))).unwrap();
    let o = seloste_in(
        &l.project,
        &["check", "--format", "json", "notices/reg.yaml"],
    );
    assert!(
        diagnostics(&o)
            .iter()
            .any(|(f, rule, ..)| f == "notices/reg.yaml" && rule == "references"),
        "{}",
        o.stdout
    );
    // Links to devices in the project: outside it, not read.
    link("/dev/zero", dir.join("zero.yaml"));
    link("/dev/urandom", dir.join("random.yaml"));
    let o = seloste_in(&l.project, &["check", "--format", "json", "notices"]);
    let found = diagnostics(&o);
    for name in ["notices/zero.yaml", "notices/random.yaml"] {
        assert!(
            found
                .iter()
                .any(|(f, rule, ..)| f == name && rule == "outside-project"),
            "{found:?}"
        );
    }
    // With `/` as the project folder they are inside it: refused by what they are.
    for (path, rule, what) in [
        ("/dev/zero", "io-error", "device"),
        ("/dev/urandom", "io-error", "device"),
        // Says its length is 0, and is gigabytes long: cut off at the limit.
        ("/proc/self/pagemap", "too-large", "more than"),
    ] {
        let o = seloste_in(Path::new("/"), &["check", "--format", "json", path]);
        let found = diagnostics(&o);
        assert!(
            found.iter().any(|(f, r, line, m)| f == path
                && r == rule
                && line.is_none()
                && m.contains(what)),
            "{path}: {found:?}"
        );
    }
    // /proc/self/status also says 0 and has text: read, and named but not quoted.
    let outs = check_all_formats(Path::new("/"), &["/proc/self/status"], &["VmRSS", "Umask"]);
    let found = diagnostics(&outs[1]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "/proc/self/status");
    assert_eq!(found[0].2, None);
}

#[test]
fn symlink_loops_and_diamonds_are_walked_once() {
    let l = layout();
    let dir = l.project.join("notices");
    std::fs::write(dir.join("reg.yaml"), register(None)).unwrap();
    link(".", dir.join("s1"));
    link(".", dir.join("s2"));
    std::fs::create_dir_all(dir.join("a/b")).unwrap();
    std::fs::write(
        dir.join("a/x.yaml"),
        register(None).replace("id: reg", "id: x"),
    )
    .unwrap();
    link("..", dir.join("a/b/up"));
    link("../..", dir.join("a/b/up2"));
    link("a", dir.join("d1"));
    link("a", dir.join("d2"));
    let o = seloste_in(&l.project, &["check", "--format", "json", "notices"]);
    let json = o.json();
    assert_eq!(json["summary"]["files"], 2, "{}", o.stdout);
    assert_eq!(json["summary"]["registers"], 2, "{}", o.stdout);
    let mut files: Vec<String> = diagnostics(&o).into_iter().map(|d| d.0).collect();
    files.dedup();
    files.sort();
    files.dedup();
    assert_eq!(
        files,
        ["notices/a/x.yaml", "notices/reg.yaml"],
        "{}",
        o.stdout
    );
}
