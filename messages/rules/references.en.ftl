# Messages of `references` (en).
# $kind: purpose, category, source, data-subject or recipient.
references-message-duplicate = two { $kind ->
        [purpose] purposes
        [category] categories
        [source] sources
        [data-subject] data subject groups
        [retention-group] retention groups
       *[recipient] recipients
    } have the id `{ $id }`
references-label-duplicate = repeated id
references-help-duplicate = give every item in the list its own id
references-message-dangling = no { $kind ->
        [purpose] purpose
        [category] data category
        [source] source
        [data-subject] data subject group
       *[recipient] recipient
    } has the id `{ $id }`
references-label-dangling = unknown id
references-help-did-you-mean = did you mean `{ $id }`?
references-help-none-yet = the register lists no { $kind ->
        [purpose] purposes
        [category] data categories
        [source] sources
        [data-subject] data subject groups
       *[recipient] recipients
    } yet: add one with this id
# $ids: the ids the list has, e.g. "contact, orders".
references-help-known = known ids: { $ids }
