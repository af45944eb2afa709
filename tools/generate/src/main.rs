//! Writes every generated file: `cargo run -p wsa-error-generate`.

fn main() -> std::io::Result<()> {
    let root = wsa_error_generate::repo_root();
    for output in wsa_error_generate::outputs(&root) {
        let path = root.join(output.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let unchanged = std::fs::read_to_string(&path).is_ok_and(|old| old == output.text);
        if !unchanged {
            std::fs::write(&path, &output.text)?;
        }
        println!(
            "{} {}",
            if unchanged { "unchanged" } else { "wrote    " },
            output.path
        );
    }
    Ok(())
}
