//! `seloste completions <shell>` and `seloste man`: generated from the clap definitions.

use clap::{Args, CommandFactory};
use clap_complete::Shell;
use std::io::Write;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct CompletionsArgs {
    /// The shell to write the completion script for.
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn run(args: CompletionsArgs) -> ExitCode {
    let mut cmd = with_rule_ids(super::Cli::command());
    clap_complete::generate(args.shell, &mut cmd, "seloste", &mut std::io::stdout());
    ExitCode::SUCCESS
}

/// The command with `explain`'s rule and `check`'s `--select`/`--ignore` completing to the
/// rule ids (for the completion script only: parsing leaves an unknown id to `explain`'s
/// own "did you mean").
fn with_rule_ids(cmd: clap::Command) -> clap::Command {
    let ids: Vec<&'static str> = crate::rules::all_infos().iter().map(|i| i.id).collect();
    let values = || {
        clap::builder::PossibleValuesParser::new(
            ids.iter().map(|id| clap::builder::PossibleValue::new(*id)),
        )
    };
    let mut selectable = ids.clone();
    selectable.retain(|id| !crate::config::FIXED.contains(id));
    selectable.push(crate::config::ALL);
    let rules = || {
        clap::builder::PossibleValuesParser::new(
            selectable
                .iter()
                .map(|id| clap::builder::PossibleValue::new(*id)),
        )
    };
    cmd.mut_subcommand("explain", |s| {
        s.mut_arg("rule", |a| a.value_parser(values()))
    })
    .mut_subcommand("check", |s| {
        s.mut_arg("select", |a| a.value_parser(rules()))
            .mut_arg("ignore", |a| a.value_parser(rules()))
    })
}

/// The man page: the main page, then a section per subcommand.
pub fn man() -> ExitCode {
    let mut out = Vec::new();
    match render_man(&mut out) {
        Ok(()) => {
            let _ = std::io::stdout().write_all(&out);
            ExitCode::SUCCESS
        }
        Err(e) => {
            let m = crate::messages::Messages::get(crate::messages::choose(None));
            let error = crate::msg!("man-cannot-write", error = e.to_string());
            crate::messages::error(m, error, None);
            ExitCode::from(2)
        }
    }
}

fn render_man(out: &mut Vec<u8>) -> std::io::Result<()> {
    let cmd = super::Cli::command();
    let man = clap_mangen::Man::new(cmd.clone());
    let mut main = Vec::new();
    man.render(&mut main)?;
    // clap_mangen defines the apostrophe string before `.TH`; `.TH` goes first so the
    // page starts the way man(7) pages do (the definition still precedes any use).
    let main = String::from_utf8_lossy(&main).into_owned();
    let mut lines: Vec<&str> = main.lines().collect();
    if let Some(i) = lines.iter().position(|l| l.starts_with(".TH ")) {
        let th = lines.remove(i);
        lines.insert(0, th);
    }
    for l in lines {
        writeln!(out, "{l}")?;
    }
    // The exit codes, as `--help` gives them (the page is English, like the doc comments).
    let en = crate::messages::Messages::english();
    writeln!(out, ".SH \"{}\"", en.t("clap-exit-status").to_uppercase())?;
    for line in super::words::exit_codes(en).lines() {
        let line = line.trim_start();
        let (code, text) = line.split_once("  ").unwrap_or((line, ""));
        writeln!(
            out,
            ".TP\n{code}\n{}",
            text.replace('\\', "\\\\").replace('-', "\\-")
        )?;
    }
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let name = format!("seloste {}", sub.get_name());
        let sub = sub.clone().bin_name(name.clone());
        let page = clap_mangen::Man::new(sub);
        writeln!(out, ".SH \"{}\"", name.to_uppercase())?;
        page.render_description_section(out)?;
        page.render_synopsis_section(out)?;
        page.render_options_section(out)?;
    }
    Ok(())
}
