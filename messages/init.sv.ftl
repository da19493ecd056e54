# Kommentarerna som `seloste init` skriver i ett nytt registers stomme för den som fyller i
# den, och uppgifterna den fyller i från tjänsteförteckningen (svenska). Beskrivningens egna
# platshållartexter finns i templates/init/register.yaml.tera, en på varje språk som
# beskrivningen ges på. Varje meddelande är en kommentar (dess rader blir "# "-rader). Håll
# nycklarna lika på de tre språken (ett test kontrollerar det).

init-schema-missing =
    seloste hittade inte schemas/register.schema.json i den här mappen eller i mapparna
    ovanför. För komplettering och hjälptexter i din editor, skriv schemat i den här mappen
    med kommandot
      mkdir -p schemas && seloste schema > schemas/register.schema.json
    eller ändra sökvägen ovan så att den pekar på schemat (relativt till den här filen).
init-header =
    Dataskyddsbeskrivningen för ett register (artiklarna 13 och 14 i dataskyddsförordningen).
    Stommen är skriven av `seloste init`; varje kommentar säger vad som ska skrivas och
    vilken artikel som kräver det.
init-finish =
    Så här gör du beskrivningen färdig:
      1. Ersätt varje TODO-text med de verkliga uppgifterna, på alla språk.
      2. Ersätt TODO-e-postadresserna och FO-numret med de verkliga.
      3. Ta bort # i början av raderna `basis:`, `period:` och `requirement:` och välj
         rätt värde.
      4. Kör `seloste check { $file }` tills det inte rapporterar några fel;
         `seloste explain <regel>` förklarar varje fynd.
    Ta bort de utkommenterade exempel som du inte behöver.

## meta

init-meta-id =
    Ett bestående id: små bokstäver, siffror och bindestreck. Mapparna med de färdiga
    filerna namnges efter det.
init-meta-languages =
    De språk som beskrivningen publiceras på. Varje text ges på vart och ett av dem
    (artikel 12.1).
init-meta-bilingual =
    En tvåspråkig kommun eller myndighet informerar allmänheten på finska och svenska
    (språklagen 423/2003, 32 §); den engelska texten är till för läsare som inte läser
    någotdera språket. Ta bort `en` här och de engelska texterna nedan om ni inte
    publicerar beskrivningen på engelska.
init-meta-name = Registrets namn så som läsarna ser det.
init-meta-dates =
    När beskrivningen skrevs och när den senast ändrades (ÅÅÅÅ-MM-DD). Uppdatera
    `updated` varje gång du ändrar beskrivningen.
init-meta-effective =
    Vid en väsentlig ändring (ett nytt ändamål, en ny mottagare eller överföring, en längre
    lagringstid): det datum då versionen börjar gälla, minst 30 dagar efter `updated`, så
    att de registrerade hinner informeras i förväg.
init-meta-organisation =
    Uppgifter som är gemensamma för alla organisationens register (personuppgiftsansvarig,
    dataskyddsombud, personuppgiftsbiträden…) kan ges i en organisationsfil som anges här;
    lämna då bort dem ur den här filen.
init-meta-voice =
    Hur beskrivningen tilltalar läsaren: "du" som standard; ta bort # om beskrivningen skrivs
    i tredje person ("den registrerade har rätt…"), som i lagar och hos många myndigheter.
init-introduction =
    Om du vill, ett inledande stycke som skrivs ut först: vad beskrivningen gäller och för
    vem.

## Den personuppgiftsansvarige, kontaktpersonen, dataskyddsombudet

init-controller =
    Den personuppgiftsansvarige: den som bestämmer ändamålen och medlen för behandlingen
    av personuppgifter. Artikel 13.1 a och 14.1 a: den personuppgiftsansvariges identitet
    och kontaktuppgifter.
init-controller-kind =
    Typ av organisation: company (företag), association (förening), foundation (stiftelse),
    cooperative (andelslag), public-authority (myndighet), sole-trader (enskild
    näringsidkare) eller other (annan).
init-business-id = FO-numret (Y-tunnus) i formen 1234567-8. Ta bort raden om det inte finns något.
init-country =
    Etableringsland (ISO 3166-1 alpha-2-kod): beskrivningen anger landets tillsynsmyndighet.
    Saknas raden läses landet ur adressen eller FO-numret. En personuppgiftsansvarig
    som är etablerad utanför EU/EES behöver också en företrädare i EU (`representative:`,
    artikel 27).
init-contact-person = Registrets kontaktperson: den som svarar på frågor om registret.
# Efter "TODO: ", som värdet i ett fält som fylls i.
init-todo-contact-name = kontaktpersonens namn
init-dpo =
    Dataskyddsombudet, om ett sådant har utsetts: enligt artikel 13.1 b och 14.1 b ska
    dataskyddsombudets kontaktuppgifter anges. Myndigheter ska utse ett dataskyddsombud
    (artikel 37.1 a).
init-todo-dpo-name = dataskyddsombudets namn eller en funktion, t.ex. Dataskyddsombud
init-joint-controllers =
    Organisationer som tillsammans med er bestämmer ändamålen och medlen för behandlingen
    (gemensamt personuppgiftsansvariga, artikel 26): för var och en det väsentliga innehållet
    i arrangemanget, vem som gör vad (artikel 26.2). Märk kontaktpunkten för de registrerade
    med `contact_point: true`.

## Vad som behandlas, varför och hur länge

init-data-subjects = De grupper av personer vars uppgifter finns i registret (de registrerade).
init-data-subject-id = ett id som du väljer, används i `purposes` nedan
init-third-person =
    Personer vars uppgifter ni sparar utan att samla in dem från dem själva (en kunds anhörig,
    en elevs vårdnadshavare): ange vilka uppgifter som sparas och varifrån de kommer, så
    vänder sig beskrivningen till dem i ett eget stycke (artikel 14). En grupp som omfattar
    barn: `children: true`; för en nättjänst som grundar sig på samtycke, ange i
    `guardian_consent:` hur vårdnadshavaren samtycker (artikel 8).
init-purposes =
    Varför uppgifterna behandlas: en post per ändamål, var och en med exakt en rättslig grund
    (artikel 6.1; artikel 13.1 c och 14.1 c). Ett ändamål med två rättsliga grunder är två
    ändamål.
init-basis =
    Den rättsliga grunden, en av: consent (samtycke), contract (avtal), legal-obligation
    (rättslig förpliktelse), vital-interests (grundläggande intressen), public-task
    (allmänt intresse eller myndighetsutövning), legitimate-interests (berättigat intresse).
    Ta bort # i början av raden och välj en.
init-legitimate-interest = För legitimate-interests, ange vilket det berättigade intresset är (artikel 13.1 d):
init-law = För legal-obligation eller public-task, ange lagen (artikel 6.3):
init-direct-marketing = Sätt till true när ändamålet är direktmarknadsföring (artikel 21.2).
init-categories =
    Kategorierna av personuppgifter, var och en med hur länge uppgifterna lagras (artikel
    13.2 a och 14.2 a). Särskilda kategorier av personuppgifter (artikel 9) kräver
    `special:` med `special_condition:`, och uppgifter om fällande domar i brottmål och
    överträdelser (artikel 10) `criminal: true` med `criminal_authority:`.
init-retention =
    Hur länge uppgifterna lagras, i ISO 8601-form: P6M = 6 månader, P2Y = 2 år.
    Ta bort # och ange tiden, eller använd i stället `until: consent-withdrawn`, ett fast
    slutdatum (`until: 2027-12-31`) eller `criteria:`. `event:` anger en vanlig utgångspunkt
    (end-of-customer-relationship, end-of-financial-year, end-of-employment, …) på alla språk
    i stället för `from:`; `at_least: true` gör tiden till en minimitid. En lagringstid
    som gäller många kategorier skrivs en gång, i `retention_groups:` eller under
    `retention:` på översta nivån.
init-sources =
    Varifrån uppgifterna kommer (uppgiftskällor). Källans typ avgör om artikel 13
    (uppgifter från den registrerade själv) eller artikel 14 (uppgifter från annat håll,
    artikel 14.2 f) tillämpas.
init-source-kind =
    data-subject (den registrerade själv), observation (observation), own-system (ett annat
    eget register eller system, t.ex. enkel inloggning), public-register (offentligt
    register), public-source (offentlig källa) eller other-organisation (en annan
    organisation).

## Mottagare och överföringar

init-recipients = Mottagarna av uppgifterna, med namn (artikel 13.1 e och 14.1 e).
init-recipients-example =
    Mottagarna av uppgifterna, med namn (artikel 13.1 e och 14.1 e). Ta bort # och lägg
    till en post per mottagare, också personuppgiftsbiträden som it-tjänster.
init-recipients-none =
    Om ingen tar emot uppgifterna, inte ens ett personuppgiftsbiträde, ange det:
    beskrivningen säger då att uppgifterna inte lämnas ut.
init-recipients-vendors =
    Ifyllt från tjänsteförteckningen i seloste (data/vendors.yaml); kontrollera var och en
    mot ert avtal och räkna upp de ändamål som varje tjänst används för.
init-vendor = { $brand } (förteckningen kontrollerad { $checked }): { $facts }.
init-vendor-facts-in-eea = uppgifterna stannar inom EU/EES, så ingen överföring sker
init-vendor-facts-group-abroad = avtalspart är { $entity }, men koncernen behandlar uppgifterna också i { $countries }
init-vendor-facts-abroad = uppgifterna överförs till { $countries }
init-vendor-facts-unknown = det är inte känt om uppgifterna lämnar EU/EES: läs leverantörens förteckning över underbiträden och lägg till en överföring om de gör det
init-transfers =
    Överföringar till länder utanför EU/EES och skyddsåtgärderna för dem (artikel 13.1 f,
    14.1 f och 44–49).
init-transfers-none =
    Om inga uppgifter överförs till länder utanför EU eller EES, ange det: beskrivningen
    säger det då.
init-transfer-dpf = { $organisation } var DPF-certifierat { $date }: kontrollera på https://www.dataprivacyframework.gov/list
init-transfer-adequacy = { $country } omfattas av ett beslut om adekvat skyddsnivå
init-transfer-no-dpf = förteckningen bekräftar inte DPF-certifiering: `dpf` bara om leverantören finns på https://www.dataprivacyframework.gov/list
init-transfer-sccs = standardavtalsklausuler: ange var man kan få en kopia
init-vendor-not-found = --vendor `{ $word }` finns inte i tjänsteförteckningen i seloste; { $hint }
init-vendor-known = förteckningen (data/vendors.yaml) känner till: { $list }

## Övrigt

init-automated =
    Automatiserade beslut och profilering (artikel 13.2 f, 14.2 g och 22). Om beslut som
    har rättsliga följder eller på liknande sätt i betydande grad påverkar personen fattas
    automatiskt, sätt `exists: true` och beskriv `logic:`, `significance:` och
    `consequences:`.
init-provision =
    Om personerna är skyldiga att lämna uppgifterna och vad som händer om de inte gör det
    (artikel 13.2 e).
init-requirement =
    Ta bort # och välj en: statutory (lagstadgat), contractual (avtalsenligt),
    contract-prerequisite (en förutsättning för att ingå avtal) eller voluntary
    (frivilligt).
init-obligatory = Ta bort # och skriv true endast om en lag eller ett avtal förpliktar den registrerade att lämna uppgifterna (statutory eller contractual); för frivilliga uppgifter och uppgifter som är en förutsättning för att ingå avtal skriv false.
init-security =
    Hur uppgifterna skyddas, t.ex. behörigheter, kryptering, låsta utrymmen. Långa texter
    kan använda Markdown.
init-rights =
    Hur de registrerade utövar sina rättigheter: tillgång, rättelse, radering och de övriga
    som följer av de rättsliga grunderna (artikel 12.2, 13.2 b och 14.2 c). Ange minst
    en kanal.
init-changes-policy =
    Hur och när de registrerade får veta om ändringar i beskrivningen (eller ange det en
    gång i organisationsfilen).
init-changes =
    Ändringshistoriken som skrivs ut i beskrivningen: en post per ändring, med datum, vad
    som ändrats på varje språk och `material: true` för en ändring som de registrerade ska
    informeras om i förväg. `seloste diff --since main` skriver ut en färdig post.
init-response-time =
    Den längsta tiden det tar att svara (artikel 12.3: en månad, som i vissa fall kan
    förlängas).
init-authority =
    Tillsynsmyndigheten som de registrerade kan lämna in klagomål till (artikel 13.2 d och
    14.2 e): fi = Dataombudsmannens byrå. Saknas raden, myndigheten i den personuppgiftsansvariges
    land; ett annat lands myndighet kräver `authority_reason:` (t.ex. ansvarig tillsynsmyndighet,
    artikel 56).
init-internal =
    För registret över behandling (artikel 30, `seloste ropa`); visas aldrig i
    dataskyddsbeskrivningen: den ansvarige för registret, informationssystem,
    säkerhetsåtgärder, avtal och bedömningar.
