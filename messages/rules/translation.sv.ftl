# Meddelanden för `translation` (sv).
# Fogar till det sista i en uppräkning: "fi, sv och en".
translation-and = { $rest } och { $last }
# Fältet så som läsaren hittar det: fältet `name` i `customers` eller fältet `meta.name`.
translation-field-of = fältet `{ $field }` i `{ $id }`
translation-field = fältet `{ $field }`
# $what: translation-field-of eller translation-field; $langs: dataskyddsbeskrivningens språk;
# $example: t.ex. "name: {fi: …, en: …}".
translation-message-one-language = { $what } anges bara på ett språk
translation-label-one-language = inte översatt
translation-help-one-language = ange texten på { $langs }, var och en under sin språkkod, t.ex. `{ $example }`
translation-message-undeclared = { $what } har en text på `{ $key }`, som inte är ett av dataskyddsbeskrivningens språk
translation-label-undeclared = språk som inte har angetts
translation-help-undeclared = dataskyddsbeskrivningen publiceras på { $langs } (`meta.languages`): ta bort `{ $key }:` eller lägg till `{ $key }` i `meta.languages`
translation-message-blank = texten på `{ $key }` i { $what } är tom
translation-label-blank = tom
translation-help-blank = skriv texten i `{ $field }` på `{ $key }`
# $list: de språkkoder som saknas, t.ex. "`sv`, `en`"; $n: hur många.
translation-message-missing = { $what } saknar text på { $list }
translation-label-missing = saknas: { $missing }
# $keys: t.ex. "`sv: …` och `en: …`".
translation-help-missing = lägg till { $keys } under `{ $field }`
