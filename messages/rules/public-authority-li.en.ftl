# Messages of `public-authority-li` (en).
public-authority-li-message = purpose `{ $purpose }` rests on legitimate interests, which a public authority cannot use for its tasks
public-authority-li-label = not available to public authorities
public-authority-li-help = use `basis: public-task` (or `legal-obligation`) and add `law:` naming the act that sets the task; if the processing is outside the authority's public tasks, explain that in `description:`
