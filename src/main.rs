//! Bootstrap only: mount the app.

fn main() {}
