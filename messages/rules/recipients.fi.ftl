# Säännön `recipients` viestit (fi).
recipients-message = vastaanottajalla `{ $recipient }` ei ole nimeä
recipients-label = `name` puuttuu
recipients-help-organisation = lisää `name:` ja siihen vastaanottajan nimi, esim. `name: Tilitoimisto Laskuri Oy`, joko tähän tai organisaatiotiedoston vastaanottajaan `{ $recipient }`
recipients-help = lisää `name:` ja siihen vastaanottajan nimi, esim. `name: Tilitoimisto Laskuri Oy`, tai täsmällinen vastaanottajaryhmä ja `is_category: true`
