# Messages of `yaml-limits` (sv).
