//! Input-to-paint latency in the explorer, shared by the benchmark and the profiler: the search
//! box set or a facet clicked, and the milliseconds until the frame that shows the result has
//! been drawn (`measure_input.js`).

use std::time::Duration;

use serde_json::json;

use crate::App;

const MEASURE_INPUT: &str = include_str!("measure_input.js");

/// Words replacing the search box's text at once, in turn.
pub const WORDS: [&str; 6] = [
    "detention",
    "education",
    "trafficking",
    "police",
    "mining",
    "ratify",
];

/// What the search box holds after each keystroke of `word` typed one letter at a time.
pub fn keystrokes(word: &str) -> Vec<String> {
    word.char_indices()
        .map(|(i, c)| word[..i + c.len_utf8()].to_string())
        .collect()
}

/// Lets one script run for up to ten minutes: with 100,000 recommendations the page is busy for
/// longer than WebDriver's default limit while it loads.
pub async fn allow_long_scripts(app: &App) -> Result<(), String> {
    app.client()
        .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
            Some(Duration::from_secs(600)),
            Some(Duration::from_secs(600)),
            None,
        ))
        .await
        .map_err(|e| e.to_string())
}

/// Sets the search box to `value` (`kind` = `search`) or clicks the element with the testid
/// `value` (`facet`); the milliseconds to the painted result, `None` if nothing came in 10 s.
pub async fn measure_input(app: &App, kind: &str, value: &str) -> Result<Option<f64>, String> {
    let ms = app
        .client()
        .execute_async(MEASURE_INPUT, vec![json!(kind), json!(value)])
        .await
        .map_err(|e| e.to_string())?
        .as_f64()
        .unwrap_or(-1.0);
    Ok((ms >= 0.0).then_some(ms))
}

const MEASURE_RATING: &str = include_str!("measure_rating.js");

/// Presses the rating `key` in the rating session; the milliseconds to the painted frame that
/// shows the new status and until "Saved" shows (the write confirmed by IndexedDB), each `None` if
/// it did not come within 10 s.
pub async fn measure_rating(app: &App, key: &str) -> Result<(Option<f64>, Option<f64>), String> {
    let v = app
        .client()
        .execute_async(MEASURE_RATING, vec![json!(key)])
        .await
        .map_err(|e| e.to_string())?;
    let ms = |i: usize| v[i].as_f64().filter(|ms| *ms >= 0.0);
    Ok((ms(0), ms(1)))
}
