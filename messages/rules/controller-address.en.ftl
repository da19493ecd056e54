# Messages of `controller-address` (en).
