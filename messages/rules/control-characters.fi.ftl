# Messages of `control-characters` (fi).
