//! `seloste build [PATH]... --out DIR`

use crate::build::{BuildOptions, build};
use crate::model::Date;
use crate::render::Format;
use crate::report::{human, visible, visible_path};
use clap::Args;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(Args, Debug)]
pub struct BuildArgs {
    /// Register files, or folders to search for *.yaml / *.yml (default: the current folder).
    pub paths: Vec<PathBuf>,
    /// The folder to write the notices into (default: seloste.toml's build.out).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Formats to write (default: all).
    #[arg(long, value_enum, value_delimiter = ',')]
    pub format: Vec<Format>,
    /// Languages to write (default: every language each register declares).
    #[arg(long, value_delimiter = ',')]
    pub lang: Vec<String>,
    /// A folder whose files replace the built-in templates and catalogs of the same name.
    #[arg(long)]
    pub templates: Option<PathBuf>,
    /// Write HTML as an embeddable <section> instead of a standalone page.
    #[arg(long)]
    pub fragment: bool,
    /// Render every register again, even those unchanged since the last build into --out.
    #[arg(long)]
    pub no_cache: bool,
    /// The address the output folder is published at (https://…): links between notices, their languages, PDFs and index pages become absolute under it, so they work from a fragment embedded in another page
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// The standard the PDFs are written to (every PDF is tagged).
    #[arg(long, value_enum, default_value_t)]
    pub pdf_standard: crate::render::pdf::PdfStandard,
    #[command(flatten)]
    pub config: super::config::ConfigFlags,
}

pub fn run(args: BuildArgs) -> ExitCode {
    let start = Instant::now();
    let active = crate::config::active().cloned().unwrap_or_default();
    crate::config::set_policy(crate::config::Policy::new(&active.config.rules, &[], &[]));
    let paths = if args.paths.is_empty() {
        active.default_paths()
    } else {
        args.paths
    };
    let Some(out) = args.out.or_else(|| active.build_out()) else {
        let m = crate::messages::Messages::get(crate::messages::choose(None));
        crate::messages::error(
            m,
            crate::msg!("build-no-out"),
            Some(crate::msg!("build-no-out-help")),
        );
        return ExitCode::from(2);
    };
    let formats = if args.format.is_empty() {
        active
            .config
            .build
            .formats
            .iter()
            .map(|&f| f.into())
            .collect()
    } else {
        args.format
    };
    let langs = if args.lang.is_empty() {
        active.config.build.languages.clone()
    } else {
        args.lang
    };
    let opts = BuildOptions {
        out,
        formats,
        langs,
        templates: args.templates,
        fragment: args.fragment,
        today: Date::today(),
        reuse: !args.no_cache,
        base_url: args.base_url,
        pdf_standard: args.pdf_standard,
    };
    // The officer's language comes from the environment: `--lang` here names the notices'.
    // Its messages are read on a core of their own meanwhile: nothing is said before the
    // build ends (the progress line has no words).
    let officer = crate::messages::choose(None);
    std::thread::spawn(move || crate::messages::Messages::get(officer));
    // The progress line rewrites itself with terminal codes: not on a dumb terminal.
    let tty =
        std::io::stderr().is_terminal() && std::env::var_os("TERM").is_none_or(|t| t != "dumb");
    let mut progress = |k: usize, total: usize, id: &str| {
        if tty && total > 1 {
            eprint!("\r\x1b[2K[{k}/{total}] {}", visible(id));
        }
    };
    let built = build(&paths, &opts, &mut progress);
    let m = crate::messages::Messages::get(officer);
    let built = match built {
        Ok(b) => b,
        Err(e) => {
            let f = e.failure();
            crate::messages::error(m, f.error, f.help);
            return ExitCode::from(2);
        }
    };
    if tty {
        eprint!("\r\x1b[2K");
    }
    let ws = &built.checked.workspace;
    let summary = built.checked.summary();
    if !built.checked.diagnostics.is_empty() {
        let text = human::render(
            &built.checked.diagnostics,
            &ws.files,
            &summary,
            super::check::use_color(
                super::check::ColorChoice::Auto,
                std::io::stdout().is_terminal(),
            ),
            m,
        );
        let _ = std::io::stdout().write_all(text.as_bytes());
    }
    for s in &built.skipped {
        eprintln!(
            "{}",
            visible(&m.text(&crate::msg!("build-not-built", id = s)))
        );
    }
    for w in &built.withdrawn {
        eprintln!(
            "{}",
            visible(&m.text(&crate::msg!("build-withdrawn", id = w)))
        );
    }
    for f in &built.failures {
        crate::messages::error(m, f.error.clone(), f.help.clone());
    }
    let done = crate::msg!(
        "build-done",
        notices = built.notices,
        files = built.files,
        out = visible_path(&opts.out),
        reused = built.reused,
        seconds =
            format!("{:.2}", start.elapsed().as_secs_f64()).replace('.', &m.t("decimal-separator"))
    );
    println!("{}", m.text(&done));
    let code = if ws.io_failed || !built.failures.is_empty() {
        ExitCode::from(2)
    } else if !built.skipped.is_empty() || built.checked.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    // The process ends here: freeing every tree one by one would only cost time.
    std::mem::forget(built);
    code
}
