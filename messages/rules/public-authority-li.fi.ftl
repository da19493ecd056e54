# Säännön `public-authority-li` viestit (fi).
public-authority-li-message = käsittelyn tarkoitus `{ $purpose }` perustuu oikeutettuun etuun, johon viranomainen ei voi vedota tehtäviään hoitaessaan
public-authority-li-label = ei viranomaisen käytettävissä
public-authority-li-help = käytä oikeusperustetta `basis: public-task` (tai `legal-obligation`) ja nimeä kohdassa `law:` laki, jossa tehtävästä säädetään; jos käsittely ei kuulu viranomaisen julkisiin tehtäviin, kerro se kohdassa `description:`
