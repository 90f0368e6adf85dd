//! The episodes and assets are embedded with `include_dir!`, which cargo does
//! not track: rebuild whenever either folder changes.
fn main() {
    println!("cargo:rerun-if-changed=episodes");
    println!("cargo:rerun-if-changed=assets");
}
