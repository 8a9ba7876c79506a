//! The dashboard's model and logic, free of any web framework so that it is tested natively.

pub mod charts;
pub mod date;
pub mod deck;
pub mod explore;
pub mod export;
pub mod format;
pub mod i18n;
pub mod import;
pub mod issue;
pub mod load;
pub mod map;
pub mod model;
pub mod palette;
pub mod qr;
pub mod query;
mod raw;
pub mod search;
pub mod summary;
pub mod synthetic;

pub use i18n::{t, t_count, t_with, Arg, Lang};
pub use issue::{DataIssue, Problem, Severity};
pub use load::{load_dataset, LoadFailure, Loaded};
pub use model::Dataset;
