# Säännön `legal-provision` viestit (fi).
# $basis: legal-obligation tai public-task.
legal-provision-message = käsittelyn tarkoitus `{ $purpose }` perustuu { $basis ->
        [legal-obligation] lakisääteiseen velvoitteeseen
       *[public-task] yleistä etua koskevaan tehtävään
    }, mutta lakia ei nimetä
legal-provision-label-missing = `law` puuttuu
legal-provision-label-blank = tyhjä
# $lang: selosteen kieli; esimerkki on selosteen tekstiä.
legal-provision-help = nimeä laki ja pykälä kohdassa `law:`, esim. `law: { $lang ->
        [sv] bokföringslagen (1336/1997) 2 kap. 10 §
        [en] Accounting Act (1336/1997), chapter 2, section 10
       *[other] kirjanpitolaki (1336/1997) 2 luvun 10 §
    }`
