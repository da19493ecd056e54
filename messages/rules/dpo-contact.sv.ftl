# Meddelanden för `dpo-contact` (sv).
dpo-contact-message = dataskyddsombudets kontaktuppgifter anges inte
dpo-contact-label = varken e-postadress, telefonnummer eller adress
dpo-contact-help = lägg till minst en av `email:`, `phone:` eller `address:` under `dpo`
