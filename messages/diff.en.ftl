# Messages of `seloste diff` (en): what changed between two versions of the registers.

# Heading of one register. $old, $new: version ids.
diff-register-changed = { $id } ({ $file }): version { $old } → { $new }
diff-register-added = { $id } ({ $file }): a new register, version { $new }
diff-register-removed = { $id } ({ $file }): the register was removed (version { $old })
diff-register-unchanged = { $id } ({ $file }): no change in the processing (version { $new })

diff-class-material = material
diff-class-minor = minor

# $section: a section name below; $item: the item's name and id; $field: the YAML key.
diff-change-added = { $section } added: { $item }
diff-change-removed = { $section } removed: { $item }
diff-change-added-whole = { $section } added
diff-change-removed-whole = { $section } removed
diff-change-changed = { $section } changed: { $item }, `{ $field }`
diff-change-changed-field = { $section } changed: `{ $field }`
diff-change-changed-item = { $section } changed: { $item }
diff-change-changed-whole = { $section } changed
diff-values = { $old } → { $new }
diff-at = at { $place }

# Sections.
diff-section-register = register
diff-section-controller = controller
diff-section-joint-controller = joint controller
diff-section-representative = representative
diff-section-dpo = data protection officer
diff-section-contact-person = contact person
diff-section-purpose = purpose
diff-section-data-subject = group of people
diff-section-category = category of data
diff-section-source = source
diff-section-recipient = recipient
diff-section-transfer = transfer outside the EU/EEA
diff-section-automated-decisions = automated decisions
diff-section-provision = obligation to provide data
diff-section-rights-requests = how to exercise the rights
diff-section-authority = supervisory authority
diff-section-security = security
diff-section-changes-policy = how changes are announced
diff-section-introduction = introduction

# Why a change is material or minor (WP260 rev.01 = the EU transparency guidelines).
diff-reason-new-purpose = a new purpose: tell people before the processing begins (Art 13(3), 14(4); WP260 rev.01 paras 29, 31)
diff-reason-basis = another legal basis: changes people's rights (Art 13(1)(c); WP260 rev.01 para 29)
diff-reason-controller = another controller: its identity must always be announced (WP260 rev.01 para 29)
diff-reason-rights = another way to exercise the rights: must always be announced (WP260 rev.01 para 29)
diff-reason-new-recipient = a new recipient: people would not expect it (WP260 rev.01 paras 29–30)
diff-reason-transfer = a new or changed transfer outside the EU/EEA (WP260 rev.01 paras 29–30)
diff-reason-retention-longer = a longer retention (WP260 rev.01 paras 29–30)
diff-reason-retention-changed = a retention that cannot be compared with the old one: treated as longer (WP260 rev.01 paras 29–30)
diff-reason-special = new special-category or criminal data (Art 9, 10; WP260 rev.01 paras 29–30)
diff-reason-automated = new automated decisions or profiling (Art 22; WP260 rev.01 paras 29–30)
diff-reason-removed = removed: nothing new for people
diff-reason-retention-shorter = a shorter retention
diff-reason-wording = wording only
diff-reason-contact = contact details
diff-reason-new-category = a new category of data: not material by itself; tell people if they would not expect it
diff-reason-new-source = a new source
diff-reason-new-data-subject = a new group of people: they get the notice when their data is collected
diff-reason-other = a detail of the processing

diff-entry-present = the `changes:` list has an entry for these material changes
diff-entry-missing = no `changes:` entry announces these material changes; add one (and set `meta.effective` at least 30 days later), for example:
# A ready changelog entry, in the notice's language. $section: a section name; $name: the item's name.
diff-entry-added = Added { $section }: { $name }.
diff-entry-removed = Removed { $section }: { $name }.
diff-entry-changed = Changed { $section }: { $name }.
diff-entry-added-plain = Added { $section }.
diff-entry-removed-plain = Removed { $section }.
diff-entry-changed-plain = Changed { $section }.
diff-entry-wording = Wording clarified.

diff-summary = { $registers ->
    [one] 1 register compared
   *[other] { $registers } registers compared
}: { $changed } changed, { $material } with material changes, { $missing } without a changelog entry

diff-md-title = Changes in the processing
diff-md-class = Class
diff-md-change = Change
diff-md-reason = Why
diff-md-where = Where

diff-two-paths = `seloste diff` compares two versions, but { $count } paths were given
diff-two-paths-help = give the old and the new version (`seloste diff old/ new/`), or compare with git: `seloste diff --since main`
diff-not-read = { $file } could not be read, so it was not compared
diff-not-loaded = { $file } has errors that keep it from being read, so it was not compared
diff-partly-loaded = { $file } has errors: what did not load is left out of the comparison
diff-warning = warning: { $text }
diff-not-loaded-help = run `seloste check { $file }` to see what is wrong
diff-git-missing = git could not be run ({ $error })
diff-git-missing-help = install git, or compare two folders: `seloste diff old/ new/`
diff-git-no-repository = { $folder } is not in a git repository
diff-git-no-repository-help = run seloste inside the repository, or compare two folders: `seloste diff old/ new/`
diff-git-bad-revision = git knows no revision `{ $rev }`
diff-git-bad-revision-help = give a branch, tag or commit of this repository, e.g. `--since main` or `--since HEAD~1` (in a CI checkout, fetch the base branch first)
diff-git-temp = the old version could not be written into a temporary folder ({ $error })
diff-git-temp-help = check that the temporary folder (TMPDIR) is writable
diff-summary-not-written = the job summary could not be written ({ $error })
diff-summary-not-written-help = check the file GITHUB_STEP_SUMMARY names
