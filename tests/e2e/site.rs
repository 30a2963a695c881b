//! Builds the release site once for the whole suite, the way a deployer would.

use std::path::PathBuf;
use std::process::Command;

/// Runs `trunk build --release` into `target/e2e/dist` and returns that folder.
pub fn build_release_dist() -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dist = root.join("target").join("e2e").join("dist");
    let status = Command::new("trunk")
        .current_dir(&root)
        .args(["build", "--release", "--offline", "--dist"])
        .arg(&dist)
        // A separate target dir: cargo is already locked by this test run.
        .env(
            "CARGO_TARGET_DIR",
            root.join("target").join("e2e").join("cargo"),
        )
        .status()
        .expect("trunk is installed (scripts/setup.sh installs it)");
    assert!(status.success(), "trunk build --release failed");
    dist
}
