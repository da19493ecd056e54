# Säännön `dpo-required` viestit (fi).
dpo-required-message = rekisterinpitäjä on viranomainen, mutta tietosuojavastaavaa ei nimetä
dpo-required-label = viranomainen
dpo-required-help = lisää `dpo:`-kohta, jossa on tietosuojavastaavan nimi (`name:`) ja sähköpostiosoite (`email:`) tai puhelinnumero (`phone:`)
