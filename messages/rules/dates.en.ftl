# Messages of `dates` (en).
dates-message-updated-before-created = the notice was updated ({ $updated }) before it was created ({ $created })
dates-label-updated-before-created = before `created`
dates-help-updated-before-created = correct `updated:` or `created:`; `updated` is the date of the last change
dates-message-future = the update date { $date } is in the future
dates-label-future = in the future
dates-help-future = give the date of the last change, no later than today ({ $today })
# $year: the earliest plausible year (1995).
dates-message-too-early = the creation date { $date } is before { $year }
dates-label-too-early = implausibly early
dates-help-too-early = correct `created:` to the date the notice was first published
