# What `seloste build` and the renderers say when a notice cannot be written (English):
# the output folder, the templates, the catalogs and the PDF. Texts from elsewhere (the
# template engine's, the system's error text, paths) come in as arguments.

## The build

build-bad-id = the register id `{ $id }` cannot be used as a folder name
build-bad-lang = the language `{ $lang }` cannot be used as a file name
build-bad-base-url = --base-url { $url } is not a web address seloste can link to
build-bad-base-url-help = give the address the output folder is published at, starting with https:// or http:// (or a path starting with /), without spaces, quotes or angle brackets, e.g. --base-url https://example.fi/tietosuoja/
build-register-failed = { $id }: { $error }
build-index-not-updated = { $out }: the index pages were not updated, so that no notice drops off them because its files could not be written
build-index-not-updated-help = fix the problems above and run the build again
build-path-error = { $path }: { $error }

## The output folder (--out)

out-link = { $path }: this is a symbolic link, and seloste never writes through a link in the output folder (it could point anywhere)
out-link-help = remove the link, or choose another --out
out-not-folder = { $path }: this is a file, not a folder, so the notices cannot be written there
out-not-folder-help = move the file away, or choose another --out
out-cannot-create = { $path }: cannot create the folder: { $error }
out-cannot-create-help = check that the folder above it exists and can be written to, or choose another --out
out-cannot-use = { $path }: cannot use this folder: { $error }
out-choose-another-help = choose another --out
out-keeps-changing = { $path }: the folder keeps changing
out-lock-cannot-open = { $path }: cannot open the lock file: { $error }
out-lock-cannot-open-help = remove it if it is a link or not a file, or choose another --out
out-lock-not-file = { $path }: the lock file is not a regular file
out-lock-not-file-help = remove it, or choose another --out
out-busy = { $path }: another seloste build is writing into this folder right now
out-busy-help = wait for it to finish and run the build again, or choose another --out
out-cannot-lock = { $path }: cannot lock the file: { $error }
out-cannot-write = { $path }: cannot write: { $error }; the files written earlier are left as they were
out-disk-full-help = make room on the disk (or ask for a larger quota), then run the build again
out-cannot-write-help = check that the output folder can be written to, then run the build again

## The templates (--templates)

template-unreadable = the template file { $file } cannot be read ({ $error }); fix or remove it
template-link-outside = the template file { $file } is a link to { $target }, outside the templates folder; copy the file into the folder instead of linking to it
# $kind: Folder, Fifo, Socket, Device or Other.
template-not-regular = the template file { $file } is not a regular file ({ $kind }); replace it with a text file or remove it
template-too-large = the template file { $file } is larger than { $kib } KiB; a template is normally a few kilobytes: shorten it
template-range-not-whole = range() needs a whole number of at least 0 for `{ $key }`, not { $value }
template-range-needs = range() needs `{ $key }=`
template-range-too-many = range() asked for { $count } numbers; a notice's templates may use at most { $budget } in all: loop over the notice's own lists instead
template-filter-too-big = the filter `{ $name }` produced more than { $mib } MiB of text; a notice is far smaller: check the loops and the `set` tags of the template
template-function-too-big = the function `{ $name }` produced more than { $mib } MiB of text; a notice is far smaller: check the loops and the `set` tags of the template
template-forbidden-function = the template { $template } calls `{ $function }()`, which seloste templates cannot use (only { $allowed }): remove it
template-growing-set = the template { $template } sets `{ $key }` from two or more variables that are set themselves, which can double it at each turn of a loop: build the text in the template's output instead
template-loop = the templates include or call themselves in a loop ({ $cycle }), which would never end: remove the include or call that leads back
template-too-deep = the templates nest more than { $limit } includes and macro calls deep ({ $path } …): flatten them
template-too-deep-from = the templates nest more than { $limit } includes and macro calls deep, from { $from }: flatten them
template-folder-missing = the templates folder { $dir } does not exist
template-syntax = template error: { $error }; correct the template in the templates folder, or remove it to use the built-in one
template-t-needs-key = t() needs key="…"
template-t-needs-lang = t() needs lang=…
template-no-catalog = there is no catalog for the language `{ $lang }`
template-no-catalog-add = there is no catalog for the language `{ $lang }`: add templates/locales/{ $lang }.ftl
template-rendering = rendering { $name }: { $error }; correct { $name } (or the template it includes) in the templates folder, or remove it to use the built-in one
template-output-too-large = rendering { $name }: the notice came out larger than { $mib } MiB; a notice is far smaller: check the loops of the template
template-context = building the template context: { $error }
# The template engine's words ($text) and what it says was the cause.
template-cause = { $text }: { $cause }

## The notices' catalogs (templates/locales/<lang>.ftl)

catalog-syntax = { $origin }: { $count } syntax error(s) in the catalog, first: { $error }
catalog-not-language = { $origin }: `{ $lang }` is not a language code
catalog-add = { $origin }: { $error }
catalog-no-message = the `{ $lang }` catalog has no message `{ $key }`
catalog-no-value = the `{ $lang }` catalog's message `{ $key }` has no value
catalog-format = the `{ $lang }` catalog's message `{ $key }`: { $error }

## The PDF

pdf-failed = PDF of { $id } ({ $lang }): { $error }
pdf-fonts = the PDF fonts shipped with seloste could not be read
pdf-template = the PDF template { $file }, line { $line }: { $error }
pdf-template-no-line = the PDF template { $file }: { $error }
pdf-export = the PDF could not be written to its standard: { $error }
pdf-internal = the PDF library failed: { $error }
