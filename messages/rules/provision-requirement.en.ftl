# Messages of `provision-requirement` (en).
