//! Joint controllers must make the essence of their arrangement available (Art 26(2)).

use super::{Notice, Sink};
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A joint controller is named without the essence of the arrangement; documented in messages/rules/joint-arrangement.<lang>.md.
    pub struct JointArrangement { id: "joint-arrangement", severity: Error, article: "GDPR Art 26(1)-(2)", reads: ["joint_controllers"] }
}

impl_rule!(JointArrangement, check);

fn check(n: &Notice, sink: &mut Sink) {
    let list = n.at(&["joint_controllers"]);
    for (i, j) in n.register.joint_controllers.iter().enumerate() {
        let at = list.child(i);
        let (place, label) = match &j.responsibilities {
            None => (at.child("name"), msg!("joint-arrangement-label-missing")),
            Some(t) if t.is_blank() => (
                at.child("responsibilities"),
                msg!("joint-arrangement-label-blank"),
            ),
            Some(_) => continue,
        };
        let lang = n.languages().first().map(String::as_str).unwrap_or("en");
        let name = j
            .name
            .get(lang)
            .or_else(|| j.name.variants().first().map(|(_, s)| *s))
            .unwrap_or_default()
            .trim()
            .to_string();
        sink.report(
            &JointArrangement::INFO,
            &place,
            msg!("joint-arrangement-message", name = name),
        )
        .set_label(label)
        .set_help(msg!("joint-arrangement-help"));
    }
}
