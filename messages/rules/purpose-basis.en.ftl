# Messages of `purpose-basis` (en).
