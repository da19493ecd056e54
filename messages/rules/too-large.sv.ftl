# Messages of `too-large` (sv).
