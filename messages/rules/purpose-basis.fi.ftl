# Messages of `purpose-basis` (fi).
