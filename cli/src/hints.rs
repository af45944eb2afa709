//! What to say about an argument that names no catalog entry: the closest
//! names for a near miss, and what a number is if it is not a Winsock code.

/// The facility of an HRESULT, by number, for the facilities people meet
/// next to Winsock errors.
fn facility_name(facility: u32) -> Option<&'static str> {
    Some(match facility {
        0 => "NULL",
        1 => "RPC",
        2 => "DISPATCH",
        3 => "STORAGE",
        4 => "ITF",
        7 => "WIN32",
        8 => "WINDOWS",
        9 => "SECURITY",
        10 => "CONTROL",
        11 => "CERT",
        12 => "INTERNET",
        25 => "HTTP",
        _ => return None,
    })
}

/// The sentence for a number that is not a catalog code.
fn explain_number(value: i64) -> String {
    let bits = u32::try_from(value)
        .ok()
        .or_else(|| i32::try_from(value).ok().map(|v| v as u32));
    match bits {
        // Severity "error" with the reserved bit: an NTSTATUS, not an HRESULT.
        Some(status) if status >> 28 == 0xC => {
            format!("0x{status:08X} is an NTSTATUS that is not in the table of socket statuses")
        }
        Some(hresult) if hresult & 0x8000_0000 != 0 => {
            let facility = (hresult >> 16) & 0x1FFF;
            let code = hresult & 0xFFFF;
            if facility == 7 {
                format!(
                    "HRESULT 0x{hresult:08X} wraps Win32 error {code}, which is neither a Windows Sockets error nor in the table of Win32 socket errors"
                )
            } else {
                let name = facility_name(facility)
                    .map_or_else(|| format!("{facility}"), |n| format!("{n} ({facility})"));
                format!(
                    "HRESULT 0x{hresult:08X} belongs to facility {name} (code 0x{code:04X}), not to Windows Sockets"
                )
            }
        }
        _ => format!(
            "{value} is not a Windows Sockets error code, nor in the Win32 or NTSTATUS tables"
        ),
    }
}

/// Optimal-string-alignment distance between two ASCII strings.
fn distance(a: &[u8], b: &[u8]) -> usize {
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

/// Up to three known names closest to `query`, comparing with and without
/// the `WSA`/`WSAE`/`WSA_` prefixes so that `CONNRESET` finds `WSAECONNRESET`.
fn closest_names(query: &str) -> Vec<&'static str> {
    let query = query.trim().to_ascii_uppercase();
    let limit = (query.len() / 4).max(2);
    // (distance, not the canonical name, name, code): the best spelling first.
    let mut scored: Vec<(usize, bool, &'static str, i32)> = wsa_error::names()
        .filter_map(|(name, error)| {
            let bare = ["WSA_", "WSAE", "WSA"]
                .iter()
                .find_map(|prefix| name.strip_prefix(prefix))
                .unwrap_or(name);
            let score = distance(query.as_bytes(), name.as_bytes())
                .min(distance(query.as_bytes(), bare.as_bytes()));
            (score <= limit).then_some((score, error.name() != Some(name), name, error.code()))
        })
        .collect();
    scored.sort();
    let mut codes = Vec::new();
    scored.retain(|&(_, _, _, code)| {
        !codes.contains(&code) && {
            codes.push(code);
            true
        }
    });
    scored
        .into_iter()
        .map(|(_, _, name, _)| name)
        .take(3)
        .collect()
}

/// One line saying that `query` was not found, and what might have been meant.
pub(super) fn not_found(query: &str) -> String {
    if let Some(value) = wsa_error::read_number(query) {
        return format!("{query}: not found: {}", explain_number(value));
    }
    let shown: String = query.chars().take(80).collect();
    match closest_names(query).as_slice() {
        [] => format!("{shown}: not found"),
        names => format!("{shown}: not found; did you mean {}?", names.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_edits_and_transpositions() {
        assert_eq!(distance(b"WSAECONNRESET", b"WSAECONNRESET"), 0);
        assert_eq!(distance(b"WSACONNRESET", b"WSAECONNRESET"), 1);
        assert_eq!(distance(b"WSAECONNRESTE", b"WSAECONNRESET"), 1);
        assert_eq!(distance(b"", b"ABC"), 3);
    }

    #[test]
    fn numbers_are_explained() {
        assert_eq!(
            explain_number(12345),
            "12345 is not a Windows Sockets error code, nor in the Win32 or NTSTATUS tables"
        );
        assert!(explain_number(0x8007_0005).contains("Win32 error 5"));
        assert!(explain_number(0x8004_0154).contains("facility ITF (4)"));
        assert!(explain_number(i64::from(0x8004_0154u32 as i32)).contains("facility ITF (4)"));
        assert!(explain_number(0xC000_0001).contains("NTSTATUS"));
    }
}
