# Meddelanden från `seloste diff` (sv): vad som ändrats mellan två versioner av registren.

diff-register-changed = { $id } ({ $file }): version { $old } → { $new }
diff-register-added = { $id } ({ $file }): ett nytt register, version { $new }
diff-register-removed = { $id } ({ $file }): registret har tagits bort (version { $old })
diff-register-unchanged = { $id } ({ $file }): behandlingen har inte ändrats (version { $new })

diff-class-material = väsentlig
diff-class-minor = mindre

diff-change-added = tillägg – { $section }: { $item }
diff-change-removed = borttagning – { $section }: { $item }
diff-change-added-whole = tillägg – { $section }
diff-change-removed-whole = borttagning – { $section }
diff-change-changed = ändring – { $section }: { $item }, `{ $field }`
diff-change-changed-field = ändring – { $section }: `{ $field }`
diff-change-changed-item = ändring – { $section }: { $item }
diff-change-changed-whole = ändring – { $section }
diff-values = { $old } → { $new }
diff-at = på { $place }

diff-section-register = register
diff-section-controller = personuppgiftsansvarig
diff-section-joint-controller = gemensamt personuppgiftsansvarig
diff-section-representative = företrädare
diff-section-dpo = dataskyddsombud
diff-section-contact-person = kontaktperson
diff-section-purpose = ändamål med behandlingen
diff-section-data-subject = grupp av registrerade
diff-section-category = kategori av personuppgifter
diff-section-source = källa
diff-section-recipient = mottagare
diff-section-transfer = överföring utanför EU eller EES
diff-section-automated-decisions = automatiserat beslutsfattande
diff-section-provision = skyldighet att lämna uppgifter
diff-section-rights-requests = hur rättigheterna utövas
diff-section-authority = tillsynsmyndighet
diff-section-security = skydd av uppgifterna
diff-section-changes-policy = hur ändringar meddelas
diff-section-introduction = inledning

diff-reason-new-purpose = ett nytt ändamål: de registrerade ska informeras innan behandlingen inleds (artikel 13.3, 14.4; WP260 rev.01, punkterna 29 och 31)
diff-reason-basis = en ny rättslig grund: de registrerades rättigheter ändras (artikel 13.1 c; WP260 rev.01, punkt 29)
diff-reason-controller = en ny personuppgiftsansvarig: en ändring av den ansvariges identitet ska alltid meddelas (WP260 rev.01, punkt 29)
diff-reason-rights = ett nytt sätt att utöva rättigheterna: ska alltid meddelas (WP260 rev.01, punkt 29)
diff-reason-new-recipient = en ny mottagare: de registrerade kan inte förvänta sig den (WP260 rev.01, punkterna 29–30)
diff-reason-transfer = en ny eller ändrad överföring utanför EU eller EES (WP260 rev.01, punkterna 29–30)
diff-reason-retention-longer = en längre lagringstid (WP260 rev.01, punkterna 29–30)
diff-reason-retention-changed = lagringstiden kan inte jämföras med den tidigare och behandlas därför som längre (WP260 rev.01, punkterna 29–30)
diff-reason-special = nya känsliga personuppgifter eller uppgifter om lagöverträdelser (artikel 9 och 10; WP260 rev.01, punkterna 29–30)
diff-reason-automated = nytt automatiserat beslutsfattande eller ny profilering (artikel 22; WP260 rev.01, punkterna 29–30)
diff-reason-removed = borttaget: inget nytt för de registrerade
diff-reason-retention-shorter = en kortare lagringstid
diff-reason-wording = endast formuleringen ändras
diff-reason-contact = kontaktuppgifter
diff-reason-new-category = en ny kategori av personuppgifter: inte väsentlig i sig; informera de registrerade om de inte kan förvänta sig den
diff-reason-new-source = en ny källa
diff-reason-new-data-subject = en ny grupp av registrerade: de får informationen när deras uppgifter samlas in
diff-reason-other = en detalj i behandlingen

diff-entry-present = listan `changes:` har en post om dessa väsentliga ändringar
diff-entry-missing = ingen post i `changes:` meddelar dessa väsentliga ändringar; lägg till en (och sätt `meta.effective` minst 30 dagar senare), till exempel:
diff-entry-added = Tillägg – { $section }: { $name }.
diff-entry-removed = Borttagning – { $section }: { $name }.
diff-entry-changed = Ändring – { $section }: { $name }.
diff-entry-added-plain = Tillägg – { $section }.
diff-entry-removed-plain = Borttagning – { $section }.
diff-entry-changed-plain = Ändring – { $section }.
diff-entry-wording = Formuleringarna har förtydligats.

diff-summary = { $registers ->
    [one] 1 register jämfördes
   *[other] { $registers } register jämfördes
}: { $changed } ändrade, { $material } med väsentliga ändringar, { $missing } utan post i ändringshistoriken

diff-md-title = Ändringar i behandlingen
diff-md-class = Klass
diff-md-change = Ändring
diff-md-reason = Varför
diff-md-where = Var

diff-two-paths = `seloste diff` jämför två versioner, men { $count } sökvägar angavs
diff-two-paths-help = ange den gamla och den nya versionen (`seloste diff gammal/ ny/`), eller jämför med git: `seloste diff --since main`
diff-not-read = { $file } kunde inte läsas och jämfördes därför inte
diff-not-loaded = { $file } innehåller fel som hindrar att den läses, så den jämfördes inte
diff-partly-loaded = { $file } innehåller fel: det som inte kunde läsas lämnades utanför jämförelsen
diff-warning = varning: { $text }
diff-not-loaded-help = kör `seloste check { $file }` för att se vad som är fel
diff-git-missing = git kunde inte köras ({ $error })
diff-git-missing-help = installera git, eller jämför två mappar: `seloste diff gammal/ ny/`
diff-git-no-repository = { $folder } ligger inte i ett git-förråd
diff-git-no-repository-help = kör seloste i förrådet, eller jämför två mappar: `seloste diff gammal/ ny/`
diff-git-bad-revision = git känner inte till versionen `{ $rev }`
diff-git-bad-revision-help = ange en gren, tagg eller commit i detta förråd, t.ex. `--since main` eller `--since HEAD~1` (i en CI-utcheckning: hämta först basgrenen)
diff-git-temp = den gamla versionen kunde inte skrivas till en tillfällig mapp ({ $error })
diff-git-temp-help = kontrollera att den tillfälliga mappen (TMPDIR) är skrivbar
diff-summary-not-written = jobbsammanfattningen kunde inte skrivas ({ $error })
diff-summary-not-written-help = kontrollera filen som GITHUB_STEP_SUMMARY anger
