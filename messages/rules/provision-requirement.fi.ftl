# Messages of `provision-requirement` (fi).
