# Messages of `legitimate-interest` (en).
