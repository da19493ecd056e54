# Messages of `rights` (en).
