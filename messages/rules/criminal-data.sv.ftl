# Messages of `criminal-data` (sv).
