# Säännön `dates` viestit (fi).
dates-message-updated-before-created = selosteen päivityspäivä ({ $updated }) on aiempi kuin sen laatimispäivä ({ $created })
dates-label-updated-before-created = ennen `created`-päivää
dates-help-updated-before-created = korjaa `updated:` tai `created:`; `updated` on viimeisimmän muutoksen päivämäärä
dates-message-future = päivityspäivä { $date } on tulevaisuudessa
dates-label-future = tulevaisuudessa
dates-help-future = anna viimeisimmän muutoksen päivämäärä; se ei voi olla tulevaisuudessa (tänään on { $today })
# $year: varhaisin uskottava vuosi (1995).
dates-message-too-early = laatimispäivä { $date } on ennen vuotta { $year }
dates-label-too-early = epäuskottavan varhainen
dates-help-too-early = korjaa kohtaan `created:` päivä, jona seloste julkaistiin ensimmäisen kerran
