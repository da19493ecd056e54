# Messages of `adequacy-country` (fi).
