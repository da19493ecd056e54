# Meddelanden för `child-consent` (sv).
# $group: id för gruppen som omfattar barn; $purpose: id för ändamålet, en nättjänst som grundar sig på samtycke.
child-consent-message = gruppen `{ $group }` omfattar barn och ändamålet `{ $purpose }` är en nättjänst som grundar sig på samtycke, men beskrivningen anger inte hur vårdnadshavaren ger samtycke för ett barn som är för ungt för att själv samtycka
child-consent-label = barn, ingen `guardian_consent`
child-consent-help = lägg till `guardian_consent:` för gruppen: hur vårdnadshavarens samtycke inhämtas och kontrolleras när barnet är under 13 år (5 § i dataskyddslagen), t.ex. ”För ett barn under 13 år ger vårdnadshavaren sitt samtycke i tjänsten efter stark elektronisk identifiering.”
