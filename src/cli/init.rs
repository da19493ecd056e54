//! `seloste init [FILE]`: writes a commented skeleton register to start from.

use crate::init::{
    InitOptions, SCHEMA, find_schema, folder_of, id_from_path, resolve_vendors, skeleton,
};
use crate::model::{ControllerKind, Date};
use clap::Args;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct InitArgs {
    /// The register file to write; it must not exist yet.
    #[arg(default_value = "register.yaml")]
    pub file: PathBuf,
    /// The languages of the notice; every text gets a placeholder in each. Finnish and
    /// Swedish (`fi,sv`, a bilingual municipality) get English too: `fi,sv,en`.
    #[arg(long, value_delimiter = ',', default_value = "fi,en")]
    pub lang: Vec<String>,
    /// What kind of organisation the controller is (public authorities get a DPO section).
    #[arg(long, value_enum, default_value = "company")]
    pub kind: ControllerKind,
    /// A service you use (e.g. `mailchimp`, `google-workspace`, `zoom`; repeat or separate
    /// with commas): written as a recipient with its transfers filled in from seloste's
    /// vendor catalogue (data/vendors.yaml).
    #[arg(long = "vendor", value_name = "SERVICE", value_delimiter = ',')]
    pub vendors: Vec<String>,
}

pub fn run(args: InitArgs) -> ExitCode {
    let bad: Vec<&String> = args
        .lang
        .iter()
        .filter(|l| !(2..=3).contains(&l.len()) || !l.chars().all(|c| c.is_ascii_lowercase()))
        .collect();
    if args.lang.is_empty() || !bad.is_empty() {
        eprintln!(
            "error: --lang takes language codes such as `fi,en` (two or three lower-case letters)"
        );
        return ExitCode::from(2);
    }
    let mut langs = Vec::new();
    for l in args.lang {
        if !langs.contains(&l) {
            langs.push(l);
        }
    }
    // Bilingual public bodies publish in Finnish and Swedish, and in English as well.
    let has = |l: &str| langs.iter().any(|x| x == l);
    if has("fi") && has("sv") && !has("en") {
        langs.push("en".to_string());
    }
    let vendors = match resolve_vendors(&args.vendors) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let file = args.file;
    let name = file.display().to_string();
    if file.exists() {
        eprintln!(
            "error: {name} already exists; `seloste init` never overwrites a file. \
             Give another file name, or move the existing file away first."
        );
        return ExitCode::from(2);
    }
    let dir = folder_of(&file);
    if !dir.is_dir() {
        eprintln!(
            "error: the folder {} does not exist; create it first",
            dir.display()
        );
        return ExitCode::from(2);
    }
    let found = find_schema(&dir);
    let opts = InitOptions {
        file: name.clone(),
        id: id_from_path(&file),
        langs,
        kind: args.kind,
        today: Date::today(),
        schema_found: found.is_some(),
        schema: found.unwrap_or_else(|| SCHEMA.to_string()),
        vendors,
    };
    let text = match skeleton(&opts) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot render the skeleton: {e}");
            return ExitCode::from(2);
        }
    };
    // `create_new` refuses to replace a file that appeared since the check above.
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&file)
        .and_then(|mut f| f.write_all(text.as_bytes()));
    if let Err(e) = written {
        eprintln!("error: cannot write {name}: {e}");
        return ExitCode::from(2);
    }
    println!(
        "wrote {name}. Next: open it in an editor with YAML schema support (VS Code's YAML \
         extension reads the first line), replace every TODO with the real information, \
         uncomment the `basis:`, `period:` and `requirement:` lines, and run `seloste check \
         {name}` until it reports no errors; `seloste explain <rule>` explains any finding, \
         and `seloste build {name} --out dist` renders the notice."
    );
    if !opts.schema_found {
        println!(
            "note: no {SCHEMA} was found in the file's folder or above it; the first line of \
             {name} says how to add it for editor help."
        );
    }
    ExitCode::SUCCESS
}
