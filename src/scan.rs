//! Finding the socket errors a log mentions: [`scan`] and [`scan_bytes`]
//! walk text once and yield every mention, in order, as a [`Match`]. The
//! rules are documented on [`scan`], where the public documentation shows
//! them; `tests/scan/corpus.txt` holds the log lines they are measured on.
//!
//! The scanner reads bytes, tolerates any encoding (non-ASCII bytes separate
//! tokens), allocates nothing, never indexes without `get`, and looks at most
//! a few hundred bytes around each token, so a scan is linear in the length
//! of the text.

use crate::SocketError;

/// One mention of a socket error in scanned text.
///
/// `start..end` is the byte span of the number or name itself (for
/// `[WinError 10054]`, the span of `10054`; for `hr=-2147014842`, the span
/// includes the sign), and `SocketError::parse_bytes(&text[start..end])`
/// gives back `error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Match {
    /// Offset of the first byte of the mention.
    pub start: usize,
    /// Offset just past the last byte of the mention.
    pub end: usize,
    /// What the mention is, in the space it was written in: a catalog code
    /// (`10054`), a Win32 code (`64`, `0x80070040`, `ERROR_NETNAME_DELETED`)
    /// or an NTSTATUS (`0xC000020D`, `STATUS_CONNECTION_RESET`).
    pub error: SocketError,
}

/// The iterator [`scan`] and [`scan_bytes`] return: every [`Match`] in the
/// text, in order of position, without overlaps. Cloning it is cheap and
/// forks the scan.
#[derive(Clone, Debug)]
pub struct Scan<'a> {
    text: &'a [u8],
    /// Where the search for the next token resumes.
    pos: usize,
    /// The offset the scan was started at: no match starts before it.
    floor: usize,
}

/// Every socket error `text` mentions, in order.
///
/// A log is full of numbers that look like codes and are not: ports
/// (`127.0.0.1:10054`), byte counts, durations, process ids, line numbers,
/// timestamps. A scanner that reported them would be worse than none, so a
/// number counts only in a shape people and programs write codes in. The
/// rules, in the order they are tried:
///
/// 1. **A name as the SDK writes it**, as a whole token: a catalog name or
///    alias (`WSAECONNRESET`, `WSANO_ADDRESS`), a name of the Win32 table
///    (`ERROR_NETNAME_DELETED`) or of the NTSTATUS table
///    (`STATUS_CONNECTION_RESET`), in upper case. POSIX names (`ECONNRESET`)
///    never count: in a log they are nearly always Unix errors.
/// 2. **An HRESULT or NTSTATUS anywhere**: `0x` and eight hex digits starting
///    `8007` (`HRESULT_FROM_WIN32`), `C000` (NTSTATUS) or `D000`
///    (`HRESULT_FROM_NT`), when the value stands for a known code.
/// 3. **A number after a word that introduces a code**, on the same line:
///    `[WinError 10054]`, `[Errno 11001]`, `Socket Error # 10053`,
///    `SocketException (10061)`, `WSAGetLastError() = 10061`,
///    `recv failed with error: 10054`, `connect failed: 10060`,
///    `Error code 0x2746`, `hr=-2147014842`, `status -1073741299`,
///    `WSAECONNRESET (10054)`, Apache's `(OS 10061)`, `错误码：10061`,
///    `Fehlercode: 10061`. Between the word and the number there may be
///    spaces, `[ ( { # = : " '` and their full-width forms, and at most two
///    filler words (`failed with 10061`, `error code is 10054`,
///    `WSAGetLastError() returned 10054`, `Error at socket(): 10093`).
///    Numbers below 256 are POSIX errnos, exit statuses and enum values far
///    more often than Windows codes, so they need a Windows word (`WinError`,
///    `GetLastError`, `HRESULT`, an SDK name, or `Win32`, `Windows`,
///    `Winsock`, `WSA` or `Socket` before `error`), or net.exe's
///    `System error 64 has occurred`: `[WinError 64]` counts, `[Errno 104]`
///    and `error 2` do not. A bare upper-case `ERROR` is a log level, not a
///    context (Spring Boot's `ERROR 10054 ---` is a process id), unless `:`,
///    `=` or `#` follows it.
/// 4. **libpq's pair** `(0x00002745/10053)`: the decimal, when both agree.
/// 5. **A Winsock code in parentheses** after a failure word on the same line
///    (`error`, `failed`, `reset`, `refused`, `can't`...), as MySQL and the
///    SQL Server ODBC driver write it: `Can't connect to MySQL server on 'db'
///    (10061)`. Only catalog codes from 10000 up, with a space before `(` and
///    `)` right after the number.
///
/// A number never counts when it is glued to a longer number or word
/// (`1.2.10054`, `10054.5`, `10,054`, `build-10054`, `12:10054`,
/// `[::1]:10054`, `10054/tcp`), is followed by a unit (`10061 bytes`,
/// `10060 ms`, `10054%`), has a leading zero (`010054`), or is not a known
/// code to [`SocketError::parse_bytes`]. Success (0, `NO_ERROR`, `S_OK`) is
/// never reported: `NO_ERROR` is also an HTTP/2 and OpenGL name, and
/// `code 0` is everywhere.
///
/// ```
/// use wsa_error::{SocketError, WsaError, scan};
///
/// let line = "ConnectionResetError: [WinError 10054] An existing connection was forcibly closed";
/// let found: Vec<_> = scan(line).collect();
/// assert_eq!(found.len(), 1);
/// assert_eq!(&line[found[0].start..found[0].end], "10054");
/// assert_eq!(found[0].error, SocketError::Winsock(WsaError::WSAECONNRESET));
///
/// // A port, a byte count and a POSIX name are not mentions.
/// assert_eq!(scan("Error: connect ECONNREFUSED 127.0.0.1:10061, read 10054 bytes").count(), 0);
/// ```
pub fn scan(text: &str) -> Scan<'_> {
    scan_bytes(text.as_bytes())
}

/// [`scan`] for bytes in any encoding (a log written in a Windows code page,
/// or cut in the middle of a UTF-8 sequence).
pub fn scan_bytes(text: &[u8]) -> Scan<'_> {
    Scan::from_offset(text, 0)
}

impl<'a> Scan<'a> {
    /// Scans `text` from byte `offset` on, still reading the text before
    /// `offset` as context: resuming at the `end` of a match yields exactly
    /// the matches a whole scan yields after it (slicing the text would lose
    /// the `Socket Error #` in front of a number). An offset inside a token
    /// skips the rest of that token; an offset past the end yields nothing.
    pub fn from_offset(text: &'a [u8], offset: usize) -> Scan<'a> {
        let offset = offset.min(text.len());
        Scan {
            text,
            pos: offset,
            floor: offset,
        }
    }

    /// The offset the next search starts from: after the last match
    /// yielded, or the end of the text once the scan is over.
    pub fn offset(&self) -> usize {
        self.pos
    }
}

impl Iterator for Scan<'_> {
    type Item = Match;

    fn next(&mut self) -> Option<Match> {
        while let Some((start, end)) = next_token(self.text, self.pos) {
            self.pos = end;
            if let Some(found) = judge(self.text, start, end, self.floor) {
                return Some(found);
            }
        }
        self.pos = self.text.len();
        None
    }
}

impl core::iter::FusedIterator for Scan<'_> {}

// ---- tuning -----------------------------------------------------------------

/// Numbers below this count only after a Windows word (rule 3).
const SMALL: u64 = 256;
/// How far before a number the context search looks, in bytes.
const LOOKBACK: usize = 96;
/// The most separator bytes between two words of a context.
const MAX_GLUE: usize = 12;
/// The most filler words between a context word and its number.
const MAX_FILLERS: usize = 2;
/// Longer words are never context words (nor units).
const MAX_WORD: usize = 32;
/// Longer tokens are never names (the longest SDK name is 27 bytes).
const MAX_NAME: usize = 64;
/// How far before `(` rule 5 looks for a failure word, in bytes.
const FAILURE_WINDOW: usize = 200;

/// How names begin (rule 1).
const NAME_PREFIXES: [&[u8]; 3] = [b"WSA", b"ERROR_", b"STATUS_"];
/// The high hex digits of the values rule 2 accepts anywhere.
const HEX_PREFIXES: [&[u8]; 3] = [b"8007", b"C000", b"D000"];

/// Context words after which any known number counts, compared ignoring
/// ASCII case and `_` (`WSAGetLastError`, `wsa_get_last_error`).
const WINDOWS_WORDS: [&str; 17] = [
    "winerror",
    "wsagetlasterror",
    "getlasterror",
    "lasterror",
    "wsaerror",
    "wsaerr",
    "wsa",
    "hresult",
    "hr",
    "ntstatus",
    "nativeerrorcode",
    "socketexception",
    "win32exception",
    "socketerror",
    "winsockerror",
    "win32error",
    "wsaerrno",
];
/// Context words after which a known number of 256 or more counts (`os` for
/// Apache's `(OS 10061)`). Any word ending in `error` (`OSError`,
/// `ConnectionResetError`) counts too.
const GENERIC_WORDS: [&str; 14] = [
    "os",
    "err",
    "errno",
    "errnum",
    "errcode",
    "errorcode",
    "errornumber",
    "code",
    "status",
    "failed",
    "failure",
    "fehler",
    "fehlercode",
    "erreur",
];
/// Context words outside ASCII, matched as the bytes right before the number
/// or its separators.
const WIDE_WORDS: [&str; 9] = [
    "错误",
    "错误码",
    "代码",
    "失败",
    "エラー",
    "コード",
    "失敗",
    "échec",
    "código",
];
/// A word before a generic context word that makes it a Windows one
/// (`Socket Error # 64`, `Win32 error 64`).
const UPGRADERS: [&str; 5] = ["win32", "windows", "winsock", "wsa", "socket"];
/// Words before `code` that say the code is not an error code.
const NOT_ERROR_CODES: [&str; 5] = ["zip", "postal", "post", "area", "country"];
/// Words that may stand between a context word and its number.
/// (`socket` only after `de`, as in `Erreur de socket # 10061`.)
const FILLERS: [&str; 12] = [
    "is", "was", "returned", "returns", "return", "with", "of", "de", "number", "value", "no", "nr",
];
/// Separators between a context word and its number.
const GLUE: [u8; 10] = [b' ', b'\t', b'[', b'(', b'{', b'#', b'=', b':', b'"', b'\''];
/// Full-width `：`, `（`, `＃`, `＝` and the ideographic space.
const WIDE_GLUE: [&str; 5] = ["：", "（", "＃", "＝", "\u{3000}"];
/// Words right after a number that make it a quantity, not a code.
const UNITS: [&str; 49] = [
    "b",
    "byte",
    "bytes",
    "octets",
    "bit",
    "bits",
    "kb",
    "kib",
    "mb",
    "mib",
    "gb",
    "bps",
    "kbps",
    "mbps",
    "ms",
    "msec",
    "msecs",
    "millis",
    "millisecond",
    "milliseconds",
    "us",
    "usec",
    "ns",
    "s",
    "sec",
    "secs",
    "second",
    "seconds",
    "sekunden",
    "min",
    "mins",
    "minutes",
    "h",
    "hours",
    "ticks",
    "times",
    "packets",
    "connections",
    "requests",
    "retries",
    "attempts",
    "items",
    "rows",
    "records",
    "lines",
    "events",
    "messages",
    "chars",
    "characters",
];
/// Units outside ASCII: bytes, milliseconds, seconds.
const WIDE_UNITS: [&str; 6] = ["字节", "毫秒", "秒", "バイト", "ミリ秒", "µs"];
/// Words that make a parenthesised Winsock code on the line a report of a
/// failure (rule 5), compared ignoring ASCII case.
const FAILURE_WORDS: [&str; 17] = [
    "error",
    "fail",
    "reset",
    "refused",
    "abort",
    "timed out",
    "timeout",
    "unreachable",
    "can't",
    "cannot",
    "could not",
    "unable",
    "exception",
    "fehler",
    "erreur",
    "失败",
    "エラー",
];

// ---- tokens -----------------------------------------------------------------

fn is_word(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// The byte before `at`, if any.
fn byte_before(text: &[u8], at: usize) -> Option<u8> {
    text.get(..at)?.last().copied()
}

/// The next token (a run of ASCII letters, digits and `_`) starting at or
/// after `from`; a token `from` falls inside is skipped.
fn next_token(text: &[u8], from: usize) -> Option<(usize, usize)> {
    let rest = text.get(from..)?;
    let inside = if byte_before(text, from).is_some_and(is_word) {
        rest.iter().take_while(|&&b| is_word(b)).count()
    } else {
        0
    };
    let rest = rest.get(inside..)?;
    let start = from + inside + rest.iter().position(|&b| is_word(b))?;
    let len = text
        .get(start..)?
        .iter()
        .take_while(|&&b| is_word(b))
        .count();
    Some((start, start + len))
}

/// Judges the token at `start..end`.
fn judge(text: &[u8], start: usize, end: usize, floor: usize) -> Option<Match> {
    let token = text.get(start..end)?;
    if token.first()?.is_ascii_digit() {
        judge_number(text, start, end, floor)
    } else {
        sdk_name(token).map(|error| Match { start, end, error })
    }
}

/// Whether an error is success (0 in any space), which is never reported.
fn is_success(error: SocketError) -> bool {
    match error {
        SocketError::Winsock(error) => error.code() == 0,
        SocketError::Win32(error) => error.code() == 0,
        SocketError::NtStatus(status) => status.code() == 0,
    }
}

/// Rule 1: the error an upper-case SDK name token names.
fn sdk_name(token: &[u8]) -> Option<SocketError> {
    let upper = token
        .iter()
        .all(|&b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
    if token.len() > MAX_NAME || !upper {
        return None;
    }
    if !NAME_PREFIXES.iter().any(|prefix| token.starts_with(prefix)) {
        return None;
    }
    SocketError::parse_bytes(token).filter(|&error| !is_success(error))
}

// ---- numbers ----------------------------------------------------------------

/// A number token's value; `hex_digits` is 0 for a decimal token.
#[derive(Clone, Copy)]
struct Number {
    value: u64,
    hex_digits: usize,
}

/// Reads a token that is a whole number: decimal without a leading zero (at
/// most 10 digits), or `0x` and 1 to 16 hex digits.
fn read_number_token(token: &[u8]) -> Option<Number> {
    if let Some(digits) = token
        .strip_prefix(b"0x")
        .or_else(|| token.strip_prefix(b"0X"))
    {
        if digits.is_empty() || digits.len() > 16 {
            return None;
        }
        let mut value: u64 = 0;
        for &byte in digits {
            let digit = char::from(byte).to_digit(16)?;
            value = value.checked_mul(16)?.checked_add(u64::from(digit))?;
        }
        return Some(Number {
            value,
            hex_digits: digits.len(),
        });
    }
    if token.len() > 10 || (token.len() > 1 && token.first() == Some(&b'0')) {
        return None;
    }
    let mut value: u64 = 0;
    for &byte in token {
        let digit = char::from(byte).to_digit(10)?;
        value = value.checked_mul(10)?.checked_add(u64::from(digit))?;
    }
    Some(Number {
        value,
        hex_digits: 0,
    })
}

/// Judges the number token at `start..end` (rules 2 to 5).
fn judge_number(text: &[u8], start: usize, end: usize, floor: usize) -> Option<Match> {
    let token = text.get(start..end)?;
    let number = read_number_token(token)?;
    let signed = number.hex_digits == 0 && start > floor && has_sign(text, start);
    let span_start = if signed { start - 1 } else { start };
    if !stands_alone(text, span_start, end) || unit_follows(text, end) {
        return None;
    }
    let error = SocketError::parse_bytes(text.get(span_start..end)?)?;
    if is_success(error) {
        return None;
    }
    let found = Some(Match {
        start: span_start,
        end,
        error,
    });
    if number.hex_digits == 8
        && token
            .get(2..6)
            .is_some_and(|high| HEX_PREFIXES.iter().any(|p| high.eq_ignore_ascii_case(p)))
    {
        return found;
    }
    if let Some(strength) = context_before(text, span_start) {
        // net.exe's "System error 64 has occurred." is Windows whatever the word.
        let net_exe = text
            .get(end..)
            .is_some_and(|rest| rest.starts_with(b" has occurred"));
        let vouched = strength == Strength::Windows || number.value >= SMALL || net_exe;
        return found.filter(|_| vouched);
    }
    if libpq_pair(text, start, end, number) || parenthesised(text, start, end, error) {
        return found;
    }
    None
}

/// Whether the `-` before `start` is a sign (`hr=-2147014842`) rather than a
/// joiner (`2024-10054`, `build-10054`).
fn has_sign(text: &[u8], start: usize) -> bool {
    byte_before(text, start) == Some(b'-')
        && !byte_before(text, start - 1).is_some_and(|b| is_word(b) || b == b'.')
}

/// Whether a number at `start..end` is not part of a longer number, version,
/// address, time or compound word.
fn stands_alone(text: &[u8], start: usize, end: usize) -> bool {
    let before = byte_before(text, start);
    let before_that = start.checked_sub(1).and_then(|at| byte_before(text, at));
    match before {
        Some(b'.' | b'-') => return false,
        Some(b',') if before_that.is_some_and(|b| b.is_ascii_digit()) => return false,
        _ => {}
    }
    let after = text.get(end).copied();
    let after_that = text.get(end + 1).copied();
    match after {
        Some(b'.' | b'/' | b'-') => !after_that.is_some_and(|b| b.is_ascii_alphanumeric()),
        Some(b':' | b',') => !after_that.is_some_and(|b| b.is_ascii_digit()),
        Some(b'%') => false,
        _ => true,
    }
}

/// Whether a unit follows the number that ends at `end` (`10061 bytes`).
fn unit_follows(text: &[u8], end: usize) -> bool {
    let Some(rest) = text.get(end..) else {
        return false;
    };
    let spaces = rest
        .iter()
        .take(2)
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count();
    let Some(rest) = rest.get(spaces..) else {
        return false;
    };
    if WIDE_UNITS
        .iter()
        .any(|unit| rest.starts_with(unit.as_bytes()))
    {
        return true;
    }
    let len = rest
        .iter()
        .take(MAX_WORD + 1)
        .take_while(|&&b| is_word(b))
        .count();
    rest.get(..len).is_some_and(|word| {
        UNITS
            .iter()
            .any(|unit| word.eq_ignore_ascii_case(unit.as_bytes()))
    })
}

// ---- context ----------------------------------------------------------------

/// How much a context word vouches for the number after it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Strength {
    /// A word any program uses (`error`, `code`): numbers of 256 or more.
    Generic,
    /// A Windows word (`WinError`, `GetLastError`, an SDK name): any number.
    Windows,
}

/// Whether `word` equals `key` (lower case), ignoring ASCII case and `_`.
fn same_word(word: &[u8], key: &str) -> bool {
    word.iter()
        .filter(|&&b| b != b'_')
        .map(u8::to_ascii_lowercase)
        .eq(key.bytes())
}

/// The ASCII word (not starting with a digit, at most [`MAX_WORD`] bytes)
/// that ends at `at`, with its start.
fn word_before(text: &[u8], at: usize) -> Option<(usize, &[u8])> {
    let head = text.get(..at)?;
    let len = head
        .iter()
        .rev()
        .take(MAX_WORD + 1)
        .take_while(|&&b| is_word(b))
        .count();
    if len == 0 || len > MAX_WORD {
        return None;
    }
    let start = at.checked_sub(len)?;
    let word = head.get(start..)?;
    if word.first()?.is_ascii_digit() {
        return None;
    }
    Some((start, word))
}

/// `at` moved back over the separators in front of it.
fn skip_glue_back(text: &[u8], mut at: usize) -> usize {
    let mut budget = MAX_GLUE;
    while budget > 0 {
        let Some(head) = text.get(..at) else {
            break;
        };
        let glue = if head.last().is_some_and(|b| GLUE.contains(b)) {
            1
        } else if let Some(wide) = WIDE_GLUE.iter().find(|g| head.ends_with(g.as_bytes())) {
            wide.len()
        } else {
            break;
        };
        at -= glue;
        budget = budget.saturating_sub(glue);
    }
    at
}

/// The strength of `word` as a context word, if it is one.
fn context_word(word: &[u8]) -> Option<Strength> {
    if sdk_name(word).is_some() || WINDOWS_WORDS.iter().any(|key| same_word(word, key)) {
        return Some(Strength::Windows);
    }
    let ends_in_error = word
        .len()
        .checked_sub(5)
        .and_then(|cut| word.get(cut..))
        .is_some_and(|tail| tail.eq_ignore_ascii_case(b"error"));
    if ends_in_error || GENERIC_WORDS.iter().any(|key| same_word(word, key)) {
        return Some(Strength::Generic);
    }
    None
}

/// The word before the word that starts at `start`, across spaces and `-`.
fn previous_word(text: &[u8], start: usize) -> Option<&[u8]> {
    let gap = text
        .get(..start)?
        .iter()
        .rev()
        .take(3)
        .take_while(|&&b| b == b' ' || b == b'\t' || b == b'-')
        .count();
    word_before(text, start.checked_sub(gap)?).map(|(_, word)| word)
}

/// Rule 3: the strength of the context in front of a number at `at`, if it
/// is in one.
fn context_before(text: &[u8], at: usize) -> Option<Strength> {
    let floor = at.saturating_sub(LOOKBACK);
    let mut at = at;
    let mut fillers = 0;
    let mut crossed_call = false;
    loop {
        let glue_end = at;
        at = skip_glue_back(text, at);
        if at < floor {
            return None;
        }
        let head = text.get(..at)?;
        if WIDE_WORDS
            .iter()
            .any(|word| head.ends_with(word.as_bytes()))
        {
            return Some(Strength::Generic);
        }
        let call = head.ends_with(b"()");
        let word_end = if call { at - 2 } else { at };
        let (word_start, word) = word_before(text, word_end)?;
        if let Some(strength) = context_word(word) {
            let glue = text.get(at..glue_end).unwrap_or_default();
            return vouch(text, word_start, word, glue, strength);
        }
        let before = previous_word(text, word_start);
        let filler = call
            || FILLERS.iter().any(|key| same_word(word, key))
            || (crossed_call && same_word(word, "at"))
            || (same_word(word, "socket") && before.is_some_and(|w| same_word(w, "de")));
        if !filler || fillers == MAX_FILLERS {
            return None;
        }
        fillers += 1;
        crossed_call |= call;
        at = word_start;
    }
}

/// What the context word `word` (starting at `start`, `glue` after it) says
/// about the number after it, given the word in front of it.
fn vouch(
    text: &[u8],
    start: usize,
    word: &[u8],
    glue: &[u8],
    strength: Strength,
) -> Option<Strength> {
    let before = previous_word(text, start);
    let named = |keys: &[&str]| before.is_some_and(|w| keys.iter().any(|k| same_word(w, k)));
    if named(&UPGRADERS) {
        return Some(Strength::Windows);
    }
    // A bare upper-case ERROR without `:`, `=` or `#` is a log level, and the
    // number after it a process or thread id (Spring Boot's `ERROR 10054 ---`).
    let log_level = word == b"ERROR" || word == b"ERR";
    if log_level && !glue.iter().any(|b| b":=#".contains(b)) {
        return None;
    }
    if same_word(word, "code") && named(&NOT_ERROR_CODES) {
        return None;
    }
    Some(strength)
}

/// Rule 4: libpq's `(0x00002745/10053)`, hex and decimal of the same code.
fn libpq_pair(text: &[u8], start: usize, end: usize, number: Number) -> bool {
    if number.hex_digits != 0 || text.get(end) != Some(&b')') {
        return false;
    }
    let Some(slash) = start.checked_sub(1) else {
        return false;
    };
    if text.get(slash) != Some(&b'/') {
        return false;
    }
    let len = text.get(..slash).map_or(0, |head| {
        head.iter()
            .rev()
            .take(19)
            .take_while(|&&b| is_word(b))
            .count()
    });
    let Some(hex_start) = slash.checked_sub(len) else {
        return false;
    };
    let hex = text.get(hex_start..slash).and_then(read_number_token);
    hex.is_some_and(|hex| hex.hex_digits != 0 && hex.value == number.value)
        && byte_before(text, hex_start) == Some(b'(')
}

/// Rule 5: ` (10061)` after a failure word on the same line.
fn parenthesised(text: &[u8], start: usize, end: usize, error: SocketError) -> bool {
    let SocketError::Winsock(code) = error else {
        return false;
    };
    let Some(open) = start.checked_sub(1) else {
        return false;
    };
    code.code() >= 10000
        && text.get(end) == Some(&b')')
        && text.get(open) == Some(&b'(')
        && byte_before(text, open) == Some(b' ')
        && failure_word_before(text, open)
}

/// Whether the line before `at` (at most [`FAILURE_WINDOW`] bytes of it) has
/// a failure word.
fn failure_word_before(text: &[u8], at: usize) -> bool {
    let Some(window) = text.get(at.saturating_sub(FAILURE_WINDOW)..at) else {
        return false;
    };
    let line = match window.iter().rposition(|&b| b == b'\n' || b == b'\r') {
        Some(newline) => window.get(newline + 1..).unwrap_or_default(),
        None => window,
    };
    FAILURE_WORDS
        .iter()
        .any(|word| contains_ignoring_case(line, word.as_bytes()))
}

fn contains_ignoring_case(haystack: &[u8], needle: &[u8]) -> bool {
    (0..=haystack.len().saturating_sub(needle.len())).any(|at| {
        haystack
            .get(at..at + needle.len())
            .is_some_and(|part| part.eq_ignore_ascii_case(needle))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{NtStatus, Win32Error, WsaError};
    use std::vec::Vec;

    fn found(text: &[u8]) -> Vec<(&[u8], SocketError)> {
        scan_bytes(text)
            .map(|m| (&text[m.start..m.end], m.error))
            .collect()
    }

    fn winsock(code: i32) -> SocketError {
        SocketError::Winsock(WsaError::new(code))
    }

    /// A small deterministic generator (xorshift64*), so the noise is the
    /// same on every run.
    struct Noise(u64);

    impl Noise {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }

        fn bytes(&mut self, len: usize, alphabet: &[u8]) -> Vec<u8> {
            (0..len)
                .map(|_| alphabet[(self.next() % alphabet.len() as u64) as usize])
                .collect()
        }
    }

    /// Every match of `text`, checked: in order, inside the text, and
    /// re-parsing to the error reported.
    fn checked_matches(text: &[u8]) -> Vec<Match> {
        let matches: Vec<Match> = scan_bytes(text).collect();
        let mut last_end = 0;
        for m in &matches {
            assert!(last_end <= m.start && m.start < m.end && m.end <= text.len());
            assert_eq!(
                SocketError::parse_bytes(&text[m.start..m.end]),
                Some(m.error)
            );
            last_end = m.end;
        }
        matches
    }

    #[test]
    fn spans_point_at_the_number_or_name_itself() {
        let line = "ConnectionResetError: [WinError 10054] An existing connection";
        let m = scan(line).next().unwrap();
        assert_eq!((m.start, m.end), (32, 37));
        assert_eq!(&line[m.start..m.end], "10054");
        assert_eq!(m.error, winsock(10054));

        let line = "hr=-2147014842 from WSARecv";
        let m = scan(line).next().unwrap();
        assert_eq!(&line[m.start..m.end], "-2147014842");
        assert_eq!(m.error, winsock(10054));

        let line = "read: STATUS_CONNECTION_RESET.";
        let m = scan(line).next().unwrap();
        assert_eq!((m.start, m.end), (6, 29));
        assert_eq!(m.error, SocketError::NtStatus(NtStatus::new(0xC000_020D)));

        let text = "first line\nSocket Error # 10053\n";
        let m = scan(text).next().unwrap();
        assert_eq!(&text[m.start..m.end], "10053");
        assert_eq!(m.start, 26);
    }

    #[test]
    fn several_mentions_on_one_line_come_in_order() {
        let line = b"Retry 3: WSAETIMEDOUT (10060), then WSAECONNREFUSED (10061); hr 0x80070040";
        let expected: [(&[u8], SocketError); 5] = [
            (b"WSAETIMEDOUT", winsock(10060)),
            (b"10060", winsock(10060)),
            (b"WSAECONNREFUSED", winsock(10061)),
            (b"10061", winsock(10061)),
            (b"0x80070040", SocketError::Win32(Win32Error::new(64))),
        ];
        assert_eq!(found(line), expected);
    }

    #[test]
    fn the_three_spaces_are_told_apart() {
        let text =
            b"GetLastError() = 995 (ERROR_OPERATION_ABORTED); [WinError 64]; status 0xD000020D";
        assert_eq!(
            found(text),
            [
                (&b"995"[..], winsock(995)),
                (
                    b"ERROR_OPERATION_ABORTED",
                    SocketError::Win32(Win32Error::new(995))
                ),
                (b"64", SocketError::Win32(Win32Error::new(64))),
                (
                    b"0xD000020D",
                    SocketError::NtStatus(NtStatus::new(0xC000_020D))
                ),
            ]
        );
    }

    #[test]
    fn invalid_utf8_is_read_around() {
        // "[WinError 10054]" followed by the message in GBK, then a lone
        // continuation byte and a cut UTF-8 sequence.
        let text = b"[WinError 10054] \xd4\xb6\xb3\xcc\xd6\xf7\xbb\xfa \x80 error 10061 \xe9\x94";
        assert_eq!(
            found(text),
            [(&b"10054"[..], winsock(10054)), (b"10061", winsock(10061))]
        );
        // A context word right after invalid bytes, and one cut in half.
        assert_eq!(
            found(b"\xff\xfeerror 10060"),
            [(&b"10060"[..], winsock(10060))]
        );
        assert_eq!(found("\u{9519}\u{8bef}10060".as_bytes()).len(), 1);
        assert!(found(b"\xe9\x94\x99\xe8 10060").is_empty());
    }

    #[test]
    fn empty_and_tiny_inputs_yield_nothing() {
        for text in [
            &b""[..],
            b" ",
            b"0",
            b"x",
            b"(",
            b"-",
            b"0x",
            b"error",
            b"error ",
            b"\xff",
        ] {
            assert_eq!(scan_bytes(text).next(), None, "{text:?}");
        }
        assert_eq!(scan("").count(), 0);
    }

    #[test]
    fn a_mebibyte_of_noise_has_no_mention_and_no_panic() {
        let mut noise = Noise(0x9E37_79B9_7F4A_7C15);
        // Digits, separators and non-ASCII bytes only: numbers of every
        // shape, but no word that could introduce a code.
        let mut alphabet: Vec<u8> = b"0123456789 .:-/,[]()#=\n\t".to_vec();
        alphabet.extend(0x80..=0xFF);
        let text = noise.bytes(1 << 20, &alphabet);
        assert_eq!(scan_bytes(&text).count(), 0);
        // Any bytes at all: mentions may turn up by chance, but each must be valid.
        let all: Vec<u8> = (0..=255).collect();
        let text = noise.bytes(1 << 20, &all);
        checked_matches(&text);
    }

    #[test]
    fn pathological_inputs_neither_panic_nor_crawl() {
        // Long runs of one token, of separators and of numbers in context:
        // with an unbounded look-behind the repeated ones would take minutes.
        let mut failing = b"error".to_vec();
        failing.extend(b" ".repeat(1 << 20));
        failing.extend(b"(10054)");
        let cases: Vec<Vec<u8>> = std::vec![
            b"error ".repeat(1 << 17),
            b"reset (10054) ".repeat(1 << 15),
            b"is ".repeat(1 << 18),
            b"a".repeat(1 << 20),
            b"1".repeat(1 << 20),
            b" ".repeat(1 << 20),
            b"error (0x00002746/10054)".repeat(1 << 15),
            failing,
        ];
        for text in &cases {
            checked_matches(text);
        }
        assert_eq!(scan_bytes(&cases[1]).count(), 1 << 15);
        assert_eq!(scan_bytes(&cases[6]).count(), 1 << 15);
    }

    #[test]
    fn every_span_reparses_to_its_error() {
        let mut text = Vec::new();
        for entry in crate::entries() {
            text.extend(
                std::format!(
                    "{} error {} code=0x{:X} ",
                    entry.name(),
                    entry.code(),
                    entry.code()
                )
                .bytes(),
            );
            text.extend(
                std::format!(
                    "hr {} HRESULT {:#X}\n",
                    entry.error().hresult() as i32,
                    entry.error().hresult()
                )
                .bytes(),
            );
        }
        for error in Win32Error::all() {
            text.extend(
                std::format!(
                    "{} GetLastError()={} {:#X}\n",
                    error.name().unwrap_or_default(),
                    error.code(),
                    error.hresult()
                )
                .bytes(),
            );
        }
        for status in NtStatus::all() {
            text.extend(
                std::format!(
                    "{} status {} {:#X} {:#X}\n",
                    status.name().unwrap_or_default(),
                    status.code() as i32,
                    status.code(),
                    status.code() | 0x1000_0000
                )
                .bytes(),
            );
        }
        let matches = checked_matches(&text);
        // Each catalog entry but NO_ERROR: its name, the codes from 256 up, the
        // hex and HRESULT forms; at least the name and the HRESULT for all.
        assert!(matches.len() >= 2 * (crate::entries().len() - 1));
    }

    #[test]
    fn resuming_at_a_match_end_continues_the_same_scan() {
        let text = b"WSAECONNRESET (10054) Socket Error # 10053 hr=-2147014842 (0x00002745/10053) 0xC000020D";
        let whole: Vec<Match> = scan_bytes(text).collect();
        assert_eq!(whole.len(), 6);
        let mut resumed = Vec::new();
        let mut offset = 0;
        while let Some(m) = Scan::from_offset(text, offset).next() {
            resumed.push(m);
            offset = m.end;
        }
        assert_eq!(resumed, whole);
        // Starting inside a token skips it; past the end, nothing.
        assert_eq!(Scan::from_offset(text, 3).next().map(|m| m.start), Some(15));
        assert_eq!(Scan::from_offset(text, usize::MAX).next(), None);
        let mut scan = scan_bytes(text);
        scan.next();
        assert_eq!(scan.offset(), 13);
        let fork = scan.clone();
        assert_eq!(scan.collect::<Vec<_>>(), fork.collect::<Vec<_>>());
    }

    #[test]
    fn small_numbers_need_a_windows_word() {
        assert_eq!(found(b"[WinError 64]").len(), 1);
        assert_eq!(found(b"Socket Error # 64").len(), 1);
        assert_eq!(found(b"ERROR_NETNAME_DELETED (64)").len(), 2);
        assert!(found(b"error 64").is_empty());
        assert!(found(b"[Errno 8] nodename nor servname provided").is_empty());
        assert_eq!(found(b"error 995").len(), 1);
    }

    #[test]
    fn success_and_posix_names_are_never_mentions() {
        for text in [
            "NO_ERROR",
            "error 0",
            "[WinError 0]",
            "hr 0x00000000",
            "ECONNRESET",
            "errno EPIPE",
            "wsaeconnreset",
        ] {
            assert!(found(text.as_bytes()).is_empty(), "{text}");
        }
    }

    #[test]
    fn numbers_glued_to_others_are_not_mentions() {
        for text in [
            "error 1.10054",
            "error 10054.5",
            "error 10,054",
            "error 1,10054",
            "error build-10054",
            "error 10054-10060",
            "error 10054/tcp",
            "error 10054:10",
            "error 010054",
            "error 100540",
            "error 10054%",
            "error 10054 ms",
            "error 10054ms",
            "error 10054 bytes",
            "error -10054",
            "error 0x2746FFFF",
            "error 0x0000000000000000002746",
        ] {
            assert!(found(text.as_bytes()).is_empty(), "{text}");
        }
    }
}
