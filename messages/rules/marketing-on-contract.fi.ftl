# Messages of `marketing-on-contract` (fi).
# The example interest is quoted in the notice's language ($lang), the same in every catalog.
marketing-on-contract-message-word = käsittelyn tarkoitus `{ $purpose }` koskee { $kind ->
        [ads] mainontaa
        [newsletter] uutiskirjettä
       *[other] markkinointia
    } (”{ $word }”), mutta sen oikeusperusteeksi on ilmoitettu sopimus
marketing-on-contract-message-marked = käsittelyn tarkoitus `{ $purpose }` on merkitty suoramarkkinoinniksi, mutta sen oikeusperusteeksi on ilmoitettu sopimus
marketing-on-contract-label = markkinointia sopimuksen perusteella
marketing-on-contract-help-ads = kohdennettu mainonta (seurantapikselit, evästeet, mukautetut kohdeyleisöt) ei ole tarpeen sopimuksen täytäntöön panemiseksi, vaan se edellyttää rekisteröidyn suostumusta: muuta `basis:` arvoon `consent`, kerro, miten suostumuksen voi peruuttaa, ja merkitse `direct_marketing: true`{ marketing-on-contract-split }
marketing-on-contract-help = markkinointi ei ole tarpeen sopimuksen täytäntöön panemiseksi (Euroopan tietosuojaneuvoston ohjeet 2/2019): muuta `basis:` arvoon `consent` (rekisteröity antaa suostumuksensa ja voi peruuttaa sen milloin tahansa) tai, kun markkinoit omille asiakkaillesi, arvoon `legitimate-interests` ja lisää `legitimate_interest: "{ marketing-on-contract-interest }"` sekä `direct_marketing: true`, jotta selosteesta käy ilmi, että rekisteröity voi milloin tahansa vastustaa käsittelyä (21 artiklan 2 kohta){ marketing-on-contract-split }
marketing-on-contract-split = { $split ->
        [yes] ; jos käsittelyn tarkoitus kattaa myös itse sopimuksen (tilaukset, jäsenyys), jaa se kahdeksi: pidä sopimusta koskevan osan oikeusperusteena `contract` ja tee markkinoinnista oma käsittelyn tarkoituksensa
       *[other] {""}
    }
marketing-on-contract-interest = { $lang ->
        [fi] Markkinoimme asiakkaillemme vastaavia tuotteita asiakassuhteen aikana.
        [sv] Vi marknadsför liknande produkter till våra kunder under kundförhållandet.
       *[other] We market similar products to our existing customers.
    }
