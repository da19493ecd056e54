# Säännön `provision-requirement` viestit (fi).
provision-requirement-message-no-sources = selosteessa ei nimetä tietolähteitä, joten tietojen katsotaan saatavan rekisteröidyltä itseltään, mutta selosteessa ei kerrota, onko hänen annettava ne
provision-requirement-label-no-sources = `provision` puuttuu, eikä tietolähteitä nimetä
provision-requirement-message-from-person = tietoja kerätään rekisteröidyltä itseltään (tietolähde `{ $source }`), mutta selosteessa ei kerrota, onko hänen annettava ne
provision-requirement-label-from-person = kerätään rekisteröidyltä itseltään
provision-requirement-help-missing = lisää `provision:` ja siihen `requirement:` (statutory, contractual, contract-prerequisite tai voluntary), `obligatory:` sekä `consequences:` eli se, mitä seuraa, jos tietoja ei anneta
provision-requirement-message-requirement = `provision`-kohdassa ei kerrota, onko tietojen antaminen lakisääteinen tai sopimukseen perustuva vaatimus vai onko se vapaaehtoista
provision-requirement-label-requirement = `requirement` puuttuu
provision-requirement-help-requirement = lisää `requirement:` ja sen arvoksi jokin seuraavista: statutory, contractual, contract-prerequisite tai voluntary
provision-requirement-message-consequences = selosteen mukaan tietojen antaminen on vaatimus, mutta siinä ei kerrota, mitä seuraa, jos tietoja ei anneta
provision-requirement-label-consequences = `consequences` puuttuu
# $lang: selosteen kieli (fi, sv tai en); esimerkki on selosteen tekstiä.
provision-requirement-help-consequences = lisää `consequences:` ja kerro siinä, mitä seuraa, jos rekisteröity ei anna tietoja, esim. ”{ $lang ->
        [fi] Ilman yhteystietoja tilausta ei toimiteta.
        [sv] Utan kontaktuppgifter kan beställningen inte levereras.
       *[other] Without contact details the order cannot be delivered.
    }”
provision-requirement-message-voluntary-obligatory = `provision` sanoo, että tietojen antaminen on vapaaehtoista, ja myös, että rekisteröity on velvollinen antamaan ne
provision-requirement-label-voluntary-obligatory = `obligatory: true` ja `requirement: voluntary`
provision-requirement-help-voluntary-obligatory = jos tiedot saa jättää antamatta, kirjoita `obligatory: false`; jos laki tai sopimus velvoittaa antamaan ne, vaihda `requirement:` arvoon statutory tai contractual; jos tietoja tarvitaan vain sopimuksen tekemiseen, kirjoita `requirement: contract-prerequisite`
