# English wording. Every word a notice prints comes from this file.

lang-name = English
notice-title = Privacy notice
notice-legal-ground = Information on the processing of personal data under Articles 13 and 14 of the EU General Data Protection Regulation (2016/679).
notice-created = Created
notice-updated = Updated
notice-effective = Effective from
notice-version = Version
notice-other-languages = Other languages
index-title = Privacy notices
index-intro = The controller's privacy notices, one per register.
index-updated = updated { $date }
pdf-footer = { $name } · Updated { $date }
page-label = Page

heading-controller = Controller
heading-contact-person = Contact person for the register
heading-dpo = Data protection officer
heading-representative = The controller's representative in the EU
heading-joint-controllers = Joint controllers
heading-data-subjects = Whose data is processed
heading-purposes = Purposes and legal bases of the processing
heading-categories = Categories of personal data and how long they are kept
heading-sources = Sources of the data
heading-recipients = Recipients
heading-transfers = Transfers outside the EU/EEA
heading-automated = Automated decisions and profiling
heading-provision = { $voice ->
    [data-subject] Whether the data subject must provide the data
   *[you] Whether you must provide the data
}
heading-security = How the data is protected
heading-rights = { $voice ->
    [data-subject] The data subject's rights
   *[you] Your rights
}
heading-exercise = { $voice ->
    [data-subject] How to exercise the rights
   *[you] How to use your rights
}
heading-complaint = Right to lodge a complaint with a supervisory authority
heading-changes = Changes to this notice
heading-change-history = Change history
change-material = significant change

label-name = Name
label-business-id = Business ID
label-visiting-address = Visiting address
label-postal-address = Postal address
label-address = Address
label-phone = Phone
label-email = E-mail
label-website = Website
label-web-form = Web form
label-title = Role
label-responsibilities = Responsibilities
label-purpose = Purpose
label-basis = Legal basis
label-legitimate-interest = Legitimate interest
label-law = Law
label-data-used = Data used
label-category = Category
label-retention = Retention period
label-special = Special category of data
label-special-condition = Condition for processing
label-criminal = Data on criminal convictions and offences
label-criminal-authority = Authority for processing
label-sources = Sources
label-publicly-accessible = Publicly accessible
label-recipient = Recipient
label-role = Role
label-country = Country
label-purposes = Purposes
label-mechanism = Transfer mechanism
label-derogation = Derogation
label-safeguard-copy = Copy of the safeguards
label-logic = Logic involved
label-significance = { $voice ->
    [data-subject] Significance for the data subject
   *[you] Significance for you
}
label-consequences = Consequences
label-response-time = Response time: { $period }.
label-direct-marketing = Direct marketing

# Joint controllers (Article 26), people whose data is not collected from them (Article 14), children (Article 8)
label-joint-arrangement = Essence of the arrangement
joint-contact-point = Contact point for data subjects (Article 26(1))
joint-any-controller = { $voice ->
    [data-subject] Whatever the arrangement between the controllers, the data subject can exercise their rights in respect of and against each of them (Article 26(3)).
   *[you] Whatever the arrangement between the controllers, you can exercise your rights in respect of and against each of them (Article 26(3)).
}
label-children = the group includes children
label-guardian-consent = Consent of a guardian
third-person-intro = { $voice ->
    [data-subject] This data has not been obtained from the data subject. This notice is also for them: it says how their data is processed and what rights they have (Article 14).
   *[you] We have not obtained this data from you. This notice is also for you: it says how your data is processed and what rights you have (Article 14).
}
label-third-person-data = { $voice ->
    [data-subject] Data kept about the data subject
   *[you] Data kept about you
}
label-third-person-source = Where the data comes from

yes = yes
no = no

basis-consent = Consent
basis-contract = Performance of a contract
basis-legal-obligation = Compliance with a legal obligation of the controller
basis-vital-interests = Protection of the vital interests of the data subject or another natural person
basis-public-task = A task carried out in the public interest or in the exercise of official authority
basis-legitimate-interests = Legitimate interests pursued by the controller or a third party
basis-ref-consent = Article 6(1)(a)
basis-ref-contract = Article 6(1)(b)
basis-ref-legal-obligation = Article 6(1)(c)
basis-ref-vital-interests = Article 6(1)(d)
basis-ref-public-task = Article 6(1)(e)
basis-ref-legitimate-interests = Article 6(1)(f)

special-racial-or-ethnic-origin = racial or ethnic origin
special-political-opinions = political opinions
special-religious-or-philosophical-beliefs = religious or philosophical beliefs
special-trade-union-membership = trade union membership
special-genetic = genetic data
special-biometric = biometric data for uniquely identifying a person
special-health = data concerning health
special-sex-life-or-orientation = data concerning sex life or sexual orientation

art9-explicit-consent = the data subject's explicit consent (Article 9(2)(a))
art9-employment-law = obligations in employment and social security law (Article 9(2)(b))
art9-vital-interests = protection of vital interests (Article 9(2)(c))
art9-not-for-profit-members = members of a not-for-profit body (Article 9(2)(d))
art9-made-public = data made manifestly public by the data subject (Article 9(2)(e))
art9-legal-claims = establishment, exercise or defence of legal claims (Article 9(2)(f))
art9-substantial-public-interest = substantial public interest under law (Article 9(2)(g))
art9-health-care = preventive or occupational medicine, health or social care (Article 9(2)(h))
art9-public-health = public health (Article 9(2)(i))
art9-archiving-research = archiving, research or statistics (Article 9(2)(j))

source-data-subject = { $voice ->
    [data-subject] the data subject
   *[you] you
}
source-observation = { $voice ->
    [data-subject] observation of the data subject's activity
   *[you] observation of your activity
}
source-public-register = a public register
source-public-source = a publicly available source
source-other-organisation = another organisation
source-own-system = another register or system of the controller

role-processor = processor
role-controller = controller
role-joint-controller = joint controller
role-authority = public authority
recipients-none = The data is not disclosed outside the controller.

mechanism-adequacy = European Commission adequacy decision (Article 45)
mechanism-dpf = EU-US Data Privacy Framework (Commission Decision (EU) 2023/1795)
mechanism-sccs = Standard contractual clauses adopted by the European Commission (Decision (EU) 2021/914, Article 46(2)(c))
mechanism-sccs-pre-2021 = outdated standard contractual clauses
mechanism-privacy-shield = Privacy Shield (no longer valid)
mechanism-bcr = Binding corporate rules (Article 47)
mechanism-code-of-conduct = An approved code of conduct (Article 46(2)(e))
mechanism-certification = An approved certification mechanism (Article 46(2)(f))
mechanism-derogation = A derogation for specific situations (Article 49)
derogation-explicit-consent = the data subject's explicit consent (Article 49(1)(a))
derogation-contract-with-subject = performance of a contract with the data subject (Article 49(1)(b))
derogation-contract-in-interest = a contract concluded in the data subject's interest (Article 49(1)(c))
derogation-public-interest = important reasons of public interest (Article 49(1)(d))
derogation-legal-claims = establishment, exercise or defence of legal claims (Article 49(1)(e))
derogation-vital-interests = protection of vital interests (Article 49(1)(f))
derogation-public-register = transfer from a public register (Article 49(1)(g))
derogation-compelling-legitimate-interests = compelling legitimate interests (second subparagraph of Article 49(1))
transfers-none = The data is not transferred outside the EU or the European Economic Area.

duration-years = { $n ->
    [one] { $n } year
   *[other] { $n } years
}
duration-months = { $n ->
    [one] { $n } month
   *[other] { $n } months
}
duration-weeks = { $n ->
    [one] { $n } week
   *[other] { $n } weeks
}
duration-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
list-and = { $head } and { $last }
retention-period = { $period }
retention-period-from = { $period } from { $from }
retention-until-consent-withdrawn = until consent is withdrawn
retention-until-objection = { $voice ->
    [data-subject] until the data subject objects or unsubscribes
   *[you] until you object or unsubscribe
}
retention-minimum = at least { $period }
retention-minimum-from = at least { $period } from { $from }
retention-until-date = until { $date }
retention-event-end-of-customer-relationship = the end of the customer relationship
retention-event-end-of-contract = the end of the contract
retention-event-end-of-financial-year = the end of the financial year
retention-event-end-of-employment = the end of the employment
retention-event-end-of-membership = the end of the membership
retention-event-end-of-recruitment = the end of the recruitment
retention-event-last-contact = the last contact
retention-event-collection = the collection of the data
date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }

automated-none = { $voice ->
    [data-subject] The data is not used for automated decisions that have legal or similarly significant effects on the data subject.
   *[you] The data is not used for automated decisions that have legal or similarly significant effects on you.
}
automated-no-profiling = The data is not used for profiling.
automated-profiling = The data is used for profiling.
automated-exists = The data is used for automated individual decisions (Article 22).

provision-statutory = Providing the data is required by law.
provision-contractual = Providing the data is required by a contract.
provision-contract-prerequisite = { $voice ->
    [data-subject] The data is needed to enter into a contract: without it the contract cannot be made with the data subject.
   *[you] The data is needed to enter into a contract: without it we cannot make the contract with you.
}
provision-voluntary = Providing the data is voluntary.
provision-obligatory = { $voice ->
    [data-subject] The data subject is obliged to provide the data.
   *[you] You are obliged to provide the data.
}
provision-not-obligatory = { $voice ->
    [data-subject] The data subject is not obliged to provide the data.
   *[you] You are not obliged to provide the data.
}

rights-intro = { $voice ->
    [data-subject] Under the General Data Protection Regulation the data subject has the following rights. Exercising them is free of charge.
   *[you] Under the General Data Protection Regulation you have the following rights. Using them is free of charge.
}
right-access = Right of access (Article 15)
right-access-text = { $voice ->
    [data-subject] The data subject can ask whether their data is processed and get a copy of the data.
   *[you] You can ask whether your data is processed and get a copy of the data.
}
right-rectification = Right to rectification (Article 16)
right-rectification-text = { $voice ->
    [data-subject] The data subject can have inaccurate data corrected and incomplete data completed.
   *[you] You can have inaccurate data corrected and incomplete data completed.
}
right-erasure = Right to erasure (Article 17)
right-erasure-text = { $voice ->
    [data-subject] The data subject can ask for their data to be erased when it is no longer needed, the processing is unlawful or another ground in the Regulation applies.
   *[you] You can ask for your data to be erased when it is no longer needed, the processing is unlawful or another ground in the Regulation applies.
}
right-restriction = Right to restriction of processing (Article 18)
right-restriction-text = { $voice ->
    [data-subject] The data subject can ask for processing to be restricted, for example while the accuracy of the data is being checked.
   *[you] You can ask for processing to be restricted, for example while the accuracy of the data is being checked.
}
right-portability = Right to data portability (Article 20)
right-portability-text = { $voice ->
    [data-subject] Where processing is based on consent or a contract and is carried out by automated means, the data subject can receive the data they provided in a machine-readable format and transmit it to another controller.
   *[you] Where processing is based on consent or a contract and is carried out by automated means, you can receive the data you provided in a machine-readable format and transmit it to another controller.
}
right-withdraw-consent = Right to withdraw consent (Article 7(3))
right-withdraw-consent-text = { $voice ->
    [data-subject] The data subject can withdraw their consent at any time. Withdrawal does not affect the lawfulness of processing before it.
   *[you] You can withdraw your consent at any time. Withdrawal does not affect the lawfulness of processing before it.
}
right-objection = Right to object (Article 21)
right-objection-text = { $voice ->
    [data-subject] Where processing is based on a task in the public interest or on legitimate interests, the data subject can object to it on grounds relating to their particular situation.
   *[you] Where processing is based on a task in the public interest or on legitimate interests, you can object to it on grounds relating to your particular situation.
}
right-objection-direct-marketing-text = { $voice ->
    [data-subject] The data subject can object at any time to processing of their data for direct marketing, including profiling related to it. The data is then no longer processed for that purpose.
   *[you] You can object at any time to processing of your data for direct marketing, including profiling related to it. Your data is then no longer processed for that purpose.
}
complaint-text = { $voice ->
    [data-subject] If the data subject considers that the processing of their personal data infringes the General Data Protection Regulation, they can lodge a complaint with a supervisory authority, in particular in the Member State of their habitual residence or place of work or where the alleged infringement took place (Article 77).
   *[you] If you consider that the processing of your personal data infringes the General Data Protection Regulation, you can lodge a complaint with a supervisory authority, in particular in the Member State where you live or work or where the alleged infringement took place (Article 77).
}
complaint-authority = The controller's supervisory authority is:
# After an authority's name that is not in the page's language (a Swedish authority on a Finnish page).
authority-name-note = { $country }; in English { $english }
authority-name-note-country = { $country }
label-complaint-web = Lodging a complaint online
exercise-intro = { $voice ->
    [data-subject] Requests concerning the rights are sent to:
   *[you] Send your request concerning your rights:
}


## The record of processing activities (Art 30), `seloste ropa`

ropa-title = Record of processing activities (Article 30 GDPR)
ropa-sheet = Processing activities
ropa-controllers = Controllers
ropa-col-controller = Controller
ropa-col-register = Register
ropa-col-purpose = Purpose of the processing
ropa-col-description = Description of the processing
ropa-col-basis = Legal basis (Article 6)
ropa-col-basis-detail = Law or legitimate interest
ropa-col-art9-condition = Condition for special categories (Article 9(2))
ropa-col-data-subjects = Categories of data subjects
ropa-col-categories = Categories of personal data
ropa-col-special-categories = Special categories and criminal offence data
ropa-col-sources = Sources of the data
ropa-col-processors = Processors
ropa-col-recipients = Other recipients
ropa-col-transfers = Transfers to third countries and safeguards
ropa-col-retention = Time limits for erasure
ropa-col-security = Technical and organisational security measures
ropa-col-automated = Automated decision-making and profiling
ropa-col-rights = Rights of the data subject
ropa-col-contracts = Contracts with recipients
ropa-col-lia = Legitimate interests assessment
ropa-col-consent-records = Record of consents
ropa-col-dpia = Data protection impact assessment
ropa-col-systems = Information systems
ropa-col-owner = Owner of the register
ropa-col-controller-contact = Controller's contact details
ropa-col-joint-controllers = Joint controllers
ropa-col-representative = Representative in the EU
ropa-col-dpo = Data protection officer
ropa-col-updated = Notice last updated
ropa-controller-col-name = Name
ropa-controller-col-business-id = Business ID
ropa-controller-col-postal-address = Postal address
ropa-controller-col-visiting-address = Visiting address
ropa-controller-col-email = E-mail
ropa-controller-col-phone = Telephone
ropa-controller-col-website = Website
ropa-controller-col-dpo = Data protection officer
ropa-controller-col-representative = Representative in the EU
ropa-controller-col-owner = Responsible for data protection
ropa-basis = { $name } ({ $article })
ropa-criminal = { $category }: personal data relating to criminal convictions and offences (Article 10)
ropa-right-complaint = Right to lodge a complaint with a supervisory authority (Article 77)
ropa-automated-none = No automated individual decisions (Article 22)
ropa-automated-exists = Automated individual decisions (Article 22)
ropa-profiling = Profiling
ropa-no-profiling = No profiling
ropa-large-scale = Processing on a large scale (Article 35(3))
ropa-status-not-needed = Not needed
ropa-status-planned = Planned
ropa-status-in-progress = In progress
ropa-status-done = Done
# Summary, contents, links and the Data Privacy Framework
sources-subject = { $voice ->
    [data-subject] The data is collected from the data subject.
   *[you] The data is collected from you.
}
sources-other = { $voice ->
    [data-subject] The data is obtained from sources other than the data subject:
   *[you] The data is obtained from sources other than you:
}
sources-both = { $voice ->
    [data-subject] Some of the data is collected from the data subject and some is obtained from other sources. The sources are:
   *[you] Some of the data is collected from you and some is obtained from other sources. The sources are:
}
summary-heading = In brief
summary-intro = { $voice ->
    [data-subject] The main points on how the data subject's personal data is processed. The full notice follows this summary.
   *[you] The main points on how your personal data is processed. The full notice follows this summary.
}
summary-who = Who processes the data
summary-why = What for, and on what basis
summary-recipients = Who receives the data
summary-processors = Processors also handle the data on the controller's behalf.
summary-processors-only = Only processors handle the data, on the controller's behalf.
summary-transfers = Transfers outside the EU/EEA
summary-retention = How long the data is kept
summary-rights-how = { $voice ->
    [data-subject] To exercise the rights, contact:
   *[you] To use your rights, contact:
}
summary-right-access = access to the data
summary-right-rectification = rectification
summary-right-erasure = erasure
summary-right-restriction = restriction of processing
summary-right-portability = data portability
summary-right-objection = objection to processing
summary-right-withdraw-consent = withdrawal of consent
summary-right-complaint = a complaint to the supervisory authority
toc-heading = Contents
notice-pdf = This notice as a PDF file
index-pdf = PDF
index-controller-title = { $title }: { $controller }
dpf-certified-entity = The US organisation certified under it is { $entity }.
dpf-certified-recipient = The recipient is certified under it.
dpf-certified-group = The recipient's US group company is certified under it.

# Summary, contents, links and the Data Privacy Framework
section-title = { $number }. { $heading }
