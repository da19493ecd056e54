# Messages of `business-id` (en).
# $whose: `controller` or `joint` (a joint controller).

business-id-message-format = the { $whose ->
        [joint] joint controller's
       *[other] controller's
    } business ID `{ $id }` is not in the form NNNNNNN-C
business-id-label-format = not a business ID
business-id-help-format = write the business ID as seven digits, a hyphen and the check digit, e.g. `business_id: 0276398-4`
business-id-message-never-issued = the { $whose ->
        [joint] joint controller's
       *[other] controller's
    } business ID `{ $id }` cannot exist: no check digit is valid for these digits
business-id-label-never-issued = invalid business ID
business-id-help-never-issued = check the digits against the trade register (ytj.fi)
business-id-message-check-digit = the { $whose ->
        [joint] joint controller's
       *[other] controller's
    } business ID `{ $id }` has a wrong check digit
business-id-label-check-digit = wrong check digit
business-id-help-check-digit = check the digits against the trade register (ytj.fi); with these seven digits the check digit would be { $digit }
