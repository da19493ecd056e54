//! Renders an HTML file to PDF and reports the time per render.
//!
//! `cargo run --release --example pdf_bench -- tests/fixtures/pdf/notice.html out.pdf 20`

use std::time::Instant;

use seloste::render::pdf::{PageDecor, PdfMeta, html_to_pdf};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let input = args
        .get(1)
        .map_or("tests/fixtures/pdf/notice.html", String::as_str);
    let output = args.get(2).map_or("notice.pdf", String::as_str);
    let runs: u32 = args.get(3).map_or(Ok(20), |s| s.parse())?;
    let html = std::fs::read_to_string(input)?;
    let meta = PdfMeta {
        title: "Tietosuojaseloste – Esimerkki Oy".to_string(),
        author: "Esimerkki Oy".to_string(),
        language: "fi".to_string(),
        subject: Some("Asiakasrekisteri".to_string()),
    };
    let decor = PageDecor {
        footer_left: "Tietosuojaseloste · päivitetty 15.3.2025".to_string(),
        page_label: "Sivu".to_string(),
    };

    let start = Instant::now();
    let first = html_to_pdf(&html, &meta, &decor)?;
    let first_ms = start.elapsed().as_secs_f64() * 1000.0;

    let start = Instant::now();
    for _ in 0..runs {
        let bytes = html_to_pdf(&html, &meta, &decor)?;
        if bytes != first {
            return Err("output differs between renders".into());
        }
    }
    let avg_ms = start.elapsed().as_secs_f64() * 1000.0 / f64::from(runs.max(1));
    std::fs::write(output, &first)?;
    println!(
        "first render {first_ms:.1} ms, then {avg_ms:.1} ms per PDF over {runs} renders, {} bytes",
        first.len()
    );
    Ok(())
}
