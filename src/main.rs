fn main() -> std::process::ExitCode {
    seloste::cli::run()
}
