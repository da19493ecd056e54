# Messages of `changelog` (en).
changelog-message-effective-before-updated = the version takes effect ({ $effective }) before it was written ({ $updated })
changelog-label-effective-before-updated = before `updated`
changelog-help-effective-before-updated = `effective` is the date this version takes effect: the same as `updated` or later; leave it out when the version is in effect at once
# $days: the days between the entry and the effective date; $minimum: 30.
changelog-message-no-notice-time = the material change of { $date } takes effect on { $effective }, { $days ->
    [one] 1 day
   *[other] { $days } days
} later: people are to be told in advance
changelog-label-no-notice-time = material change without notice time
changelog-help-no-notice-time = set `meta.effective` at least { $minimum } days after the entry's date, and tell people of the change before then; if the change is not material, write `material: false`
