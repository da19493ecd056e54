# Meddelanden för `recipient-named` (sv).
# $role: processor, eller unknown när mottagarens roll inte anges.
recipient-named-message = { $role ->
        [processor] personuppgiftsbiträdet
       *[other] mottagaren
    } `{ $recipient }` anges endast som en kategori av mottagare
recipient-named-label = kategori, inte en namngiven mottagare
recipient-named-help-processor = den personuppgiftsansvarige har ett avtal med varje personuppgiftsbiträde, så ange biträdet med namn: skriv företagets namn i `name:` och ta bort `is_category: true`
recipient-named-help-unknown = om mottagaren behandlar uppgifterna för den personuppgiftsansvariges räkning enligt avtal (ett personuppgiftsbiträde) är dess namn känt: skriv företagets namn i `name:` och ta bort `is_category: true`. Om mottagaren själv bestämmer över uppgifterna och inte är densamma i alla fall (t.ex. den registrerades egen arbetsgivare eller försäkringsbolag), lägg till `role: controller` (eller `authority`) och beskriv kategorin så precist som möjligt
