# Messages of `dates` (en).
