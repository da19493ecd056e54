//! Finnish business IDs (Y-tunnus) have the right form and check digit.

use super::{At, Notice, Sink};
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A Finnish business ID (Y-tunnus) is malformed or has a wrong check digit; documented in messages/rules/business-id.<lang>.md.
    pub struct BusinessId { id: "business-id", severity: Error, article: "GDPR Art 13(1)(a), 14(1)(a); Y-tunnus", reads: ["controller.business_id", "joint_controllers.business_id"] }
}

impl_rule!(BusinessId, check);

/// What is wrong with a business ID.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Problem {
    Format,
    NeverIssued,
    CheckDigit(u32),
}

pub(crate) fn validate(id: &str) -> Result<(), Problem> {
    let b = id.as_bytes();
    if b.len() != 9 || b[7] != b'-' {
        return Err(Problem::Format);
    }
    let digits: Vec<u32> = b[..7]
        .iter()
        .chain(&b[8..])
        .map(|c| (*c as char).to_digit(10))
        .collect::<Option<Vec<u32>>>()
        .ok_or(Problem::Format)?;
    let (body, check) = digits.split_at(7);
    let sum: u32 = body
        .iter()
        .zip([7, 9, 10, 5, 8, 4, 2])
        .map(|(d, w)| d * w)
        .sum();
    let expected = match sum % 11 {
        0 => 0,
        1 => return Err(Problem::NeverIssued),
        r => 11 - r,
    };
    if check.first() == Some(&expected) {
        Ok(())
    } else {
        Err(Problem::CheckDigit(expected))
    }
}

/// `whose`: `controller` or `joint` (a joint controller), which the catalogs put into words.
fn one(id: &str, at: At, whose: &str, sink: &mut Sink) {
    let Err(problem) = validate(id.trim()) else {
        return;
    };
    let (message, label, help) = match problem {
        Problem::Format => (
            msg!("business-id-message-format", whose = whose, id = id),
            msg!("business-id-label-format"),
            msg!("business-id-help-format"),
        ),
        Problem::NeverIssued => (
            msg!("business-id-message-never-issued", whose = whose, id = id),
            msg!("business-id-label-never-issued"),
            msg!("business-id-help-never-issued"),
        ),
        Problem::CheckDigit(c) => (
            msg!("business-id-message-check-digit", whose = whose, id = id),
            msg!("business-id-label-check-digit"),
            msg!("business-id-help-check-digit", digit = c),
        ),
    };
    sink.report(&BusinessId::INFO, &at, message)
        .set_label(label)
        .set_help(help);
}

fn check(n: &Notice, sink: &mut Sink) {
    if let Some(c) = n.controller()
        && let Some(id) = &c.value.business_id
    {
        one(id, c.at.child("business_id"), "controller", sink);
    }
    for (i, j) in n.register.joint_controllers.iter().enumerate() {
        if let Some(id) = &j.business_id {
            let at = n.at(&["joint_controllers"]).child(i).child("business_id");
            one(id, at, "joint", sink);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_ids() {
        for id in ["2077474-0", "0276398-4", "1441415-9"] {
            assert_eq!(validate(id), Ok(()), "{id}");
        }
    }

    #[test]
    fn invalid_ids() {
        assert_eq!(validate("2077474-1"), Err(Problem::CheckDigit(0)));
        assert_eq!(validate("2077474"), Err(Problem::Format));
        assert_eq!(validate("20774740"), Err(Problem::Format));
        assert_eq!(validate("207747a-0"), Err(Problem::Format));
        assert_eq!(validate("2077474-x"), Err(Problem::Format));
        assert_eq!(validate("FI20774740"), Err(Problem::Format));
        assert_eq!(validate("2077474-ä"), Err(Problem::Format));
    }

    #[test]
    fn never_issued() {
        // 0000010: sum = 4*1 = 4 → not 1; find one with r = 1: 0000100 → 8 → no;
        // 1000000 → 7; 0100000 → 9; 0010000 → 10; 0001000 → 5; 0000001 → 2;
        // 0000003 → 6; 0000006 → 12 → r = 1.
        assert_eq!(validate("0000006-0"), Err(Problem::NeverIssued));
    }
}
