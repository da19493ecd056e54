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
    let m = crate::messages::Messages::get(crate::messages::choose(None));
    if args.dir.exists()
        && std::fs::read_dir(&args.dir)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        let dir = crate::report::visible_path(&args.dir);
        crate::messages::error(m, crate::msg!("templates-not-empty", dir = dir), None);
        return ExitCode::from(2);
    }
    match crate::render::templates::Templates::write_defaults(&args.dir) {
        Ok(()) => {
            let dir = crate::report::visible_path(&args.dir);
            println!("{}", m.text(&crate::msg!("templates-written", dir = dir)));
            ExitCode::SUCCESS
        }
        Err(e) => {
            let dir = crate::report::visible_path(&args.dir);
            let error = crate::msg!("templates-cannot-write", dir = dir, error = e.to_string());
            crate::messages::error(m, error, None);
            ExitCode::from(2)
        }
    }
}
