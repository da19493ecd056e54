# Messages of `adequacy-country` (en).
