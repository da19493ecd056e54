# Messages of `yaml-limits` (en).
