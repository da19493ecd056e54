# Messages of `unused-retention` (fi).

unused-retention-message-register = rekisterin yhteinen `retention` ei koske yhtäkään tietoryhmää: jokaisella tietoryhmällä on oma säilytysaikansa tai se kuuluu säilytysryhmään
unused-retention-message-group = säilytysryhmä `{ $group }` ei koske yhtäkään tietoryhmää: jokaisella sen tietoryhmällä on oma säilytysaikansa
unused-retention-label = ei tulostu selosteeseen
unused-retention-help-register = poista rekisterin yhteinen `retention` tai poista `retention` niiltä tietoryhmiltä, joita sen on tarkoitus koskea, jotta kerran kirjoitettu säilytysaika on se, joka selosteeseen tulostuu
unused-retention-help-group = poista ryhmä `{ $group }` tai poista `retention` sen tietoryhmiltä, jotta ryhmän säilytysaikaa sovelletaan niihin
