//! Entry point: install the panic notice, then mount the app.

fn main() {
    microneedling_explorer::app::panic_notice::install();
    leptos::mount::mount_to_body(microneedling_explorer::app::root::App);
}
