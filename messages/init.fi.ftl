# Kommentit, jotka `seloste init` kirjoittaa uuden rekisterin pohjaan rekisterin laatijalle,
# ja palveluluettelosta täydennetyt tiedot (suomi). Selosteen omat paikkamerkkitekstit ovat
# tiedostossa templates/init/register.yaml.tera, yksi kullakin selosteen kielellä. Kukin
# viesti on yksi kommentti (sen rivit kirjoitetaan "# "-riveiksi). Pidä kolmen kielen avaimet
# samoina (testi tarkistaa).

init-schema-missing =
    seloste ei löytänyt tiedostoa schemas/register.schema.json tästä kansiosta eikä sen
    yläpuolisista kansioista. Saat editoriin täydennykset ja ohjetekstit, kun kirjoitat
    skeeman tässä kansiossa komennolla
      mkdir -p schemas && seloste schema > schemas/register.schema.json
    tai muutat yllä olevan polun osoittamaan skeemaan (suhteessa tähän tiedostoon).
init-header =
    Yhden rekisterin tietosuojaseloste (EU:n yleisen tietosuoja-asetuksen 13 ja 14 artikla).
    Pohjan on kirjoittanut `seloste init`; jokainen kommentti kertoo, mitä kohtaan
    kirjoitetaan ja mikä artikla sitä edellyttää.
init-finish =
    Näin saat selosteen valmiiksi:
      1. Korvaa jokainen TODO-teksti oikeilla tiedoilla, jokaisella kielellä.
      2. Korvaa TODO-sähköpostiosoitteet ja Y-tunnus oikeilla.
      3. Poista #-merkki rivien `basis:`, `period:` ja `requirement:` alusta ja valitse
         oikea arvo.
      4. Aja `seloste check { $file }`, kunnes se ei ilmoita virheitä;
         `seloste explain <tarkistus>` selittää jokaisen havainnon.
    Poista kommentoidut esimerkit, joita et tarvitse.

## meta

init-meta-id =
    Pysyvä tunniste: pieniä kirjaimia, numeroita ja yhdysmerkkejä. Tuloskansiot nimetään
    sen mukaan.
init-meta-languages =
    Kielet, joilla seloste julkaistaan. Jokainen teksti annetaan kullakin kielellä
    (12 artiklan 1 kohta).
init-meta-bilingual =
    Kaksikielinen kunta tai viranomainen tiedottaa yleisölle suomeksi ja ruotsiksi
    (kielilaki 423/2003, 32 §); englanninkielinen teksti palvelee lukijoita, jotka eivät
    lue kumpaakaan. Poista `en` tästä ja englanninkieliset tekstit alempaa, jos ette
    julkaise selostetta englanniksi.
init-meta-name = Rekisterin nimi sellaisena kuin lukijat sen näkevät.
init-meta-dates =
    Milloin seloste laadittiin ja milloin sitä viimeksi muutettiin (VVVV-KK-PP). Päivitä
    `updated` aina, kun muutat selostetta.
init-meta-effective =
    Kun tehdään olennainen muutos (uusi käsittelyn tarkoitus, vastaanottaja tai siirto,
    pidempi säilytysaika), päivä, jona tämä versio tulee voimaan, vähintään 30 päivää
    `updated`-päivän jälkeen, jotta rekisteröidyille ehditään kertoa muutoksesta etukäteen.
init-meta-organisation =
    Organisaation kaikille rekistereille yhteiset tiedot (rekisterinpitäjä,
    tietosuojavastaava, henkilötietojen käsittelijät…) voi antaa tässä nimetyssä
    organisaatiotiedostossa; jätä ne silloin pois tästä tiedostosta.
init-meta-voice =
    Miten seloste puhuttelee lukijaa: oletuksena "sinä"; poista #-merkki, jos seloste
    kirjoitetaan kolmannessa persoonassa ("rekisteröidyllä on oikeus…"), kuten laeissa ja
    monen viranomaisen selosteissa.
init-introduction =
    Halutessasi johdantokappale, joka tulostetaan ensimmäisenä: mitä seloste koskee ja
    kenelle se on tarkoitettu.

## Rekisterinpitäjä, yhteyshenkilö, tietosuojavastaava

init-controller =
    Rekisterinpitäjä: se, joka määrittää henkilötietojen käsittelyn tarkoitukset ja
    keinot. 13 ja 14 artiklan 1 kohdan a alakohta: rekisterinpitäjän identiteetti ja
    yhteystiedot.
init-controller-kind =
    Organisaation laji: company (yritys), association (yhdistys), foundation (säätiö),
    cooperative (osuuskunta), public-authority (viranomainen), sole-trader (yksityinen
    elinkeinonharjoittaja) tai other (muu).
init-business-id = Y-tunnus muodossa 1234567-8. Poista rivi, jos Y-tunnusta ei ole.
init-country =
    Sijoittautumismaa (ISO 3166-1 alpha-2 -koodi): selosteeseen tulee sen valvontaviranomainen.
    Jos rivi puuttuu, maa päätellään osoitteesta tai Y-tunnuksesta. Rekisterinpitäjä,
    joka on sijoittautunut EU:n tai ETA:n ulkopuolelle, tarvitsee lisäksi edustajan EU:ssa
    (`representative:`, 27 artikla).
init-contact-person = Rekisterin yhteyshenkilö: kuka vastaa rekisteriä koskeviin kysymyksiin.
# "TODO: " -alkuisena sen kentän arvona, jonka rekisterin laatija täyttää.
init-todo-contact-name = yhteyshenkilön nimi
init-dpo =
    Tietosuojavastaava, jos sellainen on nimitetty: 13 ja 14 artiklan 1 kohdan b alakohdan
    mukaan selosteessa on ilmoitettava tietosuojavastaavan yhteystiedot. Viranomaisen on
    nimitettävä tietosuojavastaava (37 artiklan 1 kohdan a alakohta).
init-todo-dpo-name = tietosuojavastaavan nimi tai tehtävänimike, esim. Tietosuojavastaava
init-joint-controllers =
    Organisaatiot, jotka päättävät kanssanne yhdessä käsittelyn tarkoituksista ja keinoista
    (yhteisrekisterinpitäjät, 26 artikla): kullekin järjestelyn keskeinen sisältö eli kuka
    tekee mitäkin (26 artiklan 2 kohta). Merkitse rekisteröityjen yhteyspiste kohdalla
    `contact_point: true`.

## Mitä käsitellään, miksi ja kuinka kauan

init-data-subjects = Ihmisryhmät, joiden tietoja rekisterissä on (rekisteröidyt).
init-data-subject-id = itse valittu tunniste, johon `purposes` alempana viittaa
init-third-person =
    Henkilöt, joiden tietoja säilytätte keräämättä niitä heiltä itseltään (asiakkaan
    lähiomainen, oppilaan huoltaja): kerro, mitä tietoja säilytetään ja mistä ne saadaan, niin
    seloste kertoo heille oman kappaleensa (14 artikla). Ryhmä, johon kuuluu lapsia:
    `children: true`; suostumukseen perustuvassa verkkopalvelussa kerro kohdassa
    `guardian_consent:`, miten huoltaja antaa suostumuksen (8 artikla).
init-purposes =
    Miksi tietoja käsitellään: yksi kohta kutakin käsittelyn tarkoitusta kohden, kullakin
    täsmälleen yksi oikeusperuste (6 artiklan 1 kohta; 13 ja 14 artiklan 1 kohdan
    c alakohta). Tarkoitus, jolla on kaksi oikeusperustetta, on kaksi tarkoitusta.
init-basis =
    Käsittelyn oikeusperuste, yksi seuraavista: consent (suostumus), contract (sopimus),
    legal-obligation (lakisääteinen velvoite), vital-interests (elintärkeät edut),
    public-task (yleinen etu tai julkinen valta), legitimate-interests (oikeutettu etu).
    Poista #-merkki rivin alusta ja valitse yksi.
init-legitimate-interest =
    Kun peruste on legitimate-interests, kerro, mikä oikeutettu etu on (13 artiklan 1 kohdan
    d alakohta):
init-law = Kun peruste on legal-obligation tai public-task, mainitse laki (6 artiklan 3 kohta):
init-direct-marketing = Merkitse true, kun käsittelyn tarkoitus on suoramarkkinointi (21 artiklan 2 kohta).
init-categories =
    Henkilötietoryhmät ja kunkin säilytysaika (13 artiklan 2 kohdan a alakohta, 14 artiklan
    2 kohdan a alakohta). Erityisiin henkilötietoryhmiin (9 artikla) tarvitaan `special:`
    ja `special_condition:`, rikostuomioihin ja rikkomuksiin liittyviin tietoihin
    (10 artikla) `criminal: true` ja `criminal_authority:`.
init-retention =
    Kuinka kauan tietoja säilytetään, ISO 8601 -muodossa: P6M = 6 kuukautta,
    P2Y = 2 vuotta. Poista #-merkki ja aseta aika, tai käytä sen sijaan
    `until: consent-withdrawn`, kiinteää päättymispäivää (`until: 2027-12-31`) tai
    `criteria:`. `event:` ilmoittaa tavallisen alkamisajankohdan (end-of-customer-relationship,
    end-of-financial-year, end-of-employment, …) kaikilla kielillä `from:`-kohdan sijaan;
    `at_least: true` tekee ajasta vähimmäisajan. Monelle henkilötietoryhmälle yhteinen
    säilytysaika kirjoitetaan kerran ylätason `retention:`-kohtaan tai `retention_groups:`-kohtaan.
init-sources =
    Mistä tiedot saadaan (tietolähteet). Lähteen laji ratkaisee, sovelletaanko 13 artiklaa
    (tiedot rekisteröidyltä itseltään) vai 14 artiklaa (tiedot muualta, 14 artiklan 2 kohdan
    f alakohta).
init-source-kind =
    data-subject (rekisteröity itse), observation (havainnointi), own-system (oma toinen
    rekisteri tai järjestelmä, esim. kertakirjautuminen), public-register (julkinen
    rekisteri), public-source (julkinen lähde) tai other-organisation (toinen organisaatio).

## Vastaanottajat ja siirrot

init-recipients = Tietojen vastaanottajat nimeltä (13 ja 14 artiklan 1 kohdan e alakohta).
init-recipients-example =
    Tietojen vastaanottajat nimeltä (13 ja 14 artiklan 1 kohdan e alakohta). Poista #-merkit
    ja lisää yksi kohta kutakin vastaanottajaa kohden, myös henkilötietojen käsittelijät,
    kuten IT-palvelut.
init-recipients-none =
    Jos tietoja ei saa kukaan, ei edes henkilötietojen käsittelijä, kerro se: seloste
    kertoo silloin, ettei tietoja luovuteta.
init-recipients-vendors =
    Täydennetty seloste-ohjelman palveluluettelosta (data/vendors.yaml); tarkista jokainen
    sopimuksestanne ja luettele käsittelyn tarkoitukset, joihin kutakin palvelua käytetään.
init-vendor = { $brand } (palveluluettelo tarkistettu { $checked }): { $facts }.
init-vendor-facts-in-eea = tiedot pysyvät EU:n tai ETA:n alueella, joten siirtoa ei ole
init-vendor-facts-group-abroad = sopimuskumppani on { $entity }, mutta konserni käsittelee tietoja myös seuraavissa maissa: { $countries }
init-vendor-facts-abroad = tietoja siirretään seuraaviin maihin: { $countries }
init-vendor-facts-unknown = ei tiedetä, siirtyvätkö tiedot EU:n tai ETA:n ulkopuolelle: lue palveluntarjoajan alihankkijaluettelo ja lisää siirto, jos siirtyvät
init-transfers =
    Siirrot EU:n tai ETA:n ulkopuolelle ja niiden suojatoimet (13 ja 14 artiklan 1 kohdan
    f alakohta, 44–49 artikla).
init-transfers-none =
    Jos tietoja ei siirretä EU:n tai ETA:n ulkopuolelle, kerro se: seloste kertoo sen
    silloin.
init-transfer-dpf = { $organisation } oli DPF-sertifioitu { $date }: tarkista https://www.dataprivacyframework.gov/list
init-transfer-adequacy = { $country }: komissio on tehnyt tietosuojan riittävyyttä koskevan päätöksen
init-transfer-no-dpf = palveluluettelo ei vahvista DPF-sertifiointia: `dpf` vain, jos palveluntarjoaja on luettelossa https://www.dataprivacyframework.gov/list
init-transfer-sccs = vakiosopimuslausekkeet: kerro, mistä jäljennöksen saa
init-vendor-not-found = --vendor `{ $word }` ei ole seloste-ohjelman palveluluettelossa; { $hint }
init-vendor-known = palveluluettelossa (data/vendors.yaml) ovat: { $list }

## Muut

init-automated =
    Automaattiset päätökset ja profilointi (13 artiklan 2 kohdan f alakohta, 14 artiklan
    2 kohdan g alakohta, 22 artikla). Jos oikeusvaikutuksia tai vastaavia merkittäviä
    vaikutuksia tuottavia päätöksiä tehdään automaattisesti, aseta `exists: true` ja kuvaa
    `logic:`, `significance:` ja `consequences:`.
init-provision =
    Onko tietojen antaminen pakollista ja mitä seuraa, jos tietoja ei anneta (13 artiklan
    2 kohdan e alakohta).
init-requirement =
    Poista #-merkki ja valitse yksi: statutory (lakisääteinen), contractual (sopimukseen
    perustuva), contract-prerequisite (sopimuksen tekemisen edellytys) tai voluntary
    (vapaaehtoinen).
init-obligatory = Poista #-merkki ja kirjoita true vain, jos laki tai sopimus velvoittaa antamaan tiedot (statutory tai contractual); vapaaehtoisille tiedoille ja sopimuksen tekemisen edellytyksenä oleville tiedoille kirjoita false.
init-security =
    Miten tiedot suojataan (rekisterin suojauksen periaatteet), esim. käyttöoikeudet,
    salaus, lukitut tilat. Pitkissä teksteissä voi käyttää Markdownia.
init-rights =
    Miten rekisteröidyt käyttävät oikeuksiaan: tarkastus, oikaisu, poistaminen ja muut
    oikeusperusteista seuraavat oikeudet (12 artiklan 2 kohta, 13 artiklan 2 kohdan
    b alakohta, 14 artiklan 2 kohdan c alakohta). Anna ainakin yksi yhteydenottotapa.
init-changes-policy =
    Miten ja milloin selosteen muutoksista kerrotaan (tai kerro se kerran
    organisaatiotiedostossa).
init-changes =
    Selosteeseen tulostettava muutoshistoria: yksi merkintä kustakin muutoksesta, sen
    päivämäärä, mikä muuttui kullakin kielellä, ja `material: true`, kun muutoksesta on
    kerrottava rekisteröidyille etukäteen. `seloste diff --since main` tulostaa valmiin
    merkinnän.
init-response-time =
    Pisin aika, jossa pyyntöön vastataan (12 artiklan 3 kohta: kuukausi, jota voidaan
    tietyissä tapauksissa jatkaa).
init-authority =
    Valvontaviranomainen, jolle rekisteröity voi tehdä valituksen (13 artiklan 2 kohdan
    d alakohta, 14 artiklan 2 kohdan e alakohta): fi = Tietosuojavaltuutetun toimisto. Jos rivi
    puuttuu, rekisterinpitäjän sijaintimaan valvontaviranomainen; toisen maan valvontaviranomaiselle
    tarvitaan `authority_reason:` (esim. johtava valvontaviranomainen, 56 artikla).
init-internal =
    Selostetta käsittelytoimista varten (30 artikla, `seloste ropa`); ei koskaan näy
    tietosuojaselosteessa: rekisterin vastuuhenkilö, tietojärjestelmät, turvatoimet,
    sopimukset ja arvioinnit.
