# Messages of `duplicate-id` (en).
# $files: the other files, each in backquotes, joined by ", "; $n: how many.
duplicate-id-message = the register id `{ $id }` is also the id of { $files }
duplicate-id-label = used by another register too
duplicate-id-help = give one of the registers another `meta.id` (its pages are published under `<out>/{ $id }/`), or delete the file that is an old copy
duplicate-id-related = `{ $id }` is also used here
