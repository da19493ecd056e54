# Messages of `inapplicable-right` (fi).
