//! `seloste lsp`

use clap::Args;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct LspArgs {
    /// The language of the messages: fi, sv or en (default: the editor's
    /// initializationOptions.lang, else its locale, else LC_ALL, LC_MESSAGES or LANG, else
    /// English).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
}

pub fn run(args: LspArgs) -> ExitCode {
    crate::lsp::run(args.lang.as_deref())
}
