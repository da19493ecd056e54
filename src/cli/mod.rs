//! The command line: one file per subcommand.

pub mod build;
pub mod check;
pub mod completions;
pub mod config;
pub mod diff;
pub mod explain;
pub mod init;
pub mod lsp;
pub mod ropa;
pub mod schema;
pub mod serve;
pub mod templates;
pub mod words;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// seloste: privacy notices (tietosuojaseloste) as code. Checks register files
/// against the GDPR and renders them as notices.
#[derive(Parser, Debug)]
#[command(name = "seloste", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check register files against the schema and the GDPR rules.
    Check(check::CheckArgs),
    /// Render every valid register as HTML, PDF and Markdown notices.
    Build(build::BuildArgs),
    /// Show what changed in the processing between two versions, and whether it is material.
    Diff(diff::DiffArgs),
    /// Print the JSON Schema of register files (or of organisation files).
    Schema(schema::SchemaArgs),
    /// Explain a rule: what it checks, why, and how to fix it.
    Explain(explain::ExplainArgs),
    /// List every rule with its id, severity and article.
    Rules(explain::RulesArgs),
    /// Write the built-in templates and locale catalogs into a folder, to edit them.
    Templates(templates::TemplatesArgs),
    /// Write a commented skeleton register file to fill in.
    Init(init::InitArgs),
    /// Write the record of processing activities (GDPR Art 30) as XLSX, CSV, HTML or Markdown.
    Ropa(ropa::RopaArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions(completions::CompletionsArgs),
    /// Print the man page (roff) of seloste and its subcommands.
    Man,
    /// Print the configuration in effect (seloste.toml and defaults) as TOML.
    Config(config::ConfigArgs),
    /// Run a language server on standard input and output: the findings of check in the
    /// editor as you type.
    Lsp(lsp::LspArgs),
    /// Preview the notices in a browser on this computer, with the findings above each,
    /// reloaded when a file changes.
    Serve(serve::ServeArgs),
}

pub fn run() -> ExitCode {
    // seloste.toml first: it may name the language of everything said from here on.
    let (explicit, isolated) = config::flags(&std::env::args_os().collect::<Vec<_>>());
    let configured = crate::config::Active::discover(explicit.as_deref(), isolated);
    if let Ok(active) = &configured {
        crate::config::set_active(active.clone());
    }
    // `--help` and mistakes on the command line in the officer's language (cli/words.rs).
    let cli = match words::parse() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    // Only the commands that read the configuration stop at a broken one.
    if let (Command::Check(_) | Command::Build(_) | Command::Config(_), Err(problem)) =
        (&cli.command, &configured)
    {
        let m = crate::messages::Messages::get(crate::messages::choose(None));
        crate::messages::error(m, problem.error.clone(), problem.help.clone());
        return ExitCode::from(2);
    }
    match cli.command {
        Command::Check(args) => check::run(args),
        Command::Build(args) => build::run(args),
        Command::Config(args) => config::run(args),
        Command::Diff(args) => diff::run(args),
        Command::Schema(args) => schema::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Rules(args) => explain::list(args),
        Command::Templates(args) => templates::run(args),
        Command::Init(args) => init::run(args),
        Command::Ropa(args) => ropa::run(args),
        Command::Completions(args) => completions::run(args),
        Command::Man => completions::man(),
        Command::Lsp(args) => lsp::run(args),
        Command::Serve(args) => serve::run(args),
    }
}
