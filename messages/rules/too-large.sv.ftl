# Messages of `too-large` (sv).
too-large-message = filen är { $size } byte; seloste läser registerfiler på högst { $limit } byte
too-large-message-more = filen är större än { $limit } byte; seloste läser registerfiler på högst { $limit } byte
too-large-help = ett register är normalt några kilobyte: dela upp filen eller flytta gemensamma uppgifter till en organisationsfil
