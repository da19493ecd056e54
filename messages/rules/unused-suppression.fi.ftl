# Messages of `unused-suppression` (fi).
unused-suppression-message = tarkistus `{ $rule }` ei ilmoita tässä mitään, joten tämä vaiennus ei vaienna mitään
unused-suppression-label = tarpeeton vaiennus
unused-suppression-help = poista tämä kohta; ongelmaa, jota varten se kirjoitettiin, ei enää ole
