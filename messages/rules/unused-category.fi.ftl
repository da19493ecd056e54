# Säännön `unused-category` viestit (fi).
unused-category-message = mikään käsittelyn tarkoitus ei käytä henkilötietoryhmää `{ $category }`
unused-category-label = käyttämätön henkilötietoryhmä
unused-category-help = lisää `{ $category }` niiden käsittelyn tarkoitusten `categories`-kohtaan, jotka käyttävät sitä, tai poista henkilötietoryhmä
