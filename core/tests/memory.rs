//! How much memory loading a large dataset takes at its peak. In the browser this decides the
//! app's WebAssembly memory, which never shrinks: the most it ever needed is what it keeps. Counted
//! here by the allocator, byte for byte (not timed; `scripts/bench.sh` measures the browser).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};

struct Counting;
static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = NOW.fetch_add(by, SeqCst) + by;
    PEAK.fetch_max(now, SeqCst);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        NOW.fetch_sub(layout.size(), SeqCst);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            grew(new_size - layout.size());
        } else {
            NOW.fetch_sub(layout.size() - new_size, SeqCst);
        }
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

#[test]
fn a_large_dataset_loads_in_less_than_three_times_its_size() {
    let bytes = upr_core::synthetic::dataset_json(20_000, 42).into_bytes();
    let size = bytes.len();
    let before = NOW.load(SeqCst) - size;
    PEAK.store(NOW.load(SeqCst), SeqCst);
    let loaded = upr_core::load_dataset_bytes(bytes).expect("loads");
    let peak = PEAK.load(SeqCst) - before;
    let kept = NOW.load(SeqCst) - before;
    println!(
        "file {:.1} MB; peak, with the file, {:.1} MB ({:.2}×); kept {:.1} MB",
        size as f64 / 1e6,
        peak as f64 / 1e6,
        peak as f64 / size as f64,
        kept as f64 / 1e6
    );
    assert_eq!(loaded.dataset.recommendations.len(), 20_000);
    // Reading every element into structs before checking any held the file, all of it as structs
    // and the checked dataset at once: 5.8 times the file's size here.
    assert!(peak < 3 * size, "peak {peak} bytes for a file of {size}");
}
