# Messages of `unused-category` (en).
unused-category-message = no purpose uses the category `{ $category }`
unused-category-label = unused category
unused-category-help = add `{ $category }` to the `categories` of the purposes that use it, or remove the category
