//! E-mail addresses and phone numbers look like real ones.

use super::{At, Notice, Sink};
use crate::model::Contact;
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// An e-mail address or phone number is malformed.
    ///
    /// ## What it checks
    /// Every `email` of the controller, contact person, data protection officer,
    /// representative, joint controllers and `rights_requests` must look like an e-mail
    /// address (`name@domain.fi`); template placeholders such as `etunimi.sukunimi@…`
    /// are the `placeholder` rule's. Every `phone` must contain 6 to 15 digits and only digits,
    /// spaces, `+`, `-` and parentheses.
    ///
    /// ## Why
    /// The contact details are what people use to exercise their rights
    /// (Art 13(1)(a)-(b), 14(1)(a)-(b), 12(2)); an address that cannot receive mail makes
    /// that impossible.
    ///
    /// ## How to fix
    /// Give the real address or number. For e-mail a role mailbox such as
    /// `tietosuoja@yritys.fi` survives staff changes better than a person's address.
    pub struct ContactFormat { id: "contact-format", severity: Error, article: "GDPR Art 13(1)(a)-(b), 14(1)(a)-(b)" }
}

impl_rule!(ContactFormat, check);

fn valid_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    if local.is_empty()
        || local.starts_with('.')
        || local.ends_with('.')
        || local.contains("..")
        || !local
            .chars()
            .all(|c| c.is_alphanumeric() || "._%+-'".contains(c))
    {
        return false;
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 {
        return false;
    }
    let labels_ok = labels.iter().all(|l| {
        !l.is_empty()
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_alphanumeric() || c == '-')
    });
    let tld_ok = labels
        .last()
        .is_some_and(|t| t.chars().count() >= 2 && t.chars().all(char::is_alphabetic));
    labels_ok && tld_ok
}

fn valid_phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    (6..=15).contains(&digits) && s.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c))
}

fn email(value: &str, at: At, whose: &str, sink: &mut Sink) {
    let v = value.trim();
    if !valid_email(v) {
        sink.report(
            &ContactFormat::INFO,
            &at,
            format!("the {whose} e-mail address `{value}` is not a valid address"),
        )
        .set_label("not an e-mail address")
        .set_help("give the address in the form `name@domain.fi`, without spaces or a `mailto:`");
    }
}

fn phone(value: &str, at: At, whose: &str, sink: &mut Sink) {
    if !valid_phone(value.trim()) {
        sink.report(
            &ContactFormat::INFO,
            &at,
            format!("the {whose} phone number `{value}` is not a valid number"),
        )
        .set_label("not a phone number")
        .set_help(
            "give 6 to 15 digits, optionally with spaces, `+`, `-` and parentheses, e.g. \
             `+358 17 266 3800` or `017 266 3800`",
        );
    }
}

fn contact(c: &Contact, at: &At, whose: &str, sink: &mut Sink) {
    if let Some(e) = &c.email {
        email(e, at.child("email"), whose, sink);
    }
    if let Some(p) = &c.phone {
        phone(p, at.child("phone"), whose, sink);
    }
}

fn check(n: &Notice, sink: &mut Sink) {
    if let Some(c) = n.controller() {
        if let Some(e) = &c.value.email {
            email(e, c.at.child("email"), "controller's", sink);
        }
        if let Some(p) = &c.value.phone {
            phone(p, c.at.child("phone"), "controller's", sink);
        }
    }
    if let Some(c) = n.contact_person() {
        contact(c.value, &c.at, "contact person's", sink);
    }
    if let Some(c) = n.dpo() {
        contact(c.value, &c.at, "data protection officer's", sink);
    }
    if let Some(c) = n.representative() {
        contact(c.value, &c.at, "representative's", sink);
    }
    for (i, j) in n.register.joint_controllers.iter().enumerate() {
        if let Some(c) = &j.contact {
            let at = n.at(&["joint_controllers"]).child(i).child("contact");
            contact(c, &at, "joint controller's", sink);
        }
    }
    if let Some(r) = n.rights_requests() {
        if let Some(e) = &r.value.email {
            email(e, r.at.child("email"), "rights requests", sink);
        }
        if let Some(p) = &r.value.phone {
            phone(p, r.at.child("phone"), "rights requests", sink);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert!(valid_email("tietosuoja@example.fi"));
        assert!(valid_email("kaija.savolainen@kuopio-chamber.fi"));
        assert!(!valid_email("tietosuoja(at)example.fi"));
        assert!(!valid_email("tietosuoja@example"));
        assert!(!valid_email("tieto suoja@example.fi"));
        assert!(!valid_email("@example.fi"));
    }

    #[test]
    fn phones() {
        assert!(valid_phone("+358 17 266 3800"));
        assert!(valid_phone("017 266 3800"));
        assert!(valid_phone("(09) 123-4567"));
        assert!(!valid_phone("12345"));
        assert!(!valid_phone("puh. 017 266 3800"));
        assert!(!valid_phone("+358 17 266 3800 / 040 1234567"));
    }
}
