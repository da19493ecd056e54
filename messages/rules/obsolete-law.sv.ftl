# Messages of `obsolete-law` (sv).
