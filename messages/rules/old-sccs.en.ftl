# Messages of `old-sccs` (en).

old-sccs-message = the old standard contractual clauses ({ $decisions }) have not covered transfers since their transition period ended on { $end }
old-sccs-label = expired clauses
old-sccs-help = conclude the standard contractual clauses of { $decision } of { $date } with the recipient (the module that fits: { $modules }), then write `mechanism: sccs` and `safeguard_copy`
# A date of the transfer facts: $iso is YYYY-MM-DD; $day, $month, $year are numbers.
