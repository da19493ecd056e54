# Messages of `translation` (en).
