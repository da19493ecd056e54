# Messages of `too-large` (en).
