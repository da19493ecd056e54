# Messages of `ropa-dpia` (en).

ropa-dpia-message = the record does not say whether a data protection impact assessment was made
ropa-dpia-label-special = special-category data in `{ $category }`
ropa-dpia-label-large-scale = large-scale processing
ropa-dpia-help = add `internal.dpia.status:` (`not-needed`, `planned`, `in-progress` or `done`), with `link:` to the assessment or to why none is needed
