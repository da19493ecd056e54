# Messages of `adequacy-country` (sv).

adequacy-country-message-dpf-only = det finns inget allmänt beslut om adekvat skyddsnivå för landet { $country }: beslutet omfattar endast organisationer som är certifierade enligt ramen för dataskydd mellan EU och USA (Data Privacy Framework)
adequacy-country-label-dpf-only = inget allmänt beslut om adekvat skyddsnivå
adequacy-country-help-dpf-only = om mottagaren är certifierad enligt ramen för dataskydd mellan EU och USA ({ $list }), skriv `mechanism: dpf`; använd annars standardavtalsklausuler (`mechanism: sccs`, kommissionens genomförandebeslut { $number })
adequacy-country-message-not-yet = beslutet om adekvat skyddsnivå för landet { $country } tillämpas först från och med den { $from }
adequacy-country-label-not-yet = gäller ännu inte
adequacy-country-help-not-yet = använd fram till den { $from } någon annan skyddsåtgärd, till exempel standardavtalsklausuler (kommissionens genomförandebeslut { $number })
adequacy-country-message-expired = beslutet om adekvat skyddsnivå för landet { $country } upphörde att gälla den { $until }
adequacy-country-label-expired = beslutet om adekvat skyddsnivå har upphört att gälla
adequacy-country-help-expired = kontrollera om beslutet har förnyats (och uppdatera data/transfers.yaml); använd annars standardavtalsklausuler (kommissionens genomförandebeslut { $number })
adequacy-country-message-none = Europeiska kommissionen har inte fattat något beslut om adekvat skyddsnivå för landet { $country }
adequacy-country-label-none = inget beslut om adekvat skyddsnivå
adequacy-country-help-none = använd standardavtalsklausuler (`mechanism: sccs`, kommissionens genomförandebeslut { $number }) eller någon annan skyddsåtgärd enligt artikel 46 i dataskyddsförordningen; beslut om adekvat skyddsnivå finns för: { $list }
adequacy-country-message-dpf-elsewhere = ramen för dataskydd mellan EU och USA omfattar endast mottagare i USA, inte mottagare i landet { $country }
adequacy-country-label-dpf-elsewhere = mottagaren finns inte i USA
adequacy-country-help-own-decision = för landet { $country } finns ett eget beslut om adekvat skyddsnivå: skriv `mechanism: adequacy`
adequacy-country-help-dpf-elsewhere = använd standardavtalsklausuler (`mechanism: sccs`, kommissionens genomförandebeslut { $number }) eller rätta landet om mottagaren finns i USA
