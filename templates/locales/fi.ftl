# Suomenkielinen sanasto. Jokainen tietosuojaselosteen sana tulee tästä tiedostosta.
# Termit noudattavat EU:n yleisen tietosuoja-asetuksen (2016/679) suomenkielistä tekstiä.

lang-name = suomi
notice-title = Tietosuojaseloste
notice-legal-ground = EU:n yleisen tietosuoja-asetuksen (2016/679) 13 ja 14 artiklan mukaiset tiedot henkilötietojen käsittelystä.
notice-created = Laadittu
notice-updated = Päivitetty
notice-effective = Voimassa alkaen
notice-version = Versio
notice-other-languages = Muut kielet
index-title = Tietosuojaselosteet
index-intro = Rekisterinpitäjän tietosuojaselosteet rekistereittäin.
index-updated = päivitetty { $date }
pdf-footer = { $name } · Päivitetty { $date }
page-label = Sivu

# Otsikot
heading-controller = Rekisterinpitäjä
heading-contact-person = Rekisterin yhteyshenkilö
heading-dpo = Tietosuojavastaava
heading-representative = Rekisterinpitäjän edustaja EU:ssa
heading-joint-controllers = Yhteisrekisterinpitäjät
heading-data-subjects = Rekisteröidyt
heading-purposes = Käsittelyn tarkoitukset ja oikeusperusteet
heading-categories = Henkilötietoryhmät ja säilytysajat
heading-sources = Tietolähteet
heading-recipients = Vastaanottajat
heading-transfers = Tietojen siirto EU:n tai ETA:n ulkopuolelle
heading-automated = Automatisoidut yksittäispäätökset ja profilointi
heading-provision = Onko tietojen antaminen pakollista
heading-security = Tietojen suojaus
heading-rights = { $voice ->
    [data-subject] Rekisteröidyn oikeudet
   *[you] Sinun oikeutesi
}
heading-exercise = Oikeuksien käyttäminen
heading-complaint = Oikeus tehdä valitus valvontaviranomaiselle
heading-changes = Tietosuojaselosteen muuttaminen
heading-change-history = Muutoshistoria
change-material = olennainen muutos

# Kenttien nimet
label-name = Nimi
label-business-id = Y-tunnus
label-visiting-address = Käyntiosoite
label-postal-address = Postiosoite
label-address = Osoite
label-phone = Puhelin
label-email = Sähköposti
label-website = Verkkosivut
label-web-form = Verkkolomake
label-title = Tehtävä
label-responsibilities = Vastuunjako
label-purpose = Tarkoitus
label-basis = Oikeusperuste
label-legitimate-interest = Oikeutettu etu
label-law = Säädös
label-data-used = Käsiteltävät tiedot
label-category = Henkilötietoryhmä
label-retention = Säilytysaika
label-special = Erityinen henkilötietoryhmä
label-special-condition = Käsittelyn edellytys
label-criminal = Rikostuomioita ja rikkomuksia koskevat tiedot
label-criminal-authority = Käsittelyn peruste
label-sources = Lähteet
label-publicly-accessible = Julkisesti saatavilla
label-recipient = Vastaanottaja
label-role = Rooli
label-country = Maa
label-purposes = Tarkoitukset
label-mechanism = Siirron peruste
label-derogation = Poikkeus
label-safeguard-copy = Jäljennös suojatoimista
label-logic = Käsittelyn logiikka
label-significance = { $voice ->
    [data-subject] Merkitys rekisteröidylle
   *[you] Merkitys sinulle
}
label-consequences = Seuraukset
label-response-time = Vastausaika: { $period }.
label-direct-marketing = Suoramarkkinointi

# Yhteisrekisterinpitäjät (26 artikla), muualta kuin rekisteröidyltä saadut tiedot (14 artikla), lapset (8 artikla)
label-joint-arrangement = Järjestelyn keskeinen sisältö
joint-contact-point = Rekisteröityjen yhteyspiste (26 artiklan 1 kohta)
joint-any-controller = { $voice ->
    [data-subject] Rekisterinpitäjien välisen järjestelyn ehdoista riippumatta rekisteröity voi käyttää oikeuksiaan kunkin rekisterinpitäjän osalta ja kutakin rekisterinpitäjää vastaan (26 artiklan 3 kohta).
   *[you] Rekisterinpitäjien välisen järjestelyn ehdoista riippumatta voit käyttää oikeuksiasi kunkin rekisterinpitäjän osalta ja kutakin rekisterinpitäjää vastaan (26 artiklan 3 kohta).
}
label-children = ryhmään kuuluu lapsia
label-guardian-consent = Huoltajan suostumus
third-person-intro = { $voice ->
    [data-subject] Näitä tietoja ei ole saatu rekisteröidyltä itseltään. Tämä seloste on myös häntä varten: siitä käy ilmi, miten hänen tietojaan käsitellään ja mitä oikeuksia hänellä on (14 artikla).
   *[you] Emme ole saaneet näitä tietoja sinulta itseltäsi. Tämä seloste on myös sinua varten: siitä käy ilmi, miten tietojasi käsitellään ja mitä oikeuksia sinulla on (14 artikla).
}
label-third-person-data = { $voice ->
    [data-subject] Rekisteröidystä tallennettavat tiedot
   *[you] Sinusta tallennettavat tiedot
}
label-third-person-source = Mistä tiedot saadaan

yes = kyllä
no = ei

# Käsittelyn oikeusperusteet (6 artiklan 1 kohta)
basis-consent = Suostumus
basis-contract = Sopimuksen täytäntöönpano
basis-legal-obligation = Rekisterinpitäjän lakisääteisen velvoitteen noudattaminen
basis-vital-interests = Rekisteröidyn tai toisen luonnollisen henkilön elintärkeiden etujen suojaaminen
basis-public-task = Yleistä etua koskeva tehtävä tai julkisen vallan käyttäminen
basis-legitimate-interests = Rekisterinpitäjän tai kolmannen osapuolen oikeutettujen etujen toteuttaminen
basis-ref-consent = 6 artiklan 1 kohdan a alakohta
basis-ref-contract = 6 artiklan 1 kohdan b alakohta
basis-ref-legal-obligation = 6 artiklan 1 kohdan c alakohta
basis-ref-vital-interests = 6 artiklan 1 kohdan d alakohta
basis-ref-public-task = 6 artiklan 1 kohdan e alakohta
basis-ref-legitimate-interests = 6 artiklan 1 kohdan f alakohta

# Erityiset henkilötietoryhmät (9 artiklan 1 kohta)
special-racial-or-ethnic-origin = rotu tai etninen alkuperä
special-political-opinions = poliittiset mielipiteet
special-religious-or-philosophical-beliefs = uskonnollinen tai filosofinen vakaumus
special-trade-union-membership = ammattiliiton jäsenyys
special-genetic = geneettiset tiedot
special-biometric = biometriset tiedot henkilön yksiselitteistä tunnistamista varten
special-health = terveyttä koskevat tiedot
special-sex-life-or-orientation = seksuaalinen käyttäytyminen tai suuntautuminen

# 9 artiklan 2 kohdan edellytykset
art9-explicit-consent = rekisteröidyn nimenomainen suostumus (9 artiklan 2 kohdan a alakohta)
art9-employment-law = työoikeuden ja sosiaaliturvan velvoitteet (9 artiklan 2 kohdan b alakohta)
art9-vital-interests = elintärkeiden etujen suojaaminen (9 artiklan 2 kohdan c alakohta)
art9-not-for-profit-members = voittoa tavoittelemattoman yhteisön jäsenet (9 artiklan 2 kohdan d alakohta)
art9-made-public = rekisteröity on itse saattanut tiedot julkisiksi (9 artiklan 2 kohdan e alakohta)
art9-legal-claims = oikeusvaateen laatiminen, esittäminen tai puolustaminen (9 artiklan 2 kohdan f alakohta)
art9-substantial-public-interest = tärkeä yleinen etu lain nojalla (9 artiklan 2 kohdan g alakohta)
art9-health-care = ennaltaehkäisevä tai työterveyshuolto, terveydenhuolto tai sosiaalihuolto (9 artiklan 2 kohdan h alakohta)
art9-public-health = kansanterveys (9 artiklan 2 kohdan i alakohta)
art9-archiving-research = arkistointi, tutkimus tai tilastointi (9 artiklan 2 kohdan j alakohta)

# Tietolähteet
source-data-subject = { $voice ->
    [data-subject] rekisteröity itse
   *[you] sinä itse
}
source-observation = { $voice ->
    [data-subject] rekisteröidyn toiminnan havainnointi
   *[you] toimintasi havainnointi
}
source-public-register = julkinen rekisteri
source-public-source = julkisesti saatavilla oleva lähde
source-other-organisation = muu organisaatio
source-own-system = rekisterinpitäjän toinen rekisteri tai järjestelmä

# Vastaanottajat
role-processor = henkilötietojen käsittelijä
role-controller = rekisterinpitäjä
role-joint-controller = yhteisrekisterinpitäjä
role-authority = viranomainen
recipients-none = Tietoja ei luovuteta rekisterinpitäjän ulkopuolelle.

# Siirrot
mechanism-adequacy = Euroopan komission päätös tietosuojan riittävyydestä (45 artikla)
mechanism-dpf = EU:n ja Yhdysvaltojen välinen tietosuojakehys (komission päätös (EU) 2023/1795)
mechanism-sccs = Euroopan komission hyväksymät vakiosopimuslausekkeet (päätös (EU) 2021/914, 46 artiklan 2 kohdan c alakohta)
mechanism-sccs-pre-2021 = vanhentuneet vakiosopimuslausekkeet
mechanism-privacy-shield = Privacy Shield -järjestely (ei enää voimassa)
mechanism-bcr = yritystä koskevat sitovat säännöt (47 artikla)
mechanism-code-of-conduct = hyväksytyt käytännesäännöt (46 artiklan 2 kohdan e alakohta)
mechanism-certification = hyväksytty sertifiointimekanismi (46 artiklan 2 kohdan f alakohta)
mechanism-derogation = erityistilanteita koskeva poikkeus (49 artikla)
derogation-explicit-consent = rekisteröidyn nimenomainen suostumus (49 artiklan 1 kohdan a alakohta)
derogation-contract-with-subject = rekisteröidyn ja rekisterinpitäjän välisen sopimuksen täytäntöönpano (49 artiklan 1 kohdan b alakohta)
derogation-contract-in-interest = rekisteröidyn edun mukaisen sopimuksen tekeminen tai täytäntöönpano (49 artiklan 1 kohdan c alakohta)
derogation-public-interest = tärkeät yleistä etua koskevat syyt (49 artiklan 1 kohdan d alakohta)
derogation-legal-claims = oikeusvaateen laatiminen, esittäminen tai puolustaminen (49 artiklan 1 kohdan e alakohta)
derogation-vital-interests = elintärkeiden etujen suojaaminen (49 artiklan 1 kohdan f alakohta)
derogation-public-register = siirto julkisesta rekisteristä (49 artiklan 1 kohdan g alakohta)
derogation-compelling-legitimate-interests = pakottavat oikeutetut edut (49 artiklan 1 kohdan toinen alakohta)
transfers-none = Tietoja ei siirretä EU:n tai Euroopan talousalueen ulkopuolelle.

# Säilytys
duration-years = { $n ->
    [one] { $n } vuosi
   *[other] { $n } vuotta
}
duration-months = { $n ->
    [one] { $n } kuukausi
   *[other] { $n } kuukautta
}
duration-weeks = { $n ->
    [one] { $n } viikko
   *[other] { $n } viikkoa
}
duration-days = { $n ->
    [one] { $n } päivä
   *[other] { $n } päivää
}
list-and = { $head } ja { $last }
retention-period = { $period }
retention-period-from = { $period } { $from }
retention-until-consent-withdrawn = kunnes suostumus peruutetaan
retention-until-objection = { $voice ->
    [data-subject] kunnes rekisteröity vastustaa käsittelyä tai peruuttaa tilauksen
   *[you] kunnes vastustat käsittelyä tai peruutat tilauksen
}
retention-minimum = vähintään { $period }
retention-minimum-from = vähintään { $period } { $from }
retention-until-date = { $date } saakka
retention-event-end-of-customer-relationship = asiakassuhteen päättymisestä
retention-event-end-of-contract = sopimuksen päättymisestä
retention-event-end-of-financial-year = tilikauden päättymisestä
retention-event-end-of-employment = työsuhteen päättymisestä
retention-event-end-of-membership = jäsenyyden päättymisestä
retention-event-end-of-recruitment = rekrytoinnin päättymisestä
retention-event-last-contact = viimeisestä yhteydenotosta
retention-event-collection = tietojen keräämisestä
date = { $day }.{ $month }.{ $year }

# Automatisoidut päätökset
automated-none = { $voice ->
    [data-subject] Tietoja ei käytetä automatisoituihin yksittäispäätöksiin, joilla olisi rekisteröityä koskevia oikeusvaikutuksia tai vastaavia merkittäviä vaikutuksia.
   *[you] Tietoja ei käytetä automatisoituihin yksittäispäätöksiin, joilla olisi sinua koskevia oikeusvaikutuksia tai vastaavia merkittäviä vaikutuksia.
}
automated-no-profiling = Tietoja ei käytetä profilointiin.
automated-profiling = Tietoja käytetään profilointiin.
automated-exists = Tietoja käytetään automatisoituihin yksittäispäätöksiin (22 artikla).

# Tietojen antaminen
provision-statutory = Tietojen antaminen perustuu lakiin.
provision-contractual = Tietojen antaminen perustuu sopimukseen.
provision-contract-prerequisite = { $voice ->
    [data-subject] Tiedot ovat edellytys sopimuksen tekemiselle: ilman niitä sopimusta ei voida tehdä rekisteröidyn kanssa.
   *[you] Tiedot ovat edellytys sopimuksen tekemiselle: ilman niitä emme voi tehdä sopimusta kanssasi.
}
provision-voluntary = Tietojen antaminen on vapaaehtoista.
provision-obligatory = { $voice ->
    [data-subject] Rekisteröity on velvollinen antamaan tiedot.
   *[you] Olet velvollinen antamaan tiedot.
}
provision-not-obligatory = { $voice ->
    [data-subject] Rekisteröity ei ole velvollinen antamaan tietoja.
   *[you] Et ole velvollinen antamaan tietoja.
}

# Oikeudet
rights-intro = { $voice ->
    [data-subject] Rekisteröidyllä on tietosuoja-asetuksen mukaan seuraavat oikeudet. Hän voi käyttää niitä maksutta.
   *[you] Sinulla on tietosuoja-asetuksen mukaan seuraavat oikeudet. Voit käyttää niitä maksutta.
}
right-access = Oikeus saada pääsy tietoihin (15 artikla)
right-access-text = { $voice ->
    [data-subject] Rekisteröity voi pyytää vahvistuksen siitä, käsitelläänkö hänen tietojaan, ja saada jäljennöksen käsiteltävistä tiedoista.
   *[you] Voit pyytää vahvistuksen siitä, käsitelläänkö tietojasi, ja saada jäljennöksen käsiteltävistä tiedoista.
}
right-rectification = Oikeus tietojen oikaisemiseen (16 artikla)
right-rectification-text = { $voice ->
    [data-subject] Rekisteröity voi vaatia virheellisten tietojen korjaamista ja puutteellisten tietojen täydentämistä.
   *[you] Voit vaatia virheellisten tietojen korjaamista ja puutteellisten tietojen täydentämistä.
}
right-erasure = Oikeus tietojen poistamiseen (17 artikla)
right-erasure-text = { $voice ->
    [data-subject] Rekisteröity voi pyytää tietojensa poistamista, kun niitä ei enää tarvita, käsittely on lainvastaista tai poistamiselle on muu asetuksen mukainen peruste.
   *[you] Voit pyytää tietojesi poistamista, kun niitä ei enää tarvita, käsittely on lainvastaista tai poistamiselle on muu asetuksen mukainen peruste.
}
right-restriction = Oikeus käsittelyn rajoittamiseen (18 artikla)
right-restriction-text = { $voice ->
    [data-subject] Rekisteröity voi pyytää käsittelyn rajoittamista esimerkiksi siksi aikaa, kun tietojen paikkansapitävyyttä selvitetään.
   *[you] Voit pyytää käsittelyn rajoittamista esimerkiksi siksi aikaa, kun tietojen paikkansapitävyyttä selvitetään.
}
right-portability = Oikeus siirtää tiedot järjestelmästä toiseen (20 artikla)
right-portability-text = { $voice ->
    [data-subject] Kun käsittely perustuu suostumukseen tai sopimukseen ja tapahtuu automaattisesti, rekisteröity voi saada itse antamansa tiedot koneluettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle.
   *[you] Kun käsittely perustuu suostumukseen tai sopimukseen ja tapahtuu automaattisesti, voit saada itse antamasi tiedot koneluettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle.
}
right-withdraw-consent = Oikeus peruuttaa suostumus (7 artiklan 3 kohta)
right-withdraw-consent-text = { $voice ->
    [data-subject] Rekisteröity voi peruuttaa suostumuksensa milloin tahansa. Peruuttaminen ei vaikuta ennen sitä tehdyn käsittelyn lainmukaisuuteen.
   *[you] Voit peruuttaa suostumuksesi milloin tahansa. Peruuttaminen ei vaikuta ennen sitä tehdyn käsittelyn lainmukaisuuteen.
}
right-objection = Vastustamisoikeus (21 artikla)
right-objection-text = { $voice ->
    [data-subject] Kun käsittely perustuu yleistä etua koskevaan tehtävään tai oikeutettuun etuun, rekisteröity voi henkilökohtaiseen erityiseen tilanteeseensa liittyvällä perusteella vastustaa tietojensa käsittelyä.
   *[you] Kun käsittely perustuu yleistä etua koskevaan tehtävään tai oikeutettuun etuun, voit henkilökohtaiseen erityiseen tilanteeseesi liittyvällä perusteella vastustaa tietojesi käsittelyä.
}
right-objection-direct-marketing-text = { $voice ->
    [data-subject] Rekisteröity voi milloin tahansa kieltää tietojensa käsittelyn suoramarkkinointia varten, myös siihen liittyvän profiloinnin. Sen jälkeen hänen tietojaan ei käsitellä tähän tarkoitukseen.
   *[you] Voit milloin tahansa kieltää tietojesi käsittelyn suoramarkkinointia varten, myös siihen liittyvän profiloinnin. Sen jälkeen tietojasi ei käsitellä tähän tarkoitukseen.
}
complaint-text = { $voice ->
    [data-subject] Jos rekisteröity katsoo, että hänen henkilötietojensa käsittelyssä rikotaan tietosuoja-asetusta, hän voi tehdä valituksen valvontaviranomaiselle, erityisesti siinä jäsenvaltiossa, jossa hänen vakinainen asuinpaikkansa tai työpaikkansa on tai jossa väitetty rikkominen on tapahtunut (77 artikla).
   *[you] Jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuoja-asetusta, voit tehdä valituksen valvontaviranomaiselle, erityisesti siinä jäsenvaltiossa, jossa asut tai työskentelet tai jossa väitetty rikkominen on tapahtunut (77 artikla).
}
complaint-authority = Rekisterinpitäjän valvontaviranomainen on:
# After an authority's name that is not in the page's language (a Swedish authority on a Finnish page).
authority-name-note = { $country }; englanniksi { $english }
authority-name-note-country = { $country }
label-complaint-web = Valituksen tekeminen verkossa
exercise-intro = { $voice ->
    [data-subject] Oikeuksia koskevat pyynnöt lähetetään:
   *[you] Lähetä oikeuksiasi koskeva pyyntö:
}

# Maiden nimet tulevat CLDR:stä (ICU4X). Tässä vain nimet, joissa EU:n toimielinten
# tyylioppaan virallinen lyhyt nimi poikkeaa CLDR:n arkinimestä; country-<koodi> korvaa CLDR:n nimen.
country-GB = Yhdistynyt kuningaskunta

## Seloste käsittelytoimista (30 artikla), `seloste ropa`

ropa-title = Seloste käsittelytoimista (tietosuoja-asetuksen 30 artikla)
ropa-sheet = Käsittelytoimet
ropa-controllers = Rekisterinpitäjät
ropa-col-controller = Rekisterinpitäjä
ropa-col-register = Rekisteri
ropa-col-purpose = Käsittelyn tarkoitus
ropa-col-description = Käsittelyn kuvaus
ropa-col-basis = Käsittelyn oikeusperuste (6 artikla)
ropa-col-basis-detail = Laki tai oikeutettu etu
ropa-col-art9-condition = Erityisten henkilötietoryhmien käsittelyperuste (9 artiklan 2 kohta)
ropa-col-data-subjects = Rekisteröityjen ryhmät
ropa-col-categories = Henkilötietoryhmät
ropa-col-special-categories = Erityiset henkilötietoryhmät ja rikostiedot
ropa-col-sources = Tietolähteet
ropa-col-processors = Henkilötietojen käsittelijät
ropa-col-recipients = Muut vastaanottajat
ropa-col-transfers = Siirrot kolmansiin maihin ja suojatoimet
ropa-col-retention = Tietoryhmien poistamisen määräajat
ropa-col-security = Tekniset ja organisatoriset turvatoimet
ropa-col-automated = Automatisoidut yksittäispäätökset ja profilointi
ropa-col-rights = Rekisteröidyn oikeudet
ropa-col-contracts = Sopimukset vastaanottajien kanssa
ropa-col-lia = Oikeutettua etua koskeva arviointi
ropa-col-consent-records = Suostumusten kirjaaminen
ropa-col-dpia = Tietosuojaa koskeva vaikutustenarviointi
ropa-col-systems = Tietojärjestelmät
ropa-col-owner = Rekisterin vastuuhenkilö
ropa-col-controller-contact = Rekisterinpitäjän yhteystiedot
ropa-col-joint-controllers = Yhteisrekisterinpitäjät
ropa-col-representative = Rekisterinpitäjän edustaja EU:ssa
ropa-col-dpo = Tietosuojavastaava
ropa-col-updated = Tietosuojaseloste päivitetty
ropa-controller-col-name = Nimi
ropa-controller-col-business-id = Y-tunnus
ropa-controller-col-postal-address = Postiosoite
ropa-controller-col-visiting-address = Käyntiosoite
ropa-controller-col-email = Sähköposti
ropa-controller-col-phone = Puhelin
ropa-controller-col-website = Verkkosivut
ropa-controller-col-dpo = Tietosuojavastaava
ropa-controller-col-representative = Rekisterinpitäjän edustaja EU:ssa
ropa-controller-col-owner = Tietosuojasta vastaava
ropa-basis = { $name } ({ $article })
ropa-criminal = { $category }: rikostuomioihin ja rikkomuksiin liittyvät henkilötiedot (10 artikla)
ropa-right-complaint = Oikeus tehdä valitus valvontaviranomaiselle (77 artikla)
ropa-automated-none = Ei automatisoituja yksittäispäätöksiä (22 artikla)
ropa-automated-exists = Automatisoituja yksittäispäätöksiä (22 artikla)
ropa-profiling = Profilointia
ropa-no-profiling = Ei profilointia
ropa-large-scale = Laajamittainen käsittely (35 artiklan 3 kohta)
ropa-status-not-needed = Ei tarpeen
ropa-status-planned = Suunniteltu
ropa-status-in-progress = Kesken
ropa-status-done = Tehty
# Tiivistelmä, sisällys, linkit ja tietosuojakehys
sources-subject = { $voice ->
    [data-subject] Tiedot saadaan rekisteröidyltä itseltään.
   *[you] Tiedot saadaan sinulta itseltäsi.
}
sources-other = { $voice ->
    [data-subject] Tiedot saadaan muista lähteistä kuin rekisteröidyltä itseltään. Lähteet ovat:
   *[you] Tiedot saadaan muista lähteistä kuin sinulta itseltäsi. Lähteet ovat:
}
sources-both = { $voice ->
    [data-subject] Osa tiedoista saadaan rekisteröidyltä itseltään ja osa muista lähteistä. Lähteet ovat:
   *[you] Osa tiedoista saadaan sinulta itseltäsi ja osa muista lähteistä. Lähteet ovat:
}
summary-heading = Lyhyesti
summary-intro = { $voice ->
    [data-subject] Tärkeimmät tiedot rekisteröidyn henkilötietojen käsittelystä. Koko seloste on tämän tiivistelmän jälkeen.
   *[you] Tärkeimmät tiedot henkilötietojesi käsittelystä. Koko seloste on tämän tiivistelmän jälkeen.
}
summary-who = Kuka käsittelee tietoja
summary-why = Mihin ja millä perusteella
summary-recipients = Kenelle tietoja luovutetaan
summary-processors = Lisäksi henkilötietojen käsittelijät käsittelevät tietoja rekisterinpitäjän lukuun.
summary-processors-only = Tietoja käsittelevät rekisterinpitäjän lukuun vain henkilötietojen käsittelijät.
summary-transfers = Siirrot EU:n ja ETA:n ulkopuolelle
summary-retention = Kuinka kauan tietoja säilytetään
summary-rights-how = { $voice ->
    [data-subject] Rekisteröity voi käyttää oikeuksiaan ottamalla yhteyttä:
   *[you] Voit käyttää oikeuksiasi ottamalla yhteyttä:
}
summary-right-access = pääsy tietoihin
summary-right-rectification = tietojen oikaiseminen
summary-right-erasure = tietojen poistaminen
summary-right-restriction = käsittelyn rajoittaminen
summary-right-portability = tietojen siirtäminen järjestelmästä toiseen
summary-right-objection = käsittelyn vastustaminen
summary-right-withdraw-consent = suostumuksen peruuttaminen
summary-right-complaint = valitus valvontaviranomaiselle
toc-heading = Sisällys
notice-pdf = Seloste PDF-tiedostona
index-pdf = PDF
index-controller-title = { $title }: { $controller }
dpf-certified-entity = Kehykseen sitoutunut yhdysvaltalainen yhtiö on { $entity }.
dpf-certified-recipient = Vastaanottaja on sitoutunut kehykseen.
dpf-certified-group = Kehykseen on sitoutunut vastaanottajan yhdysvaltalainen konserniyhtiö.

# Tiivistelmä, sisällys, linkit ja tietosuojakehys
section-title = { $number }. { $heading }
