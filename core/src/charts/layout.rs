//! Fitting a chart's option to the size it is drawn at. Canvas text does not wrap by itself, so the
//! title and the subtitle (scope and source lines, which must be in the picture so that a PNG carries
//! them) are wrapped here by an estimate of the characters per line, and the plot area starts below
//! them. Pure functions, so that the layout is tested natively.

use serde_json::{json, Value};

/// Font sizes (px) of the title, the subtitle and the legend.
pub const TITLE_SIZE: f64 = 16.0;
pub const SUBTITLE_SIZE: f64 = 12.0;
pub const LEGEND_SIZE: f64 = 12.0;
/// Line heights (px).
pub const TITLE_LINE: f64 = 22.0;
pub const SUBTITLE_LINE: f64 = 16.0;
/// Room for the value axis's name under a plot.
pub const AXIS_NAME: f64 = 30.0;
const LEGEND_LINE: f64 = 26.0;
/// Left and right margin of the picture (px).
pub const MARGIN: f64 = 16.0;

/// The size the golden files and the first render assume.
pub const DEFAULT_WIDTH: f64 = 760.0;

/// An estimate of a text's width in px: Latin letters of a sans-serif font average about 0.58 em,
/// Cyrillic ones about 0.66 em; digits and spaces are narrower, capitals wider. Generous on purpose: a line that is
/// too short wraps early, a line that is too long is cut off.
pub fn text_width(text: &str, font_size: f64) -> f64 {
    text.chars()
        .map(|c| match c {
            ' ' | '.' | ',' | ':' | ';' | '(' | ')' | '\'' | '’' | 'i' | 'l' | 'j' | 'I' | '|'
            | '/' => 0.34,
            '—' | 'm' | 'w' | 'M' | 'W' | 'м' | 'ш' | 'щ' | 'ж' | 'ы' | 'ю' | 'М' | 'Ш' | 'Щ'
            | 'Ж' | 'Ы' | 'Ю' => 0.92,
            '–' => 0.6,
            '0'..='9' => 0.56,
            // Cyrillic letters run wider than Latin ones in the usual sans-serif fonts.
            '\u{400}'..='\u{4ff}' if c.is_uppercase() => 0.76,
            '\u{400}'..='\u{4ff}' => 0.66,
            c if c.is_uppercase() => 0.7,
            _ => 0.58,
        })
        .sum::<f64>()
        * font_size
}

/// Breaks `text` into lines no wider than `width` px (a word longer than a line gets a line of its
/// own, cut by characters). Existing line breaks are kept.
pub fn wrap(text: &str, font_size: f64, width: f64) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if text_width(&candidate, font_size) <= width
                || line.is_empty() && text_width(word, font_size) <= width
            {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // A word wider than the line: cut it.
            let mut piece = String::new();
            for c in word.chars() {
                piece.push(c);
                if text_width(&piece, font_size) > width && piece.chars().count() > 1 {
                    piece.pop();
                    lines.push(std::mem::take(&mut piece));
                    piece.push(c);
                }
            }
            line = piece;
        }
        lines.push(line);
    }
    lines
}

/// How the plot area is placed under the header and above the legend.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Plot {
    /// A grid with axes: `grid.top` / `grid.bottom` are set.
    Grid,
    /// A donut: `series[0].center` and `radius` are set in px.
    Donut,
}

/// The header and legend heights for a picture `width` px wide.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub header: f64,
    pub legend: f64,
}

/// Lines of the legend: items side by side, wrapped at the width.
fn legend_lines(names: &[String], width: f64) -> usize {
    let usable = (width - 2.0 * MARGIN).max(80.0);
    let mut lines = 1;
    let mut x = 0.0;
    for name in names {
        // Symbol (25 px), gap (5 px), text, item gap (10 px).
        let w = 25.0 + 5.0 + text_width(name, LEGEND_SIZE) + 10.0;
        if x > 0.0 && x + w > usable {
            lines += 1;
            x = 0.0;
        }
        x += w;
    }
    lines
}

/// Re-wraps the title and subtitle of `option` for a picture `width` × `height` px and places the
/// plot area between the header and the legend. `title` and `subtitle` are the unwrapped texts.
pub fn fit(
    option: &Value,
    title: &str,
    subtitle: &str,
    plot: Plot,
    width: f64,
    height: f64,
) -> (Value, Frame) {
    let width = width.max(240.0);
    let height = height.max(200.0);
    // A little slack for fonts wider than the estimate.
    let usable = width - 2.0 * MARGIN - 12.0;
    // The title is bold: about a tenth wider than the estimate for regular text.
    let title_lines = wrap(title, TITLE_SIZE * 1.12, usable);
    let sub_lines = wrap(subtitle, SUBTITLE_SIZE, usable);
    let header = 8.0
        + title_lines.len() as f64 * TITLE_LINE
        + 6.0
        + sub_lines.len() as f64 * SUBTITLE_LINE
        + 12.0;
    let names: Vec<String> = option["legend"]["data"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().or(v["name"].as_str()).map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    let legend = if names.is_empty() {
        0.0
    } else {
        legend_lines(&names, width) as f64 * LEGEND_LINE + 8.0
    };
    let mut out = option.clone();
    out["title"]["text"] = json!(title_lines.join("\n"));
    out["title"]["subtext"] = json!(sub_lines.join("\n"));
    match plot {
        Plot::Grid => {
            out["grid"]["top"] = json!(header.round());
            out["grid"]["bottom"] = json!((legend + 8.0 + AXIS_NAME).round());
            // Category labels of horizontal bars: about a third of the width.
            if out["yAxis"]["type"] == "category" {
                out["yAxis"]["axisLabel"]["width"] =
                    json!((width * 0.32).clamp(90.0, 260.0).round());
            }
        }
        Plot::Donut => {
            let avail_h = (height - header - legend).max(60.0);
            // Labels stand at the left and right edges: leave them about 130 px on each side.
            let radius = (avail_h / 2.0 - 24.0)
                .min(width / 2.0 - MARGIN - 130.0)
                .max(40.0);
            let cy = header + avail_h / 2.0;
            out["series"][0]["center"] = json!([(width / 2.0).round(), cy.round()]);
            out["series"][0]["radius"] = json!([(radius * 0.55).round(), radius.round()]);
        }
    }
    (out, Frame { header, legend })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_stays_on_one_line() {
        assert_eq!(
            wrap("Implementation status", 16.0, 600.0),
            vec!["Implementation status"]
        );
    }

    #[test]
    fn a_long_text_wraps_between_words_and_keeps_every_word() {
        let text = "Source: A/HRC/16/5, A/HRC/16/5/Add.1 (recommendations and responses); ratings: Government";
        let lines = wrap(text, 12.0, 200.0);
        assert!(lines.len() > 2, "{lines:?}");
        assert!(lines
            .iter()
            .all(|l| text_width(l, 12.0) <= 200.0 || !l.contains(' ')));
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn a_word_longer_than_the_line_is_cut_not_lost() {
        let lines = wrap("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 12.0, 60.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    }

    #[test]
    fn line_breaks_in_the_text_are_kept() {
        assert_eq!(wrap("one\ntwo", 12.0, 600.0), vec!["one", "two"]);
    }

    #[test]
    fn a_narrow_picture_gets_a_taller_header() {
        let option = json!({"title": {}, "grid": {}, "legend": {"data": ["a", {"name": "b"}]}, "yAxis": {"type": "value"}});
        let sub =
            "Source: A/HRC/16/5, A/HRC/16/5/Add.1 (recommendations and responses); ratings: none";
        let (_, wide) = fit(&option, "A title", sub, Plot::Grid, 1000.0, 400.0);
        let (narrow_opt, narrow) = fit(&option, "A title", sub, Plot::Grid, 300.0, 400.0);
        assert!(narrow.header > wide.header);
        assert_eq!(narrow_opt["grid"]["top"], json!(narrow.header.round()));
    }
}
