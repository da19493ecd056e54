# Messages of `outside-project` (en).
