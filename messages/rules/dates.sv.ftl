# Meddelanden för `dates` (sv).
dates-message-updated-before-created = dataskyddsbeskrivningens uppdateringsdatum ({ $updated }) är tidigare än dess upprättandedatum ({ $created })
dates-label-updated-before-created = före `created`
dates-help-updated-before-created = rätta `updated:` eller `created:`; `updated` är datumet för den senaste ändringen
dates-message-future = uppdateringsdatumet { $date } ligger i framtiden
dates-label-future = i framtiden
dates-help-future = ange datumet för den senaste ändringen, senast dagens datum ({ $today })
# $year: det tidigaste rimliga året (1995).
dates-message-too-early = upprättandedatumet { $date } är före år { $year }
dates-label-too-early = osannolikt tidigt
dates-help-too-early = rätta `created:` till det datum då beskrivningen först publicerades
