//! The command line's own words in the officer's language: every `--help` text (the
//! commands' and options' descriptions, and clap's headings, `[default: …]`, `[possible
//! values: …]`, "Print help") and the parse errors, from `messages/clap.<lang>.ftl`.
//!
//! The clap definitions (the `Cli` structs) keep their doc comments as rustdoc and as the
//! source of the shell completions and the man page, which stay English; what `--help`
//! prints is set here from the catalog, by a fixed scheme of names: `cmd-<command>-about`,
//! `arg-<command>-<arg>`, `value-<command>-<arg>-<value>` (`<command>` is `seloste` for the
//! top level). A test keeps the English catalog equal to the doc comments.

use crate::diagnostic::{Arg as Word, Msg};
use crate::messages::{Messages, choose};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory};
use std::ffi::OsString;

/// The commands whose `--lang` names the officer's language (for the others it names the
/// notice's, or there is none).
const LANG_COMMANDS: [&str; 5] = ["check", "diff", "explain", "rules", "lsp"];

/// The language of the command line's words: `--lang X` / `--lang=X` of `check`, `explain`
/// and `rules`, else the locale (as [`choose`]).
pub fn language(args: &[OsString]) -> &'static str {
    let words: Vec<String> = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let Some(i) = words.iter().position(|w| !w.starts_with('-')) else {
        return choose(None);
    };
    if !LANG_COMMANDS.contains(&words[i].as_str()) {
        return choose(None);
    }
    let mut rest = words[i + 1..].iter();
    while let Some(w) = rest.next() {
        if w == "--" {
            break;
        }
        if w == "--lang" {
            if let Some(v) = rest.next() {
                return choose(Some(v));
            }
        } else if let Some(v) = w.strip_prefix("--lang=") {
            return choose(Some(v));
        }
    }
    choose(None)
}

/// The subcommand named on the command line, if it is one of seloste's.
fn subcommand(args: &[OsString]) -> Option<String> {
    let first = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy())
        .find(|w| !w.starts_with('-'))?;
    super::Cli::command()
        .get_subcommands()
        .any(|s| s.get_name() == first)
        .then(|| first.into_owned())
}

/// The whole command tree with its help in `m`'s language, built (ready to parse).
pub fn command(m: &Messages) -> Command {
    let mut cmd = localize(super::Cli::command(), m, "seloste", true);
    cmd.build();
    if m.lang() != "en" {
        // clap writes `[OPTIONS]` into the usage line in English whatever the placeholders'
        // names: the usage line, rendered once, with the word in the officer's language.
        let options = m.t("clap-options-placeholder");
        let subs: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        for sub in subs {
            cmd = cmd.mut_subcommand(&sub, |mut s| {
                let usage = s.render_usage().to_string();
                let usage = usage.split_once(": ").map_or(usage.as_str(), |(_, u)| u);
                let usage = usage.trim_end().replace("[OPTIONS]", &options);
                s.override_usage(usage)
            });
        }
    }
    let about = m.t("clap-help-about");
    cmd.mut_subcommand("help", |help| {
        let has_help = help.get_subcommands().any(|s| s.get_name() == "help");
        let help = help.about(about.clone());
        if has_help {
            help.mut_subcommand("help", |h| h.about(about.clone()))
        } else {
            help
        }
    })
}

/// One command's words, then its subcommands'.
fn localize(cmd: Command, m: &Messages, name: &str, top: bool) -> Command {
    let styles = cmd.get_styles().clone();
    let usage = styles.get_usage();
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}{}:{} {{usage}}\n\n{{all-args}}{{after-help}}",
        usage.render(),
        m.t("clap-usage"),
        usage.render_reset()
    );
    let english = Messages::english();
    // Long help (`--help` unlike `-h`) when some option's values are described one by one,
    // as clap decides it.
    let long = cmd.get_arguments().any(|a| {
        !a.is_hide_set()
            && a.get_possible_values()
                .iter()
                .any(|v| english.has(&value_key(name, a, v.get_name())))
    });
    let mut cmd = cmd
        .about(m.format(&format!("cmd-{name}-about"), &[]))
        .long_about(None)
        .help_template(template)
        .subcommand_help_heading(leak(m.t("clap-commands")))
        .subcommand_value_name(leak(m.t("clap-command-placeholder")))
        .disable_help_flag(true);
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().as_str().to_string())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(&id, |a| localize_arg(a, m, name, long, &styles));
    }
    let mut help = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .help_heading(leak(m.t("clap-options")));
    help = if long {
        help.help(m.t("clap-print-help-short"))
            .long_help(m.t("clap-print-help-long"))
    } else {
        help.help(m.t("clap-print-help"))
    };
    cmd = cmd.arg(help);
    if ["seloste", "check", "build"].contains(&name) {
        let header = styles.get_header();
        cmd = cmd.after_help(format!(
            "{header}{}:{header:#}\n{}",
            m.t("clap-exit-status"),
            exit_codes(m)
        ));
    }
    if top {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(m.t("clap-print-version"))
                .help_heading(leak(m.t("clap-options"))),
        );
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for sub in subs {
        cmd = cmd.mut_subcommand(&sub, |s| localize(s, m, &sub, false));
    }
    cmd
}

/// The exit codes, one per line: `  0  what it means`.
pub fn exit_codes(m: &Messages) -> String {
    (0..3)
        .map(|code| format!("  {code}  {}", m.format(&format!("clap-exit-{code}"), &[])))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A heading as clap takes it (clap is built without owned strings for headings); made
/// once per run, so what is kept is a few words.
fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn arg_key(cmd: &str, a: &Arg) -> String {
    format!("arg-{cmd}-{}", a.get_id().as_str().replace('_', "-"))
}

fn value_key(cmd: &str, a: &Arg, value: &str) -> String {
    format!("{}-{value}", arg_key(cmd, a).replacen("arg-", "value-", 1))
}

/// An argument's help, with the default and the possible values written by seloste (clap
/// writes them in English only), laid out as clap lays them out.
fn localize_arg(
    a: Arg,
    m: &Messages,
    cmd: &str,
    long: bool,
    styles: &clap::builder::Styles,
) -> Arg {
    let help = m.format(&arg_key(cmd, &a), &[]);
    let heading = if a.is_positional() {
        m.t("clap-arguments")
    } else {
        m.t("clap-options")
    };
    let (ctx, val, lit) = (
        styles.get_context(),
        styles.get_context_value(),
        styles.get_literal(),
    );
    // `[default: human]` with clap's styles: the brackets and words as context, the value
    // as a context value.
    let bracket = |id: &str, key: &'static str, value: String| {
        let inner = format!("{ctx:#}{val}{value}{val:#}{ctx}");
        let text = m.format(id, &[(key, Word::Str(inner))]);
        format!("{ctx}{text}{ctx:#}")
    };
    let default = (a.get_action().takes_values()
        && !a.is_hide_default_value_set()
        && !a.get_default_values().is_empty())
    .then(|| {
        let values: Vec<String> = a
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        bracket("clap-default", "value", values.join(" "))
    });
    let takes_values = a.get_action().takes_values();
    // The placeholder of the value (`<FORMAT>`, `[PATHS]...`) in the officer's language.
    let meta = arg_key(cmd, &a).replacen("arg-", "meta-", 1);
    let a = if takes_values && Messages::english().has(&meta) {
        a.value_name(leak(m.format(&meta, &[])))
    } else {
        a
    };
    let values: Vec<(String, Option<String>)> = a
        .get_possible_values()
        .iter()
        .filter(|_| takes_values)
        .filter(|v| !v.is_hide_set())
        .map(|v| {
            let key = value_key(cmd, &a, v.get_name());
            let help = Messages::english().has(&key).then(|| m.format(&key, &[]));
            (v.get_name().to_string(), help)
        })
        .collect();
    let described = values.iter().any(|(_, h)| h.is_some());
    let list = (!values.is_empty()).then(|| {
        let names: Vec<String> = values.iter().map(|(n, _)| n.clone()).collect();
        bracket(
            "clap-possible-values-list",
            "values",
            names.join(&format!("{val:#}, {val}")),
        )
    });

    let short: Vec<&str> = std::iter::once(help.as_str())
        .chain(default.as_deref())
        .chain(list.as_deref())
        .collect();
    let mut a = a
        .help(short.join(" "))
        .hide_default_value(takes_values)
        .hide_possible_values(takes_values)
        .help_heading(leak(heading));
    if long {
        let mut text = help.clone();
        if described {
            let width = values.iter().map(|(n, _)| n.chars().count()).max();
            text.push_str("\n\n");
            text.push_str(&m.t("clap-possible-values"));
            text.push(':');
            for (name, help) in &values {
                text.push_str(&format!("\n- {lit}{name}{lit:#}"));
                if let Some(h) = help {
                    let pad = width.unwrap_or(0) - name.chars().count();
                    text.push_str(&format!(": {:pad$}{h}", ""));
                }
            }
        }
        let rest: Vec<&str> = default
            .as_deref()
            .into_iter()
            .chain(list.as_deref().filter(|_| !described))
            .collect();
        if !rest.is_empty() {
            text.push_str("\n\n");
            text.push_str(&rest.join("\n"));
        }
        a = a.long_help(text);
    }
    a
}

/// Parses the command line in the officer's language: help and version as clap prints
/// them, a mistake as seloste's own `error: …` / `help: …` lines (exit code 2, as clap's).
pub fn parse() -> Result<super::Cli, std::process::ExitCode> {
    use clap::FromArgMatches;
    let args: Vec<OsString> = std::env::args_os().collect();
    // A command line clap takes as it is needs no words: the catalogs are not read for it
    // (they are most of a short run's start). Help, the version and every mistake go
    // through the command in the officer's language, which parses the same arguments.
    if let Ok(cli) = super::Cli::command()
        .try_get_matches_from(&args)
        .and_then(|mut matches| super::Cli::from_arg_matches_mut(&mut matches))
    {
        return Ok(cli);
    }
    let m = Messages::get(language(&args));
    let parsed = command(m)
        .try_get_matches_from(&args)
        .and_then(|mut matches| super::Cli::from_arg_matches_mut(&mut matches));
    parsed.map_err(|e| report(e, m, &args))
}

fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => v.first().cloned(),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn contexts(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::StyledStrs(v)) => v.iter().map(|s| s.to_string()).collect(),
        Some(ContextValue::StyledStr(s)) => vec![s.to_string()],
        _ => Vec::new(),
    }
}

fn quoted(items: Vec<String>) -> Word {
    Word::List(
        items
            .into_iter()
            .map(|s| Word::Str(format!("`{s}`")))
            .collect(),
    )
}

/// A parse error in words; clap's own rendering for a kind not mapped here.
fn report(e: clap::Error, m: &Messages, args: &[OsString]) -> std::process::ExitCode {
    let code = std::process::ExitCode::from(e.exit_code().clamp(0, 255) as u8);
    let arg = || Word::Str(context(&e, ContextKind::InvalidArg).unwrap_or_default());
    let value = || Word::Str(context(&e, ContextKind::InvalidValue).unwrap_or_default());
    let valid = || quoted(contexts(&e, ContextKind::ValidValue));
    let suggested = contexts(&e, ContextKind::SuggestedValue)
        .into_iter()
        .chain(contexts(&e, ContextKind::SuggestedArg))
        .collect::<Vec<_>>();
    let error: Msg = match e.kind() {
        ErrorKind::InvalidValue => {
            let empty = context(&e, ContextKind::InvalidValue).is_none_or(|v| v.is_empty());
            match (empty, contexts(&e, ContextKind::ValidValue).is_empty()) {
                (true, true) => crate::msg!("clap-value-required", arg = arg()),
                (true, false) => {
                    crate::msg!("clap-value-required-list", arg = arg(), values = valid())
                }
                (false, true) => crate::msg!("clap-invalid-value", arg = arg(), value = value()),
                (false, false) => crate::msg!(
                    "clap-invalid-value-list",
                    arg = arg(),
                    value = value(),
                    values = valid()
                ),
            }
        }
        ErrorKind::UnknownArgument => crate::msg!("clap-unknown-argument", arg = arg()),
        ErrorKind::InvalidSubcommand => crate::msg!(
            "clap-unknown-subcommand",
            name = context(&e, ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::MissingRequiredArgument => crate::msg!(
            "clap-missing-required",
            args = quoted(contexts(&e, ContextKind::InvalidArg))
        ),
        ErrorKind::ArgumentConflict => crate::msg!(
            "clap-conflict",
            arg = arg(),
            other = quoted(contexts(&e, ContextKind::PriorArg))
        ),
        ErrorKind::ValueValidation => {
            // The value parser's own reason (from clap or the standard library) has no
            // translation; the sentence around it does.
            let reason = std::error::Error::source(&e)
                .map(|s| s.to_string())
                .unwrap_or_default();
            crate::msg!(
                "clap-value-validation",
                arg = arg(),
                value = value(),
                reason = reason
            )
        }
        ErrorKind::NoEquals => crate::msg!("clap-no-equals", arg = arg()),
        ErrorKind::TooManyValues => {
            crate::msg!("clap-too-many-values", arg = arg(), value = value())
        }
        ErrorKind::WrongNumberOfValues => crate::msg!(
            "clap-wrong-number-of-values",
            arg = arg(),
            expected = context(&e, ContextKind::ExpectedNumValues).unwrap_or_default(),
            actual = context(&e, ContextKind::ActualNumValues).unwrap_or_default()
        ),
        ErrorKind::MissingSubcommand => crate::msg!(
            "clap-missing-subcommand",
            name = context(&e, ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::InvalidUtf8 => crate::msg!("clap-invalid-utf8"),
        _ => {
            // Help, version, and anything not mapped: as clap prints it.
            let _ = e.print();
            return code;
        }
    };
    let command = match subcommand(args) {
        Some(sub) => format!("seloste {sub}"),
        None => "seloste".to_string(),
    };
    // clap's own tips come as English sentences: only their kind is taken from them.
    let tips = contexts(&e, ContextKind::Suggested);
    let help = if e.kind() == ErrorKind::InvalidSubcommand {
        let similar = contexts(&e, ContextKind::SuggestedSubcommand);
        if similar.is_empty() {
            crate::msg!("clap-more-information", command = command)
        } else {
            crate::msg!("clap-similar-subcommands", names = quoted(similar))
        }
    } else if !suggested.is_empty() {
        crate::msg!("clap-did-you-mean", suggestion = quoted(suggested))
    } else if let Some(other) = tips.iter().find_map(|t| {
        // "'check --format' exists": the option belongs to a subcommand.
        t.strip_suffix("' exists")
            .and_then(|t| t.strip_prefix('\''))
            .map(str::to_string)
    }) {
        crate::msg!("clap-did-you-mean", suggestion = quoted(vec![other]))
    } else if tips.iter().any(|t| t.starts_with("to pass ")) {
        crate::msg!("clap-value-with-dashes", arg = arg())
    } else {
        crate::msg!("clap-more-information", command = command)
    };
    crate::messages::error(m, error, Some(help));
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn lang_of_check_explain_and_rules_counts() {
        assert_eq!(language(&os(&["seloste", "check", "--lang", "sv"])), "sv");
        assert_eq!(language(&os(&["seloste", "rules", "--lang=fi"])), "fi");
        assert_eq!(
            language(&os(&["seloste", "explain", "x", "--lang", "fi", "-h"])),
            "fi"
        );
    }

    /// The English catalog says what the doc comments say: the completions and the man
    /// page (from the doc comments) and `--help` (from the catalog) agree.
    #[test]
    fn english_catalog_matches_the_doc_comments() {
        let en = Messages::english();
        let mut missing = Vec::new();
        fn walk(cmd: &Command, name: &str, en: &Messages, missing: &mut Vec<String>) {
            let about = format!("cmd-{name}-about");
            let doc = cmd.get_about().map(|s| s.to_string()).unwrap_or_default();
            if en.format(&about, &[]) != doc {
                missing.push(format!("{about} = {doc}"));
            }
            for a in cmd.get_arguments() {
                let meta = arg_key(name, a).replacen("arg-", "meta-", 1);
                if a.get_action().takes_values() {
                    let derived = a.get_value_names().map_or_else(
                        || a.get_id().as_str().to_uppercase(),
                        |v| {
                            v.iter()
                                .map(|s| s.to_string())
                                .collect::<Vec<_>>()
                                .join(" ")
                        },
                    );
                    if en.format(&meta, &[]) != derived {
                        missing.push(format!("{meta} = {derived}"));
                    }
                }
                let key = arg_key(name, a);
                let doc = a.get_help().map(|s| s.to_string()).unwrap_or_default();
                if en.format(&key, &[]) != doc {
                    missing.push(format!("{key} = {doc}"));
                }
                for v in a.get_possible_values() {
                    let key = value_key(name, a, v.get_name());
                    if let Some(doc) = v.get_help() {
                        if en.format(&key, &[]) != doc.to_string() {
                            missing.push(format!("{key} = {doc}"));
                        }
                    } else {
                        assert!(!en.has(&key), "{key}: no doc comment");
                    }
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, sub.get_name(), en, missing);
            }
        }
        walk(&super::super::Cli::command(), "seloste", en, &mut missing);
        assert!(missing.is_empty(), "\n{}", missing.join("\n"));
    }
}
