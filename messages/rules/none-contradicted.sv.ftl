# Messages of `none-contradicted` (sv).

none-contradicted-message-transfer = `recipients: none` anger att uppgifterna inte lämnas ut till någon, men en överföring skickar dem till `{ $to }`
none-contradicted-label-transfer = en överföring är ett utlämnande
none-contradicted-help-transfer = ange mottagaren under `recipients` i stället för `none` (rad { $line }), eller ta bort överföringen om uppgifterna inte skickas dit
none-contradicted-message-service = `recipients: none` anger att uppgifterna inte lämnas ut till någon, men texten nämner { $named }, en tjänst som behandlar uppgifter för sina kunders räkning
none-contradicted-label-service = en tjänst som tar emot uppgifterna
none-contradicted-help-service = ett personuppgiftsbiträde är en mottagare: ange { $named } under `recipients` i stället för `none` (rad { $line }) med `role: processor`; om texten bara nämner tjänsten utan att den tar emot uppgifter ur detta register, tysta iakttagelsen här och ange skälet
none-contradicted-message-organisation = `transfers: none` anger att inga uppgifter överförs till länder utanför EU eller EES, men organisationsfilen anger en överföring till mottagaren `{ $recipient }`, som detta register använder
none-contradicted-label-organisation = en överföring som gäller detta register
none-contradicted-help-organisation = ta bort `transfers: none` (rad { $line }) så att organisationsfilens överföring skrivs ut, eller sluta använda mottagaren i detta register
none-contradicted-message-abroad = `transfers: none` anger att inga uppgifter överförs till länder utanför EU eller EES, men mottagaren `{ $id }` finns i { $country }
none-contradicted-label-abroad = en mottagare utanför EU eller EES
none-contradicted-help-abroad = ersätt `transfers: none` (rad { $line }) med en post som `- {"{"}recipient: { $id }, country: { $country }, mechanism: …{"}"}`, eller rätta mottagarens land om uppgifterna stannar inom EU eller EES
