# Säännön `dpo-contact` viestit (fi).
dpo-contact-message = tietosuojavastaavan yhteystietoja ei anneta
dpo-contact-label = ei sähköpostiosoitetta, puhelinnumeroa eikä osoitetta
dpo-contact-help = lisää `dpo`-kohtaan ainakin yksi seuraavista: `email:`, `phone:` tai `address:`
