# Messages of `old-sccs` (sv).
