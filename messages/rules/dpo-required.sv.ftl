# Meddelanden för `dpo-required` (sv).
dpo-required-message = den personuppgiftsansvarige är en myndighet, men inget dataskyddsombud anges
dpo-required-label = myndighet
dpo-required-help = lägg till ett avsnitt `dpo:` med dataskyddsombudets namn (`name:`) och e-postadress (`email:`) eller telefonnummer (`phone:`)
