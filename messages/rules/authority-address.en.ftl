# Messages of `authority-address` (en).
