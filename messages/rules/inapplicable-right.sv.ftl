# Messages of `inapplicable-right` (sv).
