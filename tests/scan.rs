//! The log scanner against a corpus of real-looking log lines
//! (`tests/scan/corpus.txt`): every expected mention found, with its exact
//! span and meaning, and nothing else. Precision and recall must both be 1.0;
//! on failure the test lists every miss and every false alarm.

use std::fmt::Write as _;

use wsa_error::{Match, SocketError, scan_bytes};

const CORPUS: &str = include_str!("scan/corpus.txt");

/// One annotated line of the corpus.
struct Row {
    number: usize,
    label: String,
    text: Vec<u8>,
    /// Expected mentions: span and canonical name.
    expected: Vec<(usize, usize, String)>,
}

/// The line with `\xNN` replaced by the byte it stands for.
fn unescape(line: &str) -> Vec<u8> {
    let bytes = line.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\\' && bytes.get(i + 1) == Some(&b'x') {
            let hex = bytes
                .get(i + 2..i + 4)
                .and_then(|h| std::str::from_utf8(h).ok());
            if let Some(byte) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(byte);
                i += 4;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

fn is_word(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// The first whole-token occurrence of `needle` in `text` at or after `from`.
fn find_token(text: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    (from..=text.len().checked_sub(needle.len())?).find(|&at| {
        text[at..].starts_with(needle)
            && !(at > 0 && is_word(text[at - 1]) && is_word(needle[0]))
            && !text.get(at + needle.len()).is_some_and(|&b| is_word(b))
    })
}

fn parse_corpus() -> Vec<Row> {
    let mut rows = Vec::new();
    for (index, line) in CORPUS.lines().enumerate() {
        let number = index + 1;
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let columns: Vec<&str> = line.split('\t').collect();
        let [label, text, expected] = columns[..] else {
            panic!(
                "corpus.txt:{number}: want 3 tab-separated columns, got {}",
                columns.len()
            );
        };
        let text = unescape(text);
        let mut spans = Vec::new();
        if expected != "-" {
            let mut cursor = 0;
            for item in expected.split(' ') {
                let (needle, name) = item
                    .split_once('=')
                    .unwrap_or_else(|| panic!("corpus.txt:{number}: {item:?} is not TEXT=NAME"));
                let (needle, start) = match needle.split_once('@') {
                    Some((needle, offset)) => {
                        let offset: usize = offset.parse().expect("TEXT@N wants a number");
                        let here = text.get(offset..offset + needle.len());
                        assert_eq!(here, Some(needle.as_bytes()), "corpus.txt:{number}");
                        (needle, offset)
                    }
                    None => {
                        let start = find_token(&text, needle.as_bytes(), cursor);
                        let missing = || panic!("corpus.txt:{number}: no {needle:?} in the line");
                        (needle, start.unwrap_or_else(missing))
                    }
                };
                cursor = start + needle.len();
                spans.push((start, cursor, name.to_string()));
            }
        }
        rows.push(Row {
            number,
            label: label.to_string(),
            text,
            expected: spans,
        });
    }
    rows
}

/// The name of an error in its own space.
fn canonical_name(error: SocketError) -> String {
    let name = match error {
        SocketError::Winsock(error) => error.name(),
        SocketError::Win32(error) => error.name(),
        SocketError::NtStatus(status) => status.name(),
    };
    name.map_or_else(|| format!("{error:?}"), str::to_string)
}

fn describe(row: &Row, start: usize, end: usize, name: &str) -> String {
    format!(
        "corpus.txt:{} [{}] {:?} at {start}..{end} as {name}\n    in: {}",
        row.number,
        row.label,
        String::from_utf8_lossy(&row.text[start..end]),
        String::from_utf8_lossy(&row.text),
    )
}

#[test]
fn the_corpus_is_found_with_full_precision_and_recall() {
    let rows = parse_corpus();
    let (mut hits, mut misses, mut false_alarms) = (0usize, String::new(), String::new());
    let (mut expected_total, mut found_total) = (0usize, 0usize);
    for row in &rows {
        let found: Vec<(usize, usize, String)> = scan_bytes(&row.text)
            .map(|m: Match| (m.start, m.end, canonical_name(m.error)))
            .collect();
        expected_total += row.expected.len();
        found_total += found.len();
        for want in &row.expected {
            if found.contains(want) {
                hits += 1;
            } else {
                writeln!(
                    misses,
                    "  missed {}",
                    describe(row, want.0, want.1, &want.2)
                )
                .unwrap();
            }
        }
        for got in found.iter().filter(|got| !row.expected.contains(got)) {
            writeln!(
                false_alarms,
                "  false alarm {}",
                describe(row, got.0, got.1, &got.2)
            )
            .unwrap();
        }
    }
    let precision = hits as f64 / found_total.max(1) as f64;
    let recall = hits as f64 / expected_total.max(1) as f64;
    let negatives = rows.iter().filter(|row| row.expected.is_empty()).count();
    println!(
        "corpus: {} lines ({negatives} without a mention), {expected_total} mentions; \
         precision {precision:.3}, recall {recall:.3}",
        rows.len()
    );
    assert!(
        misses.is_empty() && false_alarms.is_empty(),
        "precision {precision:.3}, recall {recall:.3}\n{misses}{false_alarms}"
    );
    assert_eq!((precision, recall), (1.0, 1.0));
}

#[test]
fn the_corpus_is_large_and_a_third_negative() {
    let rows = parse_corpus();
    let negatives = rows.iter().filter(|row| row.expected.is_empty()).count();
    assert!(rows.len() >= 60, "{} lines", rows.len());
    assert!(
        negatives * 3 >= rows.len(),
        "{negatives} of {} lines negative",
        rows.len()
    );
    let mut labels: Vec<&str> = rows.iter().map(|row| row.label.as_str()).collect();
    labels.sort_unstable();
    labels.dedup();
    for source in [
        "cpython-en",
        "cpython-zh",
        "cpython-de",
        "asyncio",
        "dotnet",
        "java",
        "go",
    ] {
        assert!(labels.contains(&source), "no {source} line");
    }
    for source in ["node", "curl", "indy", "c", "eventlog", "noise"] {
        assert!(labels.contains(&source), "no {source} line");
    }
    // Some lines must exercise the byte interface: not UTF-8.
    assert!(
        rows.iter()
            .any(|row| std::str::from_utf8(&row.text).is_err())
    );
}

#[test]
fn every_corpus_match_reparses_and_the_str_scan_agrees() {
    for row in parse_corpus() {
        let matches: Vec<Match> = scan_bytes(&row.text).collect();
        for m in &matches {
            assert_eq!(
                SocketError::parse_bytes(&row.text[m.start..m.end]),
                Some(m.error),
                "corpus.txt:{}",
                row.number
            );
        }
        if let Ok(text) = std::str::from_utf8(&row.text) {
            assert_eq!(wsa_error::scan(text).collect::<Vec<_>>(), matches);
        }
    }
}

#[test]
fn the_corpus_scanned_as_one_text_gives_the_same_matches() {
    // Lines do not leak context into each other: scanning the whole corpus at
    // once finds exactly the per-line matches, shifted by each line's offset.
    let rows = parse_corpus();
    let mut text = Vec::new();
    let mut expected = Vec::new();
    for row in &rows {
        let offset = text.len();
        expected.extend(scan_bytes(&row.text).map(|m| Match {
            start: m.start + offset,
            end: m.end + offset,
            ..m
        }));
        text.extend_from_slice(&row.text);
        text.extend_from_slice(b"\r\n");
    }
    assert_eq!(scan_bytes(&text).collect::<Vec<_>>(), expected);
}

/// Every mention in `text`, as (the matched text, the Winsock code it is or
/// stands for).
fn mentions(text: &str) -> Vec<(&str, Option<i32>)> {
    wsa_error::scan(text)
        .map(|m| (&text[m.start..m.end], m.error.winsock().map(|e| e.code())))
        .collect()
}

#[test]
fn the_limits_of_the_rules_hold_to_the_byte() {
    // Rule 1 is for names in upper case, as the SDK writes them.
    assert_eq!(mentions("WSAEConnReset"), []);
    assert_eq!(mentions("WSAECONNRESET"), [("WSAECONNRESET", Some(10054))]);

    // At most 12 bytes of separators between a context word and its number.
    let glued = |spaces: usize| format!("error{}10054", " ".repeat(spaces));
    assert_eq!(mentions(&glued(12)), [("10054", Some(10054))]);
    assert_eq!(mentions(&glued(13)), []);

    // A context word of up to 32 bytes counts (any word ending in "error");
    // a longer word is no context word, whatever it ends in.
    let word = |len: usize| format!("{}Error", "X".repeat(len - 5));
    assert_eq!(
        mentions(&format!("{} 10054", word(32))),
        [("10054", Some(10054))]
    );
    for len in [33, 34, 36, 40] {
        assert_eq!(mentions(&format!("{} 10054", word(len))), [], "{len}");
    }

    // The context may lie at most 96 bytes before the number: here two calls
    // of 30-letter functions and 12, 12 and 8 spaces put "error" exactly 96
    // bytes before it; one more space is one byte too far.
    let call = |letter: &str| format!("{}()", letter.repeat(30));
    let far = |last: usize| {
        let pad = |n: usize| " ".repeat(n);
        format!(
            "error{}{}{}{}{}10054",
            pad(last),
            call("a"),
            pad(12),
            call("b"),
            pad(12)
        )
    };
    assert_eq!(
        far(8).find("10054").unwrap() - far(8).find("error").unwrap(),
        96 + 5
    );
    assert_eq!(mentions(&far(8)), [("10054", Some(10054))]);
    assert_eq!(mentions(&far(9)), []);

    // A hex number takes 1 to 16 digits; `0x` and 16 digits is still one.
    assert_eq!(
        mentions("Error code 0x0000000000002746"),
        [("0x0000000000002746", Some(10054))]
    );
    assert_eq!(mentions("Error code 0x00000000000002746"), []);

    // Rule 2 takes eight hex digits starting 8007, C000 or D000, and only those.
    assert_eq!(
        mentions("flags 0x80072746 set"),
        [("0x80072746", Some(10054))]
    );
    assert_eq!(mentions("flags 0x00002746 set"), []);
    assert_eq!(mentions("flags 0x8007274 set"), []);

    // At most two filler words between the context word and the number;
    // `at` is one only after a call (`Error at socket(): 10093`), `socket`
    // only after `de` (`Erreur de socket # 10061`); no other word is one.
    assert_eq!(mentions("error number was 10054"), [("10054", Some(10054))]);
    assert_eq!(mentions("error was returned with 10054"), []);
    assert_eq!(
        mentions("Error at socket(): 10093"),
        [("10093", Some(10093))]
    );
    assert_eq!(mentions("error at 10054"), []);
    assert_eq!(
        mentions("Erreur de socket # 10061"),
        [("10061", Some(10061))]
    );
    assert_eq!(mentions("error socket 10054"), []);
    assert_eq!(mentions("error foo 10054"), []);

    // libpq's pair counts only closed: `(0x00002745/10053)`.
    assert_eq!(
        mentions("could not connect (0x00002745/10053)"),
        [("10053", Some(10053))]
    );
    assert_eq!(mentions("could not connect (0x00002745/10053"), []);
    assert_eq!(mentions("could not connect [0x00002745/10053)"), []);
    assert_eq!(mentions("could not connect (0x00002746/10053)"), []);

    // Rule 5 needs a failure word on the same line before the parenthesis.
    assert_eq!(mentions("connect failed (10061)"), [("10061", Some(10061))]);
    assert_eq!(
        mentions("\nconnect failed (10061)"),
        [("10061", Some(10061))]
    );
    assert_eq!(mentions("worker started (10061)"), []);
    // Only rule 5 finds these (three words stand between "failed" and the
    // number): on the first line of a text and on a line after a newline,
    // the newline opening the text, in mid-text, or 200 bytes (the whole
    // look-behind) before the parenthesis.
    let far_word = "connect failed, the server said (10061)";
    for text in [
        far_word.to_owned(),
        format!("\n{far_word}"),
        format!("started\r\n{far_word}"),
        format!("{}\n{}{far_word}", "x".repeat(300), " ".repeat(199 - 32)),
    ] {
        assert_eq!(mentions(&text), [("10061", Some(10061))], "{text:?}");
    }
    for text in [
        "connect failed\nworker started (10061)",
        "connect failed\rworker started (10061)",
    ] {
        assert_eq!(mentions(text), [], "{text:?}");
    }

    // The words before a context word (`Socket Error`) may be joined by
    // spaces, a tab or `-`.
    for text in ["Socket Error # 64", "Socket\tError # 64", "Win32-Error: 64"] {
        assert_eq!(mentions(text), [("64", Some(10054))], "{text:?}");
    }
}

#[test]
fn numbers_glued_to_a_word_or_number_are_not_mentions() {
    // A `-` is a sign only after a space or punctuation, not after a word:
    // `hr-2147014842` is one compound word, not hr = -2147014842.
    assert_eq!(mentions("hr=-2147014842"), [("-2147014842", Some(10054))]);
    assert_eq!(mentions("hr -2147014842"), [("-2147014842", Some(10054))]);
    for text in ["hr-2147014842", "HRESULT-2147014842", "hr=x.-2147014842"] {
        assert_eq!(mentions(text), [], "{text}");
    }
    // After `.`, `-` or a digit and `,`, even an HRESULT is part of something longer.
    for text in [
        "build-0x80072746",
        "v1.0x80072746",
        "sizes 1,0x80072746",
        "1,10054",
    ] {
        assert_eq!(mentions(text), [], "{text}");
    }
    // A `,` after a word is a separator.
    assert_eq!(
        mentions("results=[WSAECONNREFUSED,0x80072746]"),
        [
            ("WSAECONNREFUSED", Some(10061)),
            ("0x80072746", Some(10054))
        ]
    );
}

#[test]
fn a_scan_resumed_at_an_offset_never_reaches_before_it() {
    // A `-` right before the offset is not part of any mention after it.
    let text = b"hr=-2147014842 error 10054 hr=-2147014842";
    for offset in 0..=text.len() {
        for m in wsa_error::Scan::from_offset(text, offset) {
            assert!(m.start >= offset, "offset {offset}: {m:?}");
        }
    }
    let resumed: Vec<Match> = wsa_error::Scan::from_offset(text, 4).collect();
    assert_eq!(resumed.first().map(|m| m.start), Some(21));
}
