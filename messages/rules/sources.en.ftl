# Messages of `sources` (en).
sources-message-public = source `{ $source }` does not say whether it is publicly accessible
sources-label-public = no `publicly_accessible`
sources-help-public = add `publicly_accessible: true` or `publicly_accessible: false` to the source
sources-message-category = category `{ $category }` does not say which source it comes from
sources-label-category = no `sources`
# $sources: the register's source ids, e.g. "`form`, `ytj`".
sources-help-category = add `sources:` with the ids of the sources it comes from; the register's sources are { $sources }
