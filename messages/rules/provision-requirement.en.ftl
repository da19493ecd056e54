# Messages of `provision-requirement` (en).
provision-requirement-message-no-sources = the notice names no sources, so the data is taken to come from the person, but it does not say whether they must provide it
provision-requirement-label-no-sources = no `provision`, and no sources named
provision-requirement-message-from-person = data is collected from the person (source `{ $source }`) but the notice does not say whether they must provide it
provision-requirement-label-from-person = collected from the person
provision-requirement-help-missing = add `provision:` with `requirement:` (statutory, contractual, contract-prerequisite or voluntary), `obligatory:` and `consequences:` of not providing the data
provision-requirement-message-requirement = `provision` does not say whether providing the data is required
provision-requirement-label-requirement = no `requirement`
provision-requirement-help-requirement = add `requirement:` with statutory, contractual, contract-prerequisite or voluntary
provision-requirement-message-consequences = the notice says providing the data is required but not what happens if it is not provided
provision-requirement-label-consequences = no `consequences`
# $lang: the notice's language (fi, sv or en); the example is notice text.
provision-requirement-help-consequences = add `consequences:` saying what follows if the person does not provide the data, e.g. "{ $lang ->
        [fi] Ilman yhteystietoja tilausta ei toimiteta.
        [sv] Utan kontaktuppgifter kan beställningen inte levereras.
       *[other] Without contact details the order cannot be delivered.
    }"
provision-requirement-message-voluntary-obligatory = `provision` says providing the data is voluntary and also that the person is obliged to provide it
provision-requirement-label-voluntary-obligatory = `obligatory: true` with `requirement: voluntary`
provision-requirement-help-voluntary-obligatory = if people may leave the data out, write `obligatory: false`; if a law or a contract obliges them to give it, change `requirement:` to statutory or contractual; if the data is only needed to make a contract, write `requirement: contract-prerequisite`
