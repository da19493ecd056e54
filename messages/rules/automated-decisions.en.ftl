# Messages of `automated-decisions` (en).
automated-decisions-message-missing = the notice does not say whether automated decisions or profiling take place
automated-decisions-label-missing = no `automated_decisions`
automated-decisions-help-missing = add `automated_decisions: {"{"}exists: false{"}"}`, or `exists: true` with `logic:`, `significance:` and `consequences:`
# What is not explained, as words in the message below.
automated-decisions-logic = logic
automated-decisions-significance = significance
automated-decisions-consequences = consequences
# $n: how many of the three are missing; $a, $b, $c: they, in words.
automated-decisions-message-unexplained = automated decisions are made but the notice does not explain their { $n ->
        [1] { $a }
        [2] { $a } and { $b }
       *[other] { $a }, { $b } and { $c }
    }
automated-decisions-label-unexplained = automated decisions exist
# $n: how many keys are missing; $a, $b, $c: the keys.
automated-decisions-help-unexplained = add { $n ->
        [1] `{ $a }:`
        [2] `{ $a }:` and `{ $b }:`
       *[other] `{ $a }:`, `{ $b }:` and `{ $c }:`
    } to `automated_decisions`: how the decision is reached, what it means for the person, and what follows from it
