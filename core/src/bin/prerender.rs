//! Build step (a Trunk post_build hook): writes the bundled dataset's figures into the staging
//! dir's index.html (see `upr_core::prerender`). Usage: `prerender <dist dir>`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <dist dir>");
        return ExitCode::FAILURE;
    };
    let dir = std::path::Path::new(&dir);
    let run = || -> Result<usize, String> {
        let read = |p: &std::path::Path| {
            std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))
        };
        let data = read(&dir.join("data/mongolia-upr.json"))?;
        let loaded = upr_core::load_dataset(&data).map_err(|f| {
            let issues: Vec<String> = f.errors().map(|i| i.message(upr_core::Lang::En)).collect();
            format!("the bundled dataset does not load: {}", issues.join("; "))
        })?;
        let index = dir.join("index.html");
        let page = upr_core::prerender::fill(&read(&index)?, &loaded)?;
        std::fs::write(&index, &page).map_err(|e| format!("{}: {e}", index.display()))?;
        Ok(loaded.dataset.cycles.len())
    };
    match run() {
        Ok(cycles) => {
            println!("prerender: the figures of {cycles} cycles are in index.html");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
