# The comments `seloste init` writes into a new register's skeleton for the officer, and the
# facts it fills in from the vendor catalogue (English). The notice's own placeholder texts
# are in templates/init/register.yaml.tera, one per notice language. Each message is one
# comment (its lines become "# " lines). Keep the three languages' keys equal (a test checks).

init-schema-missing =
    seloste did not find schemas/register.schema.json in this folder or above it. For
    completion and hover help in your editor, write it with
      mkdir -p schemas && seloste schema > schemas/register.schema.json
    in this folder, or change the path above to where the schema is (relative to this file).
init-header =
    The privacy notice (tietosuojaseloste) of one register, GDPR Art 13 and 14.
    Written by `seloste init`; every comment says what to write and which article asks for it.
init-finish =
    To finish it:
      1. Replace every TODO text with the real information, in every language.
      2. Replace the TODO e-mail addresses and the business ID with the real ones.
      3. Uncomment the `basis:`, `period:` and `requirement:` lines and pick the right value.
      4. Run `seloste check { $file }` until it reports no errors;
         `seloste explain <rule>` explains any finding.
    Delete the commented-out examples you do not need.

## meta

init-meta-id = A stable id: lower-case letters, digits and hyphens. Output folders are named after it.
init-meta-languages = The languages the notice is published in. Every text is given in each (Art 12(1)).
init-meta-bilingual =
    A bilingual municipality or authority informs the public in Finnish and Swedish
    (kielilaki 423/2003, 32 §); English serves readers who read neither. Remove `en` here
    and its texts below if you do not publish in English.
init-meta-name = The register's name as readers see it.
init-meta-dates =
    When the notice was first written and last changed (YYYY-MM-DD). Change `updated`
    every time you change the notice.
init-meta-effective =
    When a material change is made (a new purpose, recipient or transfer, a longer
    retention), the date this version takes effect, at least 30 days after `updated`, so
    that people are told in advance.
init-meta-organisation =
    Facts shared by all registers of the organisation (controller, DPO, processors…) can
    live in an organisation file named here; then leave them out of this file.
init-meta-voice =
    How the notice addresses its readers: "you" by default; uncomment to write in the third
    person ("the data subject has the right…"), as statutes and many public bodies do.
init-introduction =
    A lead paragraph printed first, if you want one: what the notice is about and for whom.

## The controller, the contact person, the DPO

init-controller =
    The controller (rekisterinpitäjä): who decides why and how the data is processed.
    Art 13(1)(a), 14(1)(a): its identity and contact details.
init-controller-kind = company, association, foundation, cooperative, public-authority, sole-trader or other.
init-business-id = The Finnish business ID (Y-tunnus), NNNNNNN-C. Delete the line if there is none.
init-country =
    Country of establishment (ISO 3166-1 alpha-2): the notice names its supervisory authority.
    Left out, it is read from the address or the business ID. A controller outside
    the EU/EEA also needs a `representative:` in the EU (Art 27).
init-contact-person = The register's contact person (rekisterin yhteyshenkilö): who answers questions about it.
# After "TODO: ", as the value of a field the officer fills in.
init-todo-contact-name = the contact person's name
init-dpo =
    The data protection officer (tietosuojavastaava), if one is appointed: Art 13(1)(b),
    14(1)(b) ask for the DPO's contact details. Public authorities must appoint one
    (Art 37(1)(a)).
init-todo-dpo-name = the DPO's name, or a role such as Tietosuojavastaava
init-joint-controllers =
    Organisations that decide why and how the data is processed together with you (joint
    controllers, Art 26): each with the essence of the arrangement, who does what (Art 26(2)).
    Mark the contact point for people's requests with `contact_point: true`.

## What is processed, why, and for how long

init-data-subjects = The groups of people whose data is in the register (rekisteröidyt).
init-data-subject-id = an id of your choice, used by `purposes` below
init-third-person =
    People whose data you keep without collecting it from them (a customer's emergency
    contact, a pupil's guardian): say what is kept and where it comes from, and the notice
    speaks to them (Art 14). A group with children: `children: true`; for an online service
    that rests on consent, say in `guardian_consent:` how a guardian consents (Art 8).
init-purposes =
    Why the data is processed: one entry per purpose, each with exactly one legal basis
    (Art 6(1); Art 13(1)(c), 14(1)(c)). A purpose with two bases is two purposes.
init-basis =
    The legal basis, one of: consent, contract, legal-obligation, vital-interests,
    public-task, legitimate-interests. Uncomment the line and pick one.
init-legitimate-interest = For legitimate-interests, say what the interest is (Art 13(1)(d)):
init-law = For legal-obligation or public-task, name the law (Art 6(3)):
init-direct-marketing = Set to true when the purpose is direct marketing (Art 21(2)).
init-categories =
    The categories of personal data (henkilötietoryhmät), each with how long it is kept
    (Art 13(2)(a), 14(2)(a)). Art 9 special categories and Art 10 criminal data need
    `special:` with `special_condition:`, or `criminal: true` with `criminal_authority:`.
init-retention =
    How long the data is kept, in ISO 8601 form: P6M = 6 months, P2Y = 2 years.
    Uncomment and set it; or use `until: consent-withdrawn`, a fixed end date
    (`until: 2027-12-31`) or `criteria:` instead. `event:` names a common starting point
    (end-of-customer-relationship, end-of-financial-year, end-of-employment, …) in every
    language instead of `from:`; `at_least: true` makes the period a minimum. A policy
    shared by many categories goes once under `retention:` at the top level or in
    `retention_groups:`.
init-sources =
    Where the data comes from (tietolähteet). The kind decides whether Art 13 (data from
    the person) or Art 14 (data from elsewhere, Art 14(2)(f)) applies.
init-source-kind =
    data-subject, observation, own-system (another register or system of yours, e.g. single
    sign-on), public-register, public-source or other-organisation.

## Recipients and transfers

init-recipients = Who receives the data (vastaanottajat), by name (Art 13(1)(e), 14(1)(e)).
init-recipients-example =
    Who receives the data (vastaanottajat), by name (Art 13(1)(e), 14(1)(e)). Uncomment and
    add one entry per recipient, processors such as IT services included.
init-recipients-none =
    If nobody receives the data, not even a processor, say so: the notice then states that
    the data is not disclosed.
init-recipients-vendors =
    Filled in from seloste's vendor catalogue (data/vendors.yaml); check each against your
    contract, and list the purposes each service is used for.
# One recipient from the catalogue: $checked, the date the catalogue was checked; $facts,
# one of the init-vendor-facts-… messages.
init-vendor = { $brand } (catalogue checked { $checked }): { $facts }.
init-vendor-facts-in-eea = the data stays in the EU/EEA: no transfer
# $countries: the countries, named and joined in this language.
init-vendor-facts-group-abroad = contract with { $entity }, but the group also processes the data in { $countries }
init-vendor-facts-abroad = the data goes to { $countries }
init-vendor-facts-unknown = not known whether the data leaves the EU/EEA: read the vendor's sub-processor list and add a transfer if it does
init-transfers = Transfers outside the EU/EEA and what protects them (Art 13(1)(f), 14(1)(f), 44-49).
init-transfers-none =
    If no data leaves the EU/EEA, say so: the notice then states it.
# The comment after a transfer's mechanism.
init-transfer-dpf = { $organisation } DPF-certified as of { $date }: check https://www.dataprivacyframework.gov/list
init-transfer-adequacy = { $country } has an adequacy decision
init-transfer-no-dpf = DPF not confirmed by the catalogue: `dpf` only if the vendor is on https://www.dataprivacyframework.gov/list
init-transfer-sccs = standard contractual clauses: say where a copy can be had
# `--vendor` with a word the catalogue does not know: $hint is init-vendor-known or the
# did-you-mean of the closest ids.
init-vendor-not-found = --vendor `{ $word }` is not in seloste's vendor catalogue; { $hint }
# $list: the ids by kind of service, "kind: id, id; kind: id".
init-vendor-known = the catalogue (data/vendors.yaml) knows: { $list }

## The rest

init-automated =
    Automated decisions and profiling (Art 13(2)(f), 14(2)(g), Art 22). If decisions with
    legal or similarly significant effects are made automatically, set `exists: true` and
    describe `logic:`, `significance:` and `consequences:`.
init-provision = Whether people must give the data, and what follows if they do not (Art 13(2)(e)).
init-requirement = Uncomment and pick one: statutory, contractual, contract-prerequisite or voluntary.
init-obligatory = Uncomment with true only for a statutory or contractual requirement; for voluntary or contract-prerequisite data write false.
init-security =
    How the data is protected (rekisterin suojauksen periaatteet), e.g. access rights,
    encryption, locked premises. Long texts may use Markdown.
init-rights =
    How people exercise their rights: access, rectification, erasure and the others that
    follow from the bases (Art 12(2), 13(2)(b), 14(2)(c)). Give at least one channel.
init-changes-policy =
    How and when people are told of changes to this notice (or give it once in the
    organisation file).
init-changes =
    The change history printed in the notice: one entry per change, with its date, what
    changed in each language, and `material: true` for a change people must be told of in
    advance. `seloste diff --since main` prints an entry ready to paste.
init-response-time = The longest time an answer takes (Art 12(3): one month, extendable in some cases).
init-authority =
    The supervisory authority people may complain to (Art 13(2)(d), 14(2)(e)):
    fi = Tietosuojavaltuutetun toimisto. Left out, that of the controller's country; another
    country's needs `authority_reason:` (e.g. a lead supervisory authority, Art 56).
init-internal =
    For the record of processing activities (Art 30, `seloste ropa`), never printed in the
    notice: the register's owner, systems, security measures, contracts and assessments.
