//! The committed generated files equal a fresh generation.

#[test]
fn committed_generated_files_are_current() {
    let root = wsa_error_generate::repo_root();
    let mut stale = Vec::new();
    for output in wsa_error_generate::outputs(&root) {
        let committed = std::fs::read_to_string(root.join(output.path)).unwrap_or_default();
        if committed != output.text {
            stale.push(output.path);
        }
    }
    assert!(
        stale.is_empty(),
        "generated files are out of date: {}\nregenerate them with: {}",
        stale.join(", "),
        wsa_error_generate::REGENERATE
    );
}
