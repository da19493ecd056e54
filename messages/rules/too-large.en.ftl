# Messages of `too-large` (en).
too-large-message = the file is { $size } bytes; seloste reads register files up to { $limit } bytes
too-large-message-more = the file is more than { $limit } bytes; seloste reads register files up to { $limit } bytes
too-large-help = a register is normally a few kilobytes: split the file or move shared facts to an organisation file
