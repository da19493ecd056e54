//! `seloste templates DIR`: writes the built-in templates and catalogs for editing.

use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct TemplatesArgs {
    /// The folder to write into; it must not exist yet or be empty.
    pub dir: PathBuf,
}

pub fn run(args: TemplatesArgs) -> ExitCode {
    if args.dir.exists()
        && std::fs::read_dir(&args.dir)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        eprintln!(
            "error: {} exists and is not empty; give a new folder",
            args.dir.display()
        );
        return ExitCode::from(2);
    }
    match crate::render::templates::Templates::write_defaults(&args.dir) {
        Ok(()) => {
            println!(
                "wrote the built-in templates and catalogs to {}; use them with `seloste build --templates {}`",
                args.dir.display(),
                args.dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", args.dir.display());
            ExitCode::from(2)
        }
    }
}
