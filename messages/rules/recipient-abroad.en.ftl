# Messages of `recipient-abroad` (en).
# $country, $outside, $countries: countries as they read in a sentence ("the United States
# (US)"; seloste.<lang>.ftl, country-in-sentence). $entry, $entries: YAML to
# add, as code. $outdated, $given: a further clause or nothing.

recipient-abroad-message-country = the recipient `{ $id }` is in { $country }, outside the EU/EEA, but no transfer is listed for it{ $outdated }
recipient-abroad-label-country = recipient outside the EU/EEA
# $us: `yes` when the country is the United States.
recipient-abroad-help-country = add to `transfers`: { $entry } with the mechanism ({ $us ->
        [yes] `dpf` if the recipient is DPF-certified, else `sccs` with `safeguard_copy`
       *[other] `adequacy`, `sccs` with `safeguard_copy`, `bcr`, …
    }), or correct the country if the data stays in the EU/EEA
recipient-abroad-help-catalogue = { $facts }. { $advice }
recipient-abroad-given = {" "}(not only { $country }, the `country` given)
# $known: `yes` when the catalogue names the countries ($countries).
recipient-abroad-message-vendor = the recipient `{ $id }` is { $named }, whose data goes to { $known ->
        [yes] { $countries }
       *[other] outside the EU/EEA
    }{ $given }, but no transfer is listed for it{ $outdated }
recipient-abroad-label-vendor = service that processes data outside the EU/EEA
recipient-abroad-help-vendor = { $facts }. { $advice } If your contract keeps the data in the EU/EEA only, say so in the recipient's `description` and suppress this finding with that reason
recipient-abroad-message-claim = the text says no data leaves the EU/EEA, but a recipient is outside it
recipient-abroad-label-claim = contradicted by the recipients
recipient-abroad-help-claim = say which data is transferred, to whom and on what ground, or remove the sentence: seloste prints the transfers itself. Recipients outside the EU/EEA: { $recipients }
recipient-abroad-message-outdated = the recipient is named by an outdated name: { $list }
recipient-abroad-label-outdated = outdated name
recipient-abroad-help-outdated = write the current name
recipient-abroad-help-outdated-entity = write the current name; { $named } customers in the EU/EEA contract with { $entity }
recipient-abroad-outdated = “{ $name }” is now { $current }
# $since: a year and month (2017-09), as the catalogue gives it.
recipient-abroad-outdated-since = “{ $name }” is now { $current } (since { $since })
recipient-abroad-outdated-note = ; its name is outdated: { $list }
recipient-abroad-join-semicolon = { $a }; { $b }
recipient-abroad-join-and = { $a } and { $b }
# A date of the catalogue: $iso is YYYY-MM-DD; $day, $month, $year are numbers.
# $what: one of the recipient-abroad-facts-… messages; $dpf: one of the -dpf-… ones.
recipient-abroad-facts = seloste's vendor catalogue (checked { $checked }): { $what }; DPF: { $dpf }
recipient-abroad-facts-eu-entity = EU/EEA customers contract with { $entity } in { $country }
recipient-abroad-facts-eu-entity-onward = EU/EEA customers contract with { $entity } in { $country }, but the group also processes the data in { $outside }, so a transfer is still to be described
recipient-abroad-facts-entity-abroad = EU/EEA customers contract with { $entity } in { $country }, outside the EU/EEA
recipient-abroad-facts-processes = { $named } processes the data outside the EU/EEA
recipient-abroad-facts-processes-in = { $named } processes the data in { $outside }
recipient-abroad-dpf-certified = { $organisation } certified as of { $date }
recipient-abroad-dpf-not-certified = { $organisation } not certified as of { $date }
recipient-abroad-dpf-not-applicable = not applicable (no US group entity receives the data as far as known)
recipient-abroad-dpf-unconfirmed-for = not confirmed for { $organisation } (check the DPF list)
recipient-abroad-dpf-unconfirmed = not confirmed
recipient-abroad-advice-unknown = Add to `transfers`: { $entry } for each country outside the EU/EEA the vendor's processing terms name.
recipient-abroad-advice = Add to `transfers`: { $entries }.
recipient-abroad-advice-note = Add to `transfers`: { $entries } ({ $note }).
recipient-abroad-note-dpf = { $organisation } was DPF-certified as of { $date }; check it on https://www.dataprivacyframework.gov/list
recipient-abroad-note-no-dpf = the catalogue could not confirm DPF certification: write `dpf` only if the vendor is on https://www.dataprivacyframework.gov/list
