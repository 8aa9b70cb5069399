//! Bootstrap only: take over the prerendered page.

fn main() {
    #[cfg(target_arch = "wasm32")]
    key_doctor::boot::start();
}
