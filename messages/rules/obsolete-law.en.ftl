# Messages of `obsolete-law` (en).
