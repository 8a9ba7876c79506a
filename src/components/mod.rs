//! One component per file; the logic they show lives in the core crate.

pub mod chart_card;
pub mod charts;
pub mod consultations;
pub mod error_page;
pub mod explorer_toolbar;
pub mod header;
pub mod map_view;
pub mod nav;
pub mod overview;
pub mod query_notice;
pub mod recommendations;
pub mod status;
pub mod warnings;
pub mod filters;
pub mod rec_detail;
pub mod rec_table;
pub mod region_list;
pub mod region_panel;
pub mod update_banner;
pub mod deck_panel;
pub mod presenter;
pub mod print_header;
