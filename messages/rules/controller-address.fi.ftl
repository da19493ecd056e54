# Messages of `controller-address` (fi).
