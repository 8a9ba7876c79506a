//! Entry point of the browser app.

fn main() {
    upr_dashboard::start();
}
