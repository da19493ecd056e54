# Messages of `criminal-data` (fi).
criminal-data-message = henkilötietoryhmä `{ $category }` sisältää rikostuomioihin ja rikkomuksiin liittyviä tietoja, mutta siinä ei mainita lakia tai viranomaista, jonka nojalla niitä saa käsitellä
criminal-data-label-missing = rikostuomioihin ja rikkomuksiin liittyviä tietoja
criminal-data-label-blank = tyhjä
criminal-data-help = lisää `criminal_authority:` ja mainitse siinä laki, joka sallii käsittelyn, tai viranomainen, jonka valvonnassa tietoja käsitellään
