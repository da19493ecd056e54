# Messages of `recipients` (en).
