fn main() -> std::process::ExitCode {
    seloste::cli::run()
}

// Parsing and checking allocate many small strings and vectors; mimalloc does that faster
// than the system allocator, also from several threads at once.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;
