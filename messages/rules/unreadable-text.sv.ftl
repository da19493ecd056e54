# Messages of `unreadable-text` (sv).
unreadable-text-message-marks = i fältet `{ $field }` bär en bokstav { $count } accenter eller kombinerande tecken (högst { $max } är läsbara)
unreadable-text-label-marks = tecken staplade på en bokstav
unreadable-text-help-marks = ta bort de överflödiga tecknen: skriv om ordet med dess vanliga accenter (inget språk behöver mer än några få per bokstav)
unreadable-text-message-nesting = i fältet `{ $field }` är listor och citat kapslade { $depth } nivåer djupt (högst { $max } kan skrivas ut)
unreadable-text-label-nesting = för djup kapsling från och med här
unreadable-text-help-nesting = gör texten plattare så att listor och citat (`-`, `1.`, `>`) har högst { $max } nivåer: använd en enda lista med hela meningar, eller fetstilta inledningsord i stället för underlistor
