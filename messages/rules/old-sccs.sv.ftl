# Messages of `old-sccs` (sv).

# $decisions are the old decisions' numbers in English form (2001/497/EC); the Swedish text
# writes them with the Swedish abbreviations.
old-sccs-message = de standardavtalsklausuler som antogs före 2021 (besluten 2001/497/EG, 2004/915/EG och 2010/87/EU) har inte kunnat användas för överföringar sedan deras övergångsperiod löpte ut den { $end }
old-sccs-label = klausuler som inte längre gäller
old-sccs-help = ingå avtal med mottagaren om de standardavtalsklausuler som fastställs i kommissionens genomförandebeslut { $number } av den { $date } (den modul som passar: { $modules }) och skriv sedan `mechanism: sccs` och `safeguard_copy`
