# Messages of `schema` (sv).
