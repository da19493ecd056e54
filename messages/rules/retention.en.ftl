# Messages of `retention` (en).
# The examples quote notice text: the event a period runs from is in the notice's language(s) ($lang), the same in every catalog.
retention-message-missing = category `{ $category }` does not say how long it is kept
retention-label-missing = no `retention`
retention-help-missing = add `retention:` with a period and its starting point, e.g. { $example }, or `until:` / `criteria:`; a policy shared by several categories goes once in `retention_groups:` or at the top level
retention-message-empty = the retention of { $owner } gives no period, event or criteria
retention-label-blank-criteria = blank criteria
retention-label-empty = no period, `until` or criteria
retention-help-empty = add a period with its starting point, e.g. { $example }, or `until: consent-withdrawn`, or `criteria:` describing what sets the period
retention-message-zero = the retention period of { $owner } is zero
retention-label-zero = zero period
retention-help-zero = give the actual period, e.g. `period: P6M`; if the data is not kept at all, say so in `criteria:`
retention-message-no-from = the retention period of { $owner } does not say from what event it runs
retention-label-no-from = period without a starting point
retention-help-no-from = add `event:` with the event the period runs from, e.g. `event: { $event }` (written out in each language for you), or `from:` with the event in words, e.g. `from: { $from }`
retention-example-marketing = `retention: {"{"}until: consent-withdrawn{"}"}` (until the person unsubscribes; `until: objection` when the basis is legitimate interests)
retention-example-bookkeeping = `retention: {"{"}period: P6Y, from: { $from }{"}"}` (vouchers six years, the books ten: kirjanpitolaki 2:10 §)
retention-from-event = { $kind ->
        [bookkeeping] { $lang ->
            [fi] tilikauden päättymisestä
            [sv] räkenskapsperiodens slut
           *[other] the end of the financial year
        }
        [membership] { $lang ->
            [fi] jäsenyyden päättymisestä
            [sv] medlemskapets upphörande
           *[other] the end of the membership
        }
        [recruitment] { $lang ->
            [fi] rekrytoinnin päättymisestä
            [sv] rekryteringens avslutande
           *[other] the end of the recruitment
        }
        [employment] { $lang ->
            [fi] työsuhteen päättymisestä
            [sv] anställningens upphörande
           *[other] the end of the employment
        }
       *[other] { $lang ->
            [fi] asiakkuuden päättymisestä
            [sv] kundrelationens upphörande
           *[other] the end of the customer relationship
        }
    }
retention-from-pair = { $lang }: { $event }
retention-from-two = {"{"}{ $first }, { $second }{"}"}
retention-from-three = {"{"}{ $first }, { $second }, { $third }{"}"}
retention-example-period = `retention: {"{"}period: { $period }, from: { $from }{"}"}`
retention-owner = { $kind ->
        [group] retention group `{ $id }`
        [register] the register
       *[category] category `{ $id }`
    }
retention-message-event-and-from = the retention of { $owner } gives both `event` and `from`
retention-label-event-and-from = two starting points
retention-help-event-and-from = keep one: `event` for a built-in event, `from` for an event written in words
retention-message-past-until = the retention of { $owner } ends on { $date }, which has passed
retention-label-past-until = end date in the past
retention-help-past-until = if the data has been deleted, remove it from the notice; if it is still kept, give the new end date or the period that applies now
retention-message-two-groups = category `{ $category }` is in two retention groups, `{ $first }` and `{ $second }`
retention-label-two-groups = also in another group
retention-help-two-groups = name the category in one group only, or give it its own `retention:`, which takes precedence over any group
retention-example-event = `retention: {"{"}period: { $period }, event: { $event }{"}"}`
retention-message-period-and-until = the retention of { $owner } gives both a `period` and `until`
retention-label-period-and-until = two ends
retention-help-period-and-until = keep the one that ends retention; if both can end it, keep the `period` and say in `criteria:` what else ends it and which comes first
