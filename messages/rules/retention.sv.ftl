# Messages of `retention` (sv).
# The examples quote notice text: the event a period runs from is in the notice's language(s) ($lang), the same in every catalog.
retention-message-missing = lagringstiden för kategorin `{ $category }` anges inte
retention-label-missing = `retention` saknas
retention-help-missing = lägg till `retention:` med en lagringstid och den tidpunkt som den räknas från, till exempel { $example }, eller `until:` / `criteria:`; en lagringstid som gäller flera kategorier skrivs en gång i `retention_groups:` eller på översta nivån
retention-message-empty = för { $owner } anges varken lagringstid, händelse eller kriterier
retention-label-blank-criteria = tomma kriterier
retention-label-empty = varken lagringstid, `until` eller kriterier
retention-help-empty = lägg till en lagringstid och den tidpunkt som den räknas från, till exempel { $example }, eller `until: consent-withdrawn` eller `criteria:` som beskriver vad som avgör lagringstiden
retention-message-zero = lagringstiden för { $owner } är noll
retention-label-zero = lagringstiden är noll
retention-help-zero = ange den faktiska lagringstiden, till exempel `period: P6M`; om uppgifterna inte lagras alls, ange det under `criteria:`
retention-message-no-from = det framgår inte från vilken händelse lagringstiden för { $owner } räknas
retention-label-no-from = lagringstid utan utgångspunkt
retention-help-no-from = lägg till `event:` med den händelse som lagringstiden räknas från, till exempel `event: { $event }` (seloste skriver ut den på varje språk), eller `from:` med händelsen i ord, till exempel `from: { $from }`
retention-example-marketing = `retention: {"{"}until: consent-withdrawn{"}"}` (tills den registrerade avbeställer utskicken; `until: objection` när den rättsliga grunden är berättigat intresse)
retention-example-bookkeeping = `retention: {"{"}period: P6Y, from: { $from }{"}"}` (verifikationerna sex år, bokföringsböckerna tio: 2 kap. 10 § i bokföringslagen)
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
            [sv] kundförhållandets upphörande
           *[other] the end of the customer relationship
        }
    }
retention-from-pair = { $lang }: { $event }
retention-from-two = {"{"}{ $first }, { $second }{"}"}
retention-from-three = {"{"}{ $first }, { $second }, { $third }{"}"}
retention-example-period = `retention: {"{"}period: { $period }, from: { $from }{"}"}`
retention-owner = { $kind ->
        [group] gruppen `{ $id }` under `retention_groups`
        [register] hela registret
       *[category] kategorin `{ $id }`
    }
retention-message-event-and-from = för { $owner } anges både `event` och `from`
retention-label-event-and-from = två utgångspunkter
retention-help-event-and-from = behåll den ena: `event` för en färdig händelse, `from` för en händelse i ord
retention-message-past-until = lagringstiden för { $owner } upphör { $date }, och dagen har redan passerat
retention-label-past-until = slutdagen har passerat
retention-help-past-until = om uppgifterna har raderats, ta bort dem ur beskrivningen; om de fortfarande lagras, ange den nya slutdagen eller den lagringstid som nu gäller
retention-message-two-groups = kategorin `{ $category }` ingår i två lagringsgrupper, `{ $first }` och `{ $second }`
retention-label-two-groups = även i en annan grupp
retention-help-two-groups = nämn kategorin i endast en grupp, eller ge den en egen `retention:`, som går före gruppens
retention-example-event = `retention: {"{"}period: { $period }, event: { $event }{"}"}`
retention-message-period-and-until = för { $owner } anges både en lagringstid (`period`) och `until`
retention-label-period-and-until = två slutpunkter
retention-help-period-and-until = behåll den som avslutar lagringen; om båda kan avsluta den, behåll `period` och ange under `criteria:` vad mer som avslutar lagringen och vilket som kommer först
