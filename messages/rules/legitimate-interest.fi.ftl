# Säännön `legitimate-interest` viestit (fi).
legitimate-interest-message = käsittelyn tarkoitus `{ $purpose }` perustuu oikeutettuun etuun, mutta etua ei kuvata
legitimate-interest-label-missing = `legitimate_interest` puuttuu
legitimate-interest-label-blank = tyhjä
# $lang: selosteen kieli; esimerkki on selosteen tekstiä.
legitimate-interest-help = kerro kohdassa `legitimate_interest:` selkein sanoin, mitä oikeutettua etua käsittelyllä tavoitellaan, esim. ”{ $lang ->
        [fi] tiedottaminen nykyisille asiakkaille vastaavista tuotteista
        [sv] att informera befintliga kunder om liknande produkter
       *[other] keeping existing customers informed of similar products
    }”
