# Messages of `child-consent` (en).
# $group: the id of the group that includes children; $purpose: the id of the consent-based online service.
child-consent-message = group `{ $group }` includes children and purpose `{ $purpose }` is an online service based on consent, but the notice does not say how a guardian gives consent for a child too young to consent
child-consent-label = children, no `guardian_consent`
child-consent-help = add `guardian_consent:` to the group: how the consent of a guardian is obtained and checked for a child under the age of digital consent (13 in Finland), e.g. “A guardian gives consent for a child under 13 in the service after strong electronic identification.”
