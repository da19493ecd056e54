//! `seloste check [PATH]...`

use crate::check::check_paths_in_with;
use crate::load::Root;
use crate::messages::{Messages, choose};
use crate::model::Date;
use crate::report::{github, gitlab, human, json, junit, sarif};
use clap::{Args, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    /// Text with source snippets, for people.
    Human,
    /// JSON, for machines: one object with a summary and the findings (fields are only ever added).
    Json,
    /// GitHub Actions workflow commands: annotations on the pull request's diff (and,
    /// in GitHub Actions, every finding in the job summary).
    Github,
    /// GitLab Code Quality JSON (artifacts:reports:codequality).
    Gitlab,
    /// JUnit XML, for CI test reports (GitLab's artifacts:reports:junit, Jenkins).
    Junit,
    /// SARIF 2.1.0, for code scanning (GitHub's upload-sarif, GitLab, IDEs).
    Sarif,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Register files, or folders to search for *.yaml / *.yml (default: the current folder).
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
    /// Exit with 1 on warnings too.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Where the rules are documented, for SARIF's helpUri: a URL in which {rule} is
    /// replaced by the rule id (else the id is appended).
    #[arg(long, value_name = "URL")]
    pub docs_url: Option<String>,
    /// The language of the messages: fi, sv or en (default: from LC_ALL, LC_MESSAGES or
    /// LANG, else English).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Run only these rules (ids separated by commas, or ALL), instead of seloste.toml's
    /// rules.select.
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub select: Vec<String>,
    /// Do not run these rules (ids separated by commas), besides seloste.toml's
    /// rules.ignore.
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub ignore: Vec<String>,
    /// When to colour the report (auto: on a terminal, unless NO_COLOR is set or TERM is
    /// dumb; CLICOLOR_FORCE forces colour).
    #[arg(long, value_enum, default_value = "auto", value_name = "WHEN")]
    pub color: ColorChoice,
    /// Print the findings only: no summary line and no list of what remains.
    #[arg(long, short)]
    pub quiet: bool,
    /// Write the report into this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub output_file: Option<PathBuf>,
    /// Exit with 0 even when errors are found (2 still means a file could not be read).
    #[arg(long)]
    pub exit_zero: bool,
    /// Print how many findings each rule has, instead of the findings.
    #[arg(long)]
    pub statistics: bool,
    /// Also check what the record of processing activities (Art 30) needs: security
    /// measures described, a DPIA status for special-category or large-scale processing.
    #[arg(long)]
    pub ropa: bool,
    #[command(flatten)]
    pub config: super::config::ConfigFlags,
}

/// When to colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set or TERM is dumb (CLICOLOR_FORCE forces colour).
    Auto,
    /// Always, even into a file or a pipe.
    Always,
    /// Never.
    Never,
}

/// Whether to colour output going to a terminal when `terminal`: the flag, else NO_COLOR
/// (set and not empty: no colour), CLICOLOR_FORCE (set, not empty and not `0`: colour), a
/// dumb terminal (no colour), else whether the output is a terminal.
pub fn use_color(choice: ColorChoice, terminal: bool) -> bool {
    let env = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if env("NO_COLOR").is_some() {
                false
            } else if env("CLICOLOR_FORCE").is_some_and(|v| v != "0") {
                true
            } else if env("TERM").is_some_and(|t| t == "dumb") {
                false
            } else {
                terminal
            }
        }
    }
}

pub fn run(args: CheckArgs) -> ExitCode {
    // The officer's messages are read on a core of their own while the files are checked;
    // an early error waits for them.
    let officer = choose(args.lang.as_deref());
    std::thread::spawn(move || Messages::get(officer));
    let active = crate::config::active().cloned().unwrap_or_default();
    for (flag, ids) in [("--select", &args.select), ("--ignore", &args.ignore)] {
        for id in ids {
            if let Err(p) = crate::config::check_rule_id(id, flag) {
                crate::messages::error(Messages::get(officer), p.error, p.help);
                return ExitCode::from(2);
            }
        }
    }
    crate::config::set_policy(crate::config::Policy::new(
        &active.config.rules,
        &args.select,
        &args.ignore,
    ));
    let named = !args.paths.is_empty();
    let paths = if named {
        args.paths
    } else {
        active.default_paths()
    };
    // The one folder input is read from: found once, here.
    let root = match Root::discover() {
        Ok(root) => root,
        Err(e) => {
            let help = crate::msg!("check-no-project-help");
            crate::messages::error(
                Messages::get(officer),
                crate::msg!("check-no-project", error = e.to_string()),
                Some(help),
            );
            return ExitCode::from(2);
        }
    };
    let checked = check_paths_in_with(&root, &paths, Date::today(), args.ropa);
    let m = Messages::get(officer);
    let summary = checked.summary();
    // A folder given that holds no register or organisation file: said, not silent.
    let mut nothing = false;
    for p in paths.iter().filter(|p| p.is_dir()) {
        let found = checked.workspace.docs.iter().any(|d| {
            let f = &checked.workspace.files.get(d.file).path;
            f.starts_with(p) || (p == std::path::Path::new(".") && f.is_relative())
        });
        if !found {
            nothing = true;
            if !args.quiet {
                let w = crate::msg!(
                    "check-matched-nothing",
                    path = crate::report::visible_path(p)
                );
                eprintln!("{}", crate::report::visible(&m.text(&w)));
            }
        }
    }
    let to_file = args.output_file.is_some();
    let terminal = !to_file && std::io::stdout().is_terminal();
    let color = use_color(args.color, terminal);
    let out = if args.statistics {
        statistics(&checked.diagnostics, m)
    } else {
        match args.format {
            Format::Human => {
                let mut text = human::render(
                    &checked.diagnostics,
                    &checked.workspace.files,
                    &summary,
                    color,
                    m,
                );
                if args.quiet {
                    let line = human::summary_line(&summary, m);
                    if let Some(t) = text.strip_suffix(&line) {
                        text.truncate(t.len());
                    }
                } else {
                    text.push_str(&human::remaining(
                        &checked.diagnostics,
                        &checked.workspace.files,
                        m,
                    ));
                }
                text.push_str(&human::not_checked(&summary, m));
                text
            }
            Format::Json => json::render_with_versions(
                &checked.diagnostics,
                &checked.workspace.files,
                &summary,
                &json::versions(&checked.workspace, Date::today()),
                m,
            ),
            Format::Github => {
                let files = &checked.workspace.files;
                let in_step_summary =
                    match github::write_step_summary(&checked.diagnostics, files, &summary, m) {
                        Ok(written) => written,
                        Err((file, e)) => {
                            crate::messages::error(
                                m,
                                crate::msg!(
                                    "ci-summary-failed",
                                    file = file,
                                    error = e.to_string()
                                ),
                                None,
                            );
                            false
                        }
                    };
                github::render(&checked.diagnostics, files, &summary, m, in_step_summary)
            }
            Format::Gitlab => gitlab::render(&checked.diagnostics, &checked.workspace.files, m),
            Format::Junit => junit::render(&checked.diagnostics, &checked.workspace.files, m),
            Format::Sarif => sarif::render(
                &checked.diagnostics,
                &checked.workspace.files,
                m,
                args.docs_url.as_deref(),
            ),
        }
    };
    if let Some(file) = &args.output_file {
        if let Err(e) = std::fs::write(file, out.as_bytes()) {
            let error = crate::msg!(
                "check-cannot-write",
                path = crate::report::visible_path(file),
                error = e.to_string()
            );
            crate::messages::error(m, error, None);
            return ExitCode::from(2);
        }
    } else {
        let mut stdout = std::io::stdout().lock();
        let _ = stdout.write_all(out.as_bytes());
        let _ = stdout.flush();
    }
    let warned = checked.has_warnings() || nothing;
    let code = if checked.workspace.io_failed {
        ExitCode::from(2)
    } else if args.exit_zero {
        ExitCode::SUCCESS
    } else if checked.has_errors() || (args.deny_warnings && warned) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    // The process ends here: freeing every tree one by one would only cost time.
    std::mem::forget(checked);
    code
}

/// One line per rule with findings that are not suppressed: the count, the rule id and
/// the severity, most findings first.
fn statistics(diagnostics: &[crate::diagnostic::Diagnostic], m: &Messages) -> String {
    let mut counts: Vec<(usize, &str, crate::diagnostic::Severity)> = Vec::new();
    for d in diagnostics.iter().filter(|d| d.suppressed.is_none()) {
        match counts
            .iter_mut()
            .find(|(_, r, s)| *r == d.rule && *s == d.severity)
        {
            Some(c) => c.0 += 1,
            None => counts.push((1, d.rule, d.severity)),
        }
    }
    counts.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let width = counts.iter().map(|c| c.1.len()).max().unwrap_or(0);
    let digits = counts.first().map_or(1, |c| c.0.to_string().len());
    let mut out = String::new();
    for (n, rule, severity) in counts {
        out.push_str(&format!(
            "{n:>digits$}  {rule:width$}  {}\n",
            crate::messages::severity(m, severity)
        ));
    }
    out
}
