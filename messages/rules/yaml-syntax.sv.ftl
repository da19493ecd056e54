# Messages of `yaml-syntax` (sv).
