# Messages of `adequacy-country` (en).
# $country is the country as it reads in a sentence ("the United States (US)"), $code its
# ISO code; $decision the standard contractual clauses' decision as the data names it
# (English), $number its number ("(EU) 2021/914"); $list the countries with an adequacy
# decision.

adequacy-country-message-dpf-only = there is no general adequacy decision for { $country }: only organisations certified under the EU-US Data Privacy Framework are covered
adequacy-country-label-dpf-only = no general adequacy decision
adequacy-country-help-dpf-only = if the recipient is certified under the EU-US Data Privacy Framework ({ $list }), write `mechanism: dpf`; otherwise use the standard contractual clauses (`mechanism: sccs`, { $decision })
adequacy-country-message-not-yet = the adequacy decision for { $country } applies only from { $from }
adequacy-country-label-not-yet = not yet in force
adequacy-country-help-not-yet = until { $from }, use another safeguard such as the standard contractual clauses ({ $decision })
adequacy-country-message-expired = the adequacy decision for { $country } expired on { $until }
adequacy-country-label-expired = expired adequacy decision
adequacy-country-help-expired = check whether the decision has been renewed (and update data/transfers.yaml); otherwise use the standard contractual clauses ({ $decision })
adequacy-country-message-none = the European Commission has made no adequacy decision for { $country }
adequacy-country-label-none = no adequacy decision
adequacy-country-help-none = use the standard contractual clauses (`mechanism: sccs`, { $decision }) or another Art 46 safeguard; adequacy decisions exist for: { $list }
adequacy-country-message-dpf-elsewhere = the EU-US Data Privacy Framework covers only recipients in the United States, not in { $country }
adequacy-country-label-dpf-elsewhere = not a US recipient
# $decision: the country's adequacy decision (English).
adequacy-country-help-own-decision = { $country } has its own adequacy decision ({ $decision }): write `mechanism: adequacy`
adequacy-country-help-dpf-elsewhere = use the standard contractual clauses (`mechanism: sccs`, { $decision }), or correct the country if the recipient is in the US
# A date: $iso is YYYY-MM-DD; $day, $month, $year are numbers.
