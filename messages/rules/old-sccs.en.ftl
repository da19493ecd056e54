# Messages of `old-sccs` (en).
