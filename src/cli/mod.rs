//! The command line: one file per subcommand.

pub mod build;
pub mod check;
pub mod completions;
pub mod explain;
pub mod init;
pub mod lsp;
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
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions(completions::CompletionsArgs),
    /// Print the man page (roff) of seloste and its subcommands.
    Man,
    /// Run a language server on standard input and output: the findings of check in the
    /// editor as you type.
    Lsp(lsp::LspArgs),
    /// Preview the notices in a browser on this computer, with the findings above each,
    /// reloaded when a file changes.
    Serve(serve::ServeArgs),
}

pub fn run() -> ExitCode {
    // `--help` and mistakes on the command line in the officer's language (cli/words.rs).
    let cli = match words::parse() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    match cli.command {
        Command::Check(args) => check::run(args),
        Command::Build(args) => build::run(args),
        Command::Schema(args) => schema::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Rules(args) => explain::list(args),
        Command::Templates(args) => templates::run(args),
        Command::Init(args) => init::run(args),
        Command::Completions(args) => completions::run(args),
        Command::Man => completions::man(),
        Command::Lsp(args) => lsp::run(args),
        Command::Serve(args) => serve::run(args),
    }
}
