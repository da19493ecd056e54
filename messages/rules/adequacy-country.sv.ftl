# Messages of `adequacy-country` (sv).
