# Messages of `duplicate-id` (fi).
duplicate-id-message = rekisterin tunniste `{ $id }` on myös { $n ->
        [one] rekisterin
       *[other] rekisterien
    } { $files } tunniste
duplicate-id-label = käytössä myös toisessa rekisterissä
duplicate-id-help = anna toiselle rekistereistä eri `meta.id` (rekisterin sivut julkaistaan polussa `<out>/{ $id }/`) tai poista tiedosto, joka on vanha kopio
duplicate-id-related = `{ $id }` on käytössä tässäkin
