# Messages of `criminal-data` (en).
criminal-data-message = category `{ $category }` holds criminal convictions or offences data but names no law or official authority permitting it
criminal-data-label-missing = criminal offences data
criminal-data-label-blank = blank
criminal-data-help = add `criminal_authority:` naming the law that authorises the processing, or the official authority
