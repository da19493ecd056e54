//! How seloste scales, and how it compares with what a team would otherwise use.
//!
//!     cargo bench --bench scale                 # seloste only
//!     cargo bench --bench scale -- --baselines  # and the Python / pandoc / WeasyPrint baselines
//!     cargo bench --bench scale -- --quick      # fewer sizes and runs, for a smoke test
//!     cargo bench --bench scale -- --pdf        # the PDF rows only (with --baselines: and WeasyPrint's)
//!
//! Every measurement runs the release binary as a whole process (as CI and a release job
//! run it) several times and reports the median wall time and the peak resident memory
//! (from `wait4`). Inputs come from the seeded generator in `benches/common/generate.rs`
//! (seed 1), written once to `target/bench-data/`. Results are printed as Markdown tables
//! and written to `target/bench-results/scale.md` and `scale.json`; BENCHMARKS.md quotes them.

#[path = "common/generate.rs"]
#[allow(dead_code)]
mod generate;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const SEED: u64 = 1;

struct Opts {
    quick: bool,
    baselines: bool,
    pdf_only: bool,
}

/// One process run.
struct Run {
    wall: f64,
    rss_mb: f64,
    stdout: String,
}

/// Runs `cmd` to the end; panics (the benchmark is wrong) unless it exits with `ok_code`.
fn run(cmd: &mut Command, ok_code: i32) -> Run {
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let start = Instant::now();
    let child = cmd.spawn().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    let pid = child.id() as libc::pid_t;
    // Read the pipes on other threads so a chatty child cannot block.
    let mut child = child;
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut out, &mut s).ok();
        s
    });
    let t_err = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut err, &mut s).ok();
        s
    });
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = start.elapsed().as_secs_f64();
    assert_eq!(r, pid, "wait4 failed for {cmd:?}");
    let stdout = t_out.join().unwrap();
    let stderr = t_err.join().unwrap();
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    assert_eq!(
        code,
        ok_code,
        "{cmd:?} exited with {code}\nstdout: {}\nstderr: {}",
        tail(&stdout),
        tail(&stderr)
    );
    Run {
        wall,
        rss_mb: usage.ru_maxrss as f64 / 1024.0,
        stdout,
    }
}

fn tail(s: &str) -> &str {
    let start = s.len().saturating_sub(2000);
    let start = (start..=s.len())
        .find(|&i| s.is_char_boundary(i))
        .unwrap_or(s.len());
    &s[start..]
}

#[derive(Clone)]
struct Stats {
    median: f64,
    min: f64,
    max: f64,
    rss_mb: f64,
    runs: usize,
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// Runs `make()` `reps` times, with `before()` ahead of each run (not timed).
fn measure(
    reps: usize,
    mut before: impl FnMut(),
    mut make: impl FnMut() -> Command,
    ok_code: i32,
) -> Stats {
    let mut walls = Vec::new();
    let mut rss = Vec::new();
    for _ in 0..reps {
        before();
        let r = run(&mut make(), ok_code);
        walls.push(r.wall);
        rss.push(r.rss_mb);
    }
    Stats::of(walls, rss)
}

impl Stats {
    /// Median, range and median peak memory of some runs' wall times and peak memories.
    fn of(walls: Vec<f64>, rss: Vec<f64>) -> Stats {
        Stats {
            min: walls.iter().cloned().fold(f64::MAX, f64::min),
            max: walls.iter().cloned().fold(0.0, f64::max),
            runs: walls.len(),
            median: median(walls),
            rss_mb: median(rss),
        }
    }
}

struct Row {
    bench: String,
    tool: String,
    n: usize,
    unit: String,
    units: usize,
    s: Stats,
}

struct Report {
    rows: Vec<Row>,
    notes: Vec<String>,
}

impl Report {
    fn add(&mut self, bench: &str, tool: &str, n: usize, unit: &str, units: usize, s: Stats) {
        eprintln!(
            "  {bench:<28} {tool:<26} N={n:<6} median {:>8.3} s  (min {:.3}, max {:.3}, {} runs)  {:>7.1} MB  {:>8.2} ms/{unit}",
            s.median,
            s.min,
            s.max,
            s.runs,
            s.rss_mb,
            s.median * 1000.0 / units.max(1) as f64
        );
        self.rows.push(Row {
            bench: bench.into(),
            tool: tool.into(),
            n,
            unit: unit.into(),
            units,
            s,
        });
    }
    fn get(&self, bench: &str, tool: &str, n: usize) -> Option<&Row> {
        self.rows
            .iter()
            .find(|r| r.bench == bench && r.tool == tool && r.n == n)
    }
}

fn seloste() -> Command {
    Command::new(env!("CARGO_BIN_EXE_seloste"))
}

/// `seloste build --no-cache --format <formats> --out <out> <input>`: a full build.
fn build_all(formats: &str, out: &Path, input: &Path) -> Command {
    let mut c = seloste();
    c.args(["build", "--no-cache", "--format", formats, "--out"])
        .arg(out)
        .arg(input);
    c
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn target() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"))
}

/// The generated registers for `n`, written once.
fn data(n: usize) -> PathBuf {
    let dir = target().join("bench-data").join(format!("seed{SEED}-n{n}"));
    let stamp = dir.join(".complete");
    if !stamp.exists() {
        let _ = std::fs::remove_dir_all(&dir);
        let t = Instant::now();
        let g = generate::generate(SEED, n, &dir).expect("generating registers");
        eprintln!(
            "generated N={n}: {} registers, {} organisation files, {:.1} MB in {:.2} s",
            g.registers.len(),
            g.organisations.len(),
            g.bytes as f64 / 1e6,
            t.elapsed().as_secs_f64()
        );
        std::fs::write(&stamp, "").unwrap();
    }
    dir
}

fn fresh(dir: &Path) {
    let _ = std::fs::remove_dir_all(dir);
}

fn reps_for(n: usize, quick: bool) -> usize {
    match (n, quick) {
        (_, true) => 1,
        (0..=100, _) => 9,
        (101..=1000, _) => 7,
        _ => 3,
    }
}

fn venv() -> PathBuf {
    std::env::var_os("BENCH_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| target().join("bench-venv"))
}

fn python() -> Command {
    Command::new(venv().join("bin/python"))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = Opts {
        quick: args.iter().any(|a| a == "--quick"),
        baselines: args.iter().any(|a| a == "--baselines"),
        pdf_only: args.iter().any(|a| a == "--pdf"),
    };
    let sizes: Vec<usize> = if opts.quick {
        vec![10, 100, 1000]
    } else {
        vec![10, 100, 1000, 10_000]
    };
    // Outputs go to a RAM disk when there is one (BENCH_WORK overrides): deleting and
    // recreating thousands of files run after run makes ext4's inode allocator the thing
    // measured (seen here: 2 s of system time for 4 000 files). One row below measures
    // a fresh output folder on the disk instead.
    let work = std::env::var_os("BENCH_WORK")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            if Path::new("/dev/shm").is_dir() {
                PathBuf::from("/dev/shm/seloste-bench")
            } else {
                target().join("bench-work")
            }
        });
    std::fs::create_dir_all(&work).unwrap();
    let mut report = Report {
        rows: Vec::new(),
        notes: Vec::new(),
    };

    if opts.pdf_only {
        pdf_rows(&opts, &work, &mut report);
        let md = render(&report, &opts);
        println!("{md}");
        let dir = target().join("bench-results");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("scale-pdf.md"), &md).unwrap();
        std::fs::write(dir.join("scale-pdf.json"), json(&report)).unwrap();
        eprintln!("written {}", dir.join("scale-pdf.md").display());
        return;
    }

    if opts.baselines {
        let status = Command::new("bash")
            .arg(root().join("benches/baseline/setup.sh"))
            .env("BENCH_VENV", venv())
            .status()
            .expect("running benches/baseline/setup.sh");
        assert!(status.success(), "benches/baseline/setup.sh failed");
    }

    // Cold start: the binary on one sample register.
    eprintln!("cold start");
    let one = root().join("notices/rekrytointi.yaml");
    let s = measure(
        21,
        || {},
        || {
            let mut c = seloste();
            c.arg("--version");
            c
        },
        0,
    );
    report.add("start (--version)", "seloste", 1, "run", 1, s);
    let s = measure(
        21,
        || {},
        || {
            let mut c = seloste();
            c.arg("check").arg(&one);
            c
        },
        0,
    );
    report.add("check, one register", "seloste", 1, "register", 1, s);
    let one_out = work.join("one");
    let s = measure(
        11,
        || fresh(&one_out),
        || {
            let mut c = seloste();
            c.args([
                "build",
                "--format",
                "pdf",
                "--lang",
                "fi",
                "--no-cache",
                "--out",
            ])
            .arg(&one_out)
            .arg(&one);
            c
        },
        0,
    );
    report.add(
        "PDF, one notice, whole process",
        "seloste",
        1,
        "notice",
        1,
        s,
    );

    // check and build against N.
    for &n in &sizes {
        let dir = data(n);
        let reps = reps_for(n, opts.quick);
        eprintln!("N = {n}");
        let s = measure(
            reps,
            || {},
            || {
                let mut c = seloste();
                c.arg("check").arg(&dir);
                c
            },
            0,
        );
        report.add("check", "seloste", n, "register", n, s);
        let s = measure(
            reps,
            || {},
            || {
                let mut c = seloste();
                c.env("SELOSTE_JOBS", "1").arg("check").arg(&dir);
                c
            },
            0,
        );
        report.add("check, one thread", "seloste", n, "register", n, s);
        for (name, formats) in [
            ("build HTML", "html"),
            ("build Markdown", "md"),
            ("build HTML + Markdown", "html,md"),
        ] {
            let out = work.join(format!("build-{formats}-{n}"));
            let s = measure(reps, || fresh(&out), || build_all(formats, &out, &dir), 0);
            report.add(name, "seloste", n, "notice", 2 * n, s);
        }
        if n == 1000 {
            let out = target().join("bench-disk").join("build-html-md");
            let s = measure(reps, || fresh(&out), || build_all("html,md", &out, &dir), 0);
            report.add(
                "build HTML + Markdown, on disk",
                "seloste",
                n,
                "notice",
                2 * n,
                s,
            );
        }
        if n <= 1000 {
            let out = work.join(format!("build-pdf-{n}"));
            let reps = if n >= 1000 { 1 } else { reps.min(5) };
            let s = measure(reps, || fresh(&out), || build_all("pdf", &out, &dir), 0);
            report.add("build PDF", "seloste", n, "notice", 2 * n, s);
        }
    }

    // Rebuild after one register changed among 1 000 (all formats, as a release job).
    {
        let n = 1000;
        let src = data(n);
        let dir = work.join("rebuild-src");
        let out = work.join("rebuild-out");
        fresh(&dir);
        fresh(&out);
        copy_dir(&src, &dir);
        // Run from the copy: seloste reads only inside the project folder it is run in.
        let build = || {
            let mut c = seloste();
            c.current_dir(&dir)
                .args(["build", "--out"])
                .arg(&out)
                .arg(".");
            c
        };
        let t = Instant::now();
        run(&mut build(), 0);
        eprintln!(
            "rebuild: first full build of {n} registers, all formats: {:.2} s",
            t.elapsed().as_secs_f64()
        );
        // The register of median size, and the largest (about 10x the median).
        let mut by_size: Vec<(usize, usize)> = (0..n)
            .map(|i| (generate::register_text(SEED, i).len(), i))
            .collect();
        by_size.sort();
        let picks = [
            ("rebuild, 1 of 1000 changed (median size)", by_size[n / 2]),
            ("rebuild, 1 of 1000 changed (largest)", by_size[n - 1]),
        ];
        let mut edit = 0u32;
        for (label, (bytes, i)) in picks {
            let path = dir.join(generate::register_path(SEED, i));
            let original = std::fs::read(&path).unwrap();
            let mut walls = Vec::new();
            let mut rss = Vec::new();
            for _ in 0..reps_for(n, opts.quick) {
                edit += 1;
                std::fs::write(&path, generate::register_text_edited(SEED, i, edit)).unwrap();
                let r = run(&mut build(), 0);
                assert!(
                    r.stdout.contains("built 1 notice") && r.stdout.contains("999 unchanged"),
                    "the rebuild did not reuse the other registers: {}",
                    r.stdout
                );
                walls.push(r.wall);
                rss.push(r.rss_mb);
            }
            std::fs::write(&path, original).unwrap();
            run(&mut build(), 0);
            let s = Stats::of(walls, rss);
            report.add(label, "seloste", n, "build", 1, s);
            report.notes.push(format!(
                "{label}: register {i} ({bytes} bytes of YAML), all formats (HTML, Markdown, PDF, fi + en) and the index pages."
            ));
        }
    }

    if opts.baselines {
        baselines(&opts, &sizes, &work, &mut report);
    }

    let md = render(&report, &opts);
    println!("{md}");
    let dir = target().join("bench-results");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("scale.md"), &md).unwrap();
    std::fs::write(dir.join("scale.json"), json(&report)).unwrap();
    eprintln!("written {}", dir.join("scale.md").display());
}

/// A register of about `bytes` bytes of YAML, nearly all of it the security text in
/// paragraphs of a few sentences (the file limit is 4 MiB).
fn big_register(bytes: usize) -> String {
    let words = [
        "henkilötietoja",
        "käsitellään",
        "asiakassuhteen",
        "hoitamiseksi",
        "ja",
        "tietoja",
        "säilytetään",
        "suojatussa",
        "ympäristössä",
        "johon",
        "pääsy",
        "on",
        "rajattu",
        "tietosuojaselosteen",
        "mukaisesti",
        "vain",
        "niillä",
        "työntekijöillä",
        "joiden",
    ];
    let mut text = String::new();
    let mut k = 0usize;
    while text.len() < bytes {
        text.push_str("  ");
        for sentence in 0..6 {
            for w in 0..14 {
                let word = words[(k * 7 + w * 3 + sentence) % words.len()];
                text.push_str(word);
                text.push(if w == 13 { '.' } else { ' ' });
                k += 1;
            }
            text.push(' ');
        }
        text.push_str("\n\n");
    }
    format!(
        "meta:
  id: big
  schema_version: 1
  languages: [fi]
  name: Asiakasrekisteri
  created: 2024-03-16
  updated: 2026-03-02
purposes:
  - id: crm
    name: Asiakkuuden hoito
    basis: contract
    categories: [contact]
categories:
  - id: contact
    name: Yhteystiedot
    retention: {{period: P2Y, from: asiakkuuden päättymisestä}}
    sources: [form]
sources:
  - id: form
    name: Tilauslomake
    kind: data-subject
security: |-
{text}
controller:
  name: Esimerkki Oy
  kind: company
  business_id: 2077474-0
  postal_address: PL 100, 70101 Kuopio
  email: tietosuoja@esimerkki.fi
automated_decisions:
  exists: false
provision:
  requirement: contract-prerequisite
  obligatory: true
  consequences: Ilman yhteystietoja emme pysty toimittamaan tilausta.
rights_requests:
  email: tietosuoja@esimerkki.fi
"
    )
}

/// The PDF rows (`--pdf`): one notice as a whole process, batches of N, a register of
/// 4 MiB; with `--baselines` WeasyPrint's on the same notice and batch.
fn pdf_rows(opts: &Opts, work: &Path, report: &mut Report) {
    let one = root().join("notices/kemin-kaupunki/asiakkuudenhallinta.yaml");
    let one_out = work.join("pdf-one");
    let s = measure(
        if opts.quick { 3 } else { 21 },
        || fresh(&one_out),
        || {
            let mut c = seloste();
            c.args([
                "build",
                "--format",
                "pdf",
                "--lang",
                "fi",
                "--no-cache",
                "--out",
            ])
            .arg(&one_out)
            .arg(&one);
            c
        },
        0,
    );
    report.add(
        "PDF, one notice (kemi fi), whole process",
        "seloste",
        1,
        "notice",
        1,
        s,
    );
    let samples_out = work.join("pdf-samples");
    let s = measure(
        if opts.quick { 1 } else { 7 },
        || fresh(&samples_out),
        || build_all("pdf", &samples_out, &root().join("notices")),
        0,
    );
    report.add(
        "build PDF, the 6 samples (18 notices)",
        "seloste",
        6,
        "notice",
        18,
        s,
    );
    for n in [10, 100, 1000] {
        let dir = data(n);
        let out = work.join(format!("build-pdf-{n}"));
        let reps = match (n, opts.quick) {
            (1000, _) | (_, true) => 1,
            _ => 5,
        };
        let s = measure(reps, || fresh(&out), || build_all("pdf", &out, &dir), 0);
        report.add("build PDF", "seloste", n, "notice", 2 * n, s);
    }
    // A register of 4 MiB, built in a folder of its own (seloste reads inside it).
    let big_dir = work.join("pdf-big");
    fresh(&big_dir);
    std::fs::create_dir_all(&big_dir).unwrap();
    let yaml = big_register(4_000_000);
    let bytes = yaml.len();
    std::fs::write(big_dir.join("big.yaml"), yaml).unwrap();
    let big_out = big_dir.join("out");
    let s = measure(
        if opts.quick { 1 } else { 3 },
        || fresh(&big_out),
        || {
            let mut c = seloste();
            c.current_dir(&big_dir).args([
                "build",
                "--format",
                "pdf",
                "--no-cache",
                "--out",
                "out",
                "big.yaml",
            ]);
            c
        },
        0,
    );
    report.add("PDF, one register of 4 MiB", "seloste", 1, "notice", 1, s);
    report.notes.push(format!(
        "PDF of 4 MiB: one register of {bytes} bytes of YAML, a security text in paragraphs."
    ));
    if opts.baselines {
        let page_dir = work.join("pdf-one-html");
        fresh(&page_dir);
        run(
            seloste()
                .args([
                    "build",
                    "--no-cache",
                    "--format",
                    "html",
                    "--lang",
                    "fi",
                    "--out",
                ])
                .arg(&page_dir)
                .arg(&one),
            0,
        );
        let page = page_dir.join("asiakkuudenhallinta/fi.html");
        let pdf = work.join("weasy-kemi.pdf");
        let s = measure(
            if opts.quick { 1 } else { 7 },
            || {},
            || {
                // The baselines' virtualenv (setup.sh), else one on the PATH.
                let venv_wp = venv().join("bin/weasyprint");
                let mut c = Command::new(if venv_wp.exists() {
                    venv_wp
                } else {
                    PathBuf::from("weasyprint")
                });
                c.arg("--quiet").arg(&page).arg(&pdf);
                c
            },
            0,
        );
        report.add(
            "PDF, one notice (kemi fi), whole process",
            "WeasyPrint",
            1,
            "notice",
            1,
            s,
        );
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

fn files_with(dir: &Path, name: &str) -> Vec<PathBuf> {
    let mut v = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            v.extend(files_with(&p, name));
        } else if p.file_name().is_some_and(|f| f == name) {
            v.push(p);
        }
    }
    v.sort();
    v
}

fn baselines(opts: &Opts, sizes: &[usize], work: &Path, report: &mut Report) {
    let script = root().join("benches/baseline");
    for &n in sizes {
        let dir = data(n);
        let reps = if n >= 10_000 {
            1
        } else {
            reps_for(n, opts.quick).min(5)
        };
        eprintln!("baselines, N = {n}");
        let s = measure(
            reps,
            || {},
            || {
                let mut c = python();
                c.arg(script.join("check_html.py")).arg("check").arg(&dir);
                c
            },
            0,
        );
        report.add("check", "Python (PyYAML + jsonschema)", n, "register", n, s);
        let out = work.join(format!("py-html-{n}"));
        let s = measure(
            reps,
            || fresh(&out),
            || {
                let mut c = python();
                c.arg(script.join("check_html.py"))
                    .args(["html", "--out"])
                    .arg(&out)
                    .arg(&dir);
                c
            },
            0,
        );
        report.add("check + HTML", "Python (+ Jinja2)", n, "notice", 2 * n, s);
        let out = work.join(format!("build-html-{n}"));
        let s = measure(
            reps_for(n, opts.quick),
            || fresh(&out),
            || build_all("html", &out, &dir),
            0,
        );
        report.add("check + HTML", "seloste", n, "notice", 2 * n, s);
    }

    // Markdown -> HTML with pandoc, one process per file, on seloste's Markdown of N = 100.
    let n = 100;
    let md_out = work.join("md-100");
    fresh(&md_out);
    run(&mut build_all("md", &md_out, &data(n)), 0);
    let mut mds = files_with(&md_out, "fi.md");
    mds.extend(files_with(&md_out, "en.md"));
    let pd_out = work.join("pandoc-100");
    let s = measure(
        if opts.quick { 1 } else { 3 },
        || fresh(&pd_out),
        || {
            let mut c = Command::new("bash");
            c.arg(script.join("pandoc_batch.sh"))
                .env("BENCH_VENV", venv())
                .arg(&pd_out)
                .args(&mds);
            c
        },
        0,
    );
    report.add(
        "Markdown -> HTML",
        "pandoc (a process per file)",
        n,
        "notice",
        mds.len(),
        s,
    );

    // WeasyPrint: whole process for one notice, on seloste's HTML page of it.
    let page_dir = work.join("one-html");
    fresh(&page_dir);
    run(
        seloste()
            .args([
                "build",
                "--no-cache",
                "--format",
                "html",
                "--lang",
                "fi",
                "--out",
            ])
            .arg(&page_dir)
            .arg(root().join("notices/rekrytointi.yaml")),
        0,
    );
    let page = page_dir.join("rekrytointi/fi.html");
    let pdf = work.join("weasy-one.pdf");
    let s = measure(
        if opts.quick { 1 } else { 7 },
        || {},
        || {
            let mut c = Command::new(venv().join("bin/weasyprint"));
            c.arg("--quiet").arg(&page).arg(&pdf);
            c
        },
        0,
    );
    report.add(
        "PDF, one notice, whole process",
        "WeasyPrint",
        1,
        "notice",
        1,
        s,
    );

    // WeasyPrint in one process over a batch: seloste's pages for N = 10 (20 notices).
    let html_out = work.join("build-html-10");
    fresh(&html_out);
    run(&mut build_all("html", &html_out, &data(10)), 0);
    let mut pages = files_with(&html_out, "fi.html");
    pages.extend(files_with(&html_out, "en.html"));
    let wp_out = work.join("weasy-batch");
    fresh(&wp_out);
    let r = run(
        python()
            .arg(script.join("weasy_batch.py"))
            .arg(&wp_out)
            .args(&pages),
        0,
    );
    let line = r.stdout.lines().last().unwrap_or("").to_string();
    let v: serde_json::Value = serde_json::from_str(&line)
        .unwrap_or_else(|e| panic!("weasy_batch.py printed {line:?}: {e}"));
    let per = v["per_notice_ms_median"].as_f64().unwrap_or(f64::NAN) / 1000.0;
    report.add(
        "PDF, in-process per notice",
        "WeasyPrint (one process)",
        10,
        "notice",
        1,
        Stats {
            median: per,
            min: per,
            max: per,
            rss_mb: r.rss_mb,
            runs: pages.len(),
        },
    );
    report.notes.push(format!(
        "WeasyPrint batch: {} pages of N = 10 rendered in one process after a warm-up; median per notice {:.1} ms (imports and start-up excluded).",
        pages.len(),
        per * 1000.0
    ));
}

fn render(report: &Report, opts: &Opts) -> String {
    let mut s = String::new();
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_default();
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let _ = writeln!(
        s,
        "Machine: {cpu}, {cores} cores. seloste {} (release). {}",
        env!("CARGO_PKG_VERSION"),
        if opts.quick { "Quick run." } else { "" }
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "| benchmark | tool | N | median | min | max | runs | peak RSS | per unit |"
    );
    let _ = writeln!(s, "|---|---|---:|---:|---:|---:|---:|---:|---:|");
    for r in &report.rows {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {:.3} s | {:.3} s | {:.3} s | {} | {:.0} MB | {:.2} ms/{} |",
            r.bench,
            r.tool,
            r.n,
            r.s.median,
            r.s.min,
            r.s.max,
            r.s.runs,
            r.s.rss_mb,
            r.s.median * 1000.0 / r.units.max(1) as f64,
            r.unit
        );
    }
    let _ = writeln!(s);
    let ratio = |a: Option<&Row>, b: Option<&Row>, per_unit: bool| -> Option<f64> {
        let (a, b) = (a?, b?);
        let f = |r: &Row| {
            if per_unit {
                r.s.median / r.units.max(1) as f64
            } else {
                r.s.median
            }
        };
        Some(f(a) / f(b))
    };
    let mut lines = Vec::new();
    for &n in &[10usize, 100, 1000, 10_000] {
        if let Some(x) = ratio(
            report.get("check", "Python (PyYAML + jsonschema)", n),
            report.get("check", "seloste", n),
            false,
        ) {
            lines.push(format!(
                "check, N = {n}: seloste is {x:.1}x faster than Python"
            ));
        }
        if let Some(x) = ratio(
            report.get("check + HTML", "Python (+ Jinja2)", n),
            report.get("check + HTML", "seloste", n),
            false,
        ) {
            lines.push(format!(
                "check + HTML, N = {n}: seloste is {x:.1}x faster than Python"
            ));
        }
    }
    if let Some(x) = ratio(
        report.get("Markdown -> HTML", "pandoc (a process per file)", 100),
        report.get("build HTML", "seloste", 100),
        true,
    ) {
        lines.push(format!(
            "HTML per notice, N = 100: seloste (YAML -> checked HTML) is {x:.1}x faster than pandoc (Markdown -> HTML, a process per file)"
        ));
    }
    if let Some(x) = ratio(
        report.get("PDF, one notice, whole process", "WeasyPrint", 1),
        report.get("PDF, one notice, whole process", "seloste", 1),
        false,
    ) {
        lines.push(format!(
            "PDF, one notice, whole process: seloste is {x:.1}x faster than WeasyPrint"
        ));
    }
    for n in [100usize, 1000] {
        if let Some(x) = ratio(
            report.get("PDF, in-process per notice", "WeasyPrint (one process)", 10),
            report.get("build PDF", "seloste", n),
            true,
        ) {
            lines.push(format!(
                "PDF per notice in a batch (seloste N = {n}, whole build divided by notices): seloste is {x:.1}x faster than WeasyPrint"
            ));
        }
    }
    if !lines.is_empty() {
        let _ = writeln!(s, "Ratios (medians):");
        let _ = writeln!(s);
        for l in lines {
            let _ = writeln!(s, "- {l}");
        }
        let _ = writeln!(s);
    }
    for n in &report.notes {
        let _ = writeln!(s, "- {n}");
    }
    s
}

fn json(report: &Report) -> String {
    let rows: Vec<serde_json::Value> = report
        .rows
        .iter()
        .map(|r| {
            serde_json::json!({
                "bench": r.bench, "tool": r.tool, "n": r.n, "unit": r.unit, "units": r.units,
                "median_s": r.s.median, "min_s": r.s.min, "max_s": r.s.max, "runs": r.s.runs,
                "peak_rss_mb": r.s.rss_mb,
            })
        })
        .collect();
    serde_json::to_string_pretty(&rows).unwrap()
}
