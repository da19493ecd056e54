# Messages of `recipient-named` (en).
