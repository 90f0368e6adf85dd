//! What the store takes over at a path it is given (`--state FILE`), and
//! what it says when it refuses.

mod hostile;

use std::path::Path;

use hostile::{tempdir, write};
use invisibles::content::Lang;
use invisibles::journey::Journey;
use invisibles::store::{Options, Store, Trouble};

fn open(path: &Path) -> (Store<Journey>, Option<Journey>, Vec<Trouble>) {
    Store::open(path.to_path_buf(), Options::default())
}

#[test]
fn too_large_names_the_limit_not_the_size() {
    let tmp = tempdir();
    let path = tmp.path().join("journey.ron");
    write(&path, vec![b'('; 5 * 1024 * 1024]);
    let (_store, _, troubles) = open(&path);
    let told: Vec<String> = troubles.iter().map(|t| t.message(Lang::En)).collect();
    let told = told.join("\n");
    assert!(told.contains("larger than the limit of 4 MiB"), "{told}");
    assert!(!told.contains("5 MiB"), "{told}");
}
