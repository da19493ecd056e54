# Messages of `authority` (en).
