# Messages of `yaml-syntax` (en).
