# Messages of `control-characters` (en).
