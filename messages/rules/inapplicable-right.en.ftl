# Messages of `inapplicable-right` (en).
