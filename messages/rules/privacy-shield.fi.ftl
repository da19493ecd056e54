# Messages of `privacy-shield` (fi).

privacy-shield-message = EU:n ja Yhdysvaltojen välistä yksityisyydensuojaa (Privacy Shield) ei ole voinut käyttää siirtojen perusteena { $date } lähtien, jolloin unionin tuomioistuin julisti sen pätemättömäksi asiassa { $case }
privacy-shield-label = pätemätön siirtoperuste
privacy-shield-help = jos vastaanottaja on sertifioitu EU:n ja Yhdysvaltojen välisen tietosuojakehyksen (Data Privacy Framework, { $list }) mukaisesti, kirjoita `mechanism: dpf`; muussa tapauksessa ota vastaanottajan kanssa käyttöön komission täytäntöönpanopäätöksen { $number } mukaiset vakiosopimuslausekkeet ja kirjoita `mechanism: sccs` sekä `safeguard_copy`
