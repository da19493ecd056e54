# Messages of `rights` (fi).
