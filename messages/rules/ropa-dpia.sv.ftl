# Messages of `ropa-dpia` (sv).

ropa-dpia-message = av registret över behandling framgår inte om en konsekvensbedömning avseende dataskydd har gjorts
ropa-dpia-label-special = särskilda kategorier av personuppgifter i `{ $category }`
ropa-dpia-label-large-scale = behandling i stor omfattning
ropa-dpia-help = lägg till `internal.dpia.status:` (`not-needed`, `planned`, `in-progress` eller `done`) med `link:` till bedömningen eller till motiveringen till varför ingen behövs
