# Meddelanden för `inapplicable-right` (sv).
# $text: dataskyddsbeskrivningens ord; $right: portability, withdraw-consent eller objection.
inapplicable-right-message = ”{ $text }” utlovar { $right ->
        [portability] rätten till dataportabilitet (artikel 20)
        [withdraw-consent] rätten att återkalla samtycke (artikel 7.3)
       *[objection] rätten att göra invändningar (artikel 21)
    }, som inte gäller för detta register
inapplicable-right-label = rättighet som inte gäller
inapplicable-right-help = { $right ->
        [portability] den gäller endast behandling som grundar sig på samtycke eller avtal
        [withdraw-consent] inget av registrets ändamål grundar sig på samtycke
       *[objection] den gäller endast när behandlingen grundar sig på en uppgift av allmänt intresse eller myndighetsutövning eller på berättigade intressen, och vid direktmarknadsföring
    }; stryk meningen (seloste skriver själv ut de rättigheter som gäller) eller rätta ändamålens `basis`
