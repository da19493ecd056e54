# Messages of `marketing-on-contract` (sv).
# The example interest is quoted in the notice's language ($lang), the same in every catalog.
marketing-on-contract-message-word = ändamålet `{ $purpose }` gäller { $kind ->
        [ads] reklam
        [newsletter] ett nyhetsbrev
       *[other] marknadsföring
    } (”{ $word }”), men den rättsliga grund som anges är avtal
marketing-on-contract-message-marked = ändamålet `{ $purpose }` är markerat som direktmarknadsföring, men den rättsliga grund som anges är avtal
marketing-on-contract-label = marknadsföring med avtal som rättslig grund
marketing-on-contract-help-ads = riktad reklam (spårningspixlar, kakor, anpassade målgrupper) är inte nödvändig för att fullgöra ett avtal och kräver den registrerades samtycke: ändra `basis:` till `consent`, ange hur samtycket återkallas och markera `direct_marketing: true`{ marketing-on-contract-split }
marketing-on-contract-help = marknadsföring är inte nödvändig för att fullgöra ett avtal (Europeiska dataskyddsstyrelsens riktlinjer 2/2019): ändra `basis:` till `consent` (den registrerade ger sitt samtycke och kan när som helst återkalla det) eller, för marknadsföring till de egna kunderna, till `legitimate-interests` med `legitimate_interest: "{ marketing-on-contract-interest }"` och `direct_marketing: true`, så att det framgår av dataskyddsbeskrivningen att den registrerade när som helst har rätt att göra invändningar mot behandlingen (artikel 21.2){ marketing-on-contract-split }
marketing-on-contract-split = { $split ->
        [yes] ; om ändamålet också omfattar själva avtalet (beställningar, medlemskap), dela upp det: behåll `contract` som grund för den delen och gör marknadsföringen till ett eget ändamål
       *[other] {""}
    }
marketing-on-contract-interest = { $lang ->
        [fi] Markkinoimme asiakkaillemme vastaavia tuotteita asiakassuhteen aikana.
        [sv] Vi marknadsför liknande produkter till våra kunder under kundförhållandet.
       *[other] We market similar products to our existing customers.
    }
