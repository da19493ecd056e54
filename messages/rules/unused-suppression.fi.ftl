# Messages of `unused-suppression` (fi).
unused-suppression-message = tarkistus `{ $rule }` ei ilmoita tässä mitään, joten tämä ohitus ei ohita mitään
unused-suppression-label = tarpeeton ohitus
unused-suppression-help = poista tämä kohta; ongelmaa, jota varten se kirjoitettiin, ei enää ole
