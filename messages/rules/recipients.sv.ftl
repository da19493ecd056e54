# Meddelanden för `recipients` (sv).
recipients-message = mottagaren `{ $recipient }` har inget namn
recipients-label = `name` saknas
recipients-help-organisation = lägg till `name:` med mottagarens namn, t.ex. `name: Tilitoimisto Laskuri Oy`, antingen här eller hos mottagaren `{ $recipient }` i organisationsfilen
recipients-help = lägg till `name:` med mottagarens namn, t.ex. `name: Tilitoimisto Laskuri Oy`, eller en preciserad kategori av mottagare med `is_category: true`
