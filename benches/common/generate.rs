//! A deterministic, seeded generator of realistic bilingual (fi/en) registers for
//! benchmarks: think of a consultancy that manages the privacy notices of many clients.
//!
//! Layout under `out`:
//!
//! ```text
//! out/<org-slug>/organisation.yaml
//! out/<org-slug>/<register-id>.yaml
//! ```
//!
//! Registers are numbered 0, 1, 2, …; consecutive registers belong to the same
//! organisation, 10 to 20 of them per organisation. Everything about register `i` is
//! derived from `(seed, i)` and everything about organisation `k` from `(seed, k)`, so the
//! output for `n` registers is a prefix of the output for any larger `n`, byte for byte.
//!
//! Only `std` is used (the PRNG is splitmix64, written out below) so the output never
//! changes with a dependency's version. Every text is written here in Finnish and English;
//! the people, companies, vendors and addresses are fictional (the towns, laws and
//! Commission decisions are real). Dates are fixed (updated in 2026, before 2026-11-21) and
//! transfers avoid adequacy decisions with a start or end date, so `seloste check` gives
//! the same result on any day after that.
//!
//! Every generated register passes `seloste check --deny-warnings` (tests/generator.rs).

#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

// ---------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------

/// What [`generate`] wrote.
pub struct Generated {
    /// The register files, in register order (register `i` is `registers[i]`).
    pub registers: Vec<PathBuf>,
    /// The organisation files the registers use, in organisation order.
    pub organisations: Vec<PathBuf>,
    /// Total bytes written (registers and organisation files).
    pub bytes: u64,
}

/// Writes `n` registers (and the organisation files they use) under `out`.
/// Same seed and n → byte-identical files; the files for `n` are a subset of those for
/// any larger `n`, with the same bytes.
pub fn generate(seed: u64, n: usize, out: &Path) -> std::io::Result<Generated> {
    let mut g = Generated {
        registers: Vec::with_capacity(n),
        organisations: Vec::new(),
        bytes: 0,
    };
    let mut layout = Layout::new(seed);
    let mut org: Option<Org> = None;
    for i in 0..n {
        let k = layout.organisation_of(i);
        if org.as_ref().is_none_or(|o| o.index != k) {
            let o = Org::new(seed, k);
            let dir = out.join(&o.slug);
            std::fs::create_dir_all(&dir)?;
            let path = dir.join("organisation.yaml");
            let text = o.text();
            std::fs::write(&path, &text)?;
            g.bytes += text.len() as u64;
            g.organisations.push(path);
            org = Some(o);
        }
        let o = org.as_ref().expect("set above");
        let r = build_register(seed, i, o);
        let path = out.join(&o.slug).join(format!("{}.yaml", r.id));
        std::fs::write(&path, &r.text)?;
        g.bytes += r.text.len() as u64;
        g.registers.push(path);
    }
    Ok(g)
}

/// The text of register number `i` (the same bytes [`generate`] writes for it).
pub fn register_text(seed: u64, i: usize) -> String {
    let o = Org::new(seed, organisation_of(seed, i));
    build_register(seed, i, &o).text
}

/// The path of register `i` relative to `out`: `<org-slug>/<register-id>.yaml`.
pub fn register_path(seed: u64, i: usize) -> PathBuf {
    let o = Org::new(seed, organisation_of(seed, i));
    let r = build_register(seed, i, &o);
    PathBuf::from(&o.slug).join(format!("{}.yaml", r.id))
}

/// The `meta.id` of register `i` (also its file name without `.yaml`).
pub fn register_id(seed: u64, i: usize) -> String {
    let o = Org::new(seed, organisation_of(seed, i));
    build_register(seed, i, &o).id
}

/// Register `i` with one visible change (the `meta.updated` date moved by `edit` days
/// and a sentence added to the security text), for rebuild benchmarks. Still passes check.
pub fn register_text_edited(seed: u64, i: usize, edit: u32) -> String {
    let o = Org::new(seed, organisation_of(seed, i));
    let r = build_register_with(seed, i, &o, Some(edit));
    r.text
}

/// The index of the organisation register `i` belongs to.
pub fn organisation_of(seed: u64, i: usize) -> usize {
    Layout::new(seed).organisation_of(i)
}

/// The folder name (and `organisation:` id) of organisation `k`.
pub fn organisation_slug(seed: u64, k: usize) -> String {
    Org::new(seed, k).slug
}

/// The text of organisation `k`'s `organisation.yaml`.
pub fn organisation_text(seed: u64, k: usize) -> String {
    Org::new(seed, k).text()
}

/// The size factor of register `i`: about 1 for most registers, up to about 10 for a tail.
pub fn size_factor(seed: u64, i: usize) -> f64 {
    size_factor_of(&mut Rng::new(seed, TAG_SIZE, i as u64), i)
}

// ---------------------------------------------------------------------------------------
// PRNG: splitmix64
// ---------------------------------------------------------------------------------------

const TAG_REG: u64 = 0x5245_4749_5354_4552; // "REGISTER"
const TAG_ORG: u64 = 0x4f52_4741_4e49_5341; // "ORGANISA"
const TAG_BLOCK: u64 = 0x424c_4f43_4b53_495a; // "BLOCKSIZ"
const TAG_SIZE: u64 = 0x5349_5a45_4641_4354; // "SIZEFACT"

fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// splitmix64, seeded from (seed, stream tag, index).
struct Rng(u64);

impl Rng {
    fn new(seed: u64, tag: u64, index: u64) -> Rng {
        Rng(mix64(
            mix64(seed ^ tag).wrapping_add(mix64(index.wrapping_add(0x9e37_79b9))),
        ))
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        mix64(self.0)
    }
    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        ((self.next() >> 11) % n as u64) as usize
    }
    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    /// `k` distinct indices of `0..n`, in increasing order.
    fn sample(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut idx: Vec<usize> = (0..n).collect();
        let k = k.min(n);
        for j in 0..k {
            let r = j + self.below(n - j);
            idx.swap(j, r);
        }
        let mut v = idx[..k].to_vec();
        v.sort_unstable();
        v
    }
}

/// Which registers belong to which organisation: consecutive blocks of 10 to 20.
struct Layout {
    seed: u64,
    /// Start index of each organisation known so far, plus the start of the next one.
    starts: Vec<usize>,
}

impl Layout {
    fn new(seed: u64) -> Layout {
        Layout {
            seed,
            starts: vec![0],
        }
    }
    fn organisation_of(&mut self, i: usize) -> usize {
        while *self.starts.last().expect("nonempty") <= i {
            let k = self.starts.len() - 1;
            let size = Rng::new(self.seed, TAG_BLOCK, k as u64).range(10, 20);
            let next = self.starts[k] + size;
            self.starts.push(next);
        }
        // starts[k] <= i < starts[k + 1]
        self.starts.partition_point(|&s| s <= i) - 1
    }
}

fn size_factor_of(rng: &mut Rng, i: usize) -> f64 {
    // A fixed sprinkling of the largest registers, so every 50 registers hold one.
    if i % 50 == 17 {
        return 8.0 + 2.0 * rng.unit();
    }
    let u = rng.unit();
    if u < 0.82 {
        0.75 + 0.6 * rng.unit()
    } else if u < 0.95 {
        1.4 + 1.6 * rng.unit()
    } else {
        3.0 + 6.0 * rng.unit()
    }
}

// ---------------------------------------------------------------------------------------
// Texts
// ---------------------------------------------------------------------------------------

/// A text in Finnish and English.
#[derive(Clone, Debug)]
struct T {
    fi: String,
    en: String,
}

fn t(fi: &str, en: &str) -> T {
    T {
        fi: fi.to_string(),
        en: en.to_string(),
    }
}

impl T {
    fn same(s: &str) -> T {
        t(s, s)
    }
    /// Joins two texts with a space.
    fn then(&self, other: &T) -> T {
        T {
            fi: format!("{} {}", self.fi, other.fi),
            en: format!("{} {}", self.en, other.en),
        }
    }
    fn map(&self, f: impl Fn(&str, bool) -> String) -> T {
        T {
            fi: f(&self.fi, true),
            en: f(&self.en, false),
        }
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// ASCII form for e-mail addresses and domains: ä → a, ö → o, å → a, spaces and
/// punctuation dropped or turned into `sep`.
fn ascii_slug(s: &str, sep: &str) -> String {
    let mut out = String::new();
    let mut pending = false;
    for c in s.chars() {
        let c = match c {
            'ä' | 'Ä' | 'å' | 'Å' | 'á' => 'a',
            'ö' | 'Ö' | 'ø' => 'o',
            'é' | 'É' => 'e',
            'ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            if pending && !out.is_empty() {
                out.push_str(sep);
            }
            pending = false;
            out.push(c.to_ascii_lowercase());
        } else {
            pending = true;
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// YAML output
// ---------------------------------------------------------------------------------------

const WIDTH: usize = 100;

enum V {
    /// A scalar (id, code, date, e-mail, a person's name, …).
    S(String),
    /// A bilingual text, folded when long.
    T(T),
    /// A bilingual text kept line by line (`|`), paragraphs separated by a blank line.
    Lit(T),
    /// A flow list of ids: `[a, b, c]`.
    Ids(Vec<String>),
    /// Written as is (numbers).
    Raw(String),
    Bool(bool),
    Seq(Vec<Vec<(&'static str, V)>>),
    Map(Vec<(&'static str, V)>),
}

fn s(v: impl Into<String>) -> V {
    V::S(v.into())
}

fn plain_ok(s: &str) -> bool {
    if s.is_empty()
        || s.starts_with(|c: char| "-?:,[]{}#&*!|>'\"%@` ".contains(c))
        || s.ends_with([' ', ':'])
        || s.contains(": ")
        || s.contains(" #")
        || s.contains(['\n', '\t', '\\', '"'])
    {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "true" | "false" | "yes" | "no" | "on" | "off" | "null" | "~" | "y" | "n"
    ) {
        return false;
    }
    // Anything a YAML reader might take for a number.
    if s.chars()
        .all(|c| c.is_ascii_digit() || "+-._eE".contains(c))
        && s.parse::<f64>().is_ok()
    {
        return false;
    }
    if s.chars().all(|c| c.is_ascii_digit()) || s.starts_with("0x") || s.starts_with("0o") {
        return false;
    }
    true
}

fn quoted(s: &str) -> String {
    let mut q = String::with_capacity(s.len() + 2);
    q.push('"');
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

fn scalar(s: &str) -> String {
    if plain_ok(s) {
        s.to_string()
    } else {
        quoted(s)
    }
}

/// Words of `text` wrapped to lines of at most `width` characters (a longer word stays whole).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for w in text.split(' ').filter(|w| !w.is_empty()) {
        if !line.is_empty() && line.chars().count() + 1 + w.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(w);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn emit_string(out: &mut String, indent: usize, key: &str, value: &str, fold: bool) {
    let pad = " ".repeat(indent);
    let one_line = indent + key.len() + 2 + value.chars().count() <= WIDTH;
    if one_line || !fold || value.contains('\n') || value.starts_with(' ') {
        let _ = writeln!(out, "{pad}{key}: {}", scalar(value));
    } else {
        let _ = writeln!(out, "{pad}{key}: >-");
        for l in wrap(value, WIDTH - indent - 2) {
            let _ = writeln!(out, "{pad}  {l}");
        }
    }
}

fn emit_literal(out: &mut String, indent: usize, key: &str, value: &str) {
    let pad = " ".repeat(indent);
    let _ = writeln!(out, "{pad}{key}: |");
    for (i, para) in value.split("\n\n").enumerate() {
        if i > 0 {
            out.push('\n');
        }
        for l in wrap(para, WIDTH - indent - 2) {
            let _ = writeln!(out, "{pad}  {l}");
        }
    }
}

fn emit_map(out: &mut String, indent: usize, entries: &[(&'static str, V)]) {
    let pad = " ".repeat(indent);
    for (k, v) in entries {
        match v {
            V::S(x) => emit_string(out, indent, k, x, true),
            V::Bool(b) => {
                let _ = writeln!(out, "{pad}{k}: {b}");
            }
            V::Raw(r) => {
                let _ = writeln!(out, "{pad}{k}: {r}");
            }
            V::T(x) => {
                let _ = writeln!(out, "{pad}{k}:");
                emit_string(out, indent + 2, "fi", &x.fi, true);
                emit_string(out, indent + 2, "en", &x.en, true);
            }
            V::Lit(x) => {
                let _ = writeln!(out, "{pad}{k}:");
                emit_literal(out, indent + 2, "fi", &x.fi);
                emit_literal(out, indent + 2, "en", &x.en);
            }
            V::Ids(ids) => {
                let items: Vec<String> = ids.iter().map(|i| scalar(i)).collect();
                let _ = writeln!(out, "{pad}{k}: [{}]", items.join(", "));
            }
            V::Map(m) => {
                let _ = writeln!(out, "{pad}{k}:");
                emit_map(out, indent + 2, m);
            }
            V::Seq(items) => {
                let _ = writeln!(out, "{pad}{k}:");
                for item in items {
                    let mut block = String::new();
                    emit_map(&mut block, indent + 4, item);
                    // "    key: v" → "  - key: v" on the item's first line
                    let first = format!("{}- ", " ".repeat(indent + 2));
                    out.push_str(&first);
                    out.push_str(&block[indent + 4..]);
                }
            }
        }
    }
}

fn yaml_document(header: &str, top: &[(&'static str, V)]) -> String {
    let mut out = String::with_capacity(16 * 1024);
    out.push_str(header);
    // A blank line between top-level sections, as in the samples.
    for (j, entry) in top.iter().enumerate() {
        let mut part = String::new();
        emit_map(&mut part, 0, std::slice::from_ref(entry));
        let scalar_line = matches!(entry.1, V::S(_) | V::Bool(_) | V::Ids(_) | V::Raw(_));
        let prev_scalar =
            j > 0 && matches!(top[j - 1].1, V::S(_) | V::Bool(_) | V::Ids(_) | V::Raw(_));
        if j > 0 && !(scalar_line && prev_scalar) {
            out.push('\n');
        }
        out.push_str(&part);
    }
    out
}

// ---------------------------------------------------------------------------------------
// Places, people, organisations
// ---------------------------------------------------------------------------------------

/// (Finnish genitive, English name) of a region.
const REGIONS: &[(&str, &str)] = &[
    ("Savon", "Savo"),                            // 0
    ("Etelä-Savon", "South Savo"),                // 1
    ("Karjalan", "Karelia"),                      // 2
    ("Päijät-Hämeen", "Päijät-Häme"),             // 3
    ("Hämeen", "Häme"),                           // 4
    ("Pirkanmaan", "Pirkanmaa"),                  // 5
    ("Satakunnan", "Satakunta"),                  // 6
    ("Varsinais-Suomen", "Southwest Finland"),    // 7
    ("Kymenlaakson", "Kymenlaakso"),              // 8
    ("Keski-Suomen", "Central Finland"),          // 9
    ("Pohjois-Pohjanmaan", "North Ostrobothnia"), // 10
    ("Kainuun", "Kainuu"),                        // 11
    ("Lapin", "Lapland"),                         // 12
    ("Pohjanmaan", "Ostrobothnia"),               // 13
    ("Uudenmaan", "Uusimaa"),                     // 14
];

struct Town {
    name: &'static str,
    genitive: &'static str,
    postcode: &'static str,
    area_code: &'static str,
    region: usize,
}

const fn town(
    name: &'static str,
    genitive: &'static str,
    postcode: &'static str,
    area_code: &'static str,
    region: usize,
) -> Town {
    Town {
        name,
        genitive,
        postcode,
        area_code,
        region,
    }
}

const TOWNS: &[Town] = &[
    town("Kuopio", "Kuopion", "70100", "017", 0),
    town("Varkaus", "Varkauden", "78200", "017", 0),
    town("Iisalmi", "Iisalmen", "74100", "017", 0),
    town("Mikkeli", "Mikkelin", "50100", "015", 1),
    town("Savonlinna", "Savonlinnan", "57130", "015", 1),
    town("Joensuu", "Joensuun", "80100", "013", 2),
    town("Lappeenranta", "Lappeenrannan", "53100", "05", 2),
    town("Lahti", "Lahden", "15140", "03", 3),
    town("Hämeenlinna", "Hämeenlinnan", "13100", "03", 4),
    town("Tampere", "Tampereen", "33100", "03", 5),
    town("Pori", "Porin", "28100", "02", 6),
    town("Rauma", "Rauman", "26100", "02", 6),
    town("Turku", "Turun", "20100", "02", 7),
    town("Salo", "Salon", "24100", "02", 7),
    town("Kotka", "Kotkan", "48100", "05", 8),
    town("Kouvola", "Kouvolan", "45100", "05", 8),
    town("Jyväskylä", "Jyväskylän", "40100", "014", 9),
    town("Oulu", "Oulun", "90100", "08", 10),
    town("Kajaani", "Kajaanin", "87100", "08", 11),
    town("Rovaniemi", "Rovaniemen", "96100", "016", 12),
    town("Kemi", "Kemin", "94100", "016", 12),
    town("Tornio", "Tornion", "95400", "016", 12),
    town("Vaasa", "Vaasan", "65100", "06", 13),
    town("Seinäjoki", "Seinäjoen", "60100", "06", 13),
    town("Kokkola", "Kokkolan", "67100", "06", 13),
    town("Espoo", "Espoon", "02100", "09", 14),
    town("Vantaa", "Vantaan", "01300", "09", 14),
    town("Porvoo", "Porvoon", "06100", "019", 14),
    town("Hyvinkää", "Hyvinkään", "05800", "019", 14),
    town("Lohja", "Lohjan", "08100", "019", 14),
];

const STREETS: &[&str] = &[
    "Teollisuustie",
    "Kauppakatu",
    "Rantakatu",
    "Koulukatu",
    "Asemakatu",
    "Puistokatu",
    "Kirkkokatu",
    "Valtakatu",
    "Hallituskatu",
    "Satamakatu",
    "Torikatu",
    "Pajatie",
    "Myllytie",
    "Sahatie",
    "Konepajankatu",
    "Verstaankatu",
    "Ratakatu",
    "Keskuskatu",
    "Urheilukatu",
    "Sairaalantie",
    "Opistotie",
    "Yrittäjäntie",
    "Kaarnatie",
    "Metsolantie",
    "Tehtaankatu",
    "Aleksanterinkatu",
    "Kalevankatu",
    "Pohjoisesplanadi",
    "Mäkikatu",
    "Harjutie",
];

const FIRST_NAMES: &[&str] = &[
    "Hanna", "Mikko", "Laura", "Petri", "Kaija", "Jukka", "Anna", "Timo", "Sari", "Janne", "Elina",
    "Ville", "Minna", "Antti", "Riikka", "Matti", "Johanna", "Teemu", "Outi", "Jari", "Heidi",
    "Tuomas", "Satu", "Markus", "Päivi", "Juha", "Niina", "Sami", "Aino", "Eero", "Katja", "Olli",
    "Tiina", "Pekka", "Noora", "Lauri", "Marjut", "Harri", "Emma", "Ilkka",
];

const SURNAMES: &[&str] = &[
    "Alila",
    "Rautio",
    "Heiskanen",
    "Lehtonen",
    "Savolainen",
    "Korhonen",
    "Virtanen",
    "Mäkinen",
    "Nieminen",
    "Hämäläinen",
    "Laine",
    "Koskinen",
    "Järvinen",
    "Lehtinen",
    "Salonen",
    "Turunen",
    "Kettunen",
    "Karjalainen",
    "Huttunen",
    "Pitkänen",
    "Räsänen",
    "Väisänen",
    "Ahonen",
    "Kinnunen",
    "Leppänen",
    "Miettinen",
    "Ojala",
    "Peltonen",
    "Seppälä",
    "Tuominen",
    "Vainio",
    "Hiltunen",
    "Niskanen",
    "Partanen",
    "Rantanen",
    "Öhman",
    "Lindqvist",
    "Sjöberg",
    "Backman",
    "Åberg",
];

/// An industry: (Finnish name in a company name, English description, health care?).
const INDUSTRIES: &[(&str, &str, bool)] = &[
    ("Puutarhatukku", "garden wholesaler", false),
    ("Konepaja", "machine shop", false),
    ("Rakennus", "construction company", false),
    ("Tilitoimisto", "accounting firm", false),
    ("Hammaslääkäriasema", "dental clinic", true),
    ("Lääkärikeskus", "medical centre", true),
    ("Fysioterapia", "physiotherapy clinic", true),
    ("Autokorjaamo", "car repair shop", false),
    ("Kiinteistöhuolto", "property maintenance company", false),
    ("Kirjapaino", "printing house", false),
    ("Matkatoimisto", "travel agency", false),
    ("Kuntokeskus", "fitness centre", false),
    ("Kylpylähotelli", "spa hotel", false),
    ("Ohjelmistotalo", "software company", false),
    ("Sähköasennus", "electrical contractor", false),
    ("Kuljetus", "haulage company", false),
    ("Kukkakauppa", "florist", false),
    ("Optiikka", "optician", true),
    ("Eläinklinikka", "veterinary clinic", false),
    ("Leipomo", "bakery", false),
    ("Huonekalu", "furniture maker", false),
    ("Energia", "energy company", false),
    ("Vesihuolto", "water utility", false),
    ("Kauppakeskus", "shopping centre", false),
];

/// Association types: (Finnish, English, members' special category, Finnish and English
/// description of that category).
struct AssocType {
    fi: &'static str,
    en: &'static str,
    special: Option<(&'static str, &'static str, &'static str)>,
}

const ASSOC_TYPES: &[AssocType] = &[
    AssocType {
        fi: "Urheiluseura",
        en: "Sports Club",
        special: None,
    },
    AssocType {
        fi: "Kuoroyhdistys",
        en: "Choral Society",
        special: None,
    },
    AssocType {
        fi: "Yrittäjät",
        en: "Entrepreneurs' Association",
        special: None,
    },
    AssocType {
        fi: "Eläkeläiset",
        en: "Pensioners' Association",
        special: None,
    },
    AssocType {
        fi: "Partiolaiset",
        en: "Scouts",
        special: None,
    },
    AssocType {
        fi: "Luonnonsuojeluyhdistys",
        en: "Nature Conservation Society",
        special: None,
    },
    AssocType {
        fi: "Kotiseutuyhdistys",
        en: "Local Heritage Society",
        special: None,
    },
    AssocType {
        fi: "Taideyhdistys",
        en: "Art Society",
        special: None,
    },
    AssocType {
        fi: "Sydänyhdistys",
        en: "Heart Association",
        special: Some((
            "health",
            "sairausryhmä, johon jäsen kertoo kuuluvansa, ja vertaistukiryhmät",
            "the illness group the member says they belong to, and peer support groups",
        )),
    },
    AssocType {
        fi: "Diabetesyhdistys",
        en: "Diabetes Association",
        special: Some((
            "health",
            "tieto diabeteksesta, jos jäsen on sen kertonut, ja vertaistukiryhmät",
            "information on diabetes if the member has told us, and peer support groups",
        )),
    },
    AssocType {
        fi: "Metallityöväen ammattiosasto",
        en: "Metalworkers' Union Branch",
        special: Some((
            "trade-union-membership",
            "ammattiosaston jäsenyys, jäsenmaksuluokka ja työpaikka",
            "membership of the union branch, membership fee class and workplace",
        )),
    },
    AssocType {
        fi: "Opettajien ammattiyhdistys",
        en: "Teachers' Union",
        special: Some((
            "trade-union-membership",
            "ammattiyhdistyksen jäsenyys, jäsenmaksuluokka ja oppilaitos",
            "membership of the union, membership fee class and school",
        )),
    },
    AssocType {
        fi: "Kristillinen yhdistys",
        en: "Christian Association",
        special: Some((
            "religious-or-philosophical-beliefs",
            "yhdistyksen jäsenyys, josta ilmenee jäsenen vakaumus",
            "membership of the association, which reveals the member's beliefs",
        )),
    },
];

/// Foundation types: (Finnish, English, runs a school?).
const FOUNDATION_TYPES: &[(&str, &str, bool)] = &[
    ("Kulttuurisäätiö", "Cultural Foundation", false),
    ("Koulusäätiö", "School Foundation", true),
    ("Opistosäätiö", "College Foundation", true),
    ("Vanhustensäätiö", "Foundation for the Elderly", false),
    ("Asuntosäätiö", "Housing Foundation", false),
    ("Nuorisosäätiö", "Youth Foundation", false),
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum CKind {
    Company,
    Association,
    Foundation,
    Cooperative,
    City,
    JointAuthority,
    WellbeingCounty,
    SoleTrader,
}

impl CKind {
    fn schema(self) -> &'static str {
        match self {
            CKind::Company => "company",
            CKind::Association => "association",
            CKind::Foundation => "foundation",
            CKind::Cooperative => "cooperative",
            CKind::City | CKind::JointAuthority | CKind::WellbeingCounty => "public-authority",
            CKind::SoleTrader => "sole-trader",
        }
    }
    fn public(self) -> bool {
        matches!(
            self,
            CKind::City | CKind::JointAuthority | CKind::WellbeingCounty
        )
    }
    /// (Finnish nominative, Finnish genitive, English noun phrase)
    fn noun(self) -> (&'static str, &'static str, &'static str) {
        match self {
            CKind::Company => ("yhtiö", "yhtiön", "the company"),
            CKind::Association => ("yhdistys", "yhdistyksen", "the association"),
            CKind::Foundation => ("säätiö", "säätiön", "the foundation"),
            CKind::Cooperative => ("osuuskunta", "osuuskunnan", "the cooperative"),
            CKind::City => ("kaupunki", "kaupungin", "the city"),
            CKind::JointAuthority => ("kuntayhtymä", "kuntayhtymän", "the joint authority"),
            CKind::WellbeingCounty => (
                "hyvinvointialue",
                "hyvinvointialueen",
                "the wellbeing services county",
            ),
            CKind::SoleTrader => ("yritys", "yrityksen", "the business"),
        }
    }
}

#[derive(Clone)]
struct Person {
    name: String,
    email: String,
    phone: String,
}

/// A recipient defined in the organisation file and used by its registers.
struct Shared {
    id: &'static str,
    name: T,
    role: &'static str,
    country: &'static str,
    description: T,
}

struct Org {
    seed: u64,
    index: usize,
    slug: String,
    kind: CKind,
    name: T,
    health: bool,
    school: bool,
    /// Special category of members' data (associations).
    member_special: Option<(&'static str, &'static str, &'static str)>,
    town: &'static Town,
    street: String,
    domain: String,
    business_id: Option<String>,
    phone: String,
    email: String,
    privacy_email: String,
    contact: Person,
    contact_title: T,
    dpo: Option<Person>,
    shared: Vec<Shared>,
    /// Transfer mechanism of the office cloud: "dpf" or "sccs".
    cloud_mechanism: &'static str,
    founded: u32,
}

fn business_id(rng: &mut Rng) -> String {
    loop {
        let first = rng.below(4) as u32; // issued IDs start 0–3
        let mut digits = vec![first];
        for _ in 0..6 {
            digits.push(rng.below(10) as u32);
        }
        let sum: u32 = digits
            .iter()
            .zip([7, 9, 10, 5, 8, 4, 2])
            .map(|(d, w)| d * w)
            .sum();
        let check = match sum % 11 {
            0 => 0,
            1 => continue,
            r => 11 - r,
        };
        let body: String = digits.iter().map(|d| char::from(b'0' + *d as u8)).collect();
        return format!("{body}-{check}");
    }
}

fn landline(rng: &mut Rng, area: &str) -> String {
    format!("{area} {} {:04}", rng.range(200, 899), rng.below(10000))
}

fn mobile(rng: &mut Rng) -> String {
    let prefix = *rng.pick(&["040", "044", "045", "050"]);
    format!("{prefix} {} {:04}", rng.range(100, 999), rng.below(10000))
}

fn person(rng: &mut Rng, domain: &str, area: &str) -> Person {
    let first = *rng.pick(FIRST_NAMES);
    let last = *rng.pick(SURNAMES);
    Person {
        name: format!("{first} {last}"),
        email: format!(
            "{}.{}@{domain}",
            ascii_slug(first, ""),
            ascii_slug(last, "")
        ),
        phone: if rng.chance(0.5) {
            mobile(rng)
        } else {
            landline(rng, area)
        },
    }
}

const COOP_TYPES: &[(&str, &str)] = &[
    ("Osuuskauppa", "Retail Cooperative"),
    ("Energiaosuuskunta", "Energy Cooperative"),
    ("Vesiosuuskunta", "Water Cooperative"),
    ("Kuituosuuskunta", "Fibre Network Cooperative"),
    ("Metsänomistajien osuuskunta", "Forest Owners' Cooperative"),
];

/// Parts of fictional Finnish vendor names.
const VENDOR_STEMS: &[&str] = &[
    "Lumo",
    "Kide",
    "Aalto",
    "Revontuli",
    "Kuura",
    "Saga",
    "Vire",
    "Aura",
    "Sointu",
    "Halla",
    "Tuisku",
    "Kajo",
    "Louhi",
    "Pilvilinna",
    "Tietoverso",
    "Datapaja",
    "Kipinä",
    "Ilmari",
    "Routa",
    "Virta",
    "Hiisi",
    "Taika",
    "Usva",
    "Kaiku",
];
const VENDOR_SUFFIXES: &[&str] = &[
    "Tietopalvelut Oy",
    "Systems Oy",
    "Solutions Oy",
    "Tekniikka Oy",
    "Logic Oy",
    "Works Oy",
    "Digital Oy",
    "Data Oy",
];

fn vendor_name(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(VENDOR_STEMS), rng.pick(VENDOR_SUFFIXES))
}

const CONTACT_TITLES: &[(&str, &str)] = &[
    (
        "talous- ja hallintopäällikkö",
        "finance and administration manager",
    ),
    ("toimitusjohtaja", "managing director"),
    ("asiakkuuspäällikkö", "customer relations manager"),
    ("hallintopäällikkö", "head of administration"),
    (
        "laatu- ja tietoturvapäällikkö",
        "quality and information security manager",
    ),
];
const ASSOC_TITLES: &[(&str, &str)] = &[
    ("toiminnanjohtaja", "executive director"),
    ("yhdistyksen sihteeri", "secretary of the association"),
    ("jäsenasioiden hoitaja", "membership officer"),
];
const PUBLIC_TITLES: &[(&str, &str)] = &[
    ("hallintojohtaja", "director of administration"),
    ("tietosuojakoordinaattori", "data protection coordinator"),
    ("hallintopäällikkö", "head of administration"),
];

/// Sentences about security, in the order they are used.
const SECURITY: &[(&str, &str)] = &[
    (
        "Tietojärjestelmiin kirjaudutaan henkilökohtaisella käyttäjätunnuksella, salasanalla ja monivaiheisella tunnistautumisella.",
        "Users sign in to the information systems with a personal user name, a password and multi-factor authentication.",
    ),
    (
        "Käyttöoikeudet annetaan vain niille työntekijöille, jotka tarvitsevat tietoja tehtävissään, ja ne tarkistetaan vuosittain.",
        "Access is granted only to employees who need the data in their work, and access rights are reviewed every year.",
    ),
    (
        "Kun työsuhde päättyy, käyttäjätunnus poistetaan samana päivänä.",
        "When employment ends, the user account is removed on the same day.",
    ),
    (
        "Tietoliikenne on salattu, ja palvelimet sijaitsevat lukituissa ja valvotuissa konesaleissa.",
        "Connections are encrypted, and the servers are in locked and monitored data centres.",
    ),
    (
        "Jokainen tietoja käsittelevä työntekijä on allekirjoittanut salassapitositoumuksen ja suorittanut tietosuojakoulutuksen.",
        "Every employee who handles the data has signed a confidentiality undertaking and completed data protection training.",
    ),
    (
        "Järjestelmien käytöstä jää lokimerkintä, ja lokeja seurataan säännöllisesti.",
        "Every use of the systems is logged, and the logs are reviewed regularly.",
    ),
    (
        "Varmuuskopiot otetaan päivittäin, ja ne säilytetään salattuina erillisessä konesalissa.",
        "Backups are taken daily and kept encrypted in a separate data centre.",
    ),
    (
        "Henkilötietojen käsittelijöiden kanssa on tehty tietosuoja-asetuksen 28 artiklan mukaiset sopimukset.",
        "Data processing agreements under GDPR Article 28 have been made with every processor.",
    ),
    (
        "Paperiset asiakirjat säilytetään lukitussa kaapissa ja hävitetään tietoturvallisesti.",
        "Paper documents are kept in a locked cabinet and destroyed securely.",
    ),
    (
        "Tietoturvapoikkeamat kirjataan ja selvitetään, ja niistä ilmoitetaan tietosuojavaltuutetulle 72 tunnin kuluessa, kun laki sitä edellyttää.",
        "Security incidents are recorded and investigated, and reported to the Data Protection Ombudsman within 72 hours when the law requires it.",
    ),
    (
        "Tietoturvan tasoa arvioidaan vuosittain sisäisellä auditoinnilla.",
        "The level of information security is assessed every year in an internal audit.",
    ),
    (
        "Etätyössä tietoja käsitellään vain työnantajan hallinnoimilla laitteilla.",
        "When working remotely, staff handle the data only on devices managed by the employer.",
    ),
];

/// Sentences that make a description longer, for the larger registers.
const ELABORATIONS: &[(&str, &str)] = &[
    (
        "Tietoja käsittelevät vain ne työntekijät, joiden tehtävät sitä edellyttävät.",
        "Only employees whose duties require it handle the data.",
    ),
    (
        "Tiedot kirjataan suoraan järjestelmään, eikä niistä tehdä paperitulosteita.",
        "The data is entered directly into the system and no paper printouts are made.",
    ),
    (
        "Tietojen oikeellisuus tarkistetaan asioinnin yhteydessä.",
        "The accuracy of the data is checked whenever the person deals with us.",
    ),
    (
        "Raportit ja tilastot laaditaan koostettuina, eikä niistä tunnista yksittäistä henkilöä.",
        "Reports and statistics are compiled in aggregate and do not identify individuals.",
    ),
    (
        "Tiedot tarkistetaan kerran vuodessa, ja vanhentuneet tiedot poistetaan.",
        "The data is reviewed once a year and outdated data is deleted.",
    ),
    (
        "Käyttötarkoituksen muutoksista kerrotaan rekisteröidyille etukäteen.",
        "Data subjects are told about changes to the purpose in advance.",
    ),
    (
        "Käsittely tapahtuu pääosin sähköisesti, ja järjestelmän käytöstä jää lokimerkintä.",
        "The processing is mainly electronic, and every use of the system is logged.",
    ),
    (
        "Tietoja ei yhdistetä muihin rekistereihin.",
        "The data is not combined with other registers.",
    ),
    (
        "Käsittely on rajattu niihin tietoihin, joita tämä käyttötarkoitus edellyttää.",
        "The processing is limited to the data this purpose requires.",
    ),
    (
        "Ohjeet tietojen käsittelystä käydään läpi uusien työntekijöiden perehdytyksessä.",
        "The instructions for handling the data are covered in the induction of new employees.",
    ),
    (
        "Jos tieto osoittautuu virheelliseksi, se korjataan viipymättä.",
        "If an item of data turns out to be wrong, it is corrected without delay.",
    ),
    (
        "Tietoja käsitellään Suomessa sijaitsevissa toimipisteissä.",
        "The data is handled at offices in Finland.",
    ),
];

impl Org {
    fn new(seed: u64, k: usize) -> Org {
        let mut rng = Rng::new(seed, TAG_ORG, k as u64);
        let u = rng.unit();
        let kind = if u < 0.40 {
            CKind::Company
        } else if u < 0.55 {
            CKind::Association
        } else if u < 0.62 {
            CKind::Foundation
        } else if u < 0.68 {
            CKind::Cooperative
        } else if u < 0.80 {
            CKind::City
        } else if u < 0.85 {
            CKind::JointAuthority
        } else if u < 0.90 {
            CKind::WellbeingCounty
        } else {
            CKind::SoleTrader
        };
        let town = rng.pick(TOWNS);
        let (region_gen, region_en) = REGIONS[town.region];
        let (place_gen, place_en) = if rng.chance(0.5) {
            (region_gen, region_en)
        } else {
            (town.genitive, town.name)
        };
        let mut health = false;
        let mut school = false;
        let mut member_special = None;
        // (name, the part of the name the domain is made from)
        let (name, stem) = match kind {
            CKind::Company => {
                let (ind, _, h) = *rng.pick(INDUSTRIES);
                health = h;
                let n = format!("{place_gen} {ind}");
                (T::same(&format!("{n} Oy")), n)
            }
            CKind::SoleTrader => {
                let (ind, _, h) = *rng.pick(INDUSTRIES);
                health = h;
                let n = format!("{ind} {}", rng.pick(SURNAMES));
                (
                    T::same(&format!("{n} (toiminimi)")).map(|s, fi| {
                        if fi {
                            s.to_string()
                        } else {
                            s.replace("(toiminimi)", "(sole trader)")
                        }
                    }),
                    n,
                )
            }
            CKind::Cooperative => {
                let (fi, en) = *rng.pick(COOP_TYPES);
                (
                    t(&format!("{place_gen} {fi}"), &format!("{place_en} {en}")),
                    format!("{place_gen} {fi}"),
                )
            }
            CKind::Association => {
                let a = rng.pick(ASSOC_TYPES);
                member_special = a.special;
                (
                    t(
                        &format!("{place_gen} {} ry", a.fi),
                        &format!("{place_en} {}", a.en),
                    ),
                    format!("{place_gen} {}", a.fi),
                )
            }
            CKind::Foundation => {
                let (fi, en, sch) = *rng.pick(FOUNDATION_TYPES);
                school = sch;
                (
                    t(
                        &format!("{region_gen} {fi} sr"),
                        &format!("{region_en} {en}"),
                    ),
                    format!("{region_gen} {fi}"),
                )
            }
            CKind::City => (
                t(
                    &format!("{} kaupunki", town.genitive),
                    &format!("City of {}", town.name),
                ),
                town.name.to_string(),
            ),
            CKind::JointAuthority => {
                school = true;
                (
                    t(
                        &format!("{region_gen} koulutuskuntayhtymä"),
                        &format!("{region_en} Joint Authority for Education"),
                    ),
                    format!("{region_gen} koulutus"),
                )
            }
            CKind::WellbeingCounty => {
                health = true;
                (
                    t(
                        &format!("{region_gen} hyvinvointialue"),
                        &format!("{region_en} Wellbeing Services County"),
                    ),
                    format!("{region_gen} hyvinvointialue"),
                )
            }
        };
        let mut slug_stem = ascii_slug(&stem, "-");
        slug_stem.truncate(48);
        let slug_stem = slug_stem.trim_end_matches('-').to_string();
        let slug = format!("{slug_stem}-{k}");
        let mut dom = ascii_slug(&stem, "");
        dom.truncate(40);
        let domain = format!("{dom}.fi");
        let street = format!("{} {}", rng.pick(STREETS), rng.range(1, 60));
        let bid = if kind.public() && rng.chance(0.5) {
            None
        } else {
            Some(business_id(&mut rng))
        };
        let phone = landline(&mut rng, town.area_code);
        let email = match kind {
            CKind::City | CKind::JointAuthority | CKind::WellbeingCounty => {
                format!("kirjaamo@{domain}")
            }
            CKind::Association | CKind::Foundation => format!("toimisto@{domain}"),
            _ => format!(
                "{}@{domain}",
                rng.pick(&["info", "asiakaspalvelu", "myynti", "toimisto"])
            ),
        };
        let privacy_email = format!("tietosuoja@{domain}");
        let contact = person(&mut rng, &domain, town.area_code);
        let titles = match kind {
            CKind::Association | CKind::Foundation => ASSOC_TITLES,
            k if k.public() => PUBLIC_TITLES,
            _ => CONTACT_TITLES,
        };
        let (tf, te) = *rng.pick(titles);
        let dpo = if kind.public() || rng.chance(0.35) {
            let mut p = person(&mut rng, &domain, town.area_code);
            if rng.chance(0.5) {
                p.email = format!("tietosuojavastaava@{domain}");
            }
            Some(p)
        } else {
            None
        };
        let it_vendor = vendor_name(&mut rng);
        let acc_vendor = vendor_name(&mut rng);
        let (noun_nom, noun_gen, noun_en) = kind.noun();
        let _ = noun_nom;
        let cloud_mechanism = if rng.chance(0.6) { "dpf" } else { "sccs" };
        let shared = vec![
            Shared {
                id: "it-services",
                name: t(&it_vendor, &format!("{it_vendor} (IT services)")),
                role: "processor",
                country: "FI",
                description: t(
                    &format!(
                        "Ylläpitää {noun_gen} tietojärjestelmiä ja työasemia ja käsittelee tietoja vain {noun_gen} lukuun henkilötietojen käsittelysopimuksen mukaisesti."
                    ),
                    &format!(
                        "Maintains {noun_en}'s information systems and workstations and processes the data only on {noun_en}'s behalf under a data processing agreement."
                    ),
                ),
            },
            Shared {
                id: "office-cloud",
                name: t(
                    "Cirrus Workplace Ireland Ltd (Cirrus 365 -toimisto- ja sähköpostipalvelu)",
                    "Cirrus Workplace Ireland Ltd (Cirrus 365 office and e-mail service)",
                ),
                role: "processor",
                country: "IE",
                description: t(
                    &format!(
                        "Tarjoaa {noun_gen} sähköpostin, kalenterin ja tiedostojen tallennuksen pilvipalveluna. Tiedot tallennetaan EU:n alueen konesaleihin; emoyhtiö Cirrus Workplace, Inc. (Yhdysvallat) pääsee tietoihin tukipalvelu- ja ylläpitotehtävissä."
                    ),
                    &format!(
                        "Provides {noun_en}'s e-mail, calendar and file storage as a cloud service. The data is stored in data centres in the EU; the parent company Cirrus Workplace, Inc. (United States) accesses it for support and maintenance."
                    ),
                ),
            },
            Shared {
                id: "accounting",
                name: if kind.public() {
                    t(
                        &format!("{region_gen} Talous- ja henkilöstöpalvelut Oy"),
                        &format!(
                            "{region_gen} Talous- ja henkilöstöpalvelut Oy (financial and HR services)"
                        ),
                    )
                } else {
                    t(&acc_vendor, &format!("{acc_vendor} (accounting services)"))
                },
                role: "processor",
                country: "FI",
                description: t(
                    &format!(
                        "Hoitaa {noun_gen} kirjanpidon, laskutuksen ja palkanlaskennan {noun_gen} lukuun."
                    ),
                    &format!(
                        "Keeps {noun_en}'s books and handles invoicing and payroll on {noun_en}'s behalf."
                    ),
                ),
            },
        ];
        Org {
            seed,
            index: k,
            slug,
            kind,
            name,
            health,
            school,
            member_special,
            town,
            street,
            domain,
            business_id: bid,
            phone,
            email,
            privacy_email,
            contact,
            contact_title: t(tf, te),
            dpo,
            shared,
            cloud_mechanism,
            founded: 2018 + rng.below(7) as u32,
        }
    }

    fn address(&self) -> T {
        let tw = self.town;
        t(
            &format!("{}, {} {}", self.street, tw.postcode, tw.name),
            &format!("{}, FI-{} {}, Finland", self.street, tw.postcode, tw.name),
        )
    }

    fn website(&self) -> String {
        format!("https://www.{}", self.domain)
    }

    fn noun(&self) -> (&'static str, &'static str, &'static str) {
        self.kind.noun()
    }

    fn cloud_transfer(&self) -> Vec<(&'static str, V)> {
        let (_, genitive, en) = self.noun();
        if self.cloud_mechanism == "dpf" {
            vec![
                ("recipient", s("office-cloud")),
                ("country", s("US")),
                ("mechanism", s("dpf")),
                (
                    "safeguard_copy",
                    V::T(t(
                        "Cirrus Workplace, Inc:n sertifiointi EU:n ja Yhdysvaltojen välisen tietosuojakehyksen piirissä on tarkistettavissa osoitteessa https://www.dataprivacyframework.gov/list.",
                        "Cirrus Workplace, Inc.'s certification under the EU–US Data Privacy Framework is listed at https://www.dataprivacyframework.gov/list.",
                    )),
                ),
                (
                    "description",
                    V::T(t(
                        "Siirto emoyhtiö Cirrus Workplace, Inc:lle Yhdysvaltoihin tukipalvelun ja ylläpidon yhteydessä. Siirto perustuu komission päätökseen tietosuojan riittävyydestä (EU) 2023/1795.",
                        "Transfer to the parent company Cirrus Workplace, Inc. in the United States for support and maintenance. The transfer relies on the Commission adequacy decision (EU) 2023/1795.",
                    )),
                ),
            ]
        } else {
            let _ = (genitive, en);
            vec![
                ("recipient", s("office-cloud")),
                ("country", s("US")),
                ("mechanism", s("sccs")),
                (
                    "safeguard_copy",
                    V::T(t(
                        &format!(
                            "Jäljennös vakiosopimuslausekkeista (komission täytäntöönpanopäätös (EU) 2021/914, moduuli 3) on saatavilla pyydettäessä osoitteesta {}.",
                            self.privacy_email
                        ),
                        &format!(
                            "A copy of the standard contractual clauses (Commission Implementing Decision (EU) 2021/914, module 3) is available on request from {}.",
                            self.privacy_email
                        ),
                    )),
                ),
                (
                    "description",
                    V::T(t(
                        "Cirrus Workplace Ireland Ltd siirtää tietoja emoyhtiölleen Cirrus Workplace, Inc:lle Yhdysvaltoihin tukipalvelua ja ylläpitoa varten. Siirto perustuu vakiosopimuslausekkeisiin, joita täydentävät salaus siirron ja tallennuksen aikana.",
                        "Cirrus Workplace Ireland Ltd transfers data to its parent company Cirrus Workplace, Inc. in the United States for support and maintenance. The transfer relies on standard contractual clauses, supplemented by encryption in transit and at rest.",
                    )),
                ),
            ]
        }
    }

    fn security_text(&self, rng: &mut Rng, sentences: usize) -> T {
        let picks = rng.sample(SECURITY.len(), sentences.clamp(2, SECURITY.len()));
        let half = picks.len().div_ceil(2);
        let mut fi = String::new();
        let mut en = String::new();
        for (j, &p) in picks.iter().enumerate() {
            if j == half && picks.len() >= 4 {
                fi.push_str("\n\n");
                en.push_str("\n\n");
            } else if j > 0 {
                fi.push(' ');
                en.push(' ');
            }
            fi.push_str(SECURITY[p].0);
            en.push_str(SECURITY[p].1);
        }
        T { fi, en }
    }

    fn rights_requests(&self, rng: &mut Rng) -> Vec<(&'static str, V)> {
        let (_, genitive, en) = self.noun();
        let name = &self.name;
        let mut v = vec![(
            "how",
            V::T(t(
                &format!(
                    "Lähetä pyyntö sähköpostitse tai kirjeitse. Tarkistamme henkilöllisyytesi ennen kuin luovutamme tietoja. Vastaamme kuukauden kuluessa pyynnön saapumisesta; {genitive} yhteyshenkilö auttaa tarvittaessa pyynnön tekemisessä."
                ),
                &format!(
                    "Send your request by e-mail or letter. We verify your identity before we disclose any data. We answer within one month of receiving the request; {en}'s contact person helps you make the request if needed."
                ),
            )),
        )];
        v.push(("email", s(self.privacy_email.clone())));
        if rng.chance(0.6) {
            v.push(("phone", s(self.phone.clone())));
        }
        let a = self.address();
        v.push((
            "address",
            V::T(t(
                &format!("{}, tietosuoja, {}", name.fi, a.fi),
                &format!("{}, data protection, {}", name.en, a.en),
            )),
        ));
        if rng.chance(0.3) {
            v.push((
                "web_form",
                s(format!("{}/tietosuoja/pyynto", self.website())),
            ));
        }
        v.push(("response_time", s("P1M")));
        v
    }

    fn text(&self) -> String {
        // A second stream of the organisation's own, so that adding a field to Org::new
        // does not shift these choices.
        let mut rng2 = Rng::new(self.seed, TAG_ORG ^ 0xff, self.index as u64);
        let a = self.address();
        let mut controller = vec![
            ("name", V::T(self.name.clone())),
            ("kind", s(self.kind.schema())),
        ];
        if let Some(b) = &self.business_id {
            controller.push(("business_id", s(b.clone())));
        }
        controller.push(("visiting_address", V::T(a.clone())));
        controller.push(("postal_address", V::T(a)));
        controller.push(("phone", s(self.phone.clone())));
        controller.push(("email", s(self.email.clone())));
        controller.push(("website", s(self.website())));
        controller.push(("country", s("FI")));
        let mut top: Vec<(&'static str, V)> = vec![
            ("organisation", s(self.slug.clone())),
            ("schema_version", V::Raw("1".into())),
            ("languages", V::Ids(vec!["fi".into(), "en".into()])),
            ("controller", V::Map(controller)),
            (
                "contact_person",
                V::Map(vec![
                    ("name", s(self.contact.name.clone())),
                    ("title", V::T(self.contact_title.clone())),
                    ("email", s(self.contact.email.clone())),
                    ("phone", s(self.contact.phone.clone())),
                ]),
            ),
        ];
        if let Some(d) = &self.dpo {
            top.push((
                "dpo",
                V::Map(vec![
                    ("name", s(d.name.clone())),
                    (
                        "title",
                        V::T(t("tietosuojavastaava", "data protection officer")),
                    ),
                    ("email", s(d.email.clone())),
                    ("phone", s(d.phone.clone())),
                ]),
            ));
        }
        let recipients = self
            .shared
            .iter()
            .map(|r| {
                vec![
                    ("id", s(r.id)),
                    ("name", V::T(r.name.clone())),
                    ("role", s(r.role)),
                    ("country", s(r.country)),
                    ("description", V::T(r.description.clone())),
                ]
            })
            .collect();
        top.push(("recipients", V::Seq(recipients)));
        top.push(("transfers", V::Seq(vec![self.cloud_transfer()])));
        let n = rng2.range(4, 7);
        top.push(("security", V::Lit(self.security_text(&mut rng2, n))));
        top.push(("rights_requests", V::Map(self.rights_requests(&mut rng2))));
        top.push(("authority", s("fi")));
        let header = format!(
            "# Generated by benches/common/generate.rs (organisation {}). Fictional.\n",
            self.index
        );
        yaml_document(&header, &top)
    }
}

// ---------------------------------------------------------------------------------------
// Registers: the model
// ---------------------------------------------------------------------------------------

struct Subject {
    id: String,
    name: T,
    desc: Option<T>,
}

struct Purpose {
    id: String,
    name: T,
    desc: T,
    basis: &'static str,
    li: Option<T>,
    law: Option<T>,
    cats: Vec<String>,
    subjects: Vec<String>,
    dm: bool,
}

impl Purpose {
    fn li(mut self, li: T) -> Self {
        self.li = Some(li);
        self
    }
    fn law(mut self, law: T) -> Self {
        self.law = Some(law);
        self
    }
    fn subj(mut self, ids: &[&str]) -> Self {
        self.subjects = ids.iter().map(|s| s.to_string()).collect();
        self
    }
    fn dm(mut self) -> Self {
        self.dm = true;
        self
    }
}

fn purpose(id: &str, name: T, desc: T, basis: &'static str, cats: &[&str]) -> Purpose {
    Purpose {
        id: id.to_string(),
        name,
        desc,
        basis,
        li: None,
        law: None,
        cats: cats.iter().map(|s| s.to_string()).collect(),
        subjects: Vec::new(),
        dm: false,
    }
}

enum Ret {
    Period(String, T),
    Until(&'static str),
    Criteria(T),
}

fn ret(period: &str, from: T) -> Ret {
    Ret::Period(period.to_string(), from)
}

struct Category {
    id: String,
    name: T,
    desc: T,
    special: Option<(&'static str, &'static str)>,
    criminal: Option<T>,
    ret: Ret,
    sources: Vec<String>,
}

impl Category {
    fn special(mut self, kind: &'static str, condition: &'static str) -> Self {
        self.special = Some((kind, condition));
        self
    }
    fn criminal(mut self, authority: T) -> Self {
        self.criminal = Some(authority);
        self
    }
}

fn cat(id: &str, name: T, desc: T, ret: Ret, sources: &[&str]) -> Category {
    Category {
        id: id.to_string(),
        name,
        desc,
        special: None,
        criminal: None,
        ret,
        sources: sources.iter().map(|s| s.to_string()).collect(),
    }
}

struct Source {
    id: String,
    name: T,
    kind: &'static str,
    public: bool,
    desc: Option<T>,
}

fn src(id: &str, name: T, kind: &'static str) -> Source {
    Source {
        id: id.to_string(),
        name,
        kind,
        public: matches!(kind, "public-register" | "public-source"),
        desc: None,
    }
}

impl Source {
    fn desc(mut self, d: T) -> Self {
        self.desc = Some(d);
        self
    }
}

struct RecDef {
    name: T,
    role: &'static str,
    country: &'static str,
    is_category: bool,
    desc: T,
}

struct Recipient {
    id: String,
    /// None: defined in the organisation file.
    def: Option<RecDef>,
    purposes: Vec<String>,
}

fn shared(id: &str, purposes: &[&str]) -> Recipient {
    Recipient {
        id: id.to_string(),
        def: None,
        purposes: purposes.iter().map(|s| s.to_string()).collect(),
    }
}

fn rec(
    id: &str,
    name: T,
    role: &'static str,
    country: &'static str,
    desc: T,
    purposes: &[&str],
) -> Recipient {
    Recipient {
        id: id.to_string(),
        def: Some(RecDef {
            name,
            role,
            country,
            is_category: false,
            desc,
        }),
        purposes: purposes.iter().map(|s| s.to_string()).collect(),
    }
}

impl Recipient {
    fn category(mut self) -> Self {
        if let Some(d) = &mut self.def {
            d.is_category = true;
        }
        self
    }
}

struct Transfer {
    recipient: String,
    country: &'static str,
    mechanism: &'static str,
    derogation: Option<&'static str>,
    copy: Option<T>,
    desc: T,
}

struct Automated {
    logic: T,
    significance: T,
    consequences: T,
}

/// How a large register grows: more service lines, or more monitored sites.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Growth {
    Services,
    Sites,
}

struct Parts {
    /// Finnish slug for the register id, e.g. "asiakasrekisteri".
    slug: &'static str,
    name: T,
    subjects: Vec<Subject>,
    purposes: Vec<Purpose>,
    categories: Vec<Category>,
    sources: Vec<Source>,
    recipients: Vec<Recipient>,
    transfers: Vec<Transfer>,
    provision: (&'static str, bool, T),
    automated: Option<Automated>,
    profiling: bool,
    growth: Growth,
    /// The source most categories of a service line come from.
    main_source: &'static str,
}

impl Parts {
    fn new(slug: &'static str, name: T, main_source: &'static str) -> Parts {
        Parts {
            slug,
            name,
            subjects: Vec::new(),
            purposes: Vec::new(),
            categories: Vec::new(),
            sources: Vec::new(),
            recipients: Vec::new(),
            transfers: Vec::new(),
            provision: ("voluntary", false, t("", "")),
            automated: None,
            profiling: false,
            growth: Growth::Services,
            main_source,
        }
    }
    fn subject(&mut self, id: &str, name: T) {
        self.subjects.push(Subject {
            id: id.to_string(),
            name,
            desc: None,
        });
    }
    fn subject_d(&mut self, id: &str, name: T, desc: T) {
        self.subjects.push(Subject {
            id: id.to_string(),
            name,
            desc: Some(desc),
        });
    }
}

/// What a register builder has at hand.
struct Ctx<'a> {
    org: &'a Org,
    rng: Rng,
    /// Size factor: 1 for a register like the samples, up to about 10.
    f: f64,
}

impl Ctx<'_> {
    fn public(&self) -> bool {
        self.org.kind.public()
    }
    fn chance(&mut self, p: f64) -> bool {
        self.rng.chance(p)
    }
    /// A text with the controller's noun filled in: `@gen`/`@Gen` (Finnish genitive),
    /// `@nom`/`@Nom` (nominative), `@the`/`@The` (English), `@email` (privacy address).
    fn x(&self, fi: &str, en: &str) -> T {
        let (nom, genitive, the) = self.org.noun();
        let email = &self.org.privacy_email;
        let fi = fi
            .replace("@Gen", &capitalise(genitive))
            .replace("@gen", genitive)
            .replace("@Nom", &capitalise(nom))
            .replace("@nom", nom)
            .replace("@email", email);
        let en = en
            .replace("@The", &capitalise(the))
            .replace("@the", the)
            .replace("@email", email);
        T { fi, en }
    }
}

fn law_accounting() -> T {
    t(
        "kirjanpitolaki (1336/1997) 2 luku 10 §",
        "Accounting Act (kirjanpitolaki 1336/1997), chapter 2, section 10",
    )
}

fn from_financial_year() -> T {
    t(
        "sen vuoden lopusta, jonka aikana tilikausi päättyi",
        "the end of the year in which the financial year ended",
    )
}

/// A vendor outside the EU/EEA: (name, country code, Finnish country name, mechanism).
struct Foreign {
    name: &'static str,
    country: &'static str,
    country_fi: &'static str,
    country_en: &'static str,
    mechanism: &'static str,
}

const FOREIGN: &[Foreign] = &[
    Foreign {
        name: "Northwind Software, Inc.",
        country: "US",
        country_fi: "Yhdysvallat",
        country_en: "the United States",
        mechanism: "dpf",
    },
    Foreign {
        name: "Lakeside Hosting LLC",
        country: "US",
        country_fi: "Yhdysvallat",
        country_en: "the United States",
        mechanism: "sccs",
    },
    Foreign {
        name: "Maple Cloud Ltd",
        country: "CA",
        country_fi: "Kanada",
        country_en: "Canada",
        mechanism: "adequacy",
    },
    Foreign {
        name: "Sakura Systems K.K.",
        country: "JP",
        country_fi: "Japani",
        country_en: "Japan",
        mechanism: "adequacy",
    },
    Foreign {
        name: "Alpine Data AG",
        country: "CH",
        country_fi: "Sveitsi",
        country_en: "Switzerland",
        mechanism: "adequacy",
    },
    Foreign {
        name: "Kiwi Apps Ltd",
        country: "NZ",
        country_fi: "Uusi-Seelanti",
        country_en: "New Zealand",
        mechanism: "adequacy",
    },
    Foreign {
        name: "Han River Soft Co., Ltd",
        country: "KR",
        country_fi: "Korean tasavalta",
        country_en: "the Republic of Korea",
        mechanism: "adequacy",
    },
    Foreign {
        name: "Montevideo Digital S.A.",
        country: "UY",
        country_fi: "Uruguay",
        country_en: "Uruguay",
        mechanism: "adequacy",
    },
    Foreign {
        name: "Carmel Data Ltd",
        country: "IL",
        country_fi: "Israel",
        country_en: "Israel",
        mechanism: "adequacy",
    },
    Foreign {
        name: "Pampa Cloud S.A.",
        country: "AR",
        country_fi: "Argentiina",
        country_en: "Argentina",
        mechanism: "adequacy",
    },
    Foreign {
        name: "Bangalore Support Services Pvt Ltd",
        country: "IN",
        country_fi: "Intia",
        country_en: "India",
        mechanism: "sccs",
    },
    Foreign {
        name: "Harbour Analytics Pte Ltd",
        country: "SG",
        country_fi: "Singapore",
        country_en: "Singapore",
        mechanism: "sccs",
    },
    Foreign {
        name: "Southern Cross Software Pty Ltd",
        country: "AU",
        country_fi: "Australia",
        country_en: "Australia",
        mechanism: "bcr",
    },
];

/// The adequacy decision for a country: (Finnish, English).
fn adequacy_decision(code: &str) -> (&'static str, &'static str) {
    match code {
        "CA" => (
            "komission päätös 2002/2/EY",
            "Commission Decision 2002/2/EC",
        ),
        "JP" => (
            "komission täytäntöönpanopäätös (EU) 2019/419",
            "Commission Implementing Decision (EU) 2019/419",
        ),
        "CH" => (
            "komission päätös 2000/518/EY",
            "Commission Decision 2000/518/EC",
        ),
        "NZ" => (
            "komission päätös 2013/65/EU",
            "Commission Decision 2013/65/EU",
        ),
        "KR" => (
            "komission täytäntöönpanopäätös (EU) 2022/254",
            "Commission Implementing Decision (EU) 2022/254",
        ),
        "UY" => (
            "komission päätös 2012/484/EU",
            "Commission Decision 2012/484/EU",
        ),
        "IL" => (
            "komission päätös 2011/61/EU",
            "Commission Decision 2011/61/EU",
        ),
        "AR" => (
            "komission päätös 2003/490/EY",
            "Commission Decision 2003/490/EC",
        ),
        _ => ("", ""),
    }
}

/// A recipient outside the EU/EEA with its transfer.
fn foreign_recipient(c: &mut Ctx, id: &str, what: T, purposes: &[&str]) -> (Recipient, Transfer) {
    let v = c.rng.pick(FOREIGN);
    let email = c.org.privacy_email.clone();
    let name = T {
        fi: format!("{} ({})", v.name, what.fi),
        en: format!("{} ({})", v.name, what.en),
    };
    let desc = c.x(
        &format!("Toimittaa palvelun ja käsittelee tietoja @gen lukuun henkilötietojen käsittelysopimuksen mukaisesti. Palveluntarjoaja sijaitsee maassa {} ja käsittelee tiedot siellä.", v.country_fi),
        &format!("Provides the service and processes the data on @the's behalf under a data processing agreement. The provider is based in {} and processes the data there.", v.country_en),
    );
    let r = rec(id, name, "processor", v.country, desc, purposes);
    let (copy, desc) = match v.mechanism {
        "dpf" => (
            Some(t(
                &format!(
                    "{}:n sertifiointi EU:n ja Yhdysvaltojen välisen tietosuojakehyksen piirissä on tarkistettavissa osoitteessa https://www.dataprivacyframework.gov/list.",
                    v.name.trim_end_matches('.')
                ),
                &format!(
                    "{}'s certification under the EU–US Data Privacy Framework is listed at https://www.dataprivacyframework.gov/list.",
                    v.name.trim_end_matches('.')
                ),
            )),
            t(
                "Siirto perustuu komission päätökseen tietosuojan riittävyydestä (EU) 2023/1795; palveluntarjoaja on sertifioitunut tietosuojakehykseen.",
                "The transfer relies on the Commission adequacy decision (EU) 2023/1795; the provider is certified under the Data Privacy Framework.",
            ),
        ),
        "adequacy" => {
            let (fi, en) = adequacy_decision(v.country);
            (
                None,
                t(
                    &format!(
                        "Siirto perustuu Euroopan komission päätökseen tietosuojan riittävyydestä ({fi})."
                    ),
                    &format!(
                        "The transfer relies on the European Commission's adequacy decision ({en})."
                    ),
                ),
            )
        }
        "bcr" => (
            Some(t(
                &format!(
                    "Palveluntarjoajan sitovat yrityssäännöt, jotka tietosuojaviranomainen on hyväksynyt, ovat saatavilla pyydettäessä osoitteesta {email}."
                ),
                &format!(
                    "The provider's binding corporate rules, approved by a data protection authority, are available on request from {email}."
                ),
            )),
            t(
                "Siirto perustuu palveluntarjoajan konsernin sitoviin yrityssääntöihin (tietosuoja-asetuksen 47 artikla).",
                "The transfer relies on the binding corporate rules of the provider's group (GDPR Article 47).",
            ),
        ),
        _ => (
            Some(t(
                &format!(
                    "Jäljennös vakiosopimuslausekkeista (komission täytäntöönpanopäätös (EU) 2021/914, moduuli 2) on saatavilla pyydettäessä osoitteesta {email}."
                ),
                &format!(
                    "A copy of the standard contractual clauses (Commission Implementing Decision (EU) 2021/914, module 2) is available on request from {email}."
                ),
            )),
            t(
                "Siirto perustuu komission vakiosopimuslausekkeisiin, ja tiedot salataan siirron ja tallennuksen ajaksi.",
                "The transfer relies on the Commission's standard contractual clauses, and the data is encrypted in transit and at rest.",
            ),
        ),
    };
    let tr = Transfer {
        recipient: id.to_string(),
        country: v.country,
        mechanism: v.mechanism,
        derogation: None,
        copy,
        desc,
    };
    (r, tr)
}

// ---------------------------------------------------------------------------------------
// Registers: the kinds
// ---------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Customers,
    Members,
    Recruitment,
    Camera,
    Newsletter,
    Events,
    Patients,
    Students,
    Loyalty,
    Staff,
    Volunteers,
    Stakeholders,
    Feedback,
    Visitors,
}

impl Kind {
    /// Whether a register of this kind grows with more service lines (or sites).
    fn grows(self) -> bool {
        matches!(
            self,
            Kind::Customers
                | Kind::Members
                | Kind::Students
                | Kind::Patients
                | Kind::Loyalty
                | Kind::Camera
        )
    }
}

/// The kinds an organisation keeps, with weights.
fn kinds_for(org: &Org) -> Vec<(Kind, u32)> {
    use Kind::*;
    let mut v = vec![
        (Recruitment, 2),
        (Camera, 2),
        (Newsletter, 1),
        (Events, 2),
        (Staff, 2),
        (Stakeholders, 1),
        (Feedback, 1),
    ];
    match org.kind {
        CKind::Company | CKind::SoleTrader => {
            v.push((Customers, 6));
            v.push((Visitors, 1));
            if !org.health {
                v.push((Loyalty, 2));
            }
        }
        CKind::Cooperative => {
            v.push((Customers, 4));
            v.push((Members, 4));
            v.push((Loyalty, 2));
        }
        CKind::Association => {
            v.push((Members, 7));
            v.push((Volunteers, 3));
        }
        CKind::Foundation => {
            v.push((Customers, 2));
            v.push((Volunteers, 2));
            v.push((Visitors, 1));
        }
        CKind::City => {
            v.push((Customers, 5));
            v.push((Students, 2));
            v.push((Volunteers, 1));
            v.push((Visitors, 1));
        }
        CKind::JointAuthority => {
            v.push((Students, 7));
            v.push((Visitors, 1));
        }
        CKind::WellbeingCounty => {
            v.push((Volunteers, 2));
            v.push((Visitors, 1));
        }
    }
    if org.health {
        v.push((Patients, 7));
    }
    if org.school && org.kind == CKind::Foundation {
        v.push((Students, 6));
    }
    v
}

fn build_kind(kind: Kind, c: &mut Ctx) -> Parts {
    match kind {
        Kind::Customers => customers(c),
        Kind::Members => members(c),
        Kind::Recruitment => recruitment(c),
        Kind::Camera => camera(c),
        Kind::Newsletter => newsletter(c),
        Kind::Events => events(c),
        Kind::Patients => patients(c),
        Kind::Students => students(c),
        Kind::Loyalty => loyalty(c),
        Kind::Staff => staff(c),
        Kind::Volunteers => volunteers(c),
        Kind::Stakeholders => stakeholders(c),
        Kind::Feedback => feedback(c),
        Kind::Visitors => visitors(c),
    }
}

fn customers(c: &mut Ctx) -> Parts {
    let public = c.public();
    let mut p = Parts::new(
        "asiakasrekisteri",
        t("Asiakasrekisteri", "Customer register"),
        "customer",
    );
    if public {
        p.subject(
            "customers",
            t(
                "Kaupungin palvelujen asiakkaat",
                "Customers of the city's services",
            ),
        );
    } else {
        p.subject(
            "customers",
            t(
                "Asiakkaat ja asiakasyritysten yhteyshenkilöt",
                "Customers and contact persons of customer companies",
            ),
        );
    }
    let analytics = c.chance(0.5);
    if analytics {
        p.subject(
            "visitors",
            t("Verkkosivuston käyttäjät", "Website visitors"),
        );
    }
    if public {
        p.purposes.push(
            purpose(
                "customer-service",
                t("Asiakaspalvelu ja asiointi", "Customer service and dealings with customers"),
                c.x(
                    "Palvelupyyntöjen, hakemusten ja ilmoitusten vastaanotto ja käsittely sekä asiakkaan neuvonta @gen palvelupisteissä, puhelimitse ja verkossa.",
                    "Receiving and handling service requests, applications and notifications, and advising customers at @the's service points, by phone and online.",
                ),
                "public-task",
                &["contact", "service-records"],
            )
            .law(t("hallintolaki (434/2003) 7 § ja 8 § (palveluperiaate ja neuvonta)", "Administrative Procedure Act (hallintolaki 434/2003), sections 7 and 8 (service principle and advice)"))
            .subj(&["customers"]),
        );
        p.purposes.push(
            purpose(
                "fees",
                t("Asiakasmaksujen laskutus", "Invoicing customer fees"),
                t("Palvelumaksujen laskutus, maksujen seuranta ja tositteiden säilyttäminen.", "Invoicing service fees, following up payments and keeping the vouchers."),
                "legal-obligation",
                &["contact", "invoicing"],
            )
            .law(t("kuntalaki (410/2015) 112 § ja kirjanpitolaki (1336/1997) 2 luku 10 §", "Local Government Act (kuntalaki 410/2015), section 112, and Accounting Act (kirjanpitolaki 1336/1997), chapter 2, section 10"))
            .subj(&["customers"]),
        );
    } else {
        p.purposes.push(
            purpose(
                "customer-relationship",
                t("Tilausten ja asiakassuhteen hoito", "Handling orders and the customer relationship"),
                t(
                    "Tilausten vastaanotto, toimitus ja laskutus, reklamaatioiden käsittely ja asiakaspalvelu.",
                    "Receiving, delivering and invoicing orders, handling complaints and customer service.",
                ),
                "contract",
                &["contact", "orders", "invoicing"],
            )
            .subj(&["customers"]),
        );
        p.purposes.push(
            purpose(
                "bookkeeping",
                t("Kirjanpito", "Bookkeeping"),
                t(
                    "Laskujen ja maksujen kirjaaminen ja tositteiden säilyttäminen.",
                    "Recording invoices and payments and keeping the vouchers.",
                ),
                "legal-obligation",
                &["invoicing"],
            )
            .law(law_accounting())
            .subj(&["customers"]),
        );
        if c.chance(0.7) {
            p.purposes.push(
                purpose(
                    "marketing",
                    t("Suoramarkkinointi asiakkaille", "Direct marketing to customers"),
                    t(
                        "Kampanjatarjousten lähettäminen postitse ja sähköpostitse asiakkaille aiempien tilausten tuoteryhmien perusteella. Jokaisessa sähköpostiviestissä on linkki viestien kieltämiseen.",
                        "Sending campaign offers by post and e-mail to customers based on the product groups of their earlier orders. Every e-mail has a link for opting out.",
                    ),
                    "legitimate-interests",
                    &["contact", "orders"],
                )
                .li(c.x(
                    "@Gen oikeutettu etu on markkinoida tuotteitaan nykyisille asiakkailleen, jotka ovat ostaneet vastaavia tuotteita.",
                    "@The's legitimate interest is to market its products to existing customers who have bought similar products.",
                ))
                .dm()
                .subj(&["customers"]),
            );
        }
        if c.chance(0.3) {
            p.purposes.push(
                purpose(
                    "debt-collection",
                    t("Saatavien perintä", "Collecting overdue payments"),
                    t(
                        "Maksumuistutusten lähettäminen ja erääntyneiden saatavien siirtäminen perintätoimistolle, kun laskua ei ole maksettu muistutuksesta huolimatta.",
                        "Sending payment reminders and passing overdue invoices to a collection agency when an invoice is still unpaid after a reminder.",
                    ),
                    "legitimate-interests",
                    &["contact", "invoicing"],
                )
                .li(c.x("@Gen oikeutettu etu on saada maksu toimittamistaan tuotteista ja palveluista.", "@The's legitimate interest is to be paid for the products and services it has delivered."))
                .subj(&["customers"]),
            );
            p.recipients.push(rec(
                "collection-agency",
                t(&format!("Perintä {} Oy", c.rng.pick(VENDOR_STEMS)), "Collection agency"),
                "processor",
                "FI",
                c.x("Perii erääntyneet saatavat @gen lukuun perintälain (513/1999) mukaisesti.", "Collects overdue payments on @the's behalf under the Debt Collection Act (513/1999)."),
                &["debt-collection"],
            ));
        }
        if c.chance(0.25) {
            p.purposes.push(
                purpose(
                    "credit-check",
                    t("Luottotietojen tarkistaminen", "Credit checks"),
                    t(
                        "Kun asiakas valitsee maksutavaksi laskun tai osamaksun, hänen luottotietonsa tarkistetaan ennen tilauksen hyväksymistä.",
                        "When a customer chooses to pay by invoice or in instalments, their credit record is checked before the order is accepted.",
                    ),
                    "contract",
                    &["contact", "credit"],
                )
                .subj(&["customers"]),
            );
            p.categories.push(cat(
                "credit",
                t("Luottotiedot", "Credit information"),
                t("tieto maksuhäiriömerkinnöistä ja luottopäätöksen tulos", "whether there are payment default entries, and the outcome of the credit decision"),
                ret("P6M", t("luottotietojen tarkistamisesta", "the credit check")),
                &["credit-agency"],
            ));
            p.sources.push(src(
                "credit-agency",
                t(
                    &format!(
                        "Luottotietopalvelu {} Oy (luottotietorekisteri)",
                        c.rng.pick(VENDOR_STEMS)
                    ),
                    "A credit reference agency's credit information register",
                ),
                "other-organisation",
            ));
            p.automated = Some(Automated {
                logic: t(
                    "Laskulla tai osamaksulla maksamisen hyväksyminen perustuu automaattiseen tarkistukseen: jos luottotiedoissa on maksuhäiriömerkintä, järjestelmä ei tarjoa laskua eikä osamaksua.",
                    "Whether you can pay by invoice or in instalments is decided by an automated check: if the credit record has a payment default entry, the system does not offer invoice or instalment payment.",
                ),
                significance: t(
                    "Päätös vaikuttaa vain maksutapaan; tilauksen pystyy silti maksamaan ennakkoon tai kortilla.",
                    "The decision only affects the payment method; the order can still be paid in advance or by card.",
                ),
                consequences: t(
                    "Jos laskua ei tarjota, voit pyytää asiakaspalvelua tarkistamaan päätöksen, ja ihminen käsittelee asian.",
                    "If invoice payment is not offered, you can ask customer service to review the decision, and a person handles the matter.",
                ),
            });
        }
    }
    if analytics {
        p.purposes.push(
            purpose(
                "web-analytics",
                t("Verkkosivuston kävijäseuranta", "Website analytics"),
                t(
                    "Sivuston käytöstä kerätään tietoa sivuston kehittämiseksi. Analytiikkaevästeet asetetaan vain, jos käyttäjä hyväksyy ne evästebannerissa. Voit perua suostumuksesi sivuston evästeasetuksista.",
                    "Data on how the website is used is collected so that we can improve it. Analytics cookies are set only if the visitor accepts them in the cookie banner. You can withdraw your consent in the website's cookie settings.",
                ),
                "consent",
                &["web-usage"],
            )
            .subj(&["visitors"]),
        );
        p.categories.push(cat(
            "web-usage",
            t("Verkkosivuston käyttötiedot", "Website usage data"),
            t(
                "lyhennetty IP-osoite, evästetunniste, selain, katsotut sivut ja katseluajat",
                "truncated IP address, cookie identifier, browser, pages viewed and viewing times",
            ),
            ret("P14M", t("tietojen keräämisestä", "collection")),
            &["website"],
        ));
        p.sources.push(src(
            "website",
            t(
                "Verkkosivuston analytiikkaevästeet",
                "Website analytics cookies",
            ),
            "observation",
        ));
        if c.chance(0.5) {
            let (r, tr) = foreign_recipient(
                c,
                "analytics",
                t("verkkoanalytiikkapalvelu", "web analytics service"),
                &["web-analytics"],
            );
            p.recipients.push(r);
            p.transfers.push(tr);
        } else {
            let v = vendor_name(&mut c.rng);
            p.recipients.push(rec(
                "analytics",
                t(
                    &format!("{v} (verkkoanalytiikka)"),
                    &format!("{v} (web analytics)"),
                ),
                "processor",
                "FI",
                c.x(
                    "Tuottaa sivuston kävijätilastot @gen lukuun.",
                    "Produces the website's visitor statistics on @the's behalf.",
                ),
                &["web-analytics"],
            ));
        }
    }
    let last = if public {
        t("viimeisestä asioinnista", "the last contact")
    } else {
        t("viimeisestä tilauksesta", "the last order")
    };
    let address_update = c.chance(0.5);
    p.categories.push(cat(
        "contact",
        t("Yhteystiedot", "Contact details"),
        if public {
            t("etu- ja sukunimi, postiosoite, sähköpostiosoite, puhelinnumero, asiointikieli", "first and last name, postal address, e-mail address, phone number, language of service")
        } else {
            t("etu- ja sukunimi, edustettu yritys, postiosoite, sähköpostiosoite, puhelinnumero", "first and last name, the company represented, postal address, e-mail address, phone number")
        },
        ret("P3Y", last),
        if address_update { &["customer", "address-update"] } else { &["customer"] },
    ));
    if public {
        p.categories.push(cat(
            "service-records",
            t("Asiointitiedot", "Service records"),
            t("asian aihe, yhteydenottojen ajankohdat, annettu neuvonta ja asian käsittelyvaihe", "the subject of the matter, the times of contact, the advice given and the stage of handling"),
            ret("P5Y", t("asian käsittelyn päättymisestä (arkistolaki 831/1994)", "the closing of the matter (Archives Act 831/1994)")),
            &["customer"],
        ));
    } else {
        p.categories.push(cat(
            "orders",
            t("Tilaushistoria", "Order history"),
            t(
                "tilatut tuotteet, tilaus- ja toimituspäivät, reklamaatiot",
                "products ordered, order and delivery dates, complaints",
            ),
            ret(
                "P3Y",
                t("tilauksen toimittamisesta", "the delivery of the order"),
            ),
            &["customer"],
        ));
    }
    p.categories.push(cat(
        "invoicing",
        t("Laskutus- ja maksutiedot", "Invoicing and payment details"),
        t(
            "laskutusosoite, laskut ja maksusuoritukset",
            "billing address, invoices and payments",
        ),
        ret("P6Y", from_financial_year()),
        &["customer"],
    ));
    p.sources.insert(
        0,
        src(
            "customer",
            t(
                "Asiakas itse (tilaukset, asiakaspalvelu, verkkoasiointi)",
                "The customer (orders, customer service, online services)",
            ),
            "data-subject",
        ),
    );
    if address_update {
        p.sources.push(src(
            "address-update",
            t(
                "Postin osoitteenmuutospalvelu",
                "The postal service's change-of-address service",
            ),
            "other-organisation",
        ));
    }
    let main: Vec<&str> = p
        .purposes
        .iter()
        .filter(|x| x.basis != "consent")
        .map(|x| x.id.as_str())
        .collect::<Vec<_>>();
    let main: Vec<String> = main.iter().map(|s| s.to_string()).collect();
    let main_ref: Vec<&str> = main.iter().map(String::as_str).collect();
    p.recipients.push(shared("it-services", &main_ref));
    p.recipients.push(shared(
        "accounting",
        if public { &["fees"] } else { &["bookkeeping"] },
    ));
    if !public && c.chance(0.5) {
        p.recipients.push(rec(
            "delivery",
            t(&format!("Kuljetusliike {} Oy", c.rng.pick(VENDOR_STEMS)), "Haulage contractor"),
            "processor",
            "FI",
            t("Toimittaa tilaukset asiakkaille ja saa toimitusta varten nimen, osoitteen ja puhelinnumeron.", "Delivers orders to customers and receives the name, address and phone number for the delivery."),
            &["customer-relationship"],
        ));
    }
    p.provision = (
        "contract-prerequisite",
        true,
        if public {
            t(
                "Yhteystiedot tarvitaan asian käsittelyyn ja päätöksen tiedoksiantoon; ilman niitä asiaa ei pystytä käsittelemään. Analytiikkaevästeiden hyväksyminen on vapaaehtoista.",
                "Contact details are needed to handle the matter and to notify the decision; without them the matter cannot be handled. Accepting analytics cookies is voluntary.",
            )
        } else {
            t(
                "Nimi, yhteystiedot ja laskutustiedot tarvitaan tilauksen toimittamiseen ja laskuttamiseen; ilman niitä emme pysty ottamaan tilausta vastaan. Analytiikkaevästeiden hyväksyminen on vapaaehtoista eikä vaikuta sivuston käyttöön.",
                "Name, contact and invoicing details are needed to deliver and invoice an order; without them we cannot accept the order. Accepting analytics cookies is voluntary and does not affect the use of the website.",
            )
        },
    );
    p
}

fn members(c: &mut Ctx) -> Parts {
    let coop = c.org.kind == CKind::Cooperative;
    let mut p = Parts::new(
        "jasenrekisteri",
        t("Jäsenrekisteri", "Member register"),
        "member",
    );
    p.subject("members", t("Jäsenet", "Members"));
    p.subject_d(
        "former-members",
        t("Eronneet jäsenet", "Former members"),
        t(
            "Jäsenet, jotka ovat eronneet tai jotka on erotettu viimeisten kahden vuoden aikana.",
            "Members who have resigned or been expelled in the last two years.",
        ),
    );
    let (law, law_en) = if coop {
        (
            "osuuskuntalaki (421/2013) 3 luku 1 § (jäsenluettelo)",
            "Co-operatives Act (osuuskuntalaki 421/2013), chapter 3, section 1 (list of members)",
        )
    } else {
        (
            "yhdistyslaki (503/1989) 11 § (jäsenluettelo)",
            "Associations Act (yhdistyslaki 503/1989), section 11 (list of members)",
        )
    };
    p.purposes.push(
        purpose(
            "member-register",
            t("Jäsenluettelon pitäminen", "Keeping the list of members"),
            c.x(
                "@Nom pitää luetteloa jäsenistään lain edellyttämällä tavalla: jäsenen nimi, kotipaikka ja liittymispäivä.",
                "@The keeps a list of its members as the law requires: the member's name, place of residence and date of joining.",
            ),
            "legal-obligation",
            &["identity", "membership"],
        )
        .law(t(law, law_en)),
    );
    p.purposes.push(
        purpose(
            "membership",
            t("Jäsenyyden hoito", "Managing the membership"),
            c.x(
                "Jäsenhakemusten käsittely, jäsenmaksujen laskutus, jäsenetujen toimittaminen ja yhteydenpito jäseniin @gen sääntöjen mukaisesti.",
                "Handling membership applications, invoicing membership fees, providing member benefits and keeping in touch with members under @the's rules.",
            ),
            "contract",
            &["identity", "contact", "membership", "fees"],
        )
        .subj(&["members"]),
    );
    p.purposes.push(
        purpose(
            "bookkeeping",
            t("Kirjanpito", "Bookkeeping"),
            t(
                "Jäsenmaksujen ja muiden maksujen kirjaaminen ja tositteiden säilyttäminen.",
                "Recording membership fees and other payments and keeping the vouchers.",
            ),
            "legal-obligation",
            &["fees"],
        )
        .law(law_accounting()),
    );
    if let Some((special, fi, en)) = c.org.member_special {
        p.purposes.push(
            purpose(
                "member-activities",
                t("Jäsenille suunnattu toiminta", "Activities for members"),
                c.x(
                    "Vertaistuki-, koulutus- ja edunvalvontatoiminnan järjestäminen jäsenille sekä jäsenten ohjaaminen heille tarkoitettuihin ryhmiin.",
                    "Organising peer support, training and advocacy for members and directing members to the groups meant for them.",
                ),
                "contract",
                &["member-details"],
            )
            .subj(&["members"]),
        );
        p.categories.push(
            cat(
                "member-details",
                t(
                    "Toimintaan liittyvät jäsentiedot",
                    "Member details for activities",
                ),
                t(fi, en),
                ret(
                    "P1Y",
                    t("jäsenyyden päättymisestä", "the end of the membership"),
                ),
                &["member"],
            )
            .special(special, "not-for-profit-members"),
        );
    }
    if c.chance(0.6) {
        p.purposes.push(
            purpose(
                "member-communication",
                t("Jäsentiedotus", "Member communications"),
                c.x(
                    "Jäsenkirjeiden, kokouskutsujen ja jäsenlehden lähettäminen. Kokouskutsut lähetetään @gen sääntöjen mukaisesti.",
                    "Sending member letters, notices of meetings and the member magazine. Notices of meetings are sent as @the's rules require.",
                ),
                "legitimate-interests",
                &["contact"],
            )
            .li(c.x(
                "@Gen oikeutettu etu on pitää jäsenensä ajan tasalla toiminnastaan ja kutsua heidät kokouksiin.",
                "@The's legitimate interest is to keep its members informed of its activities and to invite them to meetings.",
            ))
            .subj(&["members"]),
        );
    }
    if c.chance(0.4) {
        p.purposes.push(
            purpose(
                "positions",
                t("Luottamustehtävät", "Positions of trust"),
                c.x(
                    "Hallituksen, toimikuntien ja tilintarkastajien valinta ja tiedot luottamushenkilöistä; hallituksen jäsenet ilmoitetaan yhdistysrekisteriin.",
                    "Electing the board, committees and auditors and keeping details of the people holding positions of trust; board members are notified to the Register of Associations.",
                ),
                "legal-obligation",
                &["identity", "positions"],
            )
            .law(t("yhdistyslaki (503/1989) 48 § ja yhdistysrekisteriasetus (506/2001)", "Associations Act (yhdistyslaki 503/1989), section 48, and Decree on the Register of Associations (506/2001)"))
            .subj(&["members"]),
        );
        p.categories.push(cat(
            "positions",
            t("Luottamustehtävät", "Positions of trust"),
            t("luottamustehtävä, toimikausi, henkilötunnus yhdistysrekisteri-ilmoitusta varten", "position of trust, term of office, personal identity code for the notification to the Register of Associations"),
            ret("P10Y", t("toimikauden päättymisestä", "the end of the term of office")),
            &["member"],
        ));
        p.recipients.push(rec(
            "prh",
            t("Patentti- ja rekisterihallitus (yhdistysrekisteri)", "Finnish Patent and Registration Office (Register of Associations)"),
            "authority",
            "FI",
            t("Hallituksen jäsenten ja nimenkirjoittajien tiedot yhdistysrekisteriin lain edellyttämällä tavalla.", "Details of the board members and authorised signatories for the Register of Associations, as the law requires."),
            &["positions"],
        ));
    }
    p.categories.insert(
        0,
        cat(
            "identity",
            t("Henkilötiedot", "Identity details"),
            t(
                "nimi, kotipaikka, syntymävuosi",
                "name, place of residence, year of birth",
            ),
            ret(
                "P2Y",
                t("jäsenyyden päättymisestä", "the end of the membership"),
            ),
            &["member"],
        ),
    );
    p.categories.insert(
        1,
        cat(
            "contact",
            t("Yhteystiedot", "Contact details"),
            t(
                "postiosoite, sähköpostiosoite, puhelinnumero, kieli",
                "postal address, e-mail address, phone number, language",
            ),
            ret(
                "P2Y",
                t("jäsenyyden päättymisestä", "the end of the membership"),
            ),
            &["member", "address-service"],
        ),
    );
    p.categories.push(cat(
        "membership",
        t("Jäsenyystiedot", "Membership details"),
        t(
            "jäsennumero, liittymis- ja eroamispäivä, jäsenlaji",
            "membership number, dates of joining and leaving, type of membership",
        ),
        ret(
            "P2Y",
            t("jäsenyyden päättymisestä", "the end of the membership"),
        ),
        &["member"],
    ));
    p.categories.push(cat(
        "fees",
        t("Jäsenmaksutiedot", "Membership fee details"),
        t(
            "jäsenmaksuluokka, laskut, maksupäivät",
            "membership fee class, invoices, dates of payment",
        ),
        ret("P6Y", from_financial_year()),
        &["member"],
    ));
    p.sources.push(src(
        "member",
        t(
            "Jäsen itse (jäsenhakemus, jäsenpalvelu)",
            "The member (membership application, member services)",
        ),
        "data-subject",
    ));
    p.sources.push(
        src(
            "address-service",
            t(
                "Väestötietojärjestelmän osoitepalvelu",
                "Address service of the Population Information System",
            ),
            "public-register",
        )
        .desc(t(
            "Osoitteet päivitetään, kun jäsenlehti palautuu perille toimittamattomana.",
            "Addresses are updated when the member magazine is returned undelivered.",
        )),
    );
    let ids: Vec<String> = p.purposes.iter().map(|x| x.id.clone()).collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    p.recipients.push(shared("it-services", &ids));
    p.recipients
        .push(shared("accounting", &["membership", "bookkeeping"]));
    if c.chance(0.4) {
        p.recipients.push(shared("office-cloud", &["membership"]));
    }
    if c.chance(0.5) {
        p.recipients.push(rec(
            "printing",
            t(&format!("Kirjapaino {} Oy", c.rng.pick(VENDOR_STEMS)), "Printing house"),
            "processor",
            "FI",
            t("Painaa ja postittaa jäsenlehden; saa jäsenten nimet ja postiosoitteet.", "Prints and posts the member magazine; receives members' names and postal addresses."),
            &["membership"],
        ));
    }
    p.provision = (
        "contract-prerequisite",
        true,
        t(
            "Nimi, kotipaikka ja yhteystiedot tarvitaan jäseneksi liittymiseen ja jäsenmaksun laskuttamiseen; ilman niitä jäsenhakemusta ei pystytä hyväksymään.",
            "Name, place of residence and contact details are needed to join and to invoice the membership fee; without them the membership application cannot be accepted.",
        ),
    );
    p
}

fn recruitment(c: &mut Ctx) -> Parts {
    let public = c.public();
    let mut p = Parts::new(
        "rekrytointirekisteri",
        t("Rekrytointirekisteri", "Recruitment register"),
        "applicant",
    );
    p.subject_d(
        "applicants",
        t("Työnhakijat", "Job applicants"),
        t(
            "Avoimeen työpaikkaan tai avoimella hakemuksella hakeneet henkilöt.",
            "People who apply for an advertised position or send an open application.",
        ),
    );
    p.purposes.push(
        purpose(
            "recruitment",
            t("Rekrytoinnin toteuttaminen", "Running the recruitment"),
            t(
                "Hakemusten vastaanotto ja arviointi, haastattelut, hakijoiden valinta ja valintapäätöksestä ilmoittaminen. Suosittelijoilta kysytään tietoja vain hakijan suostumuksella (laki yksityisyyden suojasta työelämässä 759/2004, 4 §).",
                "Receiving and assessing applications, interviews, selecting applicants and notifying them of the decision. Referees are contacted only with the applicant's consent (Act on the Protection of Privacy in Working Life 759/2004, section 4).",
            ),
            if public { "public-task" } else { "contract" },
            &["contact", "application", "assessment"],
        ),
    );
    if public {
        let last = p.purposes.last_mut().expect("pushed");
        last.law = Some(t(
            "laki kunnallisesta viranhaltijasta (304/2003) 4 § ja kuntalaki (410/2015) 87 §",
            "Act on Municipal Office Holders (304/2003), section 4, and Local Government Act (kuntalaki 410/2015), section 87",
        ));
    }
    if c.chance(0.6) {
        p.purposes.push(purpose(
            "aptitude-tests",
            t("Soveltuvuusarvioinnit", "Aptitude assessments"),
            t(
                "Loppuvaiheen hakijoille tehdään henkilö- ja soveltuvuusarviointi vain hakijan suostumuksella (laki yksityisyyden suojasta työelämässä 759/2004, 13 §). Hakijalla on oikeus saada arvioinnin lausunto maksutta.",
                "Applicants in the final stage take a personality and aptitude assessment only with their consent (Act on the Protection of Privacy in Working Life 759/2004, section 13). The applicant receives the assessment statement free of charge on request.",
            ),
            "consent",
            &["aptitude"],
        ));
        p.categories.push(cat(
            "aptitude",
            t(
                "Soveltuvuusarvioinnin tulokset",
                "Aptitude assessment results",
            ),
            t(
                "arvioinnin tekijän kirjallinen lausunto hakijan soveltuvuudesta tehtävään",
                "the assessor's written statement on the applicant's suitability for the position",
            ),
            ret(
                "P2Y",
                t("rekrytoinnin päättymisestä", "the end of the recruitment"),
            ),
            &["assessor"],
        ));
        let v = c.rng.pick(VENDOR_STEMS);
        p.sources.push(src(
            "assessor",
            t(
                &format!("Soveltuvuusarvioinnin tekijä (Arviointikeskus {v} Oy)"),
                &format!("The aptitude assessor (Arviointikeskus {v} Oy)"),
            ),
            "other-organisation",
        ));
        p.recipients.push(rec(
            "assessor",
            T::same(&format!("Arviointikeskus {v} Oy")),
            "processor",
            "FI",
            c.x(
                "Tekee henkilö- ja soveltuvuusarvioinnit @gen lukuun.",
                "Carries out personality and aptitude assessments on @the's behalf.",
            ),
            &["aptitude-tests"],
        ));
    }
    if c.chance(0.35) {
        p.purposes.push(
            purpose(
                "background-check",
                t("Rikostaustan selvittäminen", "Checking the criminal background"),
                t(
                    "Lasten kanssa työskentelevään tehtävään valitulta pyydetään nähtäväksi rikosrekisteriote ennen työsuhteen alkamista. Otteesta kirjataan vain sen esittämispäivä ja tieto siitä, että ote on nähty.",
                    "The person selected for work with children is asked to show an extract from the criminal record before the employment begins. Only the date it was shown and the fact that it was seen are recorded.",
                ),
                "legal-obligation",
                &["criminal-record"],
            )
            .law(t(
                "laki lasten kanssa työskentelevien rikostaustan selvittämisestä (504/2002) 2 § ja 4 §",
                "Act on Checking the Criminal Background of Persons Working with Children (504/2002), sections 2 and 4",
            )),
        );
        p.categories.push(
            cat(
                "criminal-record",
                t("Rikostaustan selvittäminen", "Criminal background check"),
                t("merkintä rikosrekisteriotteen esittämisestä ja sen päivämäärä", "a note that the extract from the criminal record was shown, and the date"),
                ret("P6M", t("otteen esittämisestä", "the date the extract was shown")),
                &["applicant"],
            )
            .criminal(t(
                "laki lasten kanssa työskentelevien rikostaustan selvittämisestä (504/2002) 4 §: työnantaja saa merkitä vain otteen esittämisen ja sen päivämäärän",
                "Act on Checking the Criminal Background of Persons Working with Children (504/2002), section 4: the employer records only that the extract was shown and the date",
            )),
        );
    }
    p.purposes.push(
        purpose(
            "claims",
            t("Syrjintäkanteisiin vastaaminen", "Responding to discrimination claims"),
            t(
                "Hakemusasiakirjat ja valintaperusteet säilytetään rekrytoinnin päätyttyä, jotta valinnan perusteet pystytään osoittamaan, jos hakija vaatii hyvitystä tai vahingonkorvausta yhdenvertaisuuslain (1325/2014) tai tasa-arvolain (609/1986) perusteella.",
                "Application documents and the selection criteria are kept after the recruitment ends so that the grounds of the choice can be shown if an applicant claims compensation under the Non-Discrimination Act (1325/2014) or the Equality Act (609/1986).",
            ),
            if public { "legal-obligation" } else { "legitimate-interests" },
            &["contact", "application", "assessment"],
        ),
    );
    {
        let last = p.purposes.last_mut().expect("pushed");
        if public {
            last.law = Some(t(
                "yhdenvertaisuuslaki (1325/2014) 28 § ja tasa-arvolaki (609/1986) 8 §",
                "Non-Discrimination Act (1325/2014), section 28, and Equality Act (609/1986), section 8",
            ));
        } else {
            last.li = Some(c.x(
                "@Gen oikeutettu etu on pystyä puolustautumaan syrjintää koskevia vaatimuksia vastaan lakien kanneaikojen kuluessa.",
                "@The's legitimate interest is to be able to defend itself against discrimination claims within the statutory time limits for bringing them.",
            ));
        }
    }
    let end = t(
        "rekrytoinnin päättymisestä (valintapäätöksen tiedoksiannosta)",
        "the end of the recruitment (notification of the selection decision)",
    );
    p.categories.insert(
        0,
        cat(
            "contact",
            t("Henkilö- ja yhteystiedot", "Identity and contact details"),
            t(
                "nimi, sähköpostiosoite, puhelinnumero, postiosoite",
                "name, e-mail address, phone number, postal address",
            ),
            ret("P2Y", end.clone()),
            &["applicant"],
        ),
    );
    p.categories.insert(1, cat("application", t("Hakemustiedot", "Application details"), t("hakemus, ansioluettelo, koulutus, työkokemus, kielitaito, tutkintotodistukset, palkkatoive", "application, CV, education, work experience, language skills, certificates, salary expectation"), ret("P2Y", end.clone()), &["applicant"]));
    p.categories.insert(2, cat("assessment", t("Haastattelu- ja arviointitiedot", "Interview and assessment notes"), t("haastattelumuistiinpanot, suosittelijoiden lausunnot, valintaperusteiden mukainen arviointi", "interview notes, referees' statements, assessment against the selection criteria"), ret("P2Y", end), &["applicant", "referees"]));
    p.sources.insert(
        0,
        src(
            "applicant",
            t(
                "Hakija itse (hakulomake, haastattelut)",
                "The applicant (application form, interviews)",
            ),
            "data-subject",
        ),
    );
    p.sources.insert(
        1,
        src(
            "referees",
            t(
                "Hakijan nimeämät suosittelijat, hakijan suostumuksella",
                "Referees named by the applicant, with the applicant's consent",
            ),
            "other-organisation",
        ),
    );
    if c.chance(0.4) {
        let (r, tr) = foreign_recipient(
            c,
            "ats",
            t("rekrytointijärjestelmä", "applicant tracking system"),
            &["recruitment", "claims"],
        );
        p.recipients.push(r);
        p.transfers.push(tr);
    } else {
        let v = vendor_name(&mut c.rng);
        p.recipients.push(rec(
            "ats",
            t(&format!("{v} (rekrytointijärjestelmä)"), &format!("{v} (applicant tracking system)")),
            "processor",
            "FI",
            t("Tarjoaa sähköisen rekrytointijärjestelmän, johon hakemukset tallennetaan. Tiedot säilytetään Suomessa.", "Provides the applicant tracking system where applications are stored. The data is kept in Finland."),
            &["recruitment", "claims"],
        ));
    }
    p.recipients.push(shared("it-services", &["recruitment"]));
    p.provision = (
        "contract-prerequisite",
        false,
        t(
            "Hakemuksen tekeminen on vapaaehtoista. Ilman yhteystietoja ja hakemustietoja emme pysty arvioimaan hakemustasi. Soveltuvuusarviointiin osallistuminen edellyttää suostumustasi; jos et anna sitä, arviointia ei tehdä ja valinta perustuu muihin tietoihin.",
            "Applying is voluntary. Without your contact and application details we cannot assess your application. Taking part in the aptitude assessment requires your consent; if you do not give it, no assessment is made and the selection is based on the other information.",
        ),
    );
    p
}

const SITES: &[(&str, &str, &str)] = &[
    ("paakonttori", "Pääkonttori", "Head office"),
    (
        "varasto",
        "Varasto ja lastauslaituri",
        "Warehouse and loading bay",
    ),
    ("pysakointi", "Pysäköintihalli", "Car park"),
    ("myymala", "Myymälä", "Shop"),
    ("aula", "Pääaula", "Main lobby"),
    ("tuotanto", "Tuotantotilat", "Production premises"),
    ("piha", "Piha-alue", "Yard"),
    ("uimahalli", "Uimahalli", "Swimming hall"),
    ("kirjasto", "Kirjasto", "Library"),
    ("kirjastoauto", "Kirjastoauto", "Mobile library"),
    ("satama", "Satama-alue", "Harbour area"),
    ("palvelupiste", "Palvelupiste", "Service point"),
    ("liikuntahalli", "Liikuntahalli", "Sports hall"),
    ("jateasema", "Jäteasema", "Waste station"),
    ("vastaanotto", "Vastaanottotilat", "Reception premises"),
    (
        "konesali",
        "Konesalin kulunvalvonta",
        "Data centre access control",
    ),
];

fn camera(c: &mut Ctx) -> Parts {
    let public = c.public();
    let mut p = Parts::new(
        "kameravalvonta",
        t("Kameravalvontarekisteri", "Camera surveillance register"),
        "cameras",
    );
    p.growth = Growth::Sites;
    p.subject(
        "visitors",
        t("Asiakkaat ja muut kävijät", "Customers and other visitors"),
    );
    p.subject_d(
        "staff",
        t(
            "Tiloissa työskentelevät henkilöt",
            "People working on the premises",
        ),
        t(
            "Oma henkilöstö sekä palveluntuottajien työntekijät valvotuissa tiloissa.",
            "Our own staff and the employees of service providers in the monitored premises.",
        ),
    );
    let mut safety = purpose(
        "safety",
        t(
            "Turvallisuuden ja omaisuuden suojaaminen",
            "Protecting safety and property",
        ),
        t(
            "Kameravalvonta sisäänkäynneillä, käytävillä, pysäköintialueella ja lastauslaiturilla. Kameroita ei ole wc-tiloissa, pukuhuoneissa eikä taukotiloissa. Kuvaa ei käytetä työntekijöiden työnteon seurantaan (laki yksityisyyden suojasta työelämässä 759/2004, 16 §).",
            "Camera surveillance at the entrances, in the corridors, the car park and the loading bay. There are no cameras in toilets, changing rooms or break rooms. The footage is not used to monitor employees' work (Act on the Protection of Privacy in Working Life 759/2004, section 16).",
        ),
        if public {
            "public-task"
        } else {
            "legitimate-interests"
        },
        &["recordings"],
    );
    if public {
        safety = safety.law(t(
            "laki viranomaisten toiminnan julkisuudesta (621/1999) 18 § ja työturvallisuuslaki (738/2002) 8 §",
            "Act on the Openness of Government Activities (621/1999), section 18, and Occupational Safety and Health Act (738/2002), section 8",
        ));
    } else {
        safety = safety.li(c.x(
            "@Gen oikeutettu etu on suojata kävijöiden ja henkilöstön turvallisuutta ja omaisuutta sekä ehkäistä ja selvittää rikoksia ja vahinkoja.",
            "@The's legitimate interest is to protect the safety of visitors and staff and property, and to prevent and investigate crimes and damage.",
        ));
    }
    p.purposes.push(safety);
    let mut incidents = purpose(
        "incidents",
        t(
            "Rikosten ja vahinkojen selvittäminen",
            "Investigating crimes and damage",
        ),
        t(
            "Tallenteesta talletetaan ote, kun tiloissa on tapahtunut rikos, vahinko tai onnettomuus, ja ote luovutetaan pyynnöstä poliisille tai vakuutusyhtiölle.",
            "An extract of the footage is saved when a crime, damage or accident has happened on the premises, and the extract is given on request to the police or an insurer.",
        ),
        if public {
            "public-task"
        } else {
            "legitimate-interests"
        },
        &["incident-extracts"],
    );
    if public {
        incidents = incidents.law(t(
            "laki viranomaisten toiminnan julkisuudesta (621/1999) 18 §",
            "Act on the Openness of Government Activities (621/1999), section 18",
        ));
    } else {
        incidents = incidents.li(c.x(
            "@Gen oikeutettu etu on selvittää tapahtunut rikos, vahinko tai onnettomuus ja laatia, esittää tai puolustaa siihen liittyviä oikeudellisia vaateita.",
            "@The's legitimate interest is to establish what happened in a crime, damage or accident and to establish, exercise or defend legal claims arising from it.",
        ));
    }
    p.purposes.push(incidents);
    let days = *c.rng.pick(&["P14D", "P30D", "P60D", "P90D"]);
    p.categories.push(cat(
        "recordings",
        t("Kameravalvonnan tallenteet", "Surveillance footage"),
        t(
            "kuvatallenne (ei ääntä), tallennuspaikka ja -aika",
            "video footage (no sound), place and time of recording",
        ),
        ret(
            days,
            t(
                "tallennushetkestä, minkä jälkeen tallenne korvautuu automaattisesti uudella",
                "the time of recording, after which the footage is overwritten automatically",
            ),
        ),
        &["cameras"],
    ));
    p.categories.push(
        cat(
            "incident-extracts",
            t("Talletetut tallenneotteet", "Saved extracts of footage"),
            t("rikosta, vahinkoa tai onnettomuutta koskeva tallenneote ja selvitysmuistio", "the extract of footage of a crime, damage or accident, and the incident report"),
            ret("P1Y", t("tapahtumasta; jos asia on poliisin tai tuomioistuimen käsittelyssä, asian lainvoimaisesta ratkaisusta", "the incident; if the matter is before the police or a court, from the final decision")),
            &["cameras"],
        )
        .criminal(t(
            "tietosuojalaki (1050/2018) 7 §: käsittely on tarpeen oikeudellisen vaateen laatimiseksi, esittämiseksi, puolustamiseksi tai ratkaisemiseksi",
            "Data Protection Act (tietosuojalaki 1050/2018), section 7: processing is needed to establish, exercise, defend or decide a legal claim",
        )),
    );
    p.sources.push(
        src(
            "cameras",
            t(
                "Valvontakamerat toimitiloissa",
                "Surveillance cameras on the premises",
            ),
            "observation",
        )
        .desc(t(
            "Kameravalvonnasta kerrotaan kylteillä jokaisella sisäänkäynnillä.",
            "Signs at every entrance tell that the premises are under camera surveillance.",
        )),
    );
    let town = c.org.town;
    let police = match town.region {
        0 | 1 | 2 => (
            "Itä-Suomen poliisilaitos",
            "Eastern Finland Police Department",
        ),
        3 | 4 => ("Hämeen poliisilaitos", "Häme Police Department"),
        5 => (
            "Sisä-Suomen poliisilaitos",
            "Central Finland Police Department",
        ),
        6 | 7 => (
            "Lounais-Suomen poliisilaitos",
            "Southwestern Finland Police Department",
        ),
        8 => (
            "Kaakkois-Suomen poliisilaitos",
            "Southeastern Finland Police Department",
        ),
        9 => (
            "Sisä-Suomen poliisilaitos",
            "Central Finland Police Department",
        ),
        10 | 11 => ("Oulun poliisilaitos", "Oulu Police Department"),
        12 => ("Lapin poliisilaitos", "Lapland Police Department"),
        13 => ("Pohjanmaan poliisilaitos", "Ostrobothnia Police Department"),
        _ => (
            "Itä-Uudenmaan poliisilaitos",
            "Eastern Uusimaa Police Department",
        ),
    };
    let v = c.rng.pick(VENDOR_STEMS);
    p.recipients.push(rec(
        "security-company",
        t(
            &format!("Turvapalvelu {v} Oy"),
            &format!("Turvapalvelu {v} Oy (security company)"),
        ),
        "processor",
        "FI",
        c.x(
            "Vastaa valvomosta ja tallennusjärjestelmän ylläpidosta @gen lukuun.",
            "Runs the control room and maintains the recording system on @the's behalf.",
        ),
        &["safety", "incidents"],
    ));
    p.recipients.push(rec(
        "police",
        t(police.0, police.1),
        "authority",
        "FI",
        t(
            "Tallenneotteet rikoksen esitutkintaa varten poliisin pyynnöstä (esitutkintalaki 805/2011, poliisilaki 872/2011 4 luku 3 §).",
            "Extracts of footage for the pre-trial investigation of a crime, at the request of the police (Criminal Investigation Act 805/2011, Police Act 872/2011 chapter 4 section 3).",
        ),
        &["incidents"],
    ));
    p.recipients.push(
        rec(
            "insurers",
            t(
                "Vahingon korvaava vakuutusyhtiö",
                "The insurer handling the damage claim",
            ),
            "controller",
            "FI",
            t(
                "Tallenneote vahingon selvittämiseksi, kun vahingonkorvausasia on vireillä.",
                "An extract of footage to establish the damage when a claim is pending.",
            ),
            &["incidents"],
        )
        .category(),
    );
    p.provision = (
        "voluntary",
        false,
        t(
            "Kuvatallenne syntyy, kun liikut valvotuissa tiloissa. Valvotut alueet on merkitty kyltein; jos et halua tulla kuvatuksi, älä liiku merkityillä alueilla.",
            "Footage is recorded when you move in the monitored areas. The monitored areas are marked with signs; if you do not want to be filmed, do not enter the marked areas.",
        ),
    );
    p
}

fn newsletter(c: &mut Ctx) -> Parts {
    let mut p = Parts::new(
        "uutiskirje",
        t(
            "Uutiskirjeen tilaajarekisteri",
            "Newsletter subscriber register",
        ),
        "subscriber",
    );
    p.subject(
        "subscribers",
        t("Uutiskirjeen tilaajat", "Newsletter subscribers"),
    );
    p.purposes.push(purpose(
        "newsletter",
        t("Uutiskirjeen lähettäminen", "Sending the newsletter"),
        c.x(
            "Uutiskirje @gen palveluista, tapahtumista ja ajankohtaisista asioista niille, jotka ovat sen tilanneet. Jokaisessa viestissä on linkki tilauksen perumiseen, ja voit perua suostumuksesi milloin tahansa.",
            "A newsletter on @the's services, events and current affairs for those who have subscribed. Every message has a link for unsubscribing, and you can withdraw your consent at any time.",
        ),
        "consent",
        &["subscription"],
    ));
    let stats = c.chance(0.6);
    if stats {
        p.purposes.push(purpose(
            "newsletter-statistics",
            t("Uutiskirjeen avausseuranta", "Tracking newsletter opens"),
            t(
                "Uutiskirjeen avaamisista ja linkkien klikkauksista kootaan tilasto, jonka perusteella uutiskirjeen sisältöä kehitetään. Seurannasta pyydetään erillinen suostumus tilauslomakkeella.",
                "Statistics are compiled on opens of the newsletter and clicks on its links, and the content is developed on that basis. Separate consent to the tracking is asked on the subscription form.",
            ),
            "consent",
            &["engagement"],
        ));
        p.categories.push(cat(
            "engagement",
            t("Avaus- ja klikkaustiedot", "Open and click data"),
            t(
                "viestin avausaika, klikatut linkit, käytetty laite",
                "time the message was opened, links clicked, device used",
            ),
            ret(
                "P1Y",
                t("viestin lähettämisestä", "the sending of the message"),
            ),
            &["mailer-tracking"],
        ));
        p.sources.push(src(
            "mailer-tracking",
            t(
                "Uutiskirjeen seurantapikselit ja linkit",
                "The newsletter's tracking pixels and links",
            ),
            "observation",
        ));
    }
    if c.chance(0.5) {
        p.purposes.push(purpose(
            "invitations",
            t("Kutsut tapahtumiin", "Invitations to events"),
            c.x(
                "Kutsujen lähettäminen @gen tapahtumiin, koulutuksiin ja verkkoseminaareihin niille tilaajille, jotka ovat valinneet tämän aihepiirin tilauslomakkeella.",
                "Sending invitations to @the's events, training and webinars to subscribers who have chosen this topic on the subscription form.",
            ),
            "consent",
            &["subscription", "interests"],
        ));
        p.categories.push(cat(
            "interests",
            t("Kiinnostuksen kohteet", "Interests"),
            t(
                "tilaajan valitsemat aihepiirit, kieli ja toivottu viestitiheys",
                "the topics, language and message frequency the subscriber has chosen",
            ),
            Ret::Until("consent-withdrawn"),
            &["subscriber"],
        ));
    }
    if c.chance(0.6) {
        let mut list = purpose(
            "suppression-list",
            t("Kieltolistan ylläpito", "Keeping the opt-out list"),
            t(
                "Kun tilaaja peruu tilauksensa, hänen sähköpostiosoitteensa säilytetään kieltolistalla, jotta osoitetta ei lisätä vahingossa uudelleen postituslistalle.",
                "When a subscriber unsubscribes, their e-mail address is kept on an opt-out list so that the address is not added to the mailing list again by mistake.",
            ),
            if c.public() {
                "public-task"
            } else {
                "legitimate-interests"
            },
            &["opt-out"],
        );
        if c.public() {
            list = list.law(t(
                "kuntalaki (410/2015) 29 § (viestintä)",
                "Local Government Act (kuntalaki 410/2015), section 29 (communications)",
            ));
        } else {
            list = list.li(c.x(
                "@Gen oikeutettu etu on varmistaa, että tilauksensa perunut henkilö ei enää saa viestejä.",
                "@The's legitimate interest is to make sure that a person who has unsubscribed receives no further messages.",
            ));
        }
        p.purposes.push(list);
        p.categories.push(cat(
            "opt-out",
            t("Kieltolista", "Opt-out list"),
            t(
                "sähköpostiosoite ja tilauksen päättymispäivä",
                "e-mail address and the date the subscription ended",
            ),
            ret(
                "P3Y",
                t("tilauksen päättymisestä", "the end of the subscription"),
            ),
            &["subscriber"],
        ));
    }
    p.categories.insert(
        0,
        cat(
            "subscription",
            t("Tilaustiedot", "Subscription details"),
            t(
                "sähköpostiosoite, nimi, kieli, tilauspäivä, valitut aihepiirit",
                "e-mail address, name, language, date of subscription, topics chosen",
            ),
            Ret::Until("consent-withdrawn"),
            &["subscriber"],
        ),
    );
    p.sources.insert(
        0,
        src(
            "subscriber",
            t(
                "Tilaaja itse (tilauslomake verkkosivuilla)",
                "The subscriber (subscription form on the website)",
            ),
            "data-subject",
        ),
    );
    let ids: Vec<&str> = if stats {
        vec![
            "newsletter",
            "newsletter-statistics",
            "invitations",
            "suppression-list",
        ]
    } else {
        vec!["newsletter", "invitations", "suppression-list"]
    };
    if c.chance(0.6) {
        let (r, tr) = foreign_recipient(
            c,
            "mailer",
            t("uutiskirjepalvelu", "newsletter service"),
            &ids,
        );
        p.recipients.push(r);
        p.transfers.push(tr);
    } else {
        let v = vendor_name(&mut c.rng);
        p.recipients.push(rec(
            "mailer",
            t(
                &format!("{v} (uutiskirjepalvelu)"),
                &format!("{v} (newsletter service)"),
            ),
            "processor",
            "FI",
            c.x(
                "Lähettää uutiskirjeen @gen lukuun ja säilyttää tilaajaluettelon.",
                "Sends the newsletter on @the's behalf and keeps the list of subscribers.",
            ),
            &ids,
        ));
    }
    p.provision = (
        "voluntary",
        false,
        t(
            "Uutiskirjeen tilaaminen on vapaaehtoista. Ilman sähköpostiosoitetta emme pysty lähettämään uutiskirjettä.",
            "Subscribing to the newsletter is voluntary. Without an e-mail address we cannot send you the newsletter.",
        ),
    );
    p
}

fn events(c: &mut Ctx) -> Parts {
    let public = c.public();
    let mut p = Parts::new(
        "tapahtumarekisteri",
        t(
            "Tapahtumien osallistujarekisteri",
            "Event participant register",
        ),
        "registration",
    );
    p.subject(
        "participants",
        t(
            "Tapahtumiin ja koulutuksiin ilmoittautuneet",
            "People registered for events and training",
        ),
    );
    p.subject(
        "speakers",
        t("Puhujat ja esiintyjät", "Speakers and performers"),
    );
    let mut organise = purpose(
        "events",
        t("Tapahtumien ja koulutusten järjestäminen", "Organising events and training"),
        t(
            "Ilmoittautumisten vastaanotto, osallistujalistojen laatiminen, nimikylttien tulostus, osallistumismaksujen laskutus ja tapahtumaa koskeva viestintä osallistujille.",
            "Receiving registrations, compiling participant lists, printing name badges, invoicing participation fees and communicating with participants about the event.",
        ),
        if public { "public-task" } else { "contract" },
        &["participant", "attendance"],
    )
    .subj(&["participants", "speakers"]);
    if public {
        organise = organise.law(t("kuntalaki (410/2015) 1 § ja 7 § (asukkaiden hyvinvoinnin ja elinvoiman edistäminen)", "Local Government Act (kuntalaki 410/2015), sections 1 and 7 (promoting residents' wellbeing and vitality)"));
    }
    p.purposes.push(organise);
    p.purposes.push(
        purpose(
            "dietary",
            t("Erityisruokavalioiden huomioiminen", "Catering for special diets"),
            t(
                "Ilmoittautuja kertoo halutessaan erityisruokavalionsa tai ruoka-aineallergiansa, jotta tarjoilu järjestetään hänelle sopivaksi. Tieto välitetään pitopalvelulle ilman osallistujan yhteystietoja.",
                "A participant who wishes to do so tells us about a special diet or food allergy so that the catering suits them. The information is passed to the caterer without the participant's contact details.",
            ),
            "consent",
            &["dietary"],
        )
        .subj(&["participants"]),
    );
    if c.chance(0.5) {
        let mut photos = purpose(
            "photography",
            t("Tapahtumakuvaus", "Event photography"),
            c.x(
                "Tapahtumissa otetaan yleiskuvia, joita julkaistaan @gen verkkosivuilla ja sosiaalisen median tileillä. Kuvaamisesta kerrotaan ilmoittautumisen yhteydessä ja tapahtumapaikalla, ja kuvaamaton alue on merkitty.",
                "General photos are taken at events and published on @the's website and social media accounts. Photography is announced at registration and at the venue, and a photo-free area is marked.",
            ),
            if public { "public-task" } else { "legitimate-interests" },
            &["photos"],
        );
        if public {
            photos = photos.law(t(
                "kuntalaki (410/2015) 29 § (viestintä)",
                "Local Government Act (kuntalaki 410/2015), section 29 (communications)",
            ));
        } else {
            photos = photos.li(c.x(
                "@Gen oikeutettu etu on kertoa toiminnastaan ja tapahtumistaan kuvin. Yksittäisiä henkilöitä esittävät kuvat julkaistaan vain kuvattavan luvalla.",
                "@The's legitimate interest is to show its activities and events in pictures. Photos of individual people are published only with their permission.",
            ));
        }
        p.purposes.push(photos);
        p.categories.push(cat(
            "photos",
            t("Tapahtumakuvat", "Event photos"),
            t(
                "yleiskuvat tapahtumista, joissa osallistujat näkyvät",
                "general photos of events in which participants appear",
            ),
            ret("P5Y", t("tapahtumasta", "the event")),
            &["photographer"],
        ));
        p.sources.push(src(
            "photographer",
            t("Tapahtumakuvaaja", "The event photographer"),
            "observation",
        ));
    }
    p.categories.insert(
        0,
        cat(
            "participant",
            t("Osallistujan tiedot", "Participant details"),
            t(
                "nimi, organisaatio, sähköpostiosoite, puhelinnumero, laskutustiedot",
                "name, organisation, e-mail address, phone number, invoicing details",
            ),
            ret("P1Y", t("tapahtuman päättymisestä", "the end of the event")),
            &["registration"],
        ),
    );
    p.categories.insert(
        1,
        cat(
            "attendance",
            t("Osallistumistiedot", "Attendance details"),
            t(
                "tapahtuma, ilmoittautumis- ja peruutuspäivä, läsnäolo, palaute",
                "the event, dates of registration and cancellation, attendance, feedback",
            ),
            ret("P1Y", t("tapahtuman päättymisestä", "the end of the event")),
            &["registration"],
        ),
    );
    p.categories.insert(
        2,
        cat(
            "dietary",
            t("Erityisruokavaliot", "Special diets"),
            t(
                "ilmoittajan kertoma erityisruokavalio tai ruoka-aineallergia",
                "the special diet or food allergy the participant tells us about",
            ),
            ret("P1M", t("tapahtuman päättymisestä", "the end of the event")),
            &["registration"],
        )
        .special("health", "explicit-consent"),
    );
    p.sources.insert(
        0,
        src(
            "registration",
            t(
                "Ilmoittautumislomake ja osallistujan omat ilmoitukset",
                "The registration form and what the participant tells us",
            ),
            "data-subject",
        ),
    );
    let v = c.rng.pick(VENDOR_STEMS);
    p.recipients.push(rec(
        "caterer",
        t(&format!("Pitopalvelu {v} Oy"), &format!("Pitopalvelu {v} Oy (caterer)")),
        "processor",
        "FI",
        t("Saa erityisruokavaliot ilman osallistujien yhteystietoja tarjoilun järjestämiseksi.", "Receives the special diets without participants' contact details in order to arrange the catering."),
        &["dietary"],
    ));
    if c.chance(0.5) {
        let (r, tr) = foreign_recipient(
            c,
            "registration-service",
            t("ilmoittautumisjärjestelmä", "event registration system"),
            &["events", "dietary"],
        );
        p.recipients.push(r);
        p.transfers.push(tr);
    } else {
        p.recipients.push(shared("office-cloud", &["events"]));
    }
    if c.chance(0.3) {
        p.purposes.push(
            purpose(
                "study-trips",
                t("Opintomatkat", "Study trips"),
                t(
                    "Opintomatkoille ilmoittautuneiden nimet, syntymäajat ja passin numerot välitetään hotellille ja paikalliselle matkanjärjestäjälle, jotta majoitus ja ohjelma varataan nimellä.",
                    "The names, dates of birth and passport numbers of people registered for study trips are passed to the hotel and the local tour operator so that accommodation and programme are booked by name.",
                ),
                "contract",
                &["travel"],
            )
            .subj(&["participants"]),
        );
        p.categories.push(cat(
            "travel",
            t("Matkustustiedot", "Travel details"),
            t(
                "nimi passin mukaan, syntymäaika, passin numero, kansalaisuus",
                "name as in the passport, date of birth, passport number, nationality",
            ),
            ret("P3M", t("matkan päättymisestä", "the end of the trip")),
            &["registration"],
        ));
        p.recipients.push(rec(
            "tour-operator",
            t("Paikallinen matkanjärjestäjä ja hotelli kohdemaassa", "The local tour operator and hotel in the destination country"),
            "controller",
            "TR",
            t("Saa osallistujien matkustustiedot majoituksen ja ohjelman varaamiseksi.", "Receives the participants' travel details to book the accommodation and programme."),
            &["study-trips"],
        ).category());
        p.transfers.push(Transfer {
            recipient: "tour-operator".into(),
            country: "TR",
            mechanism: "derogation",
            derogation: Some("contract-with-subject"),
            copy: None,
            desc: t(
                "Tietojen siirto Turkkiin on välttämätön osallistujan kanssa tehdyn matkasopimuksen täytäntöönpanemiseksi (tietosuoja-asetuksen 49 artiklan 1 kohdan b alakohta).",
                "The transfer to Turkey is necessary for the performance of the travel contract with the participant (GDPR Article 49(1)(b)).",
            ),
        });
    }
    p.provision = (
        "contract-prerequisite",
        true,
        t(
            "Nimi ja yhteystiedot tarvitaan ilmoittautumisen vastaanottamiseen ja laskuttamiseen; ilman niitä emme pysty ottamaan ilmoittautumista vastaan. Erityisruokavalion ilmoittaminen on vapaaehtoista: jos et kerro sitä, tarjoilussa ei huomioida ruokavaliotasi.",
            "Name and contact details are needed to accept and invoice a registration; without them we cannot accept it. Telling us about a special diet is voluntary: if you do not, the catering will not take your diet into account.",
        ),
    );
    p
}

fn patients(c: &mut Ctx) -> Parts {
    let public = c.public();
    let mut p = Parts::new(
        "potilasrekisteri",
        t("Potilasrekisteri", "Patient register"),
        "patient",
    );
    p.subject("patients", t("Potilaat", "Patients"));
    p.subject_d(
        "guardians",
        t(
            "Alaikäisten potilaiden huoltajat",
            "Guardians of minor patients",
        ),
        t(
            "Huoltajan nimi ja yhteystiedot kirjataan alaikäisen potilaan tietoihin.",
            "The guardian's name and contact details are recorded with a minor patient's data.",
        ),
    );
    p.purposes.push(
        purpose(
            "care",
            t("Potilaan hoidon järjestäminen ja toteuttaminen", "Arranging and providing the patient's care"),
            t(
                "Potilaan tutkiminen, hoidon suunnittelu, toteutus ja seuranta sekä hoitoon liittyvien merkintöjen tekeminen potilasasiakirjoihin.",
                "Examining the patient, planning, providing and following up care, and making entries in the patient records.",
            ),
            if public { "public-task" } else { "legal-obligation" },
            &["identity", "health-records"],
        )
        .law(t(
            "laki potilaan asemasta ja oikeuksista (785/1992) 12 § ja laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä (703/2023)",
            "Act on the Status and Rights of Patients (785/1992), section 12, and Act on the Processing of Client Data in Healthcare and Social Welfare (703/2023)",
        )),
    );
    p.purposes.push(
        purpose(
            "appointments",
            t("Ajanvaraus ja muistutukset", "Appointments and reminders"),
            t("Vastaanottoaikojen varaaminen, muuttaminen ja peruminen sekä muistutusviestien lähettäminen tekstiviestillä.", "Booking, changing and cancelling appointments and sending reminders by text message."),
            if public { "public-task" } else { "contract" },
            &["identity", "appointments"],
        ),
    );
    if public {
        let last = p.purposes.last_mut().expect("pushed");
        last.law = Some(t(
            "terveydenhuoltolaki (1326/2010) 51 §",
            "Health Care Act (terveydenhuoltolaki 1326/2010), section 51",
        ));
        p.purposes.push(
            purpose(
                "client-fees",
                t("Asiakasmaksut", "Client fees"),
                t(
                    "Asiakasmaksujen määrääminen, laskutus ja perintä.",
                    "Setting, invoicing and collecting client fees.",
                ),
                "legal-obligation",
                &["identity", "billing"],
            )
            .law(t(
                "laki sosiaali- ja terveydenhuollon asiakasmaksuista (734/1992)",
                "Act on Client Charges in Healthcare and Social Welfare (734/1992)",
            )),
        );
    } else {
        p.purposes.push(
            purpose(
                "billing",
                t("Laskutus ja Kela-korvaukset", "Billing and Kela reimbursements"),
                t("Hoidon laskutus, suorakorvausten hakeminen Kelalta ja vakuutusyhtiöltä sekä kirjanpito.", "Billing for care, claiming direct reimbursements from Kela and insurers, and bookkeeping."),
                "legal-obligation",
                &["identity", "billing"],
            )
            .law(t(
                "sairausvakuutuslaki (1224/2004) 15 luku 9 § ja kirjanpitolaki (1336/1997) 2 luku 10 §",
                "Health Insurance Act (1224/2004), chapter 15, section 9, and Accounting Act (kirjanpitolaki 1336/1997), chapter 2, section 10",
            )),
        );
    }
    p.categories.push(cat(
        "identity",
        t("Henkilö- ja yhteystiedot", "Identity and contact details"),
        t("nimi, henkilötunnus, osoite, puhelinnumero, äidinkieli, huoltajan tai lähiomaisen nimi ja yhteystiedot", "name, personal identity code, address, phone number, mother tongue, name and contact details of a guardian or next of kin"),
        ret("P12Y", t("potilaan kuolemasta; jos kuolinpäivä ei ole tiedossa, 120 vuotta syntymästä", "the patient's death; if the date of death is not known, 120 years from birth")),
        &["patient", "population-register"],
    ));
    p.categories.push(
        cat(
            "health-records",
            t("Potilasasiakirjat", "Patient records"),
            t("esitiedot, tutkimustulokset, diagnoosit, hoitosuunnitelma, lääkitys, lähetteet ja hoitopalautteet", "medical history, test results, diagnoses, care plan, medication, referrals and discharge summaries"),
            ret("P12Y", t("potilaan kuolemasta; jos kuolinpäivä ei ole tiedossa, 120 vuotta syntymästä (laki 703/2023, liite)", "the patient's death; if the date of death is not known, 120 years from birth (Act 703/2023, annex)")),
            &["patient", "other-providers", "professionals"],
        )
        .special("health", "health-care"),
    );
    p.categories.push(cat(
        "appointments",
        t("Ajanvaraustiedot", "Appointment details"),
        t(
            "varatut ajat, peruutukset, muistutusviestit",
            "appointments booked, cancellations, reminders",
        ),
        ret("P2Y", t("vastaanottokäynnistä", "the appointment")),
        &["patient"],
    ));
    p.categories.push(cat(
        "billing",
        t("Laskutustiedot", "Billing details"),
        t(
            "laskut, maksut, Kela- ja vakuutuskorvaukset",
            "invoices, payments, Kela and insurance reimbursements",
        ),
        ret("P6Y", from_financial_year()),
        &["patient"],
    ));
    p.sources.push(src(
        "patient",
        t(
            "Potilas itse tai hänen huoltajansa",
            "The patient or their guardian",
        ),
        "data-subject",
    ));
    p.sources.push(src(
        "professionals",
        t(
            "Hoitoon osallistuvat ammattihenkilöt (merkinnät hoidon aikana)",
            "Health care professionals taking part in the care (entries made during care)",
        ),
        "observation",
    ));
    p.sources.push(src("other-providers", t("Muut terveydenhuollon toimintayksiköt potilaan suostumuksella tai lain nojalla (Kanta-palvelut)", "Other health care providers with the patient's consent or under the law (Kanta Services)"), "other-organisation"));
    p.sources.push(src(
        "population-register",
        t(
            "Väestötietojärjestelmä (Digi- ja väestötietovirasto)",
            "Population Information System (Digital and Population Data Services Agency)",
        ),
        "public-register",
    ));
    p.recipients.push(rec(
        "kanta",
        t(
            "Kansaneläkelaitos (Kanta-palvelut, Potilastiedon arkisto)",
            "Social Insurance Institution of Finland (Kanta Services, Patient Data Repository)",
        ),
        "authority",
        "FI",
        t(
            "Potilasasiakirjat tallennetaan Potilastiedon arkistoon lain 703/2023 mukaisesti.",
            "Patient records are stored in the Patient Data Repository as Act 703/2023 requires.",
        ),
        &["care"],
    ));
    let billing_purpose = if public { "client-fees" } else { "billing" };
    p.recipients.push(rec(
        "kela",
        t(
            "Kansaneläkelaitos (sairausvakuutuskorvaukset)",
            "Social Insurance Institution of Finland (health insurance reimbursements)",
        ),
        "authority",
        "FI",
        t(
            "Suorakorvauksen hakemiseen tarvittavat tiedot.",
            "The data needed to claim a direct reimbursement.",
        ),
        &[billing_purpose],
    ));
    let v = vendor_name(&mut c.rng);
    p.recipients.push(rec(
        "patient-system",
        t(&format!("{v} (potilastietojärjestelmä)"), &format!("{v} (patient information system)")),
        "processor",
        "FI",
        c.x("Toimittaa ja ylläpitää potilastietojärjestelmää @gen lukuun; tiedot säilytetään Suomessa.", "Supplies and maintains the patient information system on @the's behalf; the data is kept in Finland."),
        &["care", "appointments"],
    ));
    if c.chance(0.4) {
        let (r, tr) = foreign_recipient(
            c,
            "reminders",
            t("tekstiviestimuistutukset", "text message reminders"),
            &["appointments"],
        );
        p.recipients.push(r);
        p.transfers.push(tr);
    }
    p.provision = (
        "statutory",
        true,
        t(
            "Henkilötiedot ja hoidon kannalta tarpeelliset terveystiedot tarvitaan hoidon turvalliseen järjestämiseen, ja terveydenhuollon ammattihenkilöllä on lakisääteinen velvollisuus kirjata ne. Jos et anna tietoja, hoitoa ei pystytä suunnittelemaan turvallisesti.",
            "Identity details and the health data relevant to the care are needed to arrange the care safely, and health care professionals have a legal duty to record them. If you do not provide them, the care cannot be planned safely.",
        ),
    );
    p
}

fn students(c: &mut Ctx) -> Parts {
    let foundation = c.org.kind == CKind::Foundation;
    let vocational = c.org.kind == CKind::JointAuthority;
    let mut p = Parts::new(
        "opiskelijarekisteri",
        t("Opiskelijarekisteri", "Student register"),
        "student",
    );
    p.subject(
        "students",
        t("Opiskelijat ja oppilaat", "Students and pupils"),
    );
    p.subject(
        "guardians",
        t(
            "Alaikäisten opiskelijoiden huoltajat",
            "Guardians of minor students",
        ),
    );
    let (law_fi, law_en) = if vocational {
        (
            "laki ammatillisesta koulutuksesta (531/2017) 106 § ja 108 §",
            "Act on Vocational Education and Training (531/2017), sections 106 and 108",
        )
    } else if c.chance(0.5) {
        (
            "lukiolaki (714/2018) 41 § ja laki valtakunnallisista opinto- ja tutkintorekistereistä (884/2017)",
            "General Upper Secondary Schools Act (714/2018), section 41, and Act on National Registers of Education Records, Qualifications and Degrees (884/2017)",
        )
    } else {
        (
            "perusopetuslaki (628/1998) 40 § ja 41 §",
            "Basic Education Act (628/1998), sections 40 and 41",
        )
    };
    let basis = if foundation {
        "legal-obligation"
    } else {
        "public-task"
    };
    p.purposes.push(
        purpose(
            "studies",
            t("Opintojen järjestäminen ja opintosuoritusten kirjaaminen", "Organising studies and recording study attainments"),
            t(
                "Opiskelijaksi ottaminen, opintojen suunnittelu, arviointi, todistusten antaminen ja opintosuoritusten tallentaminen.",
                "Admitting students, planning studies, assessment, issuing certificates and recording study attainments.",
            ),
            basis,
            &["identity", "studies"],
        )
        .law(t(law_fi, law_en)),
    );
    p.purposes.push(
        purpose(
            "student-welfare",
            t("Opiskeluhuolto", "Student welfare"),
            t(
                "Opiskeluhuollon palvelujen järjestäminen ja opiskeluhuoltokertomusten kirjaaminen. Opiskeluhuollon tiedot pidetään erillään opintotiedoista.",
                "Arranging student welfare services and recording student welfare reports. Student welfare data is kept separate from study records.",
            ),
            basis,
            &["identity", "welfare"],
        )
        .law(t("oppilas- ja opiskelijahuoltolaki (1287/2013) 20 §", "Pupil and Student Welfare Act (1287/2013), section 20")),
    );
    if c.chance(0.6) {
        p.purposes.push(
            purpose(
                "special-support",
                t("Erityinen tuki ja erityisjärjestelyt", "Special support and special arrangements"),
                t("Tuen tarpeen arviointi sekä erityisen tuen ja opetusjärjestelyjen suunnittelu ja toteutus.", "Assessing the need for support and planning and providing special support and teaching arrangements."),
                basis,
                &["identity", "support"],
            )
            .law(t(law_fi, law_en)),
        );
        p.categories.push(
            cat(
                "support",
                t("Tuen tarve ja erityisjärjestelyt", "Need for support and special arrangements"),
                t("tuen tarpeen arviointi, henkilökohtaistamisasiakirjan tukitoimet, lausunnot", "the assessment of the need for support, support measures in the personal plan, statements"),
                ret("P10Y", t("opintojen päättymisestä", "the end of the studies")),
                &["student", "welfare-staff"],
            )
            .special("health", "substantial-public-interest"),
        );
    }
    if c.chance(0.5) {
        p.purposes.push(
            purpose(
                "meals",
                t("Kouluruokailu ja erityisruokavaliot", "School meals and special diets"),
                t("Kouluruokailun järjestäminen ja erityisruokavalioiden huomioiminen huoltajan tai opiskelijan ilmoituksen perusteella.", "Arranging school meals and catering for special diets reported by the guardian or the student."),
                "consent",
                &["diet"],
            )
            .subj(&["students"]),
        );
        p.categories.push(
            cat(
                "diet",
                t("Erityisruokavaliot", "Special diets"),
                t(
                    "erityisruokavalio ja ruoka-aineallergiat",
                    "special diet and food allergies",
                ),
                ret(
                    "P1Y",
                    t("lukuvuoden päättymisestä", "the end of the school year"),
                ),
                &["student"],
            )
            .special("health", "explicit-consent"),
        );
    }
    p.categories.insert(0, cat("identity", t("Henkilötiedot", "Identity details"), t("nimi, henkilötunnus, oppijanumero, äidinkieli, osoite, huoltajien nimet ja yhteystiedot", "name, personal identity code, learner number, mother tongue, address, names and contact details of guardians"), ret("P50Y", t("opintojen päättymisestä", "the end of the studies")), &["student", "population-register"]));
    p.categories.insert(
        1,
        cat(
            "studies",
            t("Opintotiedot", "Study records"),
            t(
                "opinto-oikeus, opintosuoritukset, arvosanat, poissaolot, todistukset",
                "right to study, attainments, grades, absences, certificates",
            ),
            ret(
                "P50Y",
                t(
                    "opintojen päättymisestä (todistusjäljennökset säilytetään pysyvästi)",
                    "the end of the studies (copies of certificates are kept permanently)",
                ),
            ),
            &["student", "teachers"],
        ),
    );
    p.categories.insert(
        2,
        cat(
            "welfare",
            t("Opiskeluhuoltokertomukset", "Student welfare reports"),
            t(
                "opiskeluhuollon asiantuntijan kirjaamat tapaamiset ja toimenpiteet",
                "meetings and measures recorded by student welfare staff",
            ),
            ret("P10Y", t("viimeisestä merkinnästä", "the last entry")),
            &["student", "welfare-staff"],
        )
        .special("health", "substantial-public-interest"),
    );
    p.sources.push(src(
        "student",
        t(
            "Opiskelija itse ja alaikäisen huoltaja",
            "The student and the guardian of a minor",
        ),
        "data-subject",
    ));
    p.sources.push(src(
        "teachers",
        t("Opettajien tekemät merkinnät", "Entries made by teachers"),
        "observation",
    ));
    p.sources.push(src(
        "welfare-staff",
        t(
            "Opiskeluhuollon henkilöstö (kuraattori, psykologi, terveydenhoitaja)",
            "Student welfare staff (school social worker, psychologist, nurse)",
        ),
        "observation",
    ));
    p.sources.push(src(
        "population-register",
        t("Väestötietojärjestelmä", "Population Information System"),
        "public-register",
    ));
    p.recipients.push(rec(
        "koski",
        t("Opetushallitus (KOSKI-palvelu)", "Finnish National Agency for Education (KOSKI service)"),
        "authority",
        "FI",
        t("Opinto-oikeudet ja opintosuoritukset tallennetaan KOSKI-palveluun lain 884/2017 mukaisesti.", "Rights to study and attainments are stored in the KOSKI service under Act 884/2017."),
        &["studies"],
    ));
    let v = vendor_name(&mut c.rng);
    p.recipients.push(rec(
        "student-system",
        t(
            &format!("{v} (opiskelijahallintojärjestelmä)"),
            &format!("{v} (student information system)"),
        ),
        "processor",
        "FI",
        c.x(
            "Toimittaa ja ylläpitää opiskelijahallintojärjestelmää @gen lukuun.",
            "Supplies and maintains the student information system on @the's behalf.",
        ),
        &["studies", "student-welfare"],
    ));
    p.recipients.push(shared("it-services", &["studies"]));
    p.provision = (
        "statutory",
        true,
        t(
            "Opiskelijan henkilötiedot ja opintosuoritukset kirjataan lain nojalla; ilman niitä opiskelijaksi ottamista, arviointia ja todistuksen antamista ei pystytä hoitamaan. Erityisruokavalion ilmoittaminen on vapaaehtoista.",
            "A student's identity details and attainments are recorded under the law; without them admission, assessment and certificates cannot be handled. Reporting a special diet is voluntary.",
        ),
    );
    p
}

fn loyalty(c: &mut Ctx) -> Parts {
    let mut p = Parts::new(
        "kanta-asiakasrekisteri",
        t("Kanta-asiakasrekisteri", "Loyalty programme register"),
        "member",
    );
    p.subject(
        "loyalty-members",
        t(
            "Kanta-asiakasohjelman jäsenet",
            "Members of the loyalty programme",
        ),
    );
    p.purposes.push(
        purpose(
            "loyalty",
            t("Kanta-asiakasohjelman hoito", "Running the loyalty programme"),
            t(
                "Kanta-asiakkuuden perustaminen, ostojen kirjaaminen, bonusten ja etujen laskeminen ja maksaminen sekä kanta-asiakaskortin toimittaminen kanta-asiakasehtojen mukaisesti.",
                "Setting up the membership, recording purchases, calculating and paying bonuses and benefits, and delivering the loyalty card under the programme terms.",
            ),
            "contract",
            &["member-details", "purchases", "benefits"],
        ),
    );
    let profiling = c.chance(0.6);
    if profiling {
        p.purposes.push(
            purpose(
                "personalised-offers",
                t("Henkilökohtaiset tarjoukset", "Personalised offers"),
                c.x(
                    "Ostohistorian perusteella kanta-asiakkaalle kohdennetaan tarjouksia sähköpostitse ja mobiilisovelluksessa. Kohdentaminen perustuu tuoteryhmiin, eikä siinä käytetä terveyteen tai muuhun arkaluonteiseen asiaan viittaavia ostoja.",
                    "Offers are targeted to loyalty members by e-mail and in the mobile app based on their purchase history. The targeting uses product groups and leaves out purchases that point to health or other sensitive matters.",
                ),
                "legitimate-interests",
                &["member-details", "purchases"],
            )
            .li(c.x(
                "@Gen oikeutettu etu on tarjota kanta-asiakkailleen heitä kiinnostavia etuja ja markkinoida tuotteitaan nykyisille asiakkailleen.",
                "@The's legitimate interest is to offer its loyalty members benefits that interest them and to market its products to existing customers.",
            ))
            .dm(),
        );
        p.profiling = true;
    }
    p.purposes.push(
        purpose(
            "bookkeeping",
            t("Kirjanpito", "Bookkeeping"),
            t(
                "Bonusmaksujen ja ostojen kirjaaminen kirjanpitoon.",
                "Recording bonus payments and purchases in the accounts.",
            ),
            "legal-obligation",
            &["benefits"],
        )
        .law(law_accounting()),
    );
    p.categories.push(cat("member-details", t("Kanta-asiakkaan tiedot", "Member details"), t("nimi, syntymävuosi, osoite, sähköpostiosoite, puhelinnumero, kanta-asiakasnumero, markkinointiluvat", "name, year of birth, address, e-mail address, phone number, membership number, marketing permissions"), ret("P2Y", t("kanta-asiakkuuden päättymisestä", "the end of the membership")), &["member"]));
    p.categories.push(cat(
        "purchases",
        t("Ostotiedot", "Purchase data"),
        t(
            "ostopäivä, myymälä, tuoteryhmät ja ostosumma",
            "date of purchase, shop, product groups and amount",
        ),
        ret("P2Y", t("ostotapahtumasta", "the purchase")),
        &["tills"],
    ));
    p.categories.push(cat(
        "benefits",
        t("Bonukset ja edut", "Bonuses and benefits"),
        t(
            "kertyneet bonukset, maksetut bonukset, käytetyt edut",
            "bonuses earned, bonuses paid, benefits used",
        ),
        ret("P6Y", from_financial_year()),
        &["tills"],
    ));
    p.sources.push(src(
        "member",
        t(
            "Kanta-asiakas itse (liittymislomake, mobiilisovellus)",
            "The member (joining form, mobile app)",
        ),
        "data-subject",
    ));
    p.sources.push(src(
        "tills",
        t(
            "Kassajärjestelmä (ostot kanta-asiakaskortilla)",
            "The till system (purchases with the loyalty card)",
        ),
        "observation",
    ));
    let v = vendor_name(&mut c.rng);
    p.recipients.push(rec(
        "loyalty-platform",
        t(
            &format!("{v} (kanta-asiakasjärjestelmä)"),
            &format!("{v} (loyalty platform)"),
        ),
        "processor",
        "FI",
        c.x(
            "Ylläpitää kanta-asiakasjärjestelmää @gen lukuun.",
            "Maintains the loyalty platform on @the's behalf.",
        ),
        &["loyalty"],
    ));
    if profiling && c.chance(0.5) {
        let (r, tr) = foreign_recipient(
            c,
            "marketing-platform",
            t("markkinoinnin automaatio", "marketing automation"),
            &["personalised-offers"],
        );
        p.recipients.push(r);
        p.transfers.push(tr);
    }
    p.recipients.push(shared("accounting", &["bookkeeping"]));
    p.provision = (
        "contract-prerequisite",
        true,
        t(
            "Nimi ja yhteystiedot tarvitaan kanta-asiakkuuden perustamiseen ja bonusten maksamiseen; ilman niitä kanta-asiakkuutta ei pystytä perustamaan.",
            "Name and contact details are needed to set up the membership and pay bonuses; without them you cannot join the loyalty programme.",
        ),
    );
    p
}

fn staff(c: &mut Ctx) -> Parts {
    let mut p = Parts::new(
        "henkilostorekisteri",
        t("Henkilöstörekisteri", "Personnel register"),
        "employee",
    );
    p.subject(
        "employees",
        t(
            "Työntekijät ja viranhaltijat",
            "Employees and office holders",
        ),
    );
    p.subject(
        "former-employees",
        t("Entiset työntekijät", "Former employees"),
    );
    p.purposes.push(
        purpose(
            "employment",
            t("Työsuhteen hoitaminen", "Managing the employment relationship"),
            t(
                "Työsopimuksen tekeminen, työaikojen ja lomien seuranta, perehdytys, osaamisen kehittäminen ja työsuhteen päättyminen.",
                "Making the employment contract, recording working hours and holidays, induction, skills development and ending the employment.",
            ),
            if c.public() { "public-task" } else { "contract" },
            &["identity", "employment-details"],
        ),
    );
    if c.public() {
        p.purposes.last_mut().expect("pushed").law = Some(t(
            "laki kunnallisesta viranhaltijasta (304/2003) ja työsopimuslaki (55/2001)",
            "Act on Municipal Office Holders (304/2003) and Employment Contracts Act (55/2001)",
        ));
    }
    p.purposes.push(
        purpose(
            "payroll",
            t("Palkanlaskenta ja ilmoitukset viranomaisille", "Payroll and reports to authorities"),
            t(
                "Palkkojen laskeminen ja maksaminen sekä palkkatietojen ilmoittaminen tulorekisteriin, eläkevakuuttajalle ja tapaturmavakuuttajalle.",
                "Calculating and paying salaries and reporting salary data to the Incomes Register, the pension insurer and the accident insurer.",
            ),
            "legal-obligation",
            &["identity", "salary"],
        )
        .law(t(
            "laki tulotietojärjestelmästä (53/2018) 6 §, ennakkoperintälaki (1118/1996) ja kirjanpitolaki (1336/1997)",
            "Act on the Incomes Information System (53/2018), section 6, Prepayment Act (1118/1996) and Accounting Act (1336/1997)",
        )),
    );
    p.purposes.push(
        purpose(
            "sick-leave",
            t("Poissaolot ja työterveyshuolto", "Absences and occupational health care"),
            t(
                "Sairauspoissaolojen kirjaaminen, sairausajan palkan maksaminen ja työterveyshuollon järjestäminen. Lääkärintodistuksista kirjataan vain poissaolon ajankohta ja peruste palkanmaksua varten.",
                "Recording sick leave, paying sick pay and arranging occupational health care. From medical certificates only the dates of absence and the grounds for pay are recorded.",
            ),
            "legal-obligation",
            &["identity", "absences"],
        )
        .law(t(
            "laki yksityisyyden suojasta työelämässä (759/2004) 5 §, työsopimuslaki (55/2001) 2 luku 11 § ja työterveyshuoltolaki (1383/2001)",
            "Act on the Protection of Privacy in Working Life (759/2004), section 5, Employment Contracts Act (55/2001), chapter 2, section 11, and Occupational Health Care Act (1383/2001)",
        )),
    );
    if c.chance(0.4) {
        p.purposes.push(
            purpose(
                "access-control",
                t("Kulunvalvonta ja työajanseuranta", "Access control and working time records"),
                t("Kulkuoikeuksien hallinta ja kulkutapahtumien kirjaaminen sekä työaikakirjanpito.", "Managing access rights, logging entries and keeping working time records."),
                "legal-obligation",
                &["access-logs"],
            )
            .law(t("työaikalaki (872/2019) 31 §", "Working Hours Act (872/2019), section 31")),
        );
        p.categories.push(cat(
            "access-logs",
            t("Kulku- ja työaikatiedot", "Access and working time data"),
            t(
                "kulkukortin numero, kulkutapahtumat, kirjatut työajat",
                "access card number, entries, recorded working hours",
            ),
            ret(
                "P2Y",
                t(
                    "kalenterivuoden päättymisestä",
                    "the end of the calendar year",
                ),
            ),
            &["access-system"],
        ));
        p.sources.push(src(
            "access-system",
            t("Kulunvalvontajärjestelmä", "The access control system"),
            "observation",
        ));
    }
    p.categories.insert(0, cat("identity", t("Henkilötiedot", "Identity details"), t("nimi, henkilötunnus, osoite, puhelinnumero, lähiomaisen yhteystiedot, pankkitili", "name, personal identity code, address, phone number, next of kin's contact details, bank account"), ret("P10Y", t("työsuhteen päättymisestä", "the end of the employment")), &["employee"]));
    p.categories.insert(1, cat("employment-details", t("Työsuhdetiedot", "Employment details"), t("työsopimus, tehtävä, työaika, lomat, koulutukset, kehityskeskustelut", "employment contract, position, working hours, holidays, training, performance reviews"), ret("P10Y", t("työsuhteen päättymisestä", "the end of the employment")), &["employee", "managers"]));
    p.categories.insert(2, cat("salary", t("Palkkatiedot", "Salary data"), t("palkka, lisät, verokortin tiedot, ay-jäsenmaksun perintä, eläke- ja vakuutusmaksut", "salary, allowances, tax card details, collection of union fees, pension and insurance contributions"), ret("P10Y", from_financial_year()), &["employee", "tax-authority"]).special("trade-union-membership", "employment-law"));
    p.categories.insert(
        3,
        cat(
            "absences",
            t("Sairauspoissaolot", "Sick leave"),
            t(
                "poissaolon ajankohta, lääkärintodistuksen antopäivä ja peruste palkanmaksulle",
                "the dates of absence, the date of the medical certificate and the grounds for pay",
            ),
            ret(
                "P2Y",
                t("poissaolon päättymisestä", "the end of the absence"),
            ),
            &["employee"],
        )
        .special("health", "employment-law"),
    );
    p.sources.push(src(
        "employee",
        t("Työntekijä itse", "The employee"),
        "data-subject",
    ));
    p.sources.push(src(
        "managers",
        t("Esihenkilöiden merkinnät", "Entries made by managers"),
        "observation",
    ));
    p.sources.push(src(
        "tax-authority",
        t(
            "Verohallinto (verokortin tiedot)",
            "Finnish Tax Administration (tax card details)",
        ),
        "other-organisation",
    ));
    p.recipients.push(shared("accounting", &["payroll"]));
    p.recipients.push(rec(
        "incomes-register",
        t(
            "Verohallinto (tulorekisteri)",
            "Finnish Tax Administration (Incomes Register)",
        ),
        "authority",
        "FI",
        t(
            "Palkkatiedot ilmoitetaan tulorekisteriin viiden päivän kuluessa maksupäivästä.",
            "Salary data is reported to the Incomes Register within five days of the payment date.",
        ),
        &["payroll"],
    ));
    let v = c.rng.pick(VENDOR_STEMS);
    p.recipients.push(rec(
        "occupational-health",
        t(&format!("Työterveys {v} Oy"), &format!("Työterveys {v} Oy (occupational health provider)")),
        "controller",
        "FI",
        t("Järjestää työterveyshuollon ja toimii itse rekisterinpitäjänä potilastiedoista.", "Provides occupational health care and is itself the controller of the patient records."),
        &["sick-leave"],
    ));
    p.recipients.push(shared("it-services", &["employment"]));
    p.provision = (
        "statutory",
        true,
        t(
            "Henkilötunnus, verokortin tiedot ja pankkitili tarvitaan palkan maksamiseen ja lakisääteisiin ilmoituksiin; ilman niitä palkkaa ei pystytä maksamaan oikein.",
            "The personal identity code, tax card details and bank account are needed to pay the salary and make the statutory reports; without them the salary cannot be paid correctly.",
        ),
    );
    p
}

fn volunteers(c: &mut Ctx) -> Parts {
    let public = c.public();
    let mut p = Parts::new(
        "vapaaehtoisrekisteri",
        t("Vapaaehtoisrekisteri", "Volunteer register"),
        "volunteer",
    );
    p.subject("volunteers", t("Vapaaehtoiset", "Volunteers"));
    let mut coord = purpose(
        "volunteering",
        t(
            "Vapaaehtoistoiminnan koordinointi",
            "Coordinating volunteer work",
        ),
        t(
            "Vapaaehtoisten rekrytointi, perehdytys ja koulutus, vuorojen ja tehtävien sopiminen sekä yhteydenpito vapaaehtoisiin.",
            "Recruiting, introducing and training volunteers, agreeing on shifts and tasks and keeping in touch with volunteers.",
        ),
        if public { "public-task" } else { "contract" },
        &["volunteer-details", "tasks"],
    );
    if public {
        coord = coord.law(t(
            "kuntalaki (410/2015) 22 § (osallistumis- ja vaikuttamismahdollisuudet)",
            "Local Government Act (kuntalaki 410/2015), section 22 (opportunities to participate)",
        ));
    }
    p.purposes.push(coord);
    p.purposes.push(
        purpose(
            "background",
            t("Rikostaustan selvittäminen", "Criminal background checks"),
            t(
                "Lasten kanssa toimivilta vapaaehtoisilta pyydetään nähtäväksi rikostaustaote. Otteesta kirjataan vain sen esittäminen ja päivämäärä.",
                "Volunteers working with children are asked to show an extract from the criminal record. Only that it was shown and the date are recorded.",
            ),
            "legal-obligation",
            &["background-check"],
        )
        .law(t(
            "laki lasten kanssa toimivien vapaaehtoisten rikostaustan selvittämisestä (148/2014) 2 § ja 6 §",
            "Act on Checking the Criminal Background of Volunteers Working with Children (148/2014), sections 2 and 6",
        )),
    );
    p.categories.push(cat("volunteer-details", t("Vapaaehtoisen tiedot", "Volunteer details"), t("nimi, syntymävuosi, sähköpostiosoite, puhelinnumero, kielitaito, kiinnostuksen kohteet", "name, year of birth, e-mail address, phone number, language skills, interests"), ret("P2Y", t("viimeisestä vapaaehtoistehtävästä", "the last volunteer task")), &["volunteer"]));
    p.categories.push(cat(
        "tasks",
        t("Tehtävät ja koulutukset", "Tasks and training"),
        t(
            "sovitut vuorot, tehdyt tehtävät, käydyt koulutukset",
            "agreed shifts, tasks done, training attended",
        ),
        ret(
            "P2Y",
            t(
                "viimeisestä vapaaehtoistehtävästä",
                "the last volunteer task",
            ),
        ),
        &["volunteer", "coordinators"],
    ));
    p.categories.push(
        cat("background-check", t("Rikostaustaotteen esittäminen", "Criminal record extract shown"), t("merkintä otteen esittämisestä ja päivämäärä", "a note that the extract was shown, and the date"), ret("P6M", t("vapaaehtoistehtävän päättymisestä", "the end of the volunteer task")), &["volunteer"])
            .criminal(t(
                "laki lasten kanssa toimivien vapaaehtoisten rikostaustan selvittämisestä (148/2014) 6 §",
                "Act on Checking the Criminal Background of Volunteers Working with Children (148/2014), section 6",
            )),
    );
    p.sources.push(src(
        "volunteer",
        t(
            "Vapaaehtoinen itse (ilmoittautumislomake)",
            "The volunteer (sign-up form)",
        ),
        "data-subject",
    ));
    p.sources.push(src(
        "coordinators",
        t(
            "Vapaaehtoistoiminnan koordinaattorit",
            "Volunteer coordinators",
        ),
        "observation",
    ));
    p.recipients.push(shared("office-cloud", &["volunteering"]));
    p.provision = (
        "contract-prerequisite",
        false,
        t(
            "Vapaaehtoistoimintaan osallistuminen on vapaaehtoista. Ilman yhteystietoja emme pysty sopimaan tehtävistä kanssasi, ja ilman rikostaustaotteen esittämistä lasten kanssa toimiminen ei ole mahdollista.",
            "Volunteering is voluntary. Without contact details we cannot agree tasks with you, and without showing the criminal record extract you cannot work with children.",
        ),
    );
    p
}

fn stakeholders(c: &mut Ctx) -> Parts {
    let public = c.public();
    let mut p = Parts::new(
        "sidosryhmarekisteri",
        t(
            "Sidosryhmä- ja kumppanirekisteri",
            "Stakeholder and partner register",
        ),
        "contacts",
    );
    p.subject(
        "partners",
        t(
            "Yhteistyökumppaneiden ja toimittajien yhteyshenkilöt",
            "Contact persons of partners and suppliers",
        ),
    );
    p.subject(
        "media",
        t(
            "Toimittajat ja mediayhteyshenkilöt",
            "Journalists and media contacts",
        ),
    );
    let mut cooperation = purpose(
        "cooperation",
        t("Yhteistyön hoitaminen", "Managing cooperation"),
        t(
            "Yhteydenpito yhteistyökumppaneihin, toimittajiin ja alihankkijoihin sekä sopimusten ja tilausten hoitaminen.",
            "Keeping in touch with partners, suppliers and subcontractors and managing contracts and orders.",
        ),
        if public { "public-task" } else { "legitimate-interests" },
        &["contact", "cooperation-details"],
    )
    .subj(&["partners"]);
    let mut media = purpose(
        "media-relations",
        t("Mediaviestintä", "Media relations"),
        c.x(
            "Tiedotteiden lähettäminen toimittajille ja yhteydenpito mediaan @gen toiminnasta.",
            "Sending press releases to journalists and keeping in touch with the media about @the's activities.",
        ),
        if public { "public-task" } else { "legitimate-interests" },
        &["contact"],
    )
    .subj(&["media"]);
    if public {
        cooperation = cooperation.law(t("kuntalaki (410/2015) 1 § ja laki julkisista hankinnoista ja käyttöoikeussopimuksista (1397/2016)", "Local Government Act (kuntalaki 410/2015), section 1, and Act on Public Procurement and Concession Contracts (1397/2016)"));
        media = media.law(t(
            "kuntalaki (410/2015) 29 § (viestintä)",
            "Local Government Act (kuntalaki 410/2015), section 29 (communications)",
        ));
    } else {
        cooperation = cooperation.li(c.x(
            "@Gen oikeutettu etu on hoitaa sopimussuhteitaan ja pitää yhteyttä kumppaniensa nimettyihin yhteyshenkilöihin.",
            "@The's legitimate interest is to manage its contracts and keep in touch with the named contact persons of its partners.",
        ));
        media = media.li(c.x(
            "@Gen oikeutettu etu on kertoa toiminnastaan tiedotusvälineille.",
            "@The's legitimate interest is to inform the media about its activities.",
        ));
    }
    p.purposes.push(cooperation);
    p.purposes.push(media);
    if c.chance(0.5) {
        let mut ev = purpose(
            "partner-events",
            t("Sidosryhmätilaisuudet", "Stakeholder events"),
            c.x(
                "Kutsujen lähettäminen @gen sidosryhmätilaisuuksiin ja seminaareihin, ilmoittautumisten vastaanotto ja osallistujalistojen laatiminen.",
                "Sending invitations to @the's stakeholder events and seminars, receiving registrations and compiling participant lists.",
            ),
            if public { "public-task" } else { "legitimate-interests" },
            &["contact", "event-attendance"],
        )
        .subj(&["partners"]);
        if public {
            ev = ev.law(t(
                "kuntalaki (410/2015) 29 § (viestintä)",
                "Local Government Act (kuntalaki 410/2015), section 29 (communications)",
            ));
        } else {
            ev = ev.li(c.x("@Gen oikeutettu etu on ylläpitää suhteitaan yhteistyökumppaneihin kutsumalla heidän yhteyshenkilönsä tilaisuuksiinsa.", "@The's legitimate interest is to maintain its relations with partners by inviting their contact persons to its events."));
        }
        p.purposes.push(ev);
        p.categories.push(cat(
            "event-attendance",
            t("Tilaisuuksiin osallistuminen", "Event attendance"),
            t(
                "kutsutut tilaisuudet, ilmoittautumiset ja osallistumiset",
                "events invited to, registrations and attendance",
            ),
            ret("P2Y", t("tilaisuudesta", "the event")),
            &["contacts"],
        ));
    }
    p.categories.push(cat(
        "contact",
        t("Yhteystiedot", "Contact details"),
        t(
            "nimi, organisaatio, tehtävänimike, työsähköpostiosoite, työpuhelinnumero",
            "name, organisation, job title, work e-mail address, work phone number",
        ),
        ret("P3Y", t("viimeisestä yhteydenotosta", "the last contact")),
        &["contacts", "trade-register", "websites"],
    ));
    p.categories.push(cat(
        "cooperation-details",
        t("Yhteistyötiedot", "Cooperation details"),
        t(
            "sopimukset, tilaukset, tapaamismuistiinpanot ja kirjeenvaihto",
            "contracts, orders, meeting notes and correspondence",
        ),
        ret(
            "P6Y",
            t("sopimuksen päättymisestä", "the end of the contract"),
        ),
        &["contacts"],
    ));
    p.sources.push(src(
        "contacts",
        t(
            "Rekisteröity itse ja hänen työnantajansa (tapaamiset, sähköposti, sopimukset)",
            "The data subject and their employer (meetings, e-mail, contracts)",
        ),
        "data-subject",
    ));
    p.sources.push(src(
        "trade-register",
        t(
            "Yritys- ja yhteisötietojärjestelmä (YTJ)",
            "Business Information System (YTJ)",
        ),
        "public-register",
    ));
    p.sources.push(src(
        "websites",
        t(
            "Organisaatioiden omat verkkosivut",
            "Organisations' own websites",
        ),
        "public-source",
    ));
    p.recipients
        .push(shared("office-cloud", &["cooperation", "media-relations"]));
    if c.chance(0.5) {
        let v = vendor_name(&mut c.rng);
        p.recipients.push(rec(
            "press-service",
            t(
                &format!("{v} (tiedotepalvelu)"),
                &format!("{v} (press release service)"),
            ),
            "processor",
            "FI",
            c.x(
                "Jakelee @gen tiedotteet toimittajille.",
                "Distributes @the's press releases to journalists.",
            ),
            &["media-relations"],
        ));
    }
    p.provision = (
        "voluntary",
        false,
        t(
            "Yhteystietojen antaminen on vapaaehtoista. Ilman niitä emme pysty pitämään yhteyttä yhteistyöasioissa.",
            "Providing contact details is voluntary. Without them we cannot keep in touch about the cooperation.",
        ),
    );
    p
}

fn feedback(c: &mut Ctx) -> Parts {
    let public = c.public();
    let mut p = Parts::new(
        "palauterekisteri",
        t(
            "Palaute- ja reklamaatiorekisteri",
            "Feedback and complaints register",
        ),
        "sender",
    );
    p.subject(
        "senders",
        t(
            "Palautteen ja reklamaatioiden lähettäjät",
            "People who send feedback and complaints",
        ),
    );
    let mut handle = purpose(
        "feedback",
        t(
            "Palautteen käsittely ja siihen vastaaminen",
            "Handling and answering feedback",
        ),
        t(
            "Palautteen ja reklamaatioiden kirjaaminen, käsittely, vastaaminen ja jatkotoimien seuranta.",
            "Recording, handling and answering feedback and complaints, and following up the measures taken.",
        ),
        if public {
            "public-task"
        } else {
            "legitimate-interests"
        },
        &["sender-details", "feedback-content"],
    );
    if public {
        handle = handle.law(t("hallintolaki (434/2003) 7 § ja kuntalaki (410/2015) 22 §", "Administrative Procedure Act (434/2003), section 7, and Local Government Act (kuntalaki 410/2015), section 22"));
    } else {
        handle = handle.li(c.x("@Gen oikeutettu etu on vastata asiakkaidensa palautteeseen ja korjata palvelussa havaitut puutteet.", "@The's legitimate interest is to answer its customers' feedback and fix the shortcomings found in its services."));
    }
    p.purposes.push(handle);
    if !public && c.chance(0.6) {
        p.purposes.push(
            purpose(
                "warranty",
                t("Virhevastuu ja takuu", "Liability for defects and warranty"),
                t("Tuotteen tai palvelun virhettä koskevan reklamaation käsittely kuluttajansuojalain (38/1978) mukaisesti.", "Handling a complaint about a defect in a product or service under the Consumer Protection Act (38/1978)."),
                "contract",
                &["sender-details", "feedback-content"],
            ),
        );
    }
    if c.chance(0.6) {
        let mut survey = purpose(
            "surveys",
            t("Asiakaskyselyt", "Customer surveys"),
            t(
                "Asiakastyytyväisyyskyselyn lähettäminen palvelua käyttäneille kerran vuodessa. Vastaukset käsitellään koostettuina, ja avoimista vastauksista poistetaan tunnistetiedot ennen raportointia.",
                "Sending a customer satisfaction survey once a year to people who have used the service. The answers are handled in aggregate, and identifying details are removed from open answers before reporting.",
            ),
            if public {
                "public-task"
            } else {
                "legitimate-interests"
            },
            &["sender-details", "survey-answers"],
        );
        if public {
            survey = survey.law(t("kuntalaki (410/2015) 22 § (osallistumis- ja vaikuttamismahdollisuudet)", "Local Government Act (kuntalaki 410/2015), section 22 (opportunities to participate)"));
        } else {
            survey = survey.li(c.x("@Gen oikeutettu etu on selvittää asiakkaiden tyytyväisyyttä ja kehittää palveluaan.", "@The's legitimate interest is to find out how satisfied its customers are and to improve its service."));
        }
        p.purposes.push(survey);
        p.categories.push(cat(
            "survey-answers",
            t("Kyselyvastaukset", "Survey answers"),
            t(
                "vastaukset, vastausaika ja käytetty palvelu",
                "the answers, the time of answering and the service used",
            ),
            ret("P2Y", t("kyselyn päättymisestä", "the end of the survey")),
            &["sender"],
        ));
    }
    p.categories.push(cat("sender-details", t("Lähettäjän tiedot", "Sender details"), t("nimi ja yhteystiedot, jos lähettäjä on ne antanut; nimettömästä palautteesta ei kirjata henkilötietoja", "name and contact details if the sender gave them; no personal data is recorded from anonymous feedback"), ret("P2Y", t("asian käsittelyn päättymisestä", "the closing of the case")), &["sender"]));
    p.categories.push(cat(
        "feedback-content",
        t("Palautteen sisältö", "Content of the feedback"),
        t(
            "palautteen aihe ja sisältö, vastaus ja jatkotoimet",
            "the subject and content of the feedback, the answer and follow-up",
        ),
        ret(
            "P2Y",
            t("asian käsittelyn päättymisestä", "the closing of the case"),
        ),
        &["sender"],
    ));
    p.sources.push(src(
        "sender",
        t(
            "Palautteen lähettäjä (palautelomake, sähköposti, puhelu)",
            "The sender (feedback form, e-mail, phone call)",
        ),
        "data-subject",
    ));
    let v = vendor_name(&mut c.rng);
    p.recipients.push(rec(
        "feedback-system",
        t(
            &format!("{v} (palautejärjestelmä)"),
            &format!("{v} (feedback system)"),
        ),
        "processor",
        "FI",
        c.x(
            "Ylläpitää palautejärjestelmää @gen lukuun.",
            "Maintains the feedback system on @the's behalf.",
        ),
        &["feedback", "surveys"],
    ));
    p.provision = (
        "voluntary",
        false,
        t(
            "Voit antaa palautteen myös nimettömänä. Jos haluat vastauksen, tarvitsemme yhteystietosi.",
            "You can also give feedback anonymously. If you want an answer, we need your contact details.",
        ),
    );
    p
}

fn visitors(c: &mut Ctx) -> Parts {
    let public = c.public();
    let mut p = Parts::new(
        "vierailijarekisteri",
        t("Vierailijarekisteri", "Visitor register"),
        "visitor",
    );
    p.subject(
        "visitors",
        t("Toimitilojen vierailijat", "Visitors to the premises"),
    );
    let mut reg = purpose(
        "visits",
        t("Vierailijoiden kirjaaminen", "Registering visitors"),
        t(
            "Vierailijat kirjataan aulan vierailijapäätteellä, heille tulostetaan vierailijakortti, ja isäntää ilmoitetaan vierailijan saapumisesta. Tiedoista nähdään poistumistilanteessa, ketkä ovat rakennuksessa.",
            "Visitors are registered at the lobby terminal, a visitor badge is printed and the host is notified of the visitor's arrival. In an evacuation the data shows who is in the building.",
        ),
        if public {
            "public-task"
        } else {
            "legitimate-interests"
        },
        &["visitor-details"],
    );
    if public {
        reg = reg.law(t("pelastuslaki (379/2011) 14 § ja työturvallisuuslaki (738/2002) 8 §", "Rescue Act (379/2011), section 14, and Occupational Safety and Health Act (738/2002), section 8"));
    } else {
        reg = reg.li(c.x("@Gen oikeutettu etu on tietää, ketkä ovat sen tiloissa, turvallisuuden ja pelastustoiminnan vuoksi.", "@The's legitimate interest is to know who is on its premises, for safety and in case of an evacuation."));
    }
    p.purposes.push(reg);
    if c.chance(0.6) {
        let mut wifi = purpose(
            "guest-wifi",
            t("Vierasverkon käyttö", "Use of the guest network"),
            t(
                "Vierasverkkoon kirjaudutaan sähköpostiosoitteella tai puhelinnumerolla. Yhteystietoja käytetään verkon tietoturvan ylläpitämiseen ja väärinkäytösten selvittämiseen.",
                "Visitors sign in to the guest network with an e-mail address or phone number. The connection data is used to keep the network secure and to investigate misuse.",
            ),
            if public {
                "public-task"
            } else {
                "legitimate-interests"
            },
            &["wifi-logs"],
        );
        if public {
            wifi = wifi.law(t(
                "laki sähköisen viestinnän palveluista (917/2014) 138 § ja 272 §",
                "Act on Electronic Communications Services (917/2014), sections 138 and 272",
            ));
        } else {
            wifi = wifi.li(c.x("@Gen oikeutettu etu on pitää vierasverkko turvallisena ja selvittää sen väärinkäytöt.", "@The's legitimate interest is to keep the guest network secure and to investigate its misuse."));
        }
        p.purposes.push(wifi);
        p.categories.push(cat(
            "wifi-logs",
            t("Vierasverkon yhteystiedot", "Guest network connection data"),
            t("kirjautumiseen käytetty sähköpostiosoite tai puhelinnumero, laitteen tunniste, yhteyden alkamis- ja päättymisaika", "the e-mail address or phone number used to sign in, the device identifier, the start and end time of the connection"),
            ret("P3M", t("yhteyden päättymisestä", "the end of the connection")),
            &["wifi"],
        ));
        p.sources.push(src(
            "wifi",
            t(
                "Vierasverkon kirjautumispalvelu",
                "The guest network sign-in service",
            ),
            "observation",
        ));
        p.recipients.push(shared("it-services", &["guest-wifi"]));
    }
    p.categories.push(cat(
        "visitor-details",
        t("Vierailijan tiedot", "Visitor details"),
        t(
            "nimi, organisaatio, isäntä, saapumis- ja poistumisaika, vierailijakortin numero",
            "name, organisation, host, times of arrival and departure, visitor badge number",
        ),
        ret("P3M", t("vierailusta", "the visit")),
        &["visitor"],
    ));
    p.sources.push(src(
        "visitor",
        t(
            "Vierailija itse (vierailijapääte)",
            "The visitor (visitor terminal)",
        ),
        "data-subject",
    ));
    let v = vendor_name(&mut c.rng);
    p.recipients.push(rec(
        "lobby-system",
        t(
            &format!("{v} (vierailijajärjestelmä)"),
            &format!("{v} (visitor management system)"),
        ),
        "processor",
        "FI",
        c.x(
            "Ylläpitää vierailijajärjestelmää @gen lukuun.",
            "Maintains the visitor management system on @the's behalf.",
        ),
        &["visits"],
    ));
    p.provision = (
        "contract-prerequisite",
        false,
        t(
            "Nimen ja isännän kirjaaminen on tilojemme kulkuehto. Jos et halua antaa tietoja, isäntä hakee sinut aulasta ja on kanssasi vierailun ajan.",
            "Recording your name and host is a condition of access to our premises. If you do not want to give the data, your host collects you from the lobby and stays with you during the visit.",
        ),
    );
    p
}

// ---------------------------------------------------------------------------------------
// Registers: growth of the larger ones
// ---------------------------------------------------------------------------------------

/// A service line: (Finnish, English, id stem, law for a public authority (fi, en)).
type Service = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const CITY_SERVICES: &[Service] = &[
    (
        "liikuntapalvelut",
        "sports services",
        "sports",
        "liikuntalaki (390/2015) 5 §",
        "Sports Act (390/2015), section 5",
    ),
    (
        "kirjastopalvelut",
        "library services",
        "library",
        "laki yleisistä kirjastoista (1492/2016) 6 §",
        "Public Libraries Act (1492/2016), section 6",
    ),
    (
        "kansalaisopisto",
        "adult education centre",
        "adult-education",
        "laki vapaasta sivistystyöstä (632/1998) 4 §",
        "Act on Liberal Adult Education (632/1998), section 4",
    ),
    (
        "nuorisopalvelut",
        "youth services",
        "youth",
        "nuorisolaki (1285/2016) 8 §",
        "Youth Act (1285/2016), section 8",
    ),
    (
        "kulttuuripalvelut",
        "cultural services",
        "culture",
        "laki kuntien kulttuuritoiminnasta (166/2019) 3 §",
        "Act on Cultural Activities in Local Government (166/2019), section 3",
    ),
    (
        "museopalvelut",
        "museum services",
        "museum",
        "museolaki (314/2019) 8 §",
        "Museums Act (314/2019), section 8",
    ),
    (
        "musiikkiopisto",
        "music institute",
        "music-institute",
        "laki taiteen perusopetuksesta (633/1998) 3 §",
        "Act on Basic Education in the Arts (633/1998), section 3",
    ),
    (
        "ympäristöterveydenhuolto",
        "environmental health",
        "environmental-health",
        "terveydensuojelulaki (763/1994) 6 §",
        "Health Protection Act (763/1994), section 6",
    ),
    (
        "rakennusvalvonta",
        "building control",
        "building-control",
        "rakentamislaki (751/2023) 2 luku",
        "Building Act (751/2023), chapter 2",
    ),
    (
        "tilavaraukset",
        "room bookings",
        "room-bookings",
        "kuntalaki (410/2015) 1 §",
        "Local Government Act (410/2015), section 1",
    ),
    (
        "työllisyyspalvelut",
        "employment services",
        "employment",
        "laki työvoimapalvelujen järjestämisestä (380/2023) 8 §",
        "Act on the Organisation of Employment Services (380/2023), section 8",
    ),
    (
        "yrityspalvelut",
        "business services",
        "business-services",
        "kuntalaki (410/2015) 1 § ja 7 §",
        "Local Government Act (410/2015), sections 1 and 7",
    ),
    (
        "pysäköinninvalvonta",
        "parking control",
        "parking",
        "laki pysäköinninvalvonnasta (727/2011) 3 §",
        "Parking Control Act (727/2011), section 3",
    ),
    (
        "jätehuolto",
        "waste management",
        "waste",
        "jätelaki (646/2011) 32 §",
        "Waste Act (646/2011), section 32",
    ),
    (
        "kotoutumispalvelut",
        "integration services",
        "integration",
        "laki kotoutumisen edistämisestä (681/2023) 5 §",
        "Act on the Promotion of Integration (681/2023), section 5",
    ),
    (
        "varhaiskasvatus",
        "early childhood education",
        "early-education",
        "varhaiskasvatuslaki (540/2018) 70 §",
        "Early Childhood Education and Care Act (540/2018), section 70",
    ),
    (
        "joukkoliikenne",
        "public transport",
        "transport",
        "laki liikenteen palveluista (320/2017) 4 osa",
        "Act on Transport Services (320/2017), part IV",
    ),
    (
        "satamapalvelut",
        "port services",
        "port",
        "kuntalaki (410/2015) 1 § ja 7 §",
        "Local Government Act (410/2015), sections 1 and 7",
    ),
];

const COUNTY_SERVICES: &[Service] = &[
    (
        "kotihoito",
        "home care",
        "home-care",
        "sosiaalihuoltolaki (1301/2014) 19 §",
        "Social Welfare Act (1301/2014), section 19",
    ),
    (
        "neuvolapalvelut",
        "maternity and child health clinics",
        "clinics",
        "terveydenhuoltolaki (1326/2010) 15 §",
        "Health Care Act (1326/2010), section 15",
    ),
    (
        "suun terveydenhuolto",
        "oral health care",
        "oral-health",
        "terveydenhuoltolaki (1326/2010) 26 §",
        "Health Care Act (1326/2010), section 26",
    ),
    (
        "kuntoutus",
        "rehabilitation",
        "rehabilitation",
        "terveydenhuoltolaki (1326/2010) 29 §",
        "Health Care Act (1326/2010), section 29",
    ),
    (
        "mielenterveyspalvelut",
        "mental health services",
        "mental-health",
        "mielenterveyslaki (1116/1990) 3 §",
        "Mental Health Act (1116/1990), section 3",
    ),
    (
        "ensihoito",
        "emergency medical services",
        "emergency",
        "terveydenhuoltolaki (1326/2010) 39 §",
        "Health Care Act (1326/2010), section 39",
    ),
    (
        "vammaispalvelut",
        "disability services",
        "disability",
        "laki vammaispalveluista (675/2023) 3 §",
        "Disability Services Act (675/2023), section 3",
    ),
    (
        "lastensuojelu",
        "child welfare",
        "child-welfare",
        "lastensuojelulaki (417/2007) 11 §",
        "Child Welfare Act (417/2007), section 11",
    ),
    (
        "ikääntyneiden palvelut",
        "services for older people",
        "older-people",
        "vanhuspalvelulaki (980/2012) 3 §",
        "Act on Services for Older Persons (980/2012), section 3",
    ),
    (
        "terveysasemat",
        "health centres",
        "health-centres",
        "terveydenhuoltolaki (1326/2010) 24 §",
        "Health Care Act (1326/2010), section 24",
    ),
    (
        "päihdepalvelut",
        "substance abuse services",
        "substance-abuse",
        "terveydenhuoltolaki (1326/2010) 28 §",
        "Health Care Act (1326/2010), section 28",
    ),
    (
        "perhekeskus",
        "family centre",
        "family-centre",
        "sosiaalihuoltolaki (1301/2014) 14 §",
        "Social Welfare Act (1301/2014), section 14",
    ),
];

const EDUCATION_SERVICES: &[Service] = &[
    (
        "aikuiskoulutus",
        "adult education",
        "adult-education",
        "laki ammatillisesta koulutuksesta (531/2017) 106 §",
        "Act on Vocational Education and Training (531/2017), section 106",
    ),
    (
        "oppisopimuskoulutus",
        "apprenticeship training",
        "apprenticeships",
        "laki ammatillisesta koulutuksesta (531/2017) 72 §",
        "Act on Vocational Education and Training (531/2017), section 72",
    ),
    (
        "opiskelija-asuntola",
        "student residence",
        "residence",
        "laki ammatillisesta koulutuksesta (531/2017) 98 §",
        "Act on Vocational Education and Training (531/2017), section 98",
    ),
    (
        "työelämäpalvelut",
        "services for working life",
        "working-life",
        "laki ammatillisesta koulutuksesta (531/2017) 2 §",
        "Act on Vocational Education and Training (531/2017), section 2",
    ),
    (
        "tutkintoon valmentava koulutus",
        "preparatory education",
        "preparatory",
        "laki tutkintokoulutukseen valmentavasta koulutuksesta (1215/2020) 5 §",
        "Act on Preparatory Education for a Qualification (1215/2020), section 5",
    ),
    (
        "lukiokoulutus",
        "general upper secondary education",
        "upper-secondary",
        "lukiolaki (714/2018) 41 §",
        "General Upper Secondary Schools Act (714/2018), section 41",
    ),
    (
        "opinto-ohjaus",
        "study guidance",
        "guidance",
        "laki ammatillisesta koulutuksesta (531/2017) 61 §",
        "Act on Vocational Education and Training (531/2017), section 61",
    ),
    (
        "näyttötutkinnot",
        "competence tests",
        "competence-tests",
        "laki ammatillisesta koulutuksesta (531/2017) 52 §",
        "Act on Vocational Education and Training (531/2017), section 52",
    ),
    (
        "kirjasto ja tietopalvelut",
        "library and information services",
        "library",
        "laki ammatillisesta koulutuksesta (531/2017) 106 §",
        "Act on Vocational Education and Training (531/2017), section 106",
    ),
    (
        "opiskelijaruokailu",
        "student meals",
        "meals",
        "laki ammatillisesta koulutuksesta (531/2017) 98 §",
        "Act on Vocational Education and Training (531/2017), section 98",
    ),
];

const COMPANY_SERVICES: &[Service] = &[
    ("verkkokauppa", "web shop", "web-shop", "", ""),
    (
        "huoltopalvelu",
        "maintenance service",
        "maintenance",
        "",
        "",
    ),
    (
        "asennuspalvelu",
        "installation service",
        "installation",
        "",
        "",
    ),
    ("koulutuspalvelut", "training services", "training", "", ""),
    ("vuokrauspalvelu", "rental service", "rental", "", ""),
    ("tukipalvelu", "support service", "support", "", ""),
    (
        "projektitoimitukset",
        "project deliveries",
        "projects",
        "",
        "",
    ),
    ("varaosamyynti", "spare parts sales", "spare-parts", "", ""),
    (
        "sopimusasiakkaat",
        "contract customers",
        "contract-customers",
        "",
        "",
    ),
    ("yritysmyynti", "business sales", "business-sales", "", ""),
    (
        "kuluttajamyynti",
        "consumer sales",
        "consumer-sales",
        "",
        "",
    ),
    ("takuukäsittely", "warranty handling", "warranty", "", ""),
    ("mobiilisovellus", "mobile app", "mobile-app", "", ""),
    ("lahjakortit", "gift cards", "gift-cards", "", ""),
    (
        "tilauspalvelu",
        "subscription service",
        "subscriptions",
        "",
        "",
    ),
    ("noutopalvelu", "click and collect", "click-collect", "", ""),
    ("kotiinkuljetus", "home delivery", "home-delivery", "", ""),
    ("tarjouslaskenta", "quotations", "quotations", "", ""),
    (
        "kiinteistöpalvelut",
        "property services",
        "property-services",
        "",
        "",
    ),
    ("konsultointi", "consulting", "consulting", "", ""),
];

const HEALTH_SERVICES: &[Service] = &[
    ("hammashoito", "dental care", "dental", "", ""),
    ("fysioterapia", "physiotherapy", "physiotherapy", "", ""),
    (
        "työterveyshuolto",
        "occupational health care",
        "occupational-health",
        "",
        "",
    ),
    (
        "laboratoriopalvelut",
        "laboratory services",
        "laboratory",
        "",
        "",
    ),
    ("kuvantaminen", "imaging", "imaging", "", ""),
    ("etävastaanotto", "remote consultations", "remote", "", ""),
    ("rokotukset", "vaccinations", "vaccinations", "", ""),
    ("silmätutkimukset", "eye examinations", "eye", "", ""),
    ("psykoterapia", "psychotherapy", "psychotherapy", "", ""),
    ("jalkaterapia", "podiatry", "podiatry", "", ""),
    (
        "ravitsemusterapia",
        "nutrition therapy",
        "nutrition",
        "",
        "",
    ),
    ("uniklinikka", "sleep clinic", "sleep", "", ""),
];

const ASSOCIATION_SERVICES: &[Service] = &[
    ("nuorisotoiminta", "youth activities", "youth", "", ""),
    ("kurssitoiminta", "courses", "courses", "", ""),
    ("leiritoiminta", "camps", "camps", "", ""),
    ("kilpailutoiminta", "competitions", "competitions", "", ""),
    ("retket", "excursions", "excursions", "", ""),
    ("julkaisutoiminta", "publications", "publications", "", ""),
    ("vertaistuki", "peer support", "peer-support", "", ""),
    ("varainhankinta", "fundraising", "fundraising", "", ""),
    ("harrastusryhmät", "hobby groups", "hobby-groups", "", ""),
    ("kerhotoiminta", "clubs", "clubs", "", ""),
    ("talkootoiminta", "volunteer work days", "work-days", "", ""),
    ("konsertit", "concerts", "concerts", "", ""),
    ("näyttelyt", "exhibitions", "exhibitions", "", ""),
    ("stipendit", "grants", "grants", "", ""),
];

fn services_for(org: &Org) -> &'static [Service] {
    match org.kind {
        CKind::City => CITY_SERVICES,
        CKind::WellbeingCounty => COUNTY_SERVICES,
        CKind::JointAuthority => EDUCATION_SERVICES,
        CKind::Foundation if org.school => EDUCATION_SERVICES,
        CKind::Association | CKind::Foundation => ASSOCIATION_SERVICES,
        _ if org.health => HEALTH_SERVICES,
        _ => COMPANY_SERVICES,
    }
}

/// What is done for a service line: (Finnish, English, id, Finnish and English description,
/// basis outside the public sector, categories, legitimate interest fi/en).
struct Aspect {
    fi: &'static str,
    en: &'static str,
    id: &'static str,
    desc_fi: &'static str,
    desc_en: &'static str,
    basis: &'static str,
    cats: &'static [&'static str],
    li_fi: &'static str,
    li_en: &'static str,
}

const ASPECTS: &[Aspect] = &[
    Aspect {
        fi: "asiakkuuden hoito",
        en: "managing the customer relationship",
        id: "customers",
        desc_fi: "Asiakkuuden perustaminen, palvelun toimittaminen ja asiakkaan kanssa asiointi.",
        desc_en: "Setting up the customer relationship, delivering the service and dealing with the customer.",
        basis: "contract",
        cats: &["contact", "records"],
        li_fi: "",
        li_en: "",
    },
    Aspect {
        fi: "varaukset",
        en: "bookings",
        id: "bookings",
        desc_fi: "Varausten vastaanotto, vahvistaminen, muuttaminen ja peruminen sekä muistutusviestien lähettäminen tekstiviestillä.",
        desc_en: "Receiving, confirming, changing and cancelling bookings and sending reminders by text message.",
        basis: "contract",
        cats: &["contact", "bookings"],
        li_fi: "",
        li_en: "",
    },
    Aspect {
        fi: "laskutus",
        en: "invoicing",
        id: "invoicing",
        desc_fi: "Palvelumaksujen laskutus ja maksujen seuranta.",
        desc_en: "Invoicing service fees and following up payments.",
        basis: "contract",
        cats: &["contact", "invoicing"],
        li_fi: "",
        li_en: "",
    },
    Aspect {
        fi: "palautteen käsittely",
        en: "handling feedback",
        id: "feedback",
        desc_fi: "Palvelua koskevan palautteen kirjaaminen, siihen vastaaminen ja palvelun korjaaminen palautteen perusteella.",
        desc_en: "Recording feedback on the service, answering it and fixing the service based on it.",
        basis: "legitimate-interests",
        cats: &["contact", "records"],
        li_fi: "@Gen oikeutettu etu on kehittää palveluaan asiakkaiden palautteen perusteella.",
        li_en: "@The's legitimate interest is to improve its service based on customers' feedback.",
    },
    Aspect {
        fi: "tiedottaminen",
        en: "notices to users",
        id: "notices",
        desc_fi: "Palvelua koskevien muutosten, häiriöiden ja aukioloaikojen tiedottaminen palvelun käyttäjille sähköpostitse ja tekstiviestillä.",
        desc_en: "Informing users about changes, disruptions and opening hours of the service by e-mail and text message.",
        basis: "legitimate-interests",
        cats: &["contact"],
        li_fi: "@Gen oikeutettu etu on kertoa palvelun käyttäjille palvelua koskevista muutoksista ja häiriöistä.",
        li_en: "@The's legitimate interest is to tell the users of the service about changes and disruptions.",
    },
    Aspect {
        fi: "laadunseuranta",
        en: "quality monitoring",
        id: "quality",
        desc_fi: "Palvelun käyttömäärien, jonotusaikojen ja asiakastyytyväisyyden seuranta; raportit laaditaan koostettuina.",
        desc_en: "Monitoring usage, waiting times and customer satisfaction; reports are compiled in aggregate.",
        basis: "legitimate-interests",
        cats: &["records"],
        li_fi: "@Gen oikeutettu etu on seurata palvelunsa laatua ja kehittää sitä.",
        li_en: "@The's legitimate interest is to monitor the quality of its service and improve it.",
    },
];

/// Category templates of a service line: (suffix, Finnish name, English name, Finnish
/// items, English items, period, from fi, from en).
const LINE_CATEGORIES: &[(&str, &str, &str, &str, &str, &str, &str, &str)] = &[
    (
        "contact",
        "yhteystiedot",
        "contact details",
        "nimi, sähköpostiosoite, puhelinnumero, postiosoite, asiointikieli",
        "name, e-mail address, phone number, postal address, language of service",
        "P3Y",
        "viimeisestä asioinnista",
        "the last contact",
    ),
    (
        "records",
        "asiointitiedot",
        "service records",
        "käytetyt palvelut, asiointikerrat, asiakkaan kanssa sovitut asiat ja palaute",
        "services used, visits, matters agreed with the customer and feedback",
        "P5Y",
        "asiakkuuden päättymisestä",
        "the end of the customer relationship",
    ),
    (
        "bookings",
        "varaustiedot",
        "booking details",
        "varatut ajat ja tilat, peruutukset, muistutusviestit",
        "times and rooms booked, cancellations, reminders",
        "P1Y",
        "varatusta ajankohdasta",
        "the time booked",
    ),
    (
        "invoicing",
        "laskutustiedot",
        "invoicing details",
        "laskut, maksut, maksumuistutukset",
        "invoices, payments, payment reminders",
        "P6Y",
        "sen vuoden lopusta, jonka aikana tilikausi päättyi",
        "the end of the year in which the financial year ended",
    ),
];

fn grow_services(p: &mut Parts, c: &mut Ctx, lines: usize) {
    let pool = services_for(c.org);
    let public = c.public();
    let health_records = p.slug == "potilasrekisteri";
    let order = c.rng.sample(pool.len(), pool.len());
    // A shuffled order of the pool: sample() sorts, so shuffle here.
    let mut order = order;
    for j in (1..order.len()).rev() {
        let r = c.rng.below(j + 1);
        order.swap(j, r);
    }
    let main_source = p.main_source;
    let mut vendors_abroad = 0;
    for line in 0..lines {
        let (sfi, sen, sid, lfi, len) = pool[order[line % pool.len()]];
        let round = line / pool.len();
        let (sfi, sen, sid) = if round == 0 {
            (sfi.to_string(), sen.to_string(), sid.to_string())
        } else {
            (
                format!("{sfi}, toimipiste {}", round + 1),
                format!("{sen}, office {}", round + 1),
                format!("{sid}-{}", round + 1),
            )
        };
        let name_fi = capitalise(&sfi);
        let name_en = capitalise(&sen);
        let subject = format!("{sid}-customers");
        p.subject(
            &subject,
            t(
                &format!("{name_fi}: asiakkaat"),
                &format!("{name_en}: customers"),
            ),
        );
        let source = if c.chance(0.4) {
            let id = format!("{sid}-forms");
            p.sources.push(src(
                &id,
                t(
                    &format!("{name_fi}: asiakas itse (asiointilomakkeet, puhelut, sähköposti)"),
                    &format!("{name_en}: the customer (service forms, phone calls, e-mail)"),
                ),
                "data-subject",
            ));
            id
        } else {
            main_source.to_string()
        };
        let n_aspects = c.rng.range(2, 4);
        let mut aspects = c.rng.sample(ASPECTS.len(), n_aspects);
        if !aspects.contains(&0) {
            aspects[0] = 0;
            aspects.sort_unstable();
            aspects.dedup();
        }
        let mut used: Vec<&str> = Vec::new();
        let mut line_purposes = Vec::new();
        for &a in &aspects {
            let asp = &ASPECTS[a];
            let id = format!("{sid}-{}", asp.id);
            let cats: Vec<String> = asp.cats.iter().map(|k| format!("{sid}-{k}")).collect();
            for k in asp.cats {
                if !used.contains(k) {
                    used.push(k);
                }
            }
            let cat_refs: Vec<&str> = cats.iter().map(String::as_str).collect();
            let mut pu = purpose(
                &id,
                t(
                    &format!("{name_fi}: {}", asp.fi),
                    &format!("{name_en}: {}", asp.en),
                ),
                t(asp.desc_fi, asp.desc_en),
                if public { "public-task" } else { asp.basis },
                &cat_refs,
            )
            .subj(&[subject.as_str()]);
            if public {
                pu = pu.law(t(lfi, len));
            } else if asp.basis == "legitimate-interests" {
                pu = pu.li(c.x(asp.li_fi, asp.li_en));
            }
            line_purposes.push(id);
            p.purposes.push(pu);
        }
        for (suffix, cfi, cen, ifi, ien, period, ffi, fen) in LINE_CATEGORIES {
            if !used.contains(suffix) {
                continue;
            }
            let mut k = cat(
                &format!("{sid}-{suffix}"),
                t(&format!("{name_fi}: {cfi}"), &format!("{name_en}: {cen}")),
                t(ifi, ien),
                ret(period, t(ffi, fen)),
                &[source.as_str()],
            );
            if health_records && *suffix == "records" {
                k = k.special("health", "health-care");
            }
            p.categories.push(k);
        }
        let refs: Vec<&str> = line_purposes.iter().map(String::as_str).collect();
        let second: Option<(&str, &str, &str, &str, &str)> = if aspects.contains(&1) {
            Some((
                "sms",
                "Tekstiviestipalvelu",
                "text message service",
                "Lähettää varausvahvistukset ja muistutukset tekstiviestinä @gen lukuun.",
                "Sends booking confirmations and reminders by text message on @the's behalf.",
            ))
        } else if aspects.contains(&2) {
            Some((
                "payments",
                "Maksunvälitys",
                "payment service provider",
                "Välittää verkkomaksut ja korttimaksut @gen lukuun; korttitietoja ei tallenneta @gen järjestelmiin.",
                "Processes online and card payments on @the's behalf; card details are not stored in @the's systems.",
            ))
        } else if aspects.contains(&3) || aspects.contains(&5) {
            Some((
                "survey",
                "Kyselypalvelu",
                "survey service",
                "Toteuttaa asiakaskyselyt @gen lukuun ja toimittaa tulokset koostettuina.",
                "Runs customer surveys on @the's behalf and delivers the results in aggregate.",
            ))
        } else {
            None
        };
        if let Some((suffix, fi, en, dfi, den)) = second
            && c.chance(0.6)
        {
            let stem = c.rng.pick(VENDOR_STEMS);
            let name = format!("{fi} {stem} Oy");
            p.recipients.push(rec(
                &format!("{sid}-{suffix}"),
                t(&format!("{name} ({sfi})"), &format!("{name} ({en}, {sen})")),
                "processor",
                "FI",
                c.x(dfi, den),
                &refs,
            ));
        }
        if c.chance(0.85) {
            let id = format!("{sid}-system");
            if vendors_abroad < 3 && c.chance(0.2) {
                vendors_abroad += 1;
                let what = t(
                    &format!("{sfi}: asiakasjärjestelmä"),
                    &format!("{sen}: customer system"),
                );
                let (r, tr) = foreign_recipient(c, &id, what, &refs);
                p.recipients.push(r);
                p.transfers.push(tr);
            } else {
                let v = vendor_name(&mut c.rng);
                p.recipients.push(rec(
                    &id,
                    t(&format!("{v} (asiakasjärjestelmä, {sfi})"), &format!("{v} (customer system, {sen})")),
                    "processor",
                    "FI",
                    c.x("Toimittaa ja ylläpitää palvelun asiakasjärjestelmää @gen lukuun; tiedot säilytetään Suomessa.", "Supplies and maintains the service's customer system on @the's behalf; the data is kept in Finland."),
                    &refs,
                ));
            }
        }
    }
}

fn grow_sites(p: &mut Parts, c: &mut Ctx, lines: usize) {
    let public = c.public();
    let days = *c.rng.pick(&["P14D", "P30D", "P60D"]);
    for line in 0..lines {
        let (sid, sfi, sen) = SITES[line % SITES.len()];
        let round = line / SITES.len();
        let (sid, sfi, sen) = if round == 0 {
            (sid.to_string(), sfi.to_string(), sen.to_string())
        } else {
            (
                format!("{sid}-{}", round + 1),
                format!("{sfi} {}", round + 1),
                format!("{sen} {}", round + 1),
            )
        };
        let cameras = c.rng.range(2, 24);
        let cid = format!("{sid}-recordings");
        let mut pu = purpose(
            &format!("{sid}-surveillance"),
            t(
                &format!("{sfi}: kameravalvonta"),
                &format!("{sen}: camera surveillance"),
            ),
            t(
                &format!(
                    "Kameravalvonta kohteessa {}, {cameras} kameraa. Valvotut alueet on merkitty kyltein, eikä kameroita ole wc-tiloissa, pukuhuoneissa eikä taukotiloissa.",
                    lower_first(&sfi)
                ),
                &format!(
                    "Camera surveillance at the {}, {cameras} cameras. The monitored areas are marked with signs, and there are no cameras in toilets, changing rooms or break rooms.",
                    lower_first(&sen)
                ),
            ),
            if public {
                "public-task"
            } else {
                "legitimate-interests"
            },
            &[cid.as_str()],
        );
        if public {
            pu = pu.law(t(
                "laki viranomaisten toiminnan julkisuudesta (621/1999) 18 §",
                "Act on the Openness of Government Activities (621/1999), section 18",
            ));
        } else {
            pu = pu.li(c.x(
                "@Gen oikeutettu etu on suojata kohteen kävijöiden ja henkilöstön turvallisuutta ja omaisuutta.",
                "@The's legitimate interest is to protect the safety and property of visitors and staff at the site.",
            ));
        }
        p.purposes.push(pu);
        p.categories.push(cat(
            &cid,
            t(&format!("{sfi}: tallenteet"), &format!("{sen}: footage")),
            t(
                "kuvatallenne (ei ääntä), kameran sijainti ja tallennusaika",
                "video footage (no sound), camera location and time of recording",
            ),
            ret(days, t("tallennushetkestä", "the time of recording")),
            &["cameras"],
        ));
        let security = p.recipients.iter_mut().find(|r| r.id == "security-company");
        if let Some(r) = security {
            r.purposes.push(format!("{sid}-surveillance"));
        }
    }
}

/// Adds `k` sentences of ELABORATIONS to a text, none twice.
fn elaborate(text: &mut T, rng: &mut Rng, k: usize) {
    if k == 0 {
        return;
    }
    for j in rng.sample(ELABORATIONS.len(), k) {
        let (fi, en) = ELABORATIONS[j];
        if text.fi.contains(fi) {
            continue;
        }
        // Category descriptions are lists without a full stop.
        if !text.fi.ends_with('.') {
            text.fi.push('.');
        }
        if !text.en.ends_with('.') {
            text.en.push('.');
        }
        text.fi.push(' ');
        text.fi.push_str(fi);
        text.en.push(' ');
        text.en.push_str(en);
    }
}

// ---------------------------------------------------------------------------------------
// Registers: assembly and output
// ---------------------------------------------------------------------------------------

struct Built {
    id: String,
    text: String,
}

fn build_register(seed: u64, i: usize, org: &Org) -> Built {
    build_register_with(seed, i, org, None)
}

fn date(y: u32, day_of_year: u32) -> String {
    // 28-day months keep every date valid.
    let m = (day_of_year / 28).min(11) + 1;
    let d = day_of_year % 28 + 1;
    format!("{y}-{m:02}-{d:02}")
}

fn build_register_with(seed: u64, i: usize, org: &Org, edit: Option<u32>) -> Built {
    let f = size_factor(seed, i);
    let mut c = Ctx {
        org,
        rng: Rng::new(seed, TAG_REG, i as u64),
        f,
    };
    let mut kinds = kinds_for(org);
    if f > 2.5 {
        // The largest registers are the big customer, patient, student and member
        // registers (and camera surveillance over many sites).
        kinds.retain(|(k, _)| k.grows());
    }
    let total: u32 = kinds.iter().map(|(_, w)| w).sum();
    let mut r = c.rng.below(total as usize) as u32;
    let mut kind = kinds[0].0;
    for (k, w) in &kinds {
        if r < *w {
            kind = *k;
            break;
        }
        r -= w;
    }
    let mut p = build_kind(kind, &mut c);

    // Larger registers: more service lines or sites, and longer texts.
    let lines = if f > 1.2 && kind.grows() {
        ((f - 1.0) * 1.3).round() as usize
    } else {
        0
    };
    if lines > 0 {
        match p.growth {
            Growth::Services => grow_services(&mut p, &mut c, lines),
            Growth::Sites => grow_sites(&mut p, &mut c, lines),
        }
    }
    let extra = |rng: &mut Rng| -> usize {
        let base = ((f - 1.0) / 2.5).max(0.0) as usize;
        base.min(4)
            + usize::from(rng.chance(0.75 * f.min(1.3)))
            + usize::from(rng.chance(0.45 * f.min(1.3)))
    };
    for pu in &mut p.purposes {
        let k = extra(&mut c.rng);
        elaborate(&mut pu.desc, &mut c.rng, k);
    }
    for k in &mut p.categories {
        if c.rng.chance(0.45 + 0.05 * f) {
            let n = extra(&mut c.rng);
            elaborate(&mut k.desc, &mut c.rng, n.max(1));
        }
    }
    if let Some(e) = edit {
        if let Some(pu) = p.purposes.first_mut() {
            pu.desc
                .fi
                .push_str(&format!(" Kuvausta on päivitetty (versio {e})."));
            pu.desc
                .en
                .push_str(&format!(" The description has been updated (version {e})."));
        }
    }
    tidy(&mut p);

    let id = format!("{}-{i}", p.slug);
    let mut name = p.name.clone();
    if c.rng.chance(0.4) {
        let pool = services_for(org);
        let (sfi, sen, ..) = *c.rng.pick(pool);
        name = T {
            fi: format!("{} ({sfi})", name.fi),
            en: format!("{} ({sen})", name.en),
        };
    }
    let created = date(2019 + c.rng.below(7) as u32, c.rng.below(336) as u32);
    let updated = date(2026, c.rng.below(300) as u32); // at most 2026-11-21

    let mut top: Vec<(&'static str, V)> = vec![(
        "meta",
        V::Map(vec![
            ("id", s(id.clone())),
            ("schema_version", V::Raw("1".into())),
            ("languages", V::Ids(vec!["fi".into(), "en".into()])),
            ("name", V::T(name)),
            ("created", s(created)),
            ("updated", s(updated)),
            ("organisation", s("organisation.yaml")),
        ]),
    )];
    if c.rng.chance(0.6) {
        let per = person(&mut c.rng, &org.domain, org.town.area_code);
        let (tf, te) = match kind {
            Kind::Recruitment | Kind::Staff => ("henkilöstöpäällikkö", "HR manager"),
            Kind::Camera | Kind::Visitors => ("turvallisuuspäällikkö", "security manager"),
            Kind::Patients => ("vastaava lääkäri", "chief physician"),
            Kind::Students => ("opintotoimiston päällikkö", "head of student affairs"),
            Kind::Members | Kind::Volunteers => (
                "jäsen- ja vapaaehtoiskoordinaattori",
                "member and volunteer coordinator",
            ),
            Kind::Newsletter | Kind::Events | Kind::Stakeholders => {
                ("viestintäpäällikkö", "communications manager")
            }
            _ => (
                "rekisterin vastuuhenkilö",
                "person responsible for the register",
            ),
        };
        top.push((
            "contact_person",
            V::Map(vec![
                ("name", s(per.name)),
                ("title", V::T(t(tf, te))),
                ("email", s(per.email)),
                ("phone", s(per.phone)),
            ]),
        ));
    }
    top.push((
        "data_subjects",
        V::Seq(
            p.subjects
                .iter()
                .map(|d| {
                    let mut m = vec![("id", s(d.id.clone())), ("name", V::T(d.name.clone()))];
                    if let Some(x) = &d.desc {
                        m.push(("description", V::T(x.clone())));
                    }
                    m
                })
                .collect(),
        ),
    ));
    top.push((
        "purposes",
        V::Seq(p.purposes.iter().map(purpose_yaml).collect()),
    ));
    top.push((
        "categories",
        V::Seq(p.categories.iter().map(category_yaml).collect()),
    ));
    top.push((
        "sources",
        V::Seq(
            p.sources
                .iter()
                .map(|x| {
                    let mut m = vec![
                        ("id", s(x.id.clone())),
                        ("name", V::T(x.name.clone())),
                        ("kind", s(x.kind)),
                        ("publicly_accessible", V::Bool(x.public)),
                    ];
                    if let Some(d) = &x.desc {
                        m.push(("description", V::T(d.clone())));
                    }
                    m
                })
                .collect(),
        ),
    ));
    if !p.recipients.is_empty() {
        top.push((
            "recipients",
            V::Seq(p.recipients.iter().map(recipient_yaml).collect()),
        ));
    }
    if !p.transfers.is_empty() {
        top.push((
            "transfers",
            V::Seq(p.transfers.iter().map(transfer_yaml).collect()),
        ));
    }
    let mut ad = vec![
        ("exists", V::Bool(p.automated.is_some())),
        ("profiling", V::Bool(p.profiling || p.automated.is_some())),
    ];
    if let Some(a) = &p.automated {
        ad.push(("logic", V::T(a.logic.clone())));
        ad.push(("significance", V::T(a.significance.clone())));
        ad.push(("consequences", V::T(a.consequences.clone())));
    }
    top.push(("automated_decisions", V::Map(ad)));
    let (req, obligatory, consequences) = &p.provision;
    top.push((
        "provision",
        V::Map(vec![
            ("requirement", s(*req)),
            ("obligatory", V::Bool(*obligatory)),
            ("consequences", V::T(consequences.clone())),
        ]),
    ));
    if f > 3.0 || c.rng.chance(0.4) {
        let n = 3 + (f * 1.2) as usize;
        top.push(("security", V::Lit(org.security_text(&mut c.rng, n))));
    }
    if c.rng.chance(0.1) {
        top.push(("rights_requests", V::Map(org.rights_requests(&mut c.rng))));
    }
    let header = format!(
        "# Generated by benches/common/generate.rs (seed {seed}, register {i}, size factor {f:.2}). Fictional.\n"
    );
    Built {
        id,
        text: yaml_document(&header, &top),
    }
}

/// Makes the parts consistent: categories that no purpose uses, sources no category uses,
/// recipient purposes that do not exist, and transfers to recipients that were dropped.
fn tidy(p: &mut Parts) {
    let used: Vec<String> = p
        .purposes
        .iter()
        .flat_map(|x| x.cats.iter().cloned())
        .collect();
    p.categories.retain(|k| used.contains(&k.id));
    let used: Vec<String> = p
        .categories
        .iter()
        .flat_map(|k| k.sources.iter().cloned())
        .collect();
    p.sources.retain(|x| used.contains(&x.id));
    let purposes: Vec<String> = p.purposes.iter().map(|x| x.id.clone()).collect();
    for r in &mut p.recipients {
        r.purposes.retain(|x| purposes.contains(x));
        r.purposes.dedup();
    }
    p.recipients.retain(|r| !r.purposes.is_empty());
    let mut seen: Vec<String> = Vec::new();
    p.recipients.retain(|r| {
        if seen.contains(&r.id) {
            false
        } else {
            seen.push(r.id.clone());
            true
        }
    });
    let recipients: Vec<String> = p.recipients.iter().map(|r| r.id.clone()).collect();
    p.transfers.retain(|x| recipients.contains(&x.recipient));
}

fn ids(v: &[String]) -> V {
    V::Ids(v.to_vec())
}

fn purpose_yaml(x: &Purpose) -> Vec<(&'static str, V)> {
    let mut m = vec![
        ("id", s(x.id.clone())),
        ("name", V::T(x.name.clone())),
        ("description", V::T(x.desc.clone())),
        ("basis", s(x.basis)),
    ];
    if let Some(li) = &x.li {
        m.push(("legitimate_interest", V::T(li.clone())));
    }
    if let Some(law) = &x.law {
        m.push(("law", V::T(law.clone())));
    }
    if x.dm {
        m.push(("direct_marketing", V::Bool(true)));
    }
    m.push(("categories", ids(&x.cats)));
    if !x.subjects.is_empty() {
        m.push(("data_subjects", ids(&x.subjects)));
    }
    m
}

fn category_yaml(k: &Category) -> Vec<(&'static str, V)> {
    let mut m = vec![
        ("id", s(k.id.clone())),
        ("name", V::T(k.name.clone())),
        ("description", V::T(k.desc.clone())),
    ];
    if let Some((kind, cond)) = k.special {
        m.push(("special", s(kind)));
        m.push(("special_condition", s(cond)));
    }
    if let Some(a) = &k.criminal {
        m.push(("criminal", V::Bool(true)));
        m.push(("criminal_authority", V::T(a.clone())));
    }
    let r = match &k.ret {
        Ret::Period(p, from) => vec![("period", s(p.clone())), ("from", V::T(from.clone()))],
        Ret::Until(e) => vec![("until", s(*e))],
        Ret::Criteria(c) => vec![("criteria", V::T(c.clone()))],
    };
    m.push(("retention", V::Map(r)));
    m.push(("sources", ids(&k.sources)));
    m
}

fn recipient_yaml(r: &Recipient) -> Vec<(&'static str, V)> {
    let mut m = vec![("id", s(r.id.clone()))];
    if let Some(d) = &r.def {
        m.push(("name", V::T(d.name.clone())));
        if d.is_category {
            m.push(("is_category", V::Bool(true)));
        }
        m.push(("role", s(d.role)));
        m.push(("country", s(d.country)));
        m.push(("purposes", ids(&r.purposes)));
        m.push(("description", V::T(d.desc.clone())));
    } else {
        m.push(("purposes", ids(&r.purposes)));
    }
    m
}

fn transfer_yaml(x: &Transfer) -> Vec<(&'static str, V)> {
    let mut m = vec![
        ("recipient", s(x.recipient.clone())),
        ("country", s(x.country)),
        ("mechanism", s(x.mechanism)),
    ];
    if let Some(d) = x.derogation {
        m.push(("derogation", s(d)));
    }
    if let Some(c) = &x.copy {
        m.push(("safeguard_copy", V::T(c.clone())));
    }
    m.push(("description", V::T(x.desc.clone())));
    m
}
