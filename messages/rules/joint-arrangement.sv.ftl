# Meddelanden för `joint-arrangement` (sv).
# $name: namnet på den gemensamt personuppgiftsansvarige.
joint-arrangement-message = den gemensamt personuppgiftsansvarige ”{ $name }” nämns, men det väsentliga innehållet i arrangemanget anges inte
joint-arrangement-label-missing = `responsibilities` saknas
joint-arrangement-label-blank = tomt
joint-arrangement-help = ange i `responsibilities:` hur ansvaret är fördelat i arrangemanget: vem av de personuppgiftsansvariga som informerar de registrerade, vem som besvarar deras begäranden och vem som lagrar vilka uppgifter; märk kontaktpunkten för de registrerade med `contact_point: true`
