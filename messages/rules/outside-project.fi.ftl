# Messages of `outside-project` (fi).
