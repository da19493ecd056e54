# Messages of `yaml-limits` (fi).
# $error: YAML-jäsentimen oma (englanninkielinen) teksti, joka nimeää rajan.
yaml-limits-message = YAML on liian suuri tai liian monitasoinen luettavaksi: { $error }
yaml-limits-help = kirjoita arvot auki toistuvien aliasten sijaan, pidä sisäkkäisten tasojen määrä pienenä ja jaa hyvin suuret tiedostot
yaml-limits-concealed = tiedosto on liian suuri tai liian monitasoinen luettavaksi YAMLina, eikä se näytä rekisteri- tai organisaatiotiedostolta
