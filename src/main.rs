//! Bootstrap only: mount the app.

fn main() {
    leptos::mount::mount_to_body(key_doctor::App);
}
