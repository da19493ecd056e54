//! A register as the rules see it: the register file merged with its organisation file,
//! with every value's location (file and path) kept so diagnostics point at the file
//! and line the value came from.

use crate::diagnostic::{Diagnostic, FileId, RuleInfo};
use crate::load::tree::{Node, Seg, Span};
use crate::model::*;

/// A file a value can come from.
#[derive(Clone, Copy)]
pub struct Origin<'a> {
    pub file: FileId,
    pub tree: &'a Node,
}

/// A place in a file: an origin and a path into its tree.
#[derive(Clone)]
pub struct At<'a> {
    pub origin: Origin<'a>,
    pub path: Vec<Seg>,
    /// Point at the key rather than the value.
    key: bool,
}

impl<'a> At<'a> {
    pub fn new(origin: Origin<'a>, path: Vec<Seg>) -> At<'a> {
        At {
            origin,
            path,
            key: false,
        }
    }
    /// The place of a child key or index.
    pub fn child(&self, seg: impl Into<Seg>) -> At<'a> {
        let mut path = self.path.clone();
        path.push(seg.into());
        At {
            origin: self.origin,
            path,
            key: false,
        }
    }
    /// The same place, pointing at the key instead of the value.
    pub fn key(mut self) -> At<'a> {
        self.key = true;
        self
    }
    pub fn span(&self) -> Span {
        if self.key {
            self.origin.tree.locate_key(&self.path)
        } else {
            self.origin.tree.locate(&self.path)
        }
    }
    pub fn file(&self) -> FileId {
        self.origin.file
    }
    /// True when the path exists in the file.
    pub fn exists(&self) -> bool {
        let mut n = self.origin.tree;
        for s in &self.path {
            match n.get(s) {
                Some(c) => n = c,
                None => return false,
            }
        }
        true
    }
}

/// A value together with where it was written.
pub struct Located<'a, T> {
    pub value: &'a T,
    pub at: At<'a>,
}

/// A recipient after merging a register entry with the organisation's recipient of the same id.
pub struct RecipientView<'a> {
    pub merged: Recipient,
    /// The register's entry.
    pub at: At<'a>,
    /// The organisation file's definition, when there is one.
    pub def_at: Option<At<'a>>,
    pub entry: &'a Recipient,
}

impl<'a> RecipientView<'a> {
    /// Where `field` was written: in the register entry when set there, otherwise in the
    /// organisation's definition, otherwise (missing everywhere) the register entry.
    pub fn field_at(&self, field: &str) -> At<'a> {
        let here = self.at.child(field);
        if here.exists() {
            return here;
        }
        match &self.def_at {
            Some(d) if d.child(field).exists() => d.child(field),
            _ => self.at.clone(),
        }
    }
}

/// A register merged with its organisation file.
pub struct Notice<'a> {
    pub files: &'a crate::diagnostic::Files,
    /// The date checks compare with (today, or a fixed date in tests).
    pub today: Date,
    pub register: &'a Register,
    pub reg: Origin<'a>,
    pub org: Option<(&'a Organisation, Origin<'a>)>,
    /// Every string value of the register and organisation files, collected once and
    /// shared by the rules that read text (see `text_scan`).
    pub strings: std::sync::OnceLock<Vec<TextItem<'a>>>,
    /// What did not load in the register and organisation files and was left out.
    pub left_out: [Option<&'a crate::load::Recovery>; 2],
}

impl Notice<'_> {
    /// True when a list item with this id did not load: a reference to it is not dangling.
    pub fn left_out_id(&self, id: &str) -> bool {
        self.left_out
            .iter()
            .flatten()
            .any(|r| r.left_out_ids.contains(id))
    }

    /// True when a whole purpose did not load.
    pub fn purpose_left_out(&self) -> bool {
        self.left_out.iter().flatten().any(|r| r.purpose_left_out)
    }
}

macro_rules! shared_fact {
    ($name:ident, $ty:ty) => {
        /// The register's value, or else the organisation file's, with where it was written.
        pub fn $name(&self) -> Option<Located<'a, $ty>> {
            if let Some(v) = &self.register.$name {
                return Some(Located {
                    value: v,
                    at: self.at(&[stringify!($name)]),
                });
            }
            let (org, origin) = self.org.as_ref()?;
            org.$name.as_ref().map(|v| Located {
                value: v,
                at: At::new(*origin, vec![Seg::Key(stringify!($name).into())]),
            })
        }
    };
}

impl<'a> Notice<'a> {
    /// A place in the register file.
    pub fn at(&self, path: &[&str]) -> At<'a> {
        At::new(
            self.reg,
            path.iter().map(|s| Seg::Key(s.to_string())).collect(),
        )
    }

    pub fn languages(&self) -> &'a [Lang] {
        &self.register.meta.languages
    }

    shared_fact!(controller, Controller);
    shared_fact!(contact_person, Contact);
    shared_fact!(dpo, Contact);
    shared_fact!(representative, Contact);
    shared_fact!(security, Text);
    shared_fact!(changes_policy, Text);
    shared_fact!(rights_requests, RightsRequests);
    shared_fact!(authority, crate::model::authority::AuthorityRef);
    shared_fact!(authority_reason, Text);

    /// Every purpose with its place.
    pub fn purposes(&self) -> impl Iterator<Item = (usize, &'a Purpose, At<'a>)> + '_ {
        self.register
            .purposes
            .iter()
            .enumerate()
            .map(move |(i, p)| (i, p, self.at(&["purposes"]).child(i)))
    }

    /// Every data category with its place.
    pub fn categories(&self) -> impl Iterator<Item = (usize, &'a DataCategory, At<'a>)> + '_ {
        self.register
            .categories
            .iter()
            .enumerate()
            .map(move |(i, c)| (i, c, self.at(&["categories"]).child(i)))
    }

    /// Every source with its place.
    pub fn sources(&self) -> impl Iterator<Item = (usize, &'a Source, At<'a>)> + '_ {
        self.register
            .sources
            .iter()
            .enumerate()
            .map(move |(i, s)| (i, s, self.at(&["sources"]).child(i)))
    }

    /// The register's recipients, each merged with the organisation's definition of the same id.
    pub fn recipients(&self) -> Vec<RecipientView<'a>> {
        self.register
            .recipients
            .iter()
            .enumerate()
            .map(|(i, entry)| {
                let at = self.at(&["recipients"]).child(i);
                let def = self.org.as_ref().and_then(|(org, origin)| {
                    org.recipients
                        .iter()
                        .position(|r| r.id == entry.id)
                        .map(|j| {
                            (
                                &org.recipients[j],
                                At::new(
                                    *origin,
                                    vec![Seg::Key("recipients".into()), Seg::Index(j)],
                                ),
                            )
                        })
                });
                let merged = match &def {
                    None => entry.clone(),
                    Some((d, _)) => Recipient {
                        id: entry.id.clone(),
                        name: entry.name.clone().or_else(|| d.name.clone()),
                        role: entry.role.or(d.role),
                        is_category: entry.is_category || d.is_category,
                        country: entry.country.clone().or_else(|| d.country.clone()),
                        purposes: entry.purposes.clone(),
                        description: entry.description.clone().or_else(|| d.description.clone()),
                        suppress: entry.suppress.clone(),
                    },
                };
                RecipientView {
                    merged,
                    at,
                    def_at: def.map(|(_, a)| a),
                    entry,
                }
            })
            .collect()
    }

    /// The register's transfers, and the organisation's transfers to recipients this register uses.
    pub fn transfers(&self) -> Vec<Located<'a, Transfer>> {
        let mut out: Vec<Located<'a, Transfer>> = self
            .register
            .transfers
            .iter()
            .enumerate()
            .map(|(i, t)| Located {
                value: t,
                at: self.at(&["transfers"]).child(i),
            })
            .collect();
        if let Some((org, origin)) = &self.org {
            let used: Vec<&str> = self
                .register
                .recipients
                .iter()
                .map(|r| r.id.as_str())
                .collect();
            for (i, t) in org.transfers.iter().enumerate() {
                let applies = t.recipient.as_deref().is_some_and(|r| used.contains(&r));
                let overridden = self
                    .register
                    .transfers
                    .iter()
                    .any(|rt| rt.recipient.is_some() && rt.recipient == t.recipient);
                if applies && !overridden {
                    out.push(Located {
                        value: t,
                        at: At::new(*origin, vec![Seg::Key("transfers".into()), Seg::Index(i)]),
                    });
                }
            }
        }
        out
    }

    /// True when some of the data is collected from the person (Art 13 applies).
    pub fn art13(&self) -> bool {
        self.register.sources.iter().any(|s| s.kind.is_art13())
    }

    /// True when some of the data is obtained from elsewhere (Art 14 applies).
    pub fn art14(&self) -> bool {
        self.register.sources.iter().any(|s| !s.kind.is_art13())
    }

    /// True when the controller is a public authority.
    pub fn is_public_authority(&self) -> bool {
        self.controller()
            .is_some_and(|c| c.value.kind == Some(ControllerKind::PublicAuthority))
    }

    /// The controller's country (ISO 3166-1 alpha-2, upper case) and how it is known:
    /// `controller.country`, else the country its postal or visiting address names
    /// ([`crate::model::authority::country_in_address`]), else FI for a valid Finnish
    /// business ID. `None` when nothing tells: never a default.
    pub fn controller_country(&self) -> Option<(String, CountryFrom)> {
        let c = self.controller()?.value;
        if let Some(code) = c
            .country
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            return Some((code.to_ascii_uppercase(), CountryFrom::Stated));
        }
        for address in [&c.postal_address, &c.visiting_address]
            .into_iter()
            .flatten()
        {
            for (_, text) in address.variants() {
                if let Some(code) = crate::model::authority::country_in_address(text) {
                    return Some((code, CountryFrom::Address));
                }
            }
        }
        c.business_id
            .as_deref()
            .filter(|id| super::business_id::validate(id.trim()).is_ok())
            .map(|_| ("FI".to_string(), CountryFrom::BusinessId))
    }

    /// The supervisory authority the notice names: the one the register (or its
    /// organisation file) names, else the built-in authority of the controller's country.
    /// `None` when the named id is unknown, or nothing names one and the controller's
    /// country is unknown or has no built-in authority.
    pub fn resolved_authority(&self) -> Option<ResolvedAuthority<'a>> {
        use crate::model::authority::{AuthorityRef, authority, of_country};
        match self.authority() {
            Some(a) => match a.value {
                AuthorityRef::Id(id) => authority(id.trim()).map(ResolvedAuthority::BuiltIn),
                AuthorityRef::Custom(c) => Some(ResolvedAuthority::Custom(c)),
            },
            None => {
                let (country, _) = self.controller_country()?;
                of_country(&country).map(ResolvedAuthority::BuiltIn)
            }
        }
    }

    /// The files whose text belongs to this notice: the register, then its organisation file.
    pub fn origins(&self) -> Vec<Origin<'a>> {
        let mut v = vec![self.reg];
        if let Some((_, o)) = &self.org {
            v.push(*o);
        }
        v
    }
}

/// How the controller's country is known ([`Notice::controller_country`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountryFrom {
    /// `controller.country`.
    Stated,
    /// The controller's postal or visiting address.
    Address,
    /// A valid Finnish business ID (Y-tunnus).
    BusinessId,
}

/// The supervisory authority a notice names ([`Notice::resolved_authority`]).
#[derive(Clone, Copy, Debug)]
pub enum ResolvedAuthority<'a> {
    BuiltIn(&'static crate::model::authority::Authority),
    Custom(&'a crate::model::authority::CustomAuthority),
}

impl ResolvedAuthority<'_> {
    /// The authority's country, when known (a written-out authority may not say).
    pub fn country(&self) -> Option<&str> {
        match self {
            ResolvedAuthority::BuiltIn(a) => Some(&a.country),
            ResolvedAuthority::Custom(c) => c.country.as_deref(),
        }
    }
}

/// Collects the diagnostics of one notice.
#[derive(Default)]
pub struct Sink {
    pub diagnostics: Vec<Diagnostic>,
}

impl Sink {
    /// Reports a problem at `at`; returns it so the rule can add help and a label.
    pub fn report(
        &mut self,
        info: &'static RuleInfo,
        at: &At,
        message: impl Into<crate::diagnostic::Msg>,
    ) -> &mut Diagnostic {
        self.report_span(info, at.file(), at.span(), message)
    }

    /// Reports a problem at an exact span (for matches inside a text).
    pub fn report_span(
        &mut self,
        info: &'static RuleInfo,
        file: FileId,
        span: Span,
        message: impl Into<crate::diagnostic::Msg>,
    ) -> &mut Diagnostic {
        self.diagnostics
            .push(Diagnostic::new(info, file, Some(span), message));
        self.diagnostics.last_mut().expect("just pushed")
    }
}

/// One string of a notice.
pub struct TextItem<'a> {
    pub origin: Origin<'a>,
    pub path: Vec<Seg>,
    pub node: &'a Node,
    pub text: &'a str,
    /// The language of the text: the map key it is under, else the notice's first language.
    pub lang: &'a str,
    /// False for fields that hold codes, dates and addresses rather than sentences
    /// (`text_scan::NOT_PROSE`).
    pub prose: bool,
    /// Which patterns of the word lists can match the text, found on first use
    /// (see `wording::List::find_item`).
    pub candidates: std::sync::OnceLock<Vec<usize>>,
}

impl TextItem<'_> {
    /// The key this text belongs to (the field name, skipping a language key).
    pub fn field(&self) -> &str {
        let mut it = self.path.iter().rev().filter_map(|s| match s {
            Seg::Key(k) => Some(k.as_str()),
            Seg::Index(_) => None,
        });
        let last = it.next().unwrap_or("");
        if last == self.lang {
            it.next().unwrap_or(last)
        } else {
            last
        }
    }
}
