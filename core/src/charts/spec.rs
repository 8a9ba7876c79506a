//! What a chart is once computed: its texts, its table (the text alternative), its canvas height
//! and its ECharts option, laid out for any width.

use super::layout;
use super::layout::Plot;
use crate::i18n::Lang;
use serde::Serialize;
use serde_json::Value;

/// A table of the figures a chart shows: its text alternative.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DataTable {
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// What to say instead of rows when there are none.
    pub empty: Option<String>,
}

/// The height of a chart's canvas: a CSS class (the page forbids inline styles) and its px value.
/// A chart takes the smallest that leaves its plot enough room under the (wrapped) title lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum ChartHeight {
    Short,
    Medium,
    Tall,
    Taller,
    Tallest,
    Huge,
}

impl ChartHeight {
    pub const ALL: [ChartHeight; 6] = [
        ChartHeight::Short,
        ChartHeight::Medium,
        ChartHeight::Tall,
        ChartHeight::Taller,
        ChartHeight::Tallest,
        ChartHeight::Huge,
    ];
    pub fn class(self) -> &'static str {
        match self {
            ChartHeight::Short => "chart-h-short",
            ChartHeight::Medium => "chart-h-medium",
            ChartHeight::Tall => "chart-h-tall",
            ChartHeight::Taller => "chart-h-taller",
            ChartHeight::Tallest => "chart-h-tallest",
            ChartHeight::Huge => "chart-h-huge",
        }
    }
    /// Must equal the height of the class in `public/styles.css`.
    pub fn px(self) -> f64 {
        match self {
            ChartHeight::Short => 340.0,
            ChartHeight::Medium => 420.0,
            ChartHeight::Tall => 520.0,
            ChartHeight::Taller => 660.0,
            ChartHeight::Tallest => 820.0,
            ChartHeight::Huge => 1000.0,
        }
    }
    /// The smallest height of at least `px` (the largest if none is).
    pub fn fitting(px: f64) -> Self {
        Self::ALL
            .into_iter()
            .find(|h| h.px() >= px)
            .unwrap_or(ChartHeight::Huge)
    }
}

/// One chart, ready to stand alone in a report or on a slide.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChartSpec {
    /// Stable id: `status`, `theme`, `state`, `response`, `assessor`, `progress`.
    pub id: &'static str,
    /// Says what the chart shows.
    pub title: String,
    /// Which recommendations (the filters) and which ratings the figures count.
    pub scope_line: String,
    pub source_line: String,
    pub how_to_read: String,
    /// The figures in one sentence, for screen readers (also the canvas's `aria-label`).
    pub summary: String,
    /// Remarks the reader must not miss, e.g. that only one kind of assessor has rated.
    pub notes: Vec<String>,
    pub table: DataTable,
    /// Further tables: the assessor comparison's table of agreements and disagreements.
    pub extra_tables: Vec<DataTable>,
    /// The canvas height at [`DEFAULT_WIDTH`] (see [`ChartSpec::height_at`] for other widths).
    pub height: ChartHeight,
    /// The least room (px) the plot needs: its bars or its donut, without title and legend.
    pub plot_min: f64,
    #[serde(skip)]
    pub plot: Plot,
    /// The ECharts option laid out for [`DEFAULT_WIDTH`] × `height`; `None` when there is nothing
    /// to draw (the notes say why).
    pub option: Option<Value>,
}

impl ChartSpec {
    /// The subtitle inside the picture: the scope line, then the source line.
    pub fn subtitle(&self) -> String {
        format!("{}\n{}", self.scope_line, self.source_line)
    }

    /// The option laid out for a canvas of `width` × `height` px.
    pub fn option_at(&self, width: f64, height: f64) -> Option<Value> {
        let option = self.option.as_ref()?;
        Some(
            layout::fit(
                option,
                &self.title,
                &self.subtitle(),
                self.plot,
                width,
                height,
            )
            .0,
        )
    }

    /// The canvas height for a canvas `width` px wide: the title lines, the plot's least room and
    /// the legend must fit.
    pub fn height_at(&self, width: f64) -> ChartHeight {
        let Some(option) = self.option.as_ref() else {
            return self.height;
        };
        let (_, frame) = layout::fit(
            option,
            &self.title,
            &self.subtitle(),
            self.plot,
            width,
            1000.0,
        );
        let axis = if self.plot == Plot::Grid {
            layout::AXIS_NAME + 8.0
        } else {
            0.0
        };
        ChartHeight::fitting(frame.header + frame.legend + axis + self.plot_min)
    }

    /// The name of the downloaded picture.
    pub fn file_name(&self, lang: Lang) -> String {
        format!("upr-mongolia-{}-{}.png", self.id, lang.code())
    }
}
