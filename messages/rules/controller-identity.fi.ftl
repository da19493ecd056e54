# Messages of `controller-identity` (fi).
