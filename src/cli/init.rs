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
    // The officer's language comes from the environment: `--lang` here names the notice's.
    let officer = crate::messages::choose(None);
    let m = crate::messages::Messages::get(officer);
    let bad: Vec<&String> = args
        .lang
        .iter()
        .filter(|l| !(2..=3).contains(&l.len()) || !l.chars().all(|c| c.is_ascii_lowercase()))
        .collect();
    if args.lang.is_empty() || !bad.is_empty() {
        crate::messages::error(m, crate::msg!("init-bad-lang"), None);
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
            crate::messages::error(m, e, None);
            return ExitCode::from(2);
        }
    };
    let file = args.file;
    let name = file.display().to_string();
    if file.exists() {
        crate::messages::error(m, crate::msg!("init-exists", name = name.as_str()), None);
        return ExitCode::from(2);
    }
    let dir = folder_of(&file);
    if !dir.is_dir() {
        let dir = crate::report::visible_path(&dir);
        crate::messages::error(m, crate::msg!("init-no-folder", dir = dir), None);
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
        officer: officer.to_string(),
    };
    let text = match skeleton(&opts) {
        Ok(t) => t,
        Err(e) => {
            let error = crate::msg!("init-cannot-render", error = e.to_string());
            crate::messages::error(m, error, None);
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
        let error = crate::msg!(
            "init-cannot-write",
            name = name.as_str(),
            error = e.to_string()
        );
        crate::messages::error(m, error, None);
        return ExitCode::from(2);
    }
    println!(
        "{}",
        m.text(&crate::msg!("init-wrote", name = name.as_str()))
    );
    if !opts.schema_found {
        let note = crate::msg!("init-no-schema", schema = SCHEMA, name = name.as_str());
        println!("{}", m.text(&note));
    }
    ExitCode::SUCCESS
}
