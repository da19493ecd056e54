# Säännön `purpose-basis` viestit (fi).
purpose-basis-message-none = rekisterissä ei ilmoiteta käsittelyn tarkoituksia
purpose-basis-label-none = ei käsittelyn tarkoituksia
purpose-basis-help-none = lisää `purposes:` ja siihen ainakin yksi käsittelyn tarkoitus, jolla on `id:`, `name:`, `basis:` ja sen käyttämät henkilötietoryhmät (`categories:`)
purpose-basis-message = käsittelyn tarkoitukselle `{ $purpose }` ei ole annettu oikeusperustetta
purpose-basis-label = `basis` puuttuu
# Ohje sen mukaan, mitä käsittelyn tarkoitus koskee. $lang: selosteen kieli (fi, sv tai en);
# esimerkin laki on selosteen tekstiä.
purpose-basis-help-marketing = tämä käsittelyn tarkoitus on markkinointia: lisää `basis: consent` (esim. uutiskirje, jonka rekisteröity tilaa; suostumuksen voi peruuttaa milloin tahansa) tai `basis: legitimate-interests`, `direct_marketing: true` ja oikeutettu etu kohtaan `legitimate_interest:` (esim. markkinointi nykyisille asiakkaille; rekisteröity voi vastustaa sitä milloin tahansa, 21 artiklan 2 kohta). Markkinointi ei ole tarpeen sopimuksen täytäntöön panemiseksi, joten `basis: contract` ei sovi
purpose-basis-help-bookkeeping = kirjanpitovelvollisuudesta säädetään laissa: lisää `basis: legal-obligation` ja laki, esim. `law: { $lang ->
        [fi] kirjanpitolaki (1336/1997)
        [sv] bokföringslagen (1336/1997)
       *[other] Accounting Act (1336/1997)
    }`
purpose-basis-help-recruitment = hakemusten käsittelyn oikeusperuste on `basis: contract` (sopimuksen tekemistä edeltävät toimenpiteet hakijan pyynnöstä, 6 artiklan 1 kohdan b alakohta); hakemuksen säilyttäminen myöhemmin avautuvia tehtäviä varten on oma käsittelyn tarkoituksensa, jonka oikeusperuste on `basis: consent`
purpose-basis-help-employment = käytä työsopimuksen edellyttämään käsittelyyn (palkanmaksu, työajat) `basis: contract` ja tee siitä, mitä työnantajan on tehtävä lain nojalla, oma käsittelyn tarkoituksensa, jolla on `basis: legal-obligation` ja laki, esim. `law: { $lang ->
        [fi] laki yksityisyyden suojasta työelämässä (759/2004)
        [sv] lagen om integritetsskydd i arbetslivet (759/2004)
       *[other] Act on the Protection of Privacy in Working Life (759/2004)
    }`; ei `consent`, koska työsuhteen osapuolten epätasapainon vuoksi työntekijän suostumus ei yleensä ole vapaaehtoinen
purpose-basis-help-membership = jäsenrekisterin oikeusperuste on `basis: contract` (jäsenyys yhdistyksen sääntöjen mukaan) tai `basis: legal-obligation` ja `law: { $lang ->
        [fi] yhdistyslaki (503/1989) 11 §
        [sv] föreningslagen (503/1989) 11 §
       *[other] Associations Act (503/1989), section 11
    }` (jäsenluettelo, jota hallituksen on pidettävä)
purpose-basis-help-other = lisää `basis:` ja sen arvoksi jokin seuraavista: consent, contract, legal-obligation, vital-interests, public-task tai legitimate-interests, esim. `basis: contract`
