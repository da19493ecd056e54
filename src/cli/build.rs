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
    /// The folder to write the notices into.
    #[arg(long)]
    pub out: PathBuf,
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
    /// The standard the PDFs are written to (every PDF is tagged).
    #[arg(long, value_enum, default_value_t)]
    pub pdf_standard: crate::render::pdf::PdfStandard,
}

pub fn run(args: BuildArgs) -> ExitCode {
    let start = Instant::now();
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths
    };
    let opts = BuildOptions {
        out: args.out,
        formats: args.format,
        langs: args.lang,
        templates: args.templates,
        fragment: args.fragment,
        today: Date::today(),
        reuse: !args.no_cache,
        pdf_standard: args.pdf_standard,
    };
    // The officer's language comes from the environment: `--lang` here names the notices'.
    let m = crate::messages::Messages::get(crate::messages::choose(None));
    let tty = std::io::stderr().is_terminal();
    let mut progress = |k: usize, total: usize, id: &str| {
        if tty && total > 1 {
            eprint!("\r\x1b[2K[{k}/{total}] {}", visible(id));
        }
    };
    let built = match build(&paths, &opts, &mut progress) {
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
            std::io::stdout().is_terminal(),
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
