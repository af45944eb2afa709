//! Where the tests find the Windows SDK headers: the mingw-w64 copy that
//! Debian's `mingw-w64-common` installs, or the directory in
//! `WSA_ERROR_MINGW_INCLUDE`. Shared by the tests that read them.

use std::path::PathBuf;

/// The headers' directory; a test that needs them fails, never skips, when
/// they are missing.
pub fn include_dir() -> PathBuf {
    let dir = std::env::var_os("WSA_ERROR_MINGW_INCLUDE").map_or_else(
        || PathBuf::from("/usr/share/mingw-w64/include"),
        PathBuf::from,
    );
    assert!(
        dir.join("winsock2.h").is_file() && dir.join("winerror.h").is_file(),
        "the mingw-w64 SDK headers are missing from {}: install Debian's mingw-w64-common \
         (`make deps` does) or point WSA_ERROR_MINGW_INCLUDE at them",
        dir.display()
    );
    dir
}
