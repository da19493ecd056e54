# Messages of `outside-project` (fi).
outside-project-message = { $path } on projektikansion { $folder } ulkopuolella, joten seloste-ohjelma ei lue sitä
outside-project-help = { $project }. Aja seloste projektikansiossa tai lisää tyhjä seloste.toml siihen kansioon, jossa kaikki rekisteritiedostosi ovat
outside-project-link = { $path } on symbolinen linkki, joka johtaa projektikansion { $folder } ulkopuolelle; sitä ei luettu
outside-project-link-help = { $project }. Korvaa linkki itse tiedostolla tai poista linkki
