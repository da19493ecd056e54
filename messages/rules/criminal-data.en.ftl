# Messages of `criminal-data` (en).
