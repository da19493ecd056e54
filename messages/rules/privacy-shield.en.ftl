# Messages of `privacy-shield` (en).

privacy-shield-message = the EU-US Privacy Shield has been invalid since { $date }: the Court of Justice annulled it in { $case }
privacy-shield-label = invalid transfer mechanism
privacy-shield-help = if the recipient is certified under the EU-US Data Privacy Framework ({ $list }), write `mechanism: dpf`; otherwise conclude the standard contractual clauses of { $decision } and write `mechanism: sccs` with `safeguard_copy`
# A date of the transfer facts: $iso is YYYY-MM-DD; $day, $month, $year are numbers.
