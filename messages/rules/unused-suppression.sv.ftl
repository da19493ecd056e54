# Messages of `unused-suppression` (sv).
unused-suppression-message = kontrollen `{ $rule }` rapporterar ingenting här, så det här undantaget har ingen verkan
unused-suppression-label = onödigt undantag
unused-suppression-help = ta bort posten; det problem som den skrevs för finns inte längre
