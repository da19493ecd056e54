# Messages of `recipient-named` (en).
# $role: processor, or unknown when the recipient's role is not given.
recipient-named-message = { $role ->
        [processor] processor
       *[other] recipient
    } `{ $recipient }` is given only as a category of recipients
recipient-named-label = category, not a named recipient
recipient-named-help-processor = the controller has a contract with each processor, so name it: put the company in `name:` and remove `is_category: true`
recipient-named-help-unknown = if it works for you under a contract (a processor), you know its name: put the company in `name:` and remove `is_category: true`. If it decides on the data itself and changes case by case (e.g. the person's own employer or insurer), add `role: controller` (or `authority`) and keep the category as specific as you can
