# `seloste diff` -komennon viestit (fi): mikä muuttui rekisterien kahden version välillä.

diff-register-changed = { $id } ({ $file }): versio { $old } → { $new }
diff-register-added = { $id } ({ $file }): uusi rekisteri, versio { $new }
diff-register-removed = { $id } ({ $file }): rekisteri on poistettu (versio { $old })
diff-register-unchanged = { $id } ({ $file }): käsittely ei muuttunut (versio { $new })

diff-class-material = olennainen
diff-class-minor = vähäinen

diff-change-added = lisätty { $section }: { $item }
diff-change-removed = poistettu { $section }: { $item }
diff-change-added-whole = lisätty { $section }
diff-change-removed-whole = poistettu { $section }
diff-change-changed = muutettu { $section }: { $item }, `{ $field }`
diff-change-changed-field = muutettu { $section }: `{ $field }`
diff-change-changed-item = muutettu { $section }: { $item }
diff-change-changed-whole = muutettu { $section }
diff-values = { $old } → { $new }
diff-at = kohdassa { $place }

diff-section-register = rekisteri
diff-section-controller = rekisterinpitäjä
diff-section-joint-controller = yhteisrekisterinpitäjä
diff-section-representative = edustaja
diff-section-dpo = tietosuojavastaava
diff-section-contact-person = yhteyshenkilö
diff-section-purpose = käsittelyn tarkoitus
diff-section-data-subject = rekisteröityjen ryhmä
diff-section-category = henkilötietoryhmä
diff-section-source = tietolähde
diff-section-recipient = vastaanottaja
diff-section-transfer = siirto EU:n tai ETA:n ulkopuolelle
diff-section-automated-decisions = automaattinen päätöksenteko
diff-section-provision = velvollisuus antaa tiedot
diff-section-rights-requests = oikeuksien käyttäminen
diff-section-authority = valvontaviranomainen
diff-section-security = tietojen suojaus
diff-section-changes-policy = muutoksista tiedottaminen
diff-section-introduction = johdanto

diff-reason-new-purpose = uusi käsittelyn tarkoitus: siitä on kerrottava ennen käsittelyn aloittamista (13 artiklan 3 kohta, 14 artiklan 4 kohta; WP260 rev.01, kohdat 29 ja 31)
diff-reason-basis = uusi oikeusperuste: rekisteröidyn oikeudet muuttuvat (13 artiklan 1 kohdan c alakohta; WP260 rev.01, kohta 29)
diff-reason-controller = uusi rekisterinpitäjä: rekisterinpitäjän henkilöllisyyden muutoksesta on aina kerrottava (WP260 rev.01, kohta 29)
diff-reason-rights = oikeuksien käyttämisen tapa muuttuu: siitä on aina kerrottava (WP260 rev.01, kohta 29)
diff-reason-new-recipient = uusi vastaanottaja: rekisteröity ei voi odottaa sitä (WP260 rev.01, kohdat 29–30)
diff-reason-transfer = uusi tai muuttunut siirto EU:n tai ETA:n ulkopuolelle (WP260 rev.01, kohdat 29–30)
diff-reason-retention-longer = säilytysaika pitenee (WP260 rev.01, kohdat 29–30)
diff-reason-retention-changed = säilytysaikaa ei voi verrata aiempaan, joten sitä pidetään pidempänä (WP260 rev.01, kohdat 29–30)
diff-reason-special = uusia erityisiin henkilötietoryhmiin kuuluvia tai rikostuomioita koskevia tietoja (9 ja 10 artikla; WP260 rev.01, kohdat 29–30)
diff-reason-automated = uutta automaattista päätöksentekoa tai profilointia (22 artikla; WP260 rev.01, kohdat 29–30)
diff-reason-removed = poistettu: rekisteröidylle ei tule mitään uutta
diff-reason-retention-shorter = säilytysaika lyhenee
diff-reason-wording = vain sanamuoto muuttuu
diff-reason-contact = yhteystiedot
diff-reason-new-category = uusi henkilötietoryhmä: ei sellaisenaan olennainen; kerro rekisteröidyille, jos he eivät voi odottaa sitä
diff-reason-new-source = uusi tietolähde
diff-reason-new-data-subject = uusi rekisteröityjen ryhmä: he saavat selosteen, kun heidän tietojaan kerätään
diff-reason-other = käsittelyn yksityiskohta

diff-entry-present = `changes:`-luettelossa on merkintä näistä olennaisista muutoksista
diff-entry-missing = mikään `changes:`-merkintä ei kerro näistä olennaisista muutoksista; lisää merkintä (ja aseta `meta.effective` vähintään 30 päivää myöhemmäksi), esimerkiksi:
diff-entry-added = Lisätty { $section }: { $name }.
diff-entry-removed = Poistettu { $section }: { $name }.
diff-entry-changed = Muutettu { $section }: { $name }.
diff-entry-added-plain = Lisätty { $section }.
diff-entry-removed-plain = Poistettu { $section }.
diff-entry-changed-plain = Muutettu { $section }.
diff-entry-wording = Sanamuotoja on tarkennettu.

diff-summary = { $registers ->
    [one] Verrattiin 1 rekisteriä
   *[other] Verrattiin { $registers } rekisteriä
}: { $changed } muuttunut, { $material } olennaisesti muuttunut, { $missing } ilman muutoshistorian merkintää

diff-md-title = Muutokset käsittelyssä
diff-md-class = Luokka
diff-md-change = Muutos
diff-md-reason = Peruste
diff-md-where = Kohta

diff-two-paths = `seloste diff` vertaa kahta versiota, mutta polkuja annettiin { $count }
diff-two-paths-help = anna vanha ja uusi versio (`seloste diff vanha/ uusi/`) tai vertaa gitin avulla: `seloste diff --since main`
diff-not-read = tiedostoa { $file } ei voitu lukea, joten sitä ei verrattu
diff-not-loaded = tiedostossa { $file } on virheitä, joiden vuoksi sitä ei voitu lukea eikä verrata
diff-partly-loaded = tiedostossa { $file } on virheitä: se, mitä ei voitu lukea, jätettiin vertailun ulkopuolelle
diff-warning = varoitus: { $text }
diff-not-loaded-help = aja `seloste check { $file }` nähdäksesi, mikä on vialla
diff-git-missing = gitiä ei voitu käynnistää ({ $error })
diff-git-missing-help = asenna git tai vertaa kahta kansiota: `seloste diff vanha/ uusi/`
diff-git-no-repository = { $folder } ei ole git-tietovarastossa
diff-git-no-repository-help = aja seloste tietovaraston sisällä tai vertaa kahta kansiota: `seloste diff vanha/ uusi/`
diff-git-bad-revision = gitissä ei ole versiota `{ $rev }`
diff-git-bad-revision-help = anna tämän tietovaraston haara, tunniste tai commit, esim. `--since main` tai `--since HEAD~1` (CI-ympäristössä hae ensin kohdehaara)
diff-git-temp = vanhaa versiota ei voitu kirjoittaa väliaikaiseen kansioon ({ $error })
diff-git-temp-help = tarkista, että väliaikaiseen kansioon (TMPDIR) voi kirjoittaa
diff-summary-not-written = työn yhteenvetoa ei voitu kirjoittaa ({ $error })
diff-summary-not-written-help = tarkista tiedosto, jonka GITHUB_STEP_SUMMARY nimeää
