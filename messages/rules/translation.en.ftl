# Messages of `translation` (en).
# Joins the last of a list: "fi, sv and en".
translation-and = { $rest } and { $last }
# The field as the reader finds it: `name` of `customers`, or `meta.name`.
translation-field-of = `{ $field }` of `{ $id }`
translation-field = `{ $field }`
# $what: translation-field-of or translation-field; $langs: the notice's languages;
# $example: e.g. "name: {fi: …, en: …}".
translation-message-one-language = { $what } is given in one language only
translation-label-one-language = not translated
translation-help-one-language = give this text in { $langs }, each under its language key, e.g. `{ $example }`
translation-message-undeclared = { $what } has a text in `{ $key }`, which is not one of the notice's languages
translation-label-undeclared = undeclared language
translation-help-undeclared = the notice is published in { $langs } (`meta.languages`): remove `{ $key }:` or add `{ $key }` to `meta.languages`
translation-message-blank = the `{ $key }` text of { $what } is blank
translation-label-blank = blank
translation-help-blank = write the `{ $field }` text in `{ $key }`
# $list: the missing language keys, e.g. "`sv`, `en`"; $n: how many.
translation-message-missing = { $what } has no { $list } text
translation-label-missing = missing { $missing }
# $keys: e.g. "`sv: …` and `en: …`".
translation-help-missing = add { $keys } under `{ $field }`
