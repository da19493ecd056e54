# Messages of `yaml-limits` (sv).
# $error: YAML-tolkens egen (engelska) text, som anger gränsen.
yaml-limits-message = YAML-texten är för stor eller för djupt nästlad för att kunna läsas: { $error }
yaml-limits-help = skriv ut värdena i stället för att upprepa alias, håll nästlingen grund och dela upp mycket stora filer
yaml-limits-concealed = filen är för stor eller för djupt nästlad för att kunna läsas som YAML, och den ser inte ut som en registerfil eller en organisationsfil
