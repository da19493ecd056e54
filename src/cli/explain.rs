//! `seloste explain <id>` and `seloste rules`.

use crate::rules::all_infos;
use clap::Args;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct ExplainArgs {
    /// The rule id, e.g. `purpose-basis`.
    pub rule: String,
}

pub fn run(args: ExplainArgs) -> ExitCode {
    let infos = all_infos();
    match infos.iter().find(|i| i.id == args.rule) {
        Some(info) => {
            print!("{}", explanation(info));
            ExitCode::SUCCESS
        }
        None => {
            let best = infos
                .iter()
                .map(|i| (strsim::damerau_levenshtein(&args.rule, i.id), i.id))
                .min_by_key(|(d, _)| *d)
                .filter(|(d, _)| *d <= 3);
            eprintln!("error: there is no rule `{}`", args.rule);
            match best {
                Some((_, id)) => {
                    eprintln!("help: did you mean `{id}`? `seloste rules` lists them all")
                }
                None => eprintln!("help: `seloste rules` lists every rule id"),
            }
            ExitCode::from(2)
        }
    }
}

/// The text `explain` prints: a heading with id, severity and article, then the doc.
pub fn explanation(info: &crate::diagnostic::RuleInfo) -> String {
    let doc = info.doc_text();
    format!(
        "# {} ({}, {})\n\n{}\n",
        info.id,
        match info.severity {
            crate::diagnostic::Severity::Error => "error",
            crate::diagnostic::Severity::Warning => "warning",
        },
        info.article,
        doc.trim()
    )
}

pub fn list() -> ExitCode {
    let infos = all_infos();
    let width = infos.iter().map(|i| i.id.len()).max().unwrap_or(10);
    let art = infos
        .iter()
        .map(|i| i.article.chars().count())
        .max()
        .unwrap_or(10);
    for info in infos {
        let sev = match info.severity {
            crate::diagnostic::Severity::Error => "error",
            crate::diagnostic::Severity::Warning => "warning",
        };
        println!(
            "{:width$}  {:7}  {:art$}  {}",
            info.id,
            sev,
            info.article,
            info.summary()
        );
    }
    ExitCode::SUCCESS
}
