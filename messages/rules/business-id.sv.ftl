# Messages of `business-id` (sv).

business-id-message-format = FO-numret `{ $id }` för { $whose ->
        [joint] en gemensamt personuppgiftsansvarig
       *[other] den personuppgiftsansvarige
    } har inte formen NNNNNNN-C
business-id-label-format = inget FO-nummer
business-id-help-format = skriv FO-numret som sju siffror, bindestreck och kontrollsiffra, till exempel `business_id: 0276398-4`
business-id-message-never-issued = FO-numret `{ $id }` för { $whose ->
        [joint] en gemensamt personuppgiftsansvarig
       *[other] den personuppgiftsansvarige
    } kan inte finnas: ingen kontrollsiffra är giltig för dessa siffror
business-id-label-never-issued = ogiltigt FO-nummer
business-id-help-never-issued = kontrollera siffrorna i företags- och organisationsdatasystemet (ytj.fi)
business-id-message-check-digit = FO-numret `{ $id }` för { $whose ->
        [joint] en gemensamt personuppgiftsansvarig
       *[other] den personuppgiftsansvarige
    } har fel kontrollsiffra
business-id-label-check-digit = fel kontrollsiffra
business-id-help-check-digit = kontrollera siffrorna i företags- och organisationsdatasystemet (ytj.fi); med dessa sju siffror skulle kontrollsiffran vara { $digit }
