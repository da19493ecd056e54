# Messages of `rights` (sv).
