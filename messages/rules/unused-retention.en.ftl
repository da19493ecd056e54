# Messages of `unused-retention` (en).

unused-retention-message-register = the register's `retention` applies to no category: every category states its own retention or is in a retention group
unused-retention-message-group = retention group `{ $group }` applies to no category: each of its categories states its own retention
unused-retention-label = printed nowhere
unused-retention-help-register = remove the register's `retention`, or remove `retention` from the categories it should cover, so that the policy written once is the one printed
unused-retention-help-group = remove group `{ $group }`, or remove `retention` from its categories so that the group's policy applies to them
