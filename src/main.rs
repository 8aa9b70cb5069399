//! Bootstrap only: report a panic on the console (rather than a bare `unreachable`), then take
//! over the prerendered page.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        std::panic::set_hook(Box::new(|info| web_sys::console::error_1(&info.to_string().into())));
        key_doctor::boot::start();
    }
}
