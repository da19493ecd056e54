//! `seloste schema [--organisation]`

use clap::Args;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct SchemaArgs {
    /// Print the schema of organisation files instead of register files.
    #[arg(long)]
    pub organisation: bool,
}

pub fn run(args: SchemaArgs) -> ExitCode {
    let schema = if args.organisation {
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
