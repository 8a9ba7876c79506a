//! The charts of the overview, each a pure function of the dataset, the rows that match the URL's
//! filters and the query: status distribution (donut), status by theme, by recommending State and by
//! response (stacked bars), the same recommendations as rated by each kind of assessor with a table of
//! where they agree and disagree, and the status over time at each assessment date.
//!
//! Every chart is a [`ChartSpec`]: its title, scope and source lines, a one-line "how to read", a
//! data table (the text alternative) and the ECharts option, built with charming and finished with
//! `serde_json` where charming lacks something (decals, rich-text tooltips, label layout). The title,
//! scope and source lines are inside the option too, so that a PNG of the canvas carries them.
//!
//! "Not assessed" is a category of its own everywhere (grey, no pattern), never dropped and never
//! counted as "not implemented". Colour never works alone: each status also has a decal pattern and
//! its word in the legend, the tooltip and the table.

mod assessor;
pub mod layout;
mod option;
mod progress;
mod response;
mod sdg;
mod spec;
mod state;
mod status;
mod text;
mod theme;

pub use assessor::{assessor_comparison, compared_kinds};
pub(crate) use option::part;
pub use option::status_decal;
pub use progress::progress_over_time;
pub use response::status_by_response;
pub use sdg::status_by_sdg;
pub use spec::{ChartHeight, ChartSpec, DataTable};
pub use state::{status_by_state, TOP_STATES};
pub use status::status_distribution;
pub use text::{filter_labels, showing_line, status_name};
pub use theme::status_by_theme;

use crate::date::PartialDate;
use crate::explore::Prepared;
use crate::i18n::Lang;
use crate::model::{AssessorKind, Dataset, Status};
use crate::query::Query;
use crate::summary::StatusCounts;

/// The charts, in the order they are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartId {
    Status,
    Theme,
    State,
    Response,
    Assessor,
    Progress,
    /// Only for data that names SDGs.
    Sdg,
}

impl ChartId {
    pub const ALL: [ChartId; 7] = [
        ChartId::Status,
        ChartId::Theme,
        ChartId::Sdg,
        ChartId::State,
        ChartId::Response,
        ChartId::Assessor,
        ChartId::Progress,
    ];

    /// Whether the chart has a place for this data (the chart by SDG needs SDGs).
    pub fn applies(self, cx: &ChartContext) -> bool {
        match self {
            ChartId::Sdg => sdg::has_sdgs(cx),
            // Data without our own theme coding (a tracker started from a list) has no chart by it.
            ChartId::Theme => !cx.ds.themes.is_empty(),
            _ => true,
        }
    }

    /// Its stable id, as [`ChartSpec::id`] has it (test ids, file names).
    pub fn word(self) -> &'static str {
        match self {
            ChartId::Status => "status",
            ChartId::Theme => "theme",
            ChartId::State => "state",
            ChartId::Response => "response",
            ChartId::Assessor => "assessor",
            ChartId::Progress => "progress",
            ChartId::Sdg => "sdg",
        }
    }

    /// The chart, computed for `cx`.
    pub fn spec(self, cx: &ChartContext) -> ChartSpec {
        match self {
            ChartId::Status => status_distribution(cx),
            ChartId::Theme => status_by_theme(cx),
            ChartId::State => status_by_state(cx),
            ChartId::Response => status_by_response(cx),
            ChartId::Assessor => assessor_comparison(cx),
            ChartId::Progress => progress_over_time(cx),
            ChartId::Sdg => status_by_sdg(cx),
        }
    }
}

/// What every chart is computed from.
#[derive(Clone, Copy, Debug)]
pub struct ChartContext<'a> {
    pub ds: &'a Dataset,
    pub prepared: &'a Prepared,
    /// The recommendations that match the URL's filters (indices into `Dataset::recommendations`).
    pub rows: &'a [usize],
    /// The URL state: which assessors' ratings count and the filters to name.
    pub query: &'a Query,
    pub lang: Lang,
    /// The reader prefers reduced motion: no animation.
    pub reduced_motion: bool,
}

/// A row's status as the charts count it is the one the recommendations table shows (see
/// [`Prepared::status`]): the latest rating by the selected kinds of assessor, about the selected
/// regions.
impl ChartContext<'_> {
    fn status(&self, row: usize) -> Option<Status> {
        self.prepared.status(self.ds, row, self.query)
    }

    /// The latest rating of `row` by one kind of assessor (regions as selected).
    fn status_by(&self, row: usize, kind: AssessorKind) -> Option<Status> {
        self.prepared.status_by_in(self.ds, row, kind, self.query)
    }

    fn status_as_of(&self, row: usize, date: PartialDate) -> Option<Status> {
        self.prepared.status_as_of(self.ds, row, self.query, date)
    }

    /// The statuses of `rows` as `status` gives them, counted.
    fn counts(
        &self,
        rows: impl Iterator<Item = usize>,
        status: impl Fn(usize) -> Option<Status>,
    ) -> StatusCounts {
        let mut c = StatusCounts::default();
        for row in rows {
            c.add(status(row));
        }
        c
    }

    fn all_counts(&self) -> StatusCounts {
        self.counts(self.rows.iter().copied(), |r| self.status(r))
    }
}

/// Every chart that applies to the data, in the order of [`ChartId::ALL`].
pub fn all_charts(cx: &ChartContext) -> Vec<ChartSpec> {
    ChartId::ALL
        .iter()
        .filter(|c| c.applies(cx))
        .map(|c| c.spec(cx))
        .collect()
}
