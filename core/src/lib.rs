//! The dashboard's model and logic, free of any web framework so that it is tested natively.

pub mod assess;
pub mod charts;
pub mod date;
pub mod deck;
pub mod explore;
pub mod export;
pub mod facets;
pub mod format;
pub mod geo;
pub mod i18n;
pub mod import;
pub mod issue;
pub mod json_path;
pub mod load;
pub mod map;
pub mod model;
pub mod palette;
pub mod prerender;
pub mod qr;
pub mod query;
mod raw;
pub mod search;
pub mod states;
pub mod summary;
pub mod synthetic;

pub use i18n::{t, t_count, t_with, Arg, Lang};
pub use issue::{DataIssue, Problem, Severity};
pub use load::{load_dataset, load_dataset_bytes, LoadFailure, Loaded};
pub use model::Dataset;

/// A stable sort with one copy of the sorting code in the whole program: the order is found by
/// sorting positions (`u32`) through a `dyn` comparison, then the items are moved into it. Every
/// `sort_by` of another item type or closure would add its own copy to the WebAssembly file.
pub fn sort_by_dyn<T>(v: &mut [T], compare: &dyn Fn(&T, &T) -> std::cmp::Ordering) {
    let order = sorted_positions(v.len(), &|a, b| compare(&v[a], &v[b]));
    // Apply the permutation in place, cycle by cycle.
    let mut place: Vec<u32> = vec![0; v.len()];
    for (to, &from) in order.iter().enumerate() {
        place[from as usize] = to as u32;
    }
    for i in 0..v.len() {
        while place[i] as usize != i {
            let j = place[i] as usize;
            v.swap(i, j);
            place.swap(i, j);
        }
    }
}

/// The positions `0..n` in the order `compare` gives (stable).
fn sorted_positions(n: usize, compare: &dyn Fn(usize, usize) -> std::cmp::Ordering) -> Vec<u32> {
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_by(|&a, &b| compare(a as usize, b as usize));
    order
}

#[cfg(test)]
mod sort_tests {
    use super::sort_by_dyn;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorting_by_dyn_gives_what_a_stable_sort_gives(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            sort_by_dyn(&mut ours, &|a, b| a.0.cmp(&b.0));
            let mut std = v;
            std.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, std);
        }
    }
}
