# Messages of `yaml-syntax` (fi).
