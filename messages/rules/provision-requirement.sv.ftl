# Messages of `provision-requirement` (sv).
