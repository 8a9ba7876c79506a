//! One component per file; the logic they show lives in the core crate.

pub mod chart_card;
pub mod charts;
pub mod consultations;
pub mod data_banner;
pub mod data_view;
pub mod deck_panel;
pub mod error_page;
pub mod explorer_toolbar;
pub mod filters;
pub mod header;
pub mod map_view;
pub mod nav;
pub mod overview;
pub mod presenter;
pub mod print_header;
pub mod query_notice;
pub mod rec_detail;
pub mod rec_table;
pub mod recommendations;
pub mod region_list;
pub mod region_panel;
pub mod status;
pub mod update_banner;
pub mod warnings;
