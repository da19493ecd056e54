# Messages of `yaml-limits` (fi).
