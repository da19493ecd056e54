//! `seloste explain <id>` and `seloste rules`.

use crate::messages::{Messages, article, choose, explanation, severity};
use crate::rules::all_infos;
use clap::Args;
use std::io::Write;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct ExplainArgs {
    /// The rule id, e.g. `purpose-basis`.
    pub rule: String,
    /// The language: fi, sv or en (default: from LC_ALL, LC_MESSAGES or LANG, else English).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
}

#[derive(Args, Debug)]
pub struct RulesArgs {
    /// The language: fi, sv or en (default: from LC_ALL, LC_MESSAGES or LANG, else English).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
}

pub fn run(args: ExplainArgs) -> ExitCode {
    let infos = all_infos();
    let m = Messages::get(choose(args.lang.as_deref()));
    match infos.iter().find(|i| i.id == args.rule) {
        Some(info) => {
            let text = explanation(info, m) + &reads(info, m);
            let _ = std::io::stdout().write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        None => {
            let best = infos
                .iter()
                .map(|i| (strsim::damerau_levenshtein(&args.rule, i.id), i.id))
                .min_by_key(|(d, _)| *d)
                .filter(|(d, _)| *d <= 3);
            let help = match best {
                Some((_, id)) => crate::msg!("explain-did-you-mean", id = id),
                None => crate::msg!("explain-list-rules"),
            };
            let error = crate::msg!("explain-no-rule", rule = args.rule.as_str());
            crate::messages::error(m, error, Some(help));
            ExitCode::from(2)
        }
    }
}

/// The keys the rule reads ([`crate::diagnostic::RuleInfo::reads`]), after its
/// explanation: a line each for the keys and for every text; empty for a load check.
pub fn reads(info: &crate::diagnostic::RuleInfo, m: &Messages) -> String {
    let mut out = String::new();
    if !info.reads.is_empty() {
        let keys: Vec<String> = info.reads.iter().map(|k| format!("`{k}`")).collect();
        let line = crate::msg!("explain-reads", keys = keys.join(", "));
        out.push_str(&format!("\n{}\n", m.text(&line)));
    }
    if info.reads_texts {
        out.push_str(&format!("\n{}\n", m.t("explain-reads-texts")));
    }
    out
}

pub fn list(args: RulesArgs) -> ExitCode {
    let m = Messages::get(choose(args.lang.as_deref()));
    let infos = all_infos();
    let mut out = std::io::stdout().lock();
    let width = infos.iter().map(|i| i.id.len()).max().unwrap_or(10);
    let articles: Vec<String> = infos.iter().map(|i| article(m, i.id, i.article)).collect();

    for (info, cited) in infos.iter().zip(&articles) {
        let sev = severity(m, info.severity);
        // A closed pipe (`seloste rules | head`) ends the listing, not the program.
        if writeln!(
            out,
            "{:width$}  {:8}  {} ({cited})",
            info.id,
            sev,
            info.summary_in(m.lang())
        )
        .is_err()
        {
            break;
        }
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explain_names_the_keys_a_rule_reads() {
        let info = |id: &str| {
            all_infos()
                .into_iter()
                .find(|i| i.id == id)
                .expect("a rule")
        };
        let en = Messages::get("en");
        assert_eq!(
            reads(info("legal-provision"), en),
            "\nKeys it reads: `purposes.basis`, `purposes.law`.\n"
        );
        assert_eq!(
            reads(info("vague-wording"), en),
            "\nIt reads every text of the notice.\n"
        );
        let fi = reads(info("translation"), Messages::get("fi"));
        assert!(
            fi.contains("`meta.languages`") && fi.lines().count() == 4,
            "{fi}"
        );
        assert_eq!(reads(info("yaml-syntax"), en), "");
    }
}
