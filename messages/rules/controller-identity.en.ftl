# Messages of `controller-identity` (en).
