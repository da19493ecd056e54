# Meddelanden för `sources` (sv).
sources-message-public = för källan `{ $source }` anges inte om den är allmänt tillgänglig
sources-label-public = `publicly_accessible` saknas
sources-help-public = lägg till `publicly_accessible: true` eller `publicly_accessible: false` för källan
sources-message-category = för kategorin `{ $category }` anges inte från vilken källa uppgifterna kommer
sources-label-category = `sources` saknas
# $sources: registrets källors id:n, t.ex. "`form`, `ytj`".
sources-help-category = lägg till `sources:` med id:na för de källor som uppgifterna kommer från; registrets källor är { $sources }
