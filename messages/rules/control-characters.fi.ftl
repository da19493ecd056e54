# Messages of `control-characters` (fi).
control-characters-message = tekstissä on { $kind ->
        [bidi] tekstin kirjoitussuuntaa ohjaava merkki
       *[other] näkymätön ohjausmerkki
    } (U+{ $code })
control-characters-label = tässä tekstissä on piilomerkki
control-characters-help = poista merkki (se ei näy useimmissa editoreissa; kirjoita teksti tarvittaessa uudelleen)
