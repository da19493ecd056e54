# Messages of `old-sccs` (fi).

# $decisions are the old decisions' numbers in English form (2001/497/EC); the Finnish text
# writes them with the Finnish abbreviations.
old-sccs-message = ennen vuotta 2021 annettuihin vakiosopimuslausekkeisiin (päätökset 2001/497/EY, 2004/915/EY ja 2010/87/EU) ei ole voinut perustaa siirtoja sen jälkeen, kun niiden siirtymäaika päättyi { $end }
old-sccs-label = vanhentuneet lausekkeet
old-sccs-help = ota vastaanottajan kanssa käyttöön komission täytäntöönpanopäätöksen { $number } ({ $date }) mukaiset vakiosopimuslausekkeet (tilanteeseen sopiva moduuli: { $modules }) ja kirjoita sitten `mechanism: sccs` ja `safeguard_copy`
