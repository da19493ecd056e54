# Messages of `legitimate-interest` (fi).
