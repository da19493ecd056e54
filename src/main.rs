fn main() -> std::process::ExitCode {
    seloste::cli::run()
}

// Parsing, checking and rendering allocate many small strings and vectors, from several
// threads at once; mimalloc does that faster than glibc's allocator (check of 1 000
// registers: see BENCHMARKS.md). Built without transparent huge pages, which made a
// one-register run zero 2 MB pages for every arena it touched.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;
