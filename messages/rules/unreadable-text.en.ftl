# Messages of `unreadable-text` (en).
unreadable-text-message-marks = `{ $field }` has a letter carrying { $count } accent or combining marks (at most { $max } are readable)
unreadable-text-label-marks = marks stacked on one letter
unreadable-text-help-marks = delete the extra marks: retype the word with its normal accents (no language needs more than a few per letter)
unreadable-text-message-nesting = `{ $field }` nests lists and quotes { $depth } levels deep (at most { $max } can be printed)
unreadable-text-label-nesting = nested too deep from here
unreadable-text-help-nesting = flatten the text to at most { $max } levels of lists and quotes (`-`, `1.`, `>`): use one list of full sentences, or bold lead words instead of sub-lists
