# Messages of `too-large` (fi).
