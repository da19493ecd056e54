# Messages of `outside-project` (sv).
