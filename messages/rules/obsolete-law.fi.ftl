# Messages of `obsolete-law` (fi).
