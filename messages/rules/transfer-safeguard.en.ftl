# Messages of `transfer-safeguard` (en).
# $country: the country as it reads in a sentence ("the United States (US)"), $code its ISO
# code; $decision: the standard contractual clauses' decision as the data names it (English),
# $number its number ("(EU) 2021/914").

transfer-safeguard-message-no-country = the transfer names no country
transfer-safeguard-message-no-country-to = the transfer to `{ $recipient }` names no country
transfer-safeguard-label-no-country = transfer without a country
transfer-safeguard-help-no-country = add `country:` with the ISO code of the country the data goes to, e.g. `country: US`
# $area: `eu` or `eea` (Iceland, Liechtenstein, Norway).
transfer-safeguard-message-eu = { $country } is in { $area ->
        [eea] the EEA
       *[other] the EU
    }: this is not a transfer outside the EU/EEA
transfer-safeguard-label-eu = EU/EEA country
transfer-safeguard-help-eu = not a transfer: remove this entry. Data processed in the EU/EEA needs no transfer safeguard; list the recipient under `recipients` only
transfer-safeguard-message-lacks-mechanism = the transfer gives no legal mechanism
transfer-safeguard-message-lacks-mechanism-to = the transfer to `{ $recipient }` gives no legal mechanism
transfer-safeguard-label-no-mechanism = transfer without a mechanism
transfer-safeguard-help-no-mechanism = add `mechanism:`: `adequacy` if { $country } has an adequacy decision, `dpf` for DPF-certified US recipients, `sccs` for the standard contractual clauses of { $decision }, `bcr`, `code-of-conduct`, `certification`, or `derogation` with the Art 49(1) ground
transfer-safeguard-help-no-mechanism-no-country = add `mechanism:`: `adequacy` if the country has an adequacy decision, `dpf` for DPF-certified US recipients, `sccs` for the standard contractual clauses of { $decision }, `bcr`, `code-of-conduct`, `certification`, or `derogation` with the Art 49(1) ground
# $what: the safeguard, `sccs`, `bcr`, `code-of-conduct` or `certification`.
transfer-safeguard-message-no-copy = the notice does not say where to get a copy of { $what ->
        [sccs] the standard contractual clauses
        [bcr] the binding corporate rules
        [code-of-conduct] the code of conduct
       *[other] the certification
    }
transfer-safeguard-label-no-copy = safeguard without a copy
# $lang: the notice's language; the example is a sentence of the notice, in its language.
transfer-safeguard-help-no-copy = add `safeguard_copy:` saying where people can obtain a copy, e.g. { $lang ->
        [fi] "Kopion vakiosopimuslausekkeista saa tietosuojavastaavalta"
        [sv] "En kopia av standardavtalsklausulerna fås av dataskyddsombudet"
       *[other] "A copy of the clauses is available from our DPO"
    }, or a URL
transfer-safeguard-message-no-derogation = the transfer relies on a derogation but does not say which
transfer-safeguard-label-no-derogation = derogation without a ground
transfer-safeguard-help-no-derogation = add `derogation:` with the Art 49(1) ground: explicit-consent, contract-with-subject, contract-in-interest, public-interest, legal-claims, vital-interests, public-register or compelling-legitimate-interests
