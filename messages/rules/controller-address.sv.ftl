# Messages of `controller-address` (sv).
