//! E-mail addresses and phone numbers look like real ones.

use super::{At, Notice, Sink};
use crate::model::Contact;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// An e-mail address or phone number is malformed; documented in messages/rules/contact-format.<lang>.md.
    pub struct ContactFormat { id: "contact-format", severity: Error, article: "GDPR Art 13(1)(a)-(b), 14(1)(a)-(b)", reads: ["controller.email", "controller.phone", "contact_person.email", "contact_person.phone", "dpo.email", "dpo.phone", "representative.email", "representative.phone", "joint_controllers.contact.email", "joint_controllers.contact.phone", "rights_requests.email", "rights_requests.phone"] }
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

/// `whose`: `controller`, `contact-person`, `dpo`, `representative`, `joint` (a joint
/// controller) or `rights-requests`, which the catalogs put into words.
fn email(value: &str, at: At, whose: &str, sink: &mut Sink) {
    let v = value.trim();
    if !valid_email(v) {
        sink.report(
            &ContactFormat::INFO,
            &at,
            msg!("contact-format-message-email", whose = whose, value = value),
        )
        .set_label(msg!("contact-format-label-email"))
        .set_help(msg!("contact-format-help-email"));
    }
}

fn phone(value: &str, at: At, whose: &str, sink: &mut Sink) {
    if !valid_phone(value.trim()) {
        sink.report(
            &ContactFormat::INFO,
            &at,
            msg!("contact-format-message-phone", whose = whose, value = value),
        )
        .set_label(msg!("contact-format-label-phone"))
        .set_help(msg!("contact-format-help-phone"));
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
            email(e, c.at.child("email"), "controller", sink);
        }
        if let Some(p) = &c.value.phone {
            phone(p, c.at.child("phone"), "controller", sink);
        }
    }
    if let Some(c) = n.contact_person() {
        contact(c.value, &c.at, "contact-person", sink);
    }
    if let Some(c) = n.dpo() {
        contact(c.value, &c.at, "dpo", sink);
    }
    if let Some(c) = n.representative() {
        contact(c.value, &c.at, "representative", sink);
    }
    for (i, j) in n.register.joint_controllers.iter().enumerate() {
        if let Some(c) = &j.contact {
            let at = n.at(&["joint_controllers"]).child(i).child("contact");
            contact(c, &at, "joint", sink);
        }
    }
    if let Some(r) = n.rights_requests() {
        if let Some(e) = &r.value.email {
            email(e, r.at.child("email"), "rights-requests", sink);
        }
        if let Some(p) = &r.value.phone {
            phone(p, r.at.child("phone"), "rights-requests", sink);
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
