//! `seloste config`: the configuration in effect, and the `--config` / `--isolated` flags
//! that choose it (read before the command line is parsed: the file may name the language
//! of `--help`).

use clap::Args;
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Which configuration file to read.
#[derive(Args, Debug, Clone, Default)]
pub struct ConfigFlags {
    /// Read this configuration file instead of the project folder's seloste.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "isolated")]
    pub config: Option<PathBuf>,
    /// Read no configuration file: seloste's defaults and the command line only.
    #[arg(long)]
    pub isolated: bool,
}

#[derive(Args, Debug)]
pub struct ConfigArgs {
    #[command(flatten)]
    pub flags: ConfigFlags,
}

/// `--config FILE` (or `--config=FILE`) and `--isolated` anywhere before a `--`.
pub fn flags(args: &[OsString]) -> (Option<PathBuf>, bool) {
    let mut config = None;
    let mut isolated = false;
    let mut rest = args.iter().skip(1);
    while let Some(a) = rest.next() {
        if a == "--" {
            break;
        } else if a == "--isolated" {
            isolated = true;
        } else if a == "--config" {
            config = rest.next().map(PathBuf::from);
        } else if let Some(v) = a.to_str().and_then(|s| s.strip_prefix("--config=")) {
            config = Some(PathBuf::from(v));
        }
    }
    (config, isolated)
}

pub fn run(_args: ConfigArgs) -> ExitCode {
    let active = crate::config::active().cloned().unwrap_or_default();
    let mut c = active.config.clone();
    // Defaults written out, so that what is printed is what a run does.
    if c.language.is_none() {
        c.language = Some(crate::messages::choose(None).to_string());
    }
    if c.rules.select.is_empty() {
        c.rules.select = vec![crate::config::ALL.to_string()];
    }
    if c.build.formats.is_empty() {
        use crate::config::OutputFormat::*;
        c.build.formats = vec![Html, Pdf, Md];
    }
    let mut out = String::new();
    if let Some(f) = &active.file {
        out.push_str(&format!("# {}\n", f.display()));
    }
    out.push_str(&c.to_toml());
    let _ = std::io::stdout().write_all(out.as_bytes());
    ExitCode::SUCCESS
}
