//! seloste: privacy notices (tietosuojaseloste) as code.
//!
//! Register files (YAML) are loaded with exact spans (`load`), read into the model
//! (`model`), checked against the GDPR (`rules`) and reported (`report`).

pub mod build;
pub mod check;
pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod diff;
pub mod fsio;
pub mod i18n;
pub mod init;
pub mod load;
pub mod lsp;
pub mod messages;
pub mod model;
pub mod par;
pub mod render;
pub mod report;
pub mod ropa;
pub mod rules;
pub mod serve;
