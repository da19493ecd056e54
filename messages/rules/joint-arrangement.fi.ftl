# Säännön `joint-arrangement` viestit (fi).
# $name: yhteisrekisterinpitäjän nimi.
joint-arrangement-message = yhteisrekisterinpitäjä ”{ $name }” nimetään, mutta järjestelyn keskeistä sisältöä ei kerrota
joint-arrangement-label-missing = `responsibilities` puuttuu
joint-arrangement-label-blank = tyhjä
joint-arrangement-help = kerro kohdassa `responsibilities:`, miten vastuut on järjestelyssä jaettu: kuka rekisterinpitäjistä informoi rekisteröityjä, kuka vastaa heidän pyyntöihinsä ja kuka säilyttää mitäkin tietoja; merkitse rekisteröityjen yhteyspiste kohdalla `contact_point: true`
