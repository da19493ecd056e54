//! `seloste check [PATH]...`

use crate::check::check_paths_in;
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
    /// JSON, for machines (shape documented in README.md).
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
}

pub fn run(args: CheckArgs) -> ExitCode {
    let m = Messages::get(choose(args.lang.as_deref()));
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths
    };
    // The one folder input is read from: found once, here.
    let root = match Root::discover() {
        Ok(root) => root,
        Err(e) => {
            let help = crate::msg!("check-no-project-help");
            crate::messages::error(
                m,
                crate::msg!("check-no-project", error = e.to_string()),
                Some(help),
            );
            return ExitCode::from(2);
        }
    };
    let checked = check_paths_in(&root, &paths, Date::today());
    let summary = checked.summary();
    let out = match args.format {
        Format::Human => {
            let mut text = human::render(
                &checked.diagnostics,
                &checked.workspace.files,
                &summary,
                std::io::stdout().is_terminal(),
                m,
            );
            text.push_str(&human::remaining(
                &checked.diagnostics,
                &checked.workspace.files,
                m,
            ));
            text.push_str(&human::not_checked(&summary, m));
            text
        }
        Format::Json => json::render(&checked.diagnostics, &checked.workspace.files, &summary, m),
        Format::Github => {
            let files = &checked.workspace.files;
            let in_step_summary =
                match github::write_step_summary(&checked.diagnostics, files, &summary, m) {
                    Ok(written) => written,
                    Err((file, e)) => {
                        crate::messages::error(
                            m,
                            crate::msg!("ci-summary-failed", file = file, error = e.to_string()),
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
    };
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(out.as_bytes());
    let _ = stdout.flush();
    let code = if checked.workspace.io_failed {
        ExitCode::from(2)
    } else if checked.has_errors() || (args.deny_warnings && checked.has_warnings()) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    // The process ends here: freeing every tree one by one would only cost time.
    std::mem::forget(checked);
    code
}
