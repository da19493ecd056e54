# Messages of `io-error` (en).
io-error-message = cannot read { $path }: { $reason }
# $error: the operating system's words; $kind: not-found, denied or other.
io-error-system = { $error }
io-error-help = check that the path exists and that you may read it
io-error-not-regular-help = seloste reads register files, which are ordinary files: name the file itself, or remove this one
io-error-folder-not-file = it is a folder, not a file
io-error-fifo = it is a named pipe (FIFO), not a regular file
io-error-socket = it is a socket, not a regular file
io-error-device = it is a device, not a regular file
io-error-not-regular = it is not a regular file
io-error-folder = cannot read the folder { $path }: { $error }
io-error-folder-help = check that the folder exists and that you may read it
io-error-no-project = cannot find the project folder: the current folder cannot be read: { $error }
io-error-no-project-help = run seloste from the project folder, the one that holds your registers
