//! The problems found while reading files, before any GDPR rule runs. They have ids and
//! explanations like rules do, so `seloste explain yaml-syntax` works.

use crate::declare_rule;

declare_rule! {
    /// The file could not be read; documented in messages/rules/io-error.<lang>.md.
    pub struct IoError { id: "io-error", severity: Error, article: "seloste" }
}

declare_rule! {
    /// The file is not UTF-8 text; documented in messages/rules/encoding.<lang>.md.
    pub struct Encoding { id: "encoding", severity: Error, article: "seloste" }
}

declare_rule! {
    /// The file is larger than seloste reads; documented in messages/rules/too-large.<lang>.md.
    pub struct TooLarge { id: "too-large", severity: Error, article: "seloste" }
}

declare_rule! {
    /// The file is not valid YAML; documented in messages/rules/yaml-syntax.<lang>.md.
    pub struct YamlSyntax { id: "yaml-syntax", severity: Error, article: "YAML 1.2" }
}

declare_rule! {
    /// The same key appears twice in one mapping; documented in messages/rules/duplicate-key.<lang>.md.
    pub struct DuplicateKey { id: "duplicate-key", severity: Error, article: "YAML 1.2" }
}

declare_rule! {
    /// The YAML uses more anchors, aliases or nesting than seloste allows; documented in messages/rules/yaml-limits.<lang>.md.
    pub struct YamlLimits { id: "yaml-limits", severity: Error, article: "seloste" }
}

declare_rule! {
    /// The file is not a register or an organisation file; documented in messages/rules/not-a-notice.<lang>.md.
    pub struct NotANotice { id: "not-a-notice", severity: Error, article: "seloste" }
}

declare_rule! {
    /// A key that the register format does not have; documented in messages/rules/unknown-key.<lang>.md.
    pub struct UnknownKey { id: "unknown-key", severity: Error, article: "seloste schema" }
}

declare_rule! {
    /// A value has the wrong form for its key; documented in messages/rules/schema.<lang>.md.
    pub struct Schema { id: "schema", severity: Error, article: "seloste schema" }
}

declare_rule! {
    /// A file is outside the project folder; documented in messages/rules/outside-project.<lang>.md.
    pub struct OutsideProject { id: "outside-project", severity: Error, article: "seloste" }
}

// The rule `references` (src/rules/references.rs) checks ids inside a register; it is
// declared here because the loader reports `meta.organisation` files with it too, and the
// loader names no rule.
declare_rule! {
    /// An id refers to something that does not exist, or two items share an id.
    ///
    /// ## What it checks
    /// Purposes refer to data categories and data subject groups, categories to
    /// sources, recipients to purposes, transfers to recipients, and `meta.organisation`
    /// to an organisation file. Every such reference must name an existing item, and ids
    /// must be unique within their list. `meta.organisation` is a path relative to the
    /// register's folder that stays inside the project folder (see `outside-project`).
    ///
    /// ## Why
    /// A notice is only as good as its links: a purpose that uses a category that is not
    /// listed tells the reader nothing about that data (Art 13(1)(c), 14(1)(d)).
    ///
    /// ## How to fix
    /// Correct the misspelt id, or add the missing item.
    pub struct References { id: "references", severity: Error, article: "GDPR Art 13(1), 14(1)", reads: ["purposes.categories", "purposes.data_subjects", "categories.sources", "recipients.purposes", "transfers.recipient", "retention_groups.categories", "purposes.id", "categories.id", "sources.id", "data_subjects.id", "recipients.id", "retention_groups.id"] }
}
