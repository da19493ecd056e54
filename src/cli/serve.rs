//! `seloste serve [PATH]... [--port N]`

use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct ServeArgs {
    /// Register files, or folders to search for *.yaml / *.yml (default: the current folder).
    pub paths: Vec<PathBuf>,
    /// The port to listen on, on 127.0.0.1 only (0: any free port, printed at start).
    #[arg(long, default_value_t = 8765)]
    pub port: u16,
}

pub fn run(args: ServeArgs) -> ExitCode {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths
    };
    crate::serve::run(paths, args.port)
}
