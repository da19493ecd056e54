# Messages of `schema` (en).
