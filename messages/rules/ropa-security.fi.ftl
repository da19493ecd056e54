# Messages of `ropa-security` (fi).

ropa-security-message = selosteesta käsittelytoimista puuttuu turvatoimien kuvaus
ropa-security-label = ei `internal.security_measures`- eikä `security`-kenttää
ropa-security-help = kuvaa tekniset ja organisatoriset turvatoimet kentässä `internal.security_measures` (tässä tai organisaatiotiedostossa) tai kentässä `security`, jos ne voi kertoa tietosuojaselosteessa
