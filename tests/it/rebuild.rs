//! `seloste build` reusing unchanged registers: what is kept, what is rendered again, and
//! that a rebuild writes what a full build would.

use crate::common;

use seloste::build::{BuildOptions, Built, build, cache};
use seloste::model::Date;
use seloste::render::Format;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::SystemTime;

const IDS: [&str; 6] = [
    "asiakasrekisteri",
    "cykelverkstad",
    "kameravalvonta",
    "kemi-asiakkuudenhallinta",
    "kuopion-kauppakamari-asiakashallinta",
    "rekrytointi",
];
const TOTAL: usize = IDS.len();
const INDEXES: [&str; 4] = [
    "index.html",
    "index.fi.html",
    "index.sv.html",
    "index.en.html",
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A tempdir holding a copy of `notices/` (the sources) and an empty `out/`.
struct Site {
    dir: tempfile::TempDir,
}

impl Site {
    fn new() -> Site {
        let dir = common::repo_tempdir();
        common::copy_dir(&root().join("notices"), &dir.path().join("notices"));
        Site { dir }
    }
    fn notices(&self) -> PathBuf {
        self.dir.path().join("notices")
    }
    fn out(&self) -> PathBuf {
        self.dir.path().join("out")
    }
    fn src(&self, rel: &str) -> PathBuf {
        self.notices().join(rel)
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
    fn build(&self, o: &BuildOptions) -> Built {
        let built = build(&[self.notices()], o, &mut |_, _, _| {}).unwrap();
        assert!(built.failures.is_empty(), "{:?}", built.failures);
        built
    }
    /// Replaces `old` (which must occur exactly once) by `new` in a source file.
    fn edit(&self, rel: &str, old: &str, new: &str) {
        let path = self.src(rel);
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.matches(old).count(), 1, "`{old}` in {rel}");
        std::fs::write(&path, text.replace(old, new)).unwrap();
    }
    fn record(&self) -> serde_json::Value {
        let bytes = std::fs::read(self.out().join(cache::FILE)).expect("the record exists");
        serde_json::from_slice(&bytes).expect("the record is JSON")
    }
    /// The register files the record vouches for (whose files a rebuild may keep).
    fn recorded(&self) -> Vec<String> {
        let v = self.record();
        let regs = v["registers"].as_object().expect("a `registers` object");
        regs.iter()
            .filter(|(_, e)| e["reusable"] == serde_json::Value::Bool(true))
            .map(|(k, _)| k.clone())
            .collect()
    }
}

/// Every file under `dir` except the record: relative path → (bytes, mtime).
fn tree(dir: &Path) -> BTreeMap<String, (Vec<u8>, SystemTime)> {
    common::files_under(dir)
        .into_iter()
        .filter(|(_, p)| {
            let name = p.file_name().unwrap();
            name != cache::FILE && name != seloste::build::out::LOCK
        })
        .map(|(rel, p)| {
            let mtime = std::fs::metadata(&p).unwrap().modified().unwrap();
            (rel, (std::fs::read(&p).unwrap(), mtime))
        })
        .collect()
}

/// Asserts that every file of `before` whose path starts with none of `except` is in `after`
/// with the same bytes and was not written again (same mtime).
fn assert_untouched(
    before: &BTreeMap<String, (Vec<u8>, SystemTime)>,
    after: &BTreeMap<String, (Vec<u8>, SystemTime)>,
    except: &[&str],
) {
    for (k, (b, m)) in before {
        if except.iter().any(|p| k.starts_with(p)) {
            continue;
        }
        assert!(b == &after[k].0, "{k} changed");
        assert_eq!(m, &after[k].1, "{k} was written again");
    }
}

fn bytes(t: &BTreeMap<String, (Vec<u8>, SystemTime)>) -> BTreeMap<String, Vec<u8>> {
    t.iter().map(|(k, (b, _))| (k.clone(), b.clone())).collect()
}

fn text(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// Lets the clock move on so that a file written again gets a different mtime.
fn tick() {
    std::thread::sleep(std::time::Duration::from_millis(30));
}

/// Asserts that every file a full build without reuse writes from the same sources (into a
/// fresh folder) is in `out` with the same bytes; returns the files `out` has besides.
fn compare_with_full_build(site: &Site, o: &BuildOptions) -> Vec<String> {
    let fresh = tempfile::tempdir().unwrap();
    let full = BuildOptions {
        out: fresh.path().to_path_buf(),
        formats: o.formats.clone(),
        langs: o.langs.clone(),
        templates: o.templates.clone(),
        fragment: o.fragment,
        today: o.today,
        reuse: false,
        base_url: None,
        pdf_standard: Default::default(),
    };
    site.build(&full);
    let (a, b) = (bytes(&tree(&site.out())), bytes(&tree(fresh.path())));
    assert!(!b.is_empty());
    for (k, v) in &b {
        let Some(mine) = a.get(k) else {
            panic!("{k} is written by a full build but not by the rebuild");
        };
        if mine != v {
            let (x, y) = (String::from_utf8_lossy(mine), String::from_utf8_lossy(v));
            let (l, r) = x
                .lines()
                .zip(y.lines())
                .find(|(l, r)| l != r)
                .unwrap_or(("(end)", "(end)"));
            panic!(
                "{k} differs between the rebuild and a full build:\n  rebuild: {l}\n  full:    {r}"
            );
        }
    }
    a.keys().filter(|k| !b.contains_key(*k)).cloned().collect()
}

/// Asserts that `out` holds exactly what a full build without reuse writes.
fn same_as_full_build(site: &Site, o: &BuildOptions) {
    let extra = compare_with_full_build(site, o);
    assert!(
        extra.is_empty(),
        "files a full build does not write: {extra:?}"
    );
}

fn seloste(dir: &Path, args: &[&str]) -> Output {
    common::seloste_command()
        .args(args)
        .current_dir(dir)
        .env("SELOSTE_TODAY", "2026-11-21")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn report(o: &Output) -> String {
    format!(
        "status {:?}\n--- stdout\n{}\n--- stderr\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

// 1.
#[test]
fn second_build_of_unchanged_sources_keeps_every_file() {
    let site = Site::new();
    let o = site.opts(true);
    let first = site.build(&o);
    assert_eq!(first.notices, TOTAL);
    assert_eq!(first.reused, 0);
    assert!(site.out().join(cache::FILE).is_file(), "no record written");
    assert_eq!(site.recorded().len(), TOTAL, "{:?}", site.recorded());
    let before = tree(&site.out());
    for id in IDS {
        for f in ["fi.html", "en.html", "fi.md", "en.md"] {
            assert!(
                before.contains_key(&format!("{id}/{f}")),
                "missing {id}/{f}"
            );
        }
    }

    tick();
    let second = site.build(&o);
    assert_eq!(second.reused, TOTAL);
    assert_eq!(second.notices, 0);
    assert!(second.skipped.is_empty(), "{:?}", second.skipped);
    let after = tree(&site.out());
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    assert_untouched(&before, &after, &[]);
    for index in INDEXES {
        let html = String::from_utf8(after[index].0.clone()).unwrap();
        for id in IDS {
            assert!(
                html.contains(&format!("href=\"{id}/")),
                "{index} lacks {id}"
            );
        }
    }
    assert_eq!(site.recorded().len(), TOTAL);
    same_as_full_build(&site, &o);
}

// 2.
#[test]
fn editing_one_register_renders_only_that_one() {
    let site = Site::new();
    let o = site.opts(true);
    site.build(&o);
    let before = tree(&site.out());

    site.edit(
        "rekrytointi.yaml",
        "Receiving and assessing applications, interviews,",
        "Receiving and carefully assessing applications, interviews,",
    );
    tick();
    let built = site.build(&o);
    assert_eq!(built.notices, 1);
    assert_eq!(built.reused, TOTAL - 1);
    let html = text(&site.out().join("rekrytointi/en.html"));
    assert!(html.contains("carefully assessing"), "{html}");
    let md = text(&site.out().join("rekrytointi/en.md"));
    assert!(md.contains("carefully assessing"), "{md}");

    let after = tree(&site.out());
    assert_untouched(&before, &after, &["rekrytointi/", "index"]);
    assert!(before["rekrytointi/en.html"].0 != after["rekrytointi/en.html"].0);
    for index in INDEXES {
        assert!(before[index].0 == after[index].0, "{index} changed");
    }
    same_as_full_build(&site, &o);

    // And once more with nothing changed: all kept, the edited one included.
    let again = site.build(&o);
    assert_eq!((again.notices, again.reused), (0, TOTAL));
}

// 2b. The default index page (index.html) is in the first language of the first register;
// a rebuild that renders only that register must still agree with a full build.
#[test]
fn rebuild_of_the_first_register_with_another_first_language_matches_a_full_build() {
    let site = Site::new();
    let o = site.opts(true);
    site.build(&o);
    let before = tree(&site.out());
    assert!(before["index.html"].0 == before["index.fi.html"].0);

    site.edit(
        "asiakasrekisteri.yaml",
        "languages: [fi, sv, en]",
        "languages: [en, fi, sv]",
    );
    let built = site.build(&o);
    assert_eq!((built.notices, built.reused), (1, TOTAL - 1));
    same_as_full_build(&site, &o);
}

// 3.
#[test]
fn editing_an_organisation_file_rebuilds_the_registers_that_use_it() {
    let site = Site::new();
    let o = site.opts(true);
    site.build(&o);
    let before = tree(&site.out());

    site.edit(
        "kemin-kaupunki/organisation.yaml",
        "name: Maria Vaittinen",
        "name: Maria Vaittinen-Koski",
    );
    tick();
    let built = site.build(&o);
    assert_eq!(built.notices, 1);
    assert_eq!(built.reused, TOTAL - 1);
    let html = text(&site.out().join("kemi-asiakkuudenhallinta/fi.html"));
    assert!(html.contains("Maria Vaittinen-Koski"), "{html}");
    let after = tree(&site.out());
    assert_untouched(&before, &after, &["kemi-asiakkuudenhallinta/", "index"]);
    same_as_full_build(&site, &o);

    // A change that does not show in the output (a comment) still counts as a change.
    site.edit(
        "kemin-kaupunki/organisation.yaml",
        "# The city's business ID",
        "# The City of Kemi's business ID",
    );
    let built = site.build(&o);
    assert_eq!((built.notices, built.reused), (1, TOTAL - 1));

    // The other organisation file: only its own register.
    site.edit(
        "kuopion-kauppakamari/organisation.yaml",
        "# yaml-language-server",
        "# edited\n# yaml-language-server",
    );
    let built = site.build(&o);
    assert_eq!((built.notices, built.reused), (1, TOTAL - 1));
    assert_eq!(site.recorded().len(), TOTAL);
}

// 3b. A register given alone on the command line still finds and hashes its organisation.
#[test]
fn a_register_given_as_a_file_is_rebuilt_when_its_organisation_changes() {
    let site = Site::new();
    let o = site.opts(true);
    let reg = site.src("kemin-kaupunki/asiakkuudenhallinta.yaml");
    let run = || build(std::slice::from_ref(&reg), &o, &mut |_, _, _| {}).unwrap();
    assert_eq!(run().notices, 1);
    let second = run();
    assert_eq!((second.notices, second.reused), (0, 1));
    site.edit(
        "kemin-kaupunki/organisation.yaml",
        "name: Maria Vaittinen",
        "name: Maria Vaittinen-Koski",
    );
    let built = run();
    assert_eq!((built.notices, built.reused), (1, 0));
    let html = text(&site.out().join("kemi-asiakkuudenhallinta/en.html"));
    assert!(html.contains("Maria Vaittinen-Koski"));
}

// 4.
#[test]
fn a_deleted_or_altered_output_file_is_written_again() {
    let site = Site::new();
    let o = site.opts(true);
    site.build(&o);
    let before = tree(&site.out());

    std::fs::remove_file(site.out().join("kameravalvonta/en.md")).unwrap();
    let built = site.build(&o);
    assert_eq!((built.notices, built.reused), (1, TOTAL - 1));
    let after = tree(&site.out());
    assert!(before["kameravalvonta/en.md"].0 == after["kameravalvonta/en.md"].0);

    // A file whose length changed is not trusted either.
    let path = site.out().join("asiakasrekisteri/fi.html");
    let mut changed = std::fs::read(&path).unwrap();
    changed.extend_from_slice(b"<!-- edited by hand -->");
    std::fs::write(&path, &changed).unwrap();
    let built = site.build(&o);
    assert_eq!((built.notices, built.reused), (1, TOTAL - 1));
    assert!(std::fs::read(&path).unwrap() == before["asiakasrekisteri/fi.html"].0);
}

#[test]
fn a_deleted_pdf_is_written_again() {
    let site = Site::new();
    let mut o = site.opts(true);
    o.formats = vec![Format::Pdf];
    o.langs = vec!["en".into()];
    let reg = site.src("rekrytointi.yaml");
    let run = || build(std::slice::from_ref(&reg), &o, &mut |_, _, _| {}).unwrap();
    let first = run();
    assert!(first.failures.is_empty(), "{:?}", first.failures);
    assert_eq!(first.notices, 1);
    let pdf = site.out().join("rekrytointi/en.pdf");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let second = run();
    assert_eq!((second.notices, second.reused), (0, 1));

    std::fs::remove_file(&pdf).unwrap();
    let built = run();
    assert_eq!((built.notices, built.reused), (1, 0));
    assert!(pdf.is_file(), "the PDF is not back");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
}

// 5.
#[test]
fn a_corrupt_record_means_a_full_build_and_a_new_record() {
    let site = Site::new();
    let o = site.opts(true);
    site.build(&o);
    std::fs::write(site.out().join(cache::FILE), b"{\"key\": garbage \x00\xff").unwrap();

    let built = site.build(&o);
    assert_eq!((built.notices, built.reused), (TOTAL, 0));
    assert_eq!(site.recorded().len(), TOTAL);
    assert!(site.record()["key"].as_str().is_some_and(|k| !k.is_empty()));
    let again = site.build(&o);
    assert_eq!((again.notices, again.reused), (0, TOTAL));

    // A record that is valid JSON of another shape is no better.
    std::fs::write(site.out().join(cache::FILE), b"[1, 2, 3]").unwrap();
    let built = site.build(&o);
    assert_eq!((built.notices, built.reused), (TOTAL, 0));
    // Nor is an empty one.
    std::fs::write(site.out().join(cache::FILE), b"").unwrap();
    let built = site.build(&o);
    assert_eq!((built.notices, built.reused), (TOTAL, 0));
    assert_eq!(site.recorded().len(), TOTAL);
}

#[test]
fn a_record_from_other_options_is_not_used() {
    let site = Site::new();
    let mut o = site.opts(true);
    o.formats = vec![Format::Html];
    site.build(&o);
    o.formats = vec![Format::Html, Format::Md];
    let built = site.build(&o);
    assert_eq!((built.notices, built.reused), (TOTAL, 0));
    assert!(site.out().join("rekrytointi/fi.md").is_file());

    let changes: [fn(&mut BuildOptions); 3] = [
        |o| o.langs = vec!["fi".into()],
        |o| o.fragment = true,
        |o| o.today = Date::parse("2026-11-22").unwrap(),
    ];
    for change in changes {
        let mut other = site.opts(true);
        change(&mut other);
        let built = site.build(&other);
        assert_eq!((built.notices, built.reused), (TOTAL, 0));
        // Back to the first options: the record is now the other one's.
        let built = site.build(&o);
        assert_eq!((built.notices, built.reused), (TOTAL, 0));
        same_as_full_build(&site, &o);
    }
}

#[test]
fn cli_record_from_other_formats_is_not_used() {
    let site = Site::new();
    let dir = site.dir.path();
    let first = seloste(
        dir,
        &["build", "notices", "--out", "out", "--format", "html"],
    );
    assert_eq!(first.status.code(), Some(0), "{}", report(&first));
    let second = seloste(
        dir,
        &["build", "notices", "--out", "out", "--format", "html,md"],
    );
    assert_eq!(second.status.code(), Some(0), "{}", report(&second));
    let s = stdout(&second);
    assert!(s.contains("built 6 notices"), "{s}");
    assert!(!s.contains("unchanged"), "{s}");
    let third = seloste(
        dir,
        &["build", "notices", "--out", "out", "--format", "html,md"],
    );
    assert!(
        stdout(&third).contains("6 unchanged notices kept"),
        "{}",
        report(&third)
    );
}

// 6.
#[test]
fn changing_a_file_in_the_templates_folder_rebuilds_everything() {
    let site = Site::new();
    let templates = site.dir.path().join("my-templates");
    let w = seloste(site.dir.path(), &["templates", "my-templates"]);
    assert_eq!(w.status.code(), Some(0), "{}", report(&w));
    let fi = templates.join("locales/fi.ftl");
    assert!(text(&fi).contains("notice-title = Tietosuojaseloste\n"));

    let mut o = site.opts(true);
    o.templates = Some(templates.clone());
    let first = site.build(&o);
    assert_eq!((first.notices, first.reused), (TOTAL, 0));
    let second = site.build(&o);
    assert_eq!((second.notices, second.reused), (0, TOTAL));

    std::fs::write(
        &fi,
        text(&fi).replace(
            "notice-title = Tietosuojaseloste\n",
            "notice-title = Tietosuojaselosteemme\n",
        ),
    )
    .unwrap();
    let third = site.build(&o);
    assert_eq!((third.notices, third.reused), (TOTAL, 0));
    for id in IDS {
        let html = text(&site.out().join(format!("{id}/fi.html")));
        assert!(html.contains("Tietosuojaselosteemme"), "{id}: {html}");
    }
    same_as_full_build(&site, &o);

    // A template (not a catalog) too.
    let md = templates.join("notice.md");
    std::fs::write(&md, format!("<!-- custom -->\n{}", text(&md))).unwrap();
    let fourth = site.build(&o);
    assert_eq!((fourth.notices, fourth.reused), (TOTAL, 0));
    assert!(text(&site.out().join("rekrytointi/en.md")).contains("<!-- custom -->"));

    // Without the folder: the built-in templates again, everything rendered.
    let plain = site.opts(true);
    let fifth = site.build(&plain);
    assert_eq!((fifth.notices, fifth.reused), (TOTAL, 0));
    assert!(!text(&site.out().join("rekrytointi/fi.html")).contains("Tietosuojaselosteemme"));
}

// 7.
#[test]
fn a_register_with_a_warning_is_checked_again_on_every_build() {
    let site = Site::new();
    site.edit(
        "rekrytointi.yaml",
        "Receiving and assessing applications, interviews,",
        "We may receive and assess some applications, interviews,",
    );
    let dir = site.dir.path();
    let args = ["build", "notices", "--out", "out", "--format", "html,md"];
    let first = seloste(dir, &args);
    assert_eq!(first.status.code(), Some(0), "{}", report(&first));
    assert!(
        stdout(&first).contains("vague-wording"),
        "{}",
        report(&first)
    );
    assert!(
        stdout(&first).contains("built 6 notices"),
        "{}",
        report(&first)
    );

    let second = seloste(dir, &args);
    assert_eq!(second.status.code(), Some(0), "{}", report(&second));
    let s = stdout(&second);
    assert!(s.contains("vague-wording"), "the warning is gone: {s}");
    assert!(s.contains("rekrytointi.yaml"), "{s}");
    assert!(s.contains("built 1 notice,"), "{s}");
    assert!(s.contains("5 unchanged notices kept"), "{s}");
    assert!(
        !site
            .recorded()
            .iter()
            .any(|r| r.ends_with("rekrytointi.yaml")),
        "{:?}",
        site.recorded()
    );

    // A third run reports the same as the second.
    let third = seloste(dir, &args);
    assert_eq!(
        stdout(&third).matches("vague-wording").count(),
        s.matches("vague-wording").count()
    );
}

#[test]
fn cli_second_run_says_the_notices_were_kept() {
    let site = Site::new();
    let dir = site.dir.path();
    let args = ["build", "notices", "--out", "out", "--format", "html,md"];
    let first = seloste(dir, &args);
    assert_eq!(first.status.code(), Some(0), "{}", report(&first));
    assert!(
        stdout(&first).contains("built 6 notices"),
        "{}",
        report(&first)
    );
    assert!(!stdout(&first).contains("unchanged"), "{}", report(&first));
    let second = seloste(dir, &args);
    assert_eq!(second.status.code(), Some(0), "{}", report(&second));
    let s = stdout(&second);
    assert!(s.contains("built 0 notices"), "{s}");
    assert!(s.contains(", 6 unchanged notices kept"), "{s}");
    // Still counts the index pages it wrote.
    assert!(!s.contains("0 files"), "{s}");
}

// 8.
#[test]
fn without_reuse_everything_is_rendered() {
    let site = Site::new();
    site.build(&site.opts(true));
    let built = site.build(&site.opts(false));
    assert_eq!((built.notices, built.reused), (TOTAL, 0));
    let built = site.build(&site.opts(false));
    assert_eq!((built.notices, built.reused), (TOTAL, 0));

    let dir = site.dir.path();
    let args = [
        "build", "notices", "--out", "cli-out", "--format", "html,md",
    ];
    let first = seloste(dir, &args);
    assert_eq!(first.status.code(), Some(0), "{}", report(&first));
    let mut no_cache = args.to_vec();
    no_cache.push("--no-cache");
    let second = seloste(dir, &no_cache);
    assert_eq!(second.status.code(), Some(0), "{}", report(&second));
    assert!(
        stdout(&second).contains("built 6 notices"),
        "{}",
        report(&second)
    );
    assert!(
        !stdout(&second).contains("unchanged"),
        "{}",
        report(&second)
    );
}

// 8b. A build without reuse rewrites the files: the record of an earlier build must not
// vouch for them afterwards.
#[test]
fn a_build_without_reuse_leaves_no_stale_record() {
    let site = Site::new();
    site.build(&site.opts(true));
    let builtin = text(&site.out().join("rekrytointi/fi.html"));

    // Other templates (a title of the same length, so the file lengths do not change),
    // built without reuse into the same folder.
    let templates = site.dir.path().join("t");
    std::fs::create_dir_all(templates.join("locales")).unwrap();
    let fi = text(&root().join("templates/locales/fi.ftl"));
    assert!(fi.contains("notice-title = Tietosuojaseloste\n"));
    std::fs::write(
        templates.join("locales/fi.ftl"),
        fi.replace(
            "notice-title = Tietosuojaseloste\n",
            "notice-title = TIETOSUOJASELOSTE\n",
        ),
    )
    .unwrap();
    let mut other = site.opts(false);
    other.templates = Some(templates);
    site.build(&other);
    assert!(text(&site.out().join("rekrytointi/fi.html")).contains("TIETOSUOJASELOSTE"));
    // The record (kept to know which files seloste wrote) vouches for none of them.
    assert_eq!(
        site.record()["key"],
        "",
        "the earlier record is still there"
    );
    assert!(site.recorded().is_empty(), "{:?}", site.recorded());

    // Back to the built-in templates with reuse: the files must be the built-in ones.
    let built = site.build(&site.opts(true));
    assert_eq!(built.reused, 0, "files written by another build were kept");
    assert_eq!(text(&site.out().join("rekrytointi/fi.html")), builtin);
}

// 9.
#[test]
fn a_register_with_errors_keeps_its_old_files_and_leaves_the_record() {
    let site = Site::new();
    let o = site.opts(true);
    site.build(&o);
    let before = tree(&site.out());

    site.edit(
        "rekrytointi.yaml",
        "categories: [aptitude]",
        "categories: [aptitude, no-such-category]",
    );
    tick();
    let built = site.build(&o);
    assert!(built.checked.has_errors(), "the edit made no error");
    assert_eq!(built.skipped, vec!["rekrytointi".to_string()]);
    assert_eq!((built.notices, built.reused), (0, TOTAL - 1));
    let after = tree(&site.out());
    assert_untouched(&before, &after, &["index"]);
    let recorded = site.recorded();
    assert_eq!(recorded.len(), TOTAL - 1, "{recorded:?}");
    assert!(
        !recorded.iter().any(|r| r.ends_with("rekrytointi.yaml")),
        "{recorded:?}"
    );
    // The index is that of a full build of the broken sources (which leaves it out); only
    // the old files are extra.
    let extra = compare_with_full_build(&site, &o);
    assert_eq!(
        extra,
        ["en.html", "en.md", "fi.html", "fi.md", "sv.html", "sv.md"]
            .map(|f| format!("rekrytointi/{f}"))
    );

    // Still broken: reported and skipped again, not kept.
    let built = site.build(&o);
    assert_eq!(built.skipped, vec!["rekrytointi".to_string()]);
    assert_eq!((built.notices, built.reused), (0, TOTAL - 1));

    // Fixed: rendered again and recorded.
    site.edit(
        "rekrytointi.yaml",
        "categories: [aptitude, no-such-category]",
        "categories: [aptitude]",
    );
    let built = site.build(&o);
    assert!(built.skipped.is_empty());
    assert_eq!((built.notices, built.reused), (1, TOTAL - 1));
    assert_eq!(site.recorded().len(), TOTAL);
    same_as_full_build(&site, &o);
}

// Stamps: a file unchanged since it was hashed (same size, times and inode) is not read
// again; one changed within cache::RACY of being hashed gets no stamp.
#[test]
fn stamps_are_recorded_only_for_settled_files_and_a_same_size_edit_is_still_seen() {
    let site = Site::new();
    let o = site.opts(true);
    // Just copied: every file changed less than RACY ago, so none is stamped.
    site.build(&o);
    let stamps = site.record()["stamps"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    assert!(stamps.is_empty(), "racy files were stamped: {stamps:?}");

    std::thread::sleep(cache::RACY + std::time::Duration::from_millis(200));
    let built = site.build(&o);
    assert_eq!((built.notices, built.reused), (0, TOTAL));
    let record = site.record();
    let stamps = record["stamps"].as_object().unwrap();
    let reg = site.src("rekrytointi.yaml").display().to_string();
    let stamp = &stamps[&reg];
    assert_eq!(
        stamp["hash"], record["registers"][&reg]["hash"],
        "a stamp carries the register's hash"
    );
    assert!(stamps.len() >= TOTAL, "{stamps:?}");

    // The same number of bytes, and the modification time set back: the change time and
    // the content still differ, so the register is rendered again.
    let path = site.src("rekrytointi.yaml");
    let mtime = std::fs::metadata(&path).unwrap().modified().unwrap();
    let before = text(&path);
    let after = before.replacen("Receiving and assessing", "Receiving and assesSING", 1);
    assert_eq!(before.len(), after.len());
    assert_ne!(before, after);
    std::fs::write(&path, &after).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(mtime)
        .unwrap();
    let built = site.build(&o);
    assert_eq!((built.notices, built.reused), (1, TOTAL - 1));
    assert!(text(&site.out().join("rekrytointi/en.html")).contains("assesSING"));
    same_as_full_build(&site, &o);
}
