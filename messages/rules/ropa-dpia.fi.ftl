# Messages of `ropa-dpia` (fi).

ropa-dpia-message = selosteesta käsittelytoimista ei käy ilmi, onko tietosuojaa koskeva vaikutustenarviointi tehty
ropa-dpia-label-special = erityisiä henkilötietoryhmiä ryhmässä `{ $category }`
ropa-dpia-label-large-scale = laajamittainen käsittely
ropa-dpia-help = lisää `internal.dpia.status:` (`not-needed`, `planned`, `in-progress` tai `done`) ja `link:`, joka vie arviointiin tai perusteluun sille, miksi arviointia ei tarvita
