# Messages of `controller-identity` (sv).
