//! `seloste schema [--organisation | --config-file]`

use clap::Args;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct SchemaArgs {
    /// Print the schema of organisation files instead of register files.
    #[arg(long, conflicts_with = "config_file")]
    pub organisation: bool,
    /// Print the schema of the project configuration file seloste.toml instead.
    #[arg(long)]
    pub config_file: bool,
}

pub fn run(args: SchemaArgs) -> ExitCode {
    let schema = if args.config_file {
        crate::config::schema()
    } else if args.organisation {
        crate::model::organisation_schema()
    } else {
        crate::model::register_schema()
    };
    println!(
        "{}",
        serde_json::to_string_pretty(&schema).expect("serialisable")
    );
    ExitCode::SUCCESS
}
