//! `seloste ropa [PATH]... --out FILE [--format xlsx|csv|html|md] [--lang fi|sv|en]`: the
//! record of processing activities (Art 30) from the register files (src/ropa/).

use crate::check::notice;
use crate::load::{Root, Workspace};
use crate::messages::{Messages, choose};
use crate::model::Date;
use crate::msg;
use crate::render::templates::Templates;
use crate::report::{human, visible_path};
use clap::{Args, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The formats of the record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RopaFormat {
    /// An Excel workbook: the record's sheet and a sheet of the controllers.
    Xlsx,
    /// CSV (RFC 4180, UTF-8 with a byte order mark for Excel): the record's table.
    Csv,
    /// A printable HTML table.
    Html,
    /// Markdown: a section per processing activity.
    Md,
}

impl RopaFormat {
    /// The format an output file's extension names.
    fn of_path(path: &Path) -> Option<RopaFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "xlsx" => Some(RopaFormat::Xlsx),
            "csv" => Some(RopaFormat::Csv),
            "html" | "htm" => Some(RopaFormat::Html),
            "md" | "markdown" => Some(RopaFormat::Md),
            _ => None,
        }
    }
}

#[derive(Args, Debug)]
pub struct RopaArgs {
    /// Register files, or folders to search for *.yaml / *.yml (default: the current folder).
    pub paths: Vec<PathBuf>,
    /// The file to write the record into.
    #[arg(long)]
    pub out: PathBuf,
    /// The format (default: from the extension of --out).
    #[arg(long, value_enum)]
    pub format: Option<RopaFormat>,
    /// The language of the record: fi, sv or en (default: the language of the messages).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// A folder whose files replace the built-in templates and catalogs of the same name.
    #[arg(long)]
    pub templates: Option<PathBuf>,
}

pub fn run(args: RopaArgs) -> ExitCode {
    let m = Messages::get(choose(None));
    let fail = |error, help| {
        crate::messages::error(m, error, help);
        ExitCode::from(2)
    };
    let out_shown = visible_path(&args.out);
    let Some(format) = args.format.or_else(|| RopaFormat::of_path(&args.out)) else {
        return fail(
            msg!("ropa-unknown-format", out = out_shown.as_str()),
            Some(msg!("ropa-unknown-format-help")),
        );
    };
    let lang = args.lang.clone().unwrap_or_else(|| m.lang().to_string());
    let templates = match Templates::load(args.templates.as_deref()) {
        Ok(t) => t,
        Err(e) => return fail(e.0, None),
    };
    let Some(cat) = templates.catalogs.get(&lang) else {
        let known: Vec<&str> = templates.catalogs.languages().collect();
        return fail(
            msg!("ropa-bad-lang", lang = lang.as_str()),
            Some(msg!("ropa-bad-lang-help", languages = known.join(", "))),
        );
    };
    if args.out.is_dir() {
        return fail(
            msg!("ropa-out-is-folder", out = out_shown.as_str()),
            Some(msg!("ropa-out-help")),
        );
    }
    let root = match Root::discover() {
        Ok(root) => root,
        Err(e) => {
            return fail(
                msg!("check-no-project", error = e.to_string()),
                Some(msg!("check-no-project-help")),
            );
        }
    };
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths
    };
    let ws = Workspace::load_in(&root, &paths);
    let today = Date::today();
    let mut notices: Vec<_> = (0..ws.docs.len())
        .filter_map(|i| notice(&ws, i, today))
        .collect();
    notices.sort_by(|a, b| a.register.meta.id.cmp(&b.register.meta.id));
    // Files that did not load: their problems, as `check` reports them.
    let load_errors = ws
        .diagnostics
        .iter()
        .any(|d| d.severity == crate::diagnostic::Severity::Error);
    if load_errors {
        let summary = crate::report::Summary::new(ws.files.len(), notices.len(), &ws.diagnostics);
        let text = human::render(
            &ws.diagnostics,
            &ws.files,
            &summary,
            std::io::stdout().is_terminal(),
            m,
        );
        let _ = std::io::stdout().write_all(text.as_bytes());
    }
    if notices.is_empty() {
        return fail(
            msg!("ropa-no-registers"),
            Some(msg!("ropa-no-registers-help")),
        );
    }
    let record = match crate::ropa::build(&notices, cat) {
        Ok(r) => r,
        Err(e) => return fail(e.0, None),
    };
    let bytes = match format {
        RopaFormat::Csv => crate::ropa::csv::render(&record),
        RopaFormat::Xlsx => match crate::ropa::xlsx::render(&record) {
            Ok(b) => b,
            Err(e) => return fail(msg!("ropa-xlsx-error", error = e.to_string()), None),
        },
        RopaFormat::Html => match crate::ropa::text::render(&record, &templates, "ropa.html") {
            Ok(b) => b,
            Err(e) => return fail(e.0, None),
        },
        RopaFormat::Md => match crate::ropa::text::render(&record, &templates, "ropa.md") {
            Ok(b) => b,
            Err(e) => return fail(e.0, None),
        },
    };
    if let Err(e) = write(&args.out, &bytes) {
        return fail(
            msg!(
                "ropa-cannot-write",
                out = out_shown.as_str(),
                error = e.to_string()
            ),
            Some(msg!("ropa-out-help")),
        );
    }
    let done = msg!(
        "ropa-done",
        out = out_shown.as_str(),
        activities = record.rows.len(),
        registers = notices.len()
    );
    println!("{}", m.text(&done));
    if load_errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder, renamed into
/// place: a failure leaves an earlier record untouched.
fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(&folder)?;
    // Readable as any file the officer writes, not only the owner's as a temporary file is.
    tmp.as_file().set_permissions(
        <std::fs::Permissions as std::os::unix::fs::PermissionsExt>::from_mode(0o644),
    )?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
