# Messages of `control-characters` (sv).
