//! `wsa_error._native`: the `wsa-error` catalog as a CPython extension module
//! (the stable ABI, abi3, so one build serves CPython 3.10 and later).
//!
//! Import the pure-Python package `wsa_error`, not this module: it defines
//! the `WSAError` enum and hands its members to [`_bind_members`], which is
//! what lets `lookup` answer with members without going through
//! `EnumType.__call__` (and `lookup` builds the enum if it was not yet).
//!
//! Every function is a PyO3 `#[pyfunction]` but the text lookups `name`,
//! `describe` and `details`, which are raw `METH_O` functions in [`meth_o`]
//! because a `#[pyfunction]` misses their speed target (the numbers are there).
//!
//! Conventions, shared by every function here:
//! - A code is a Python `int` (or an object with `__index__`); anything else
//!   raises `TypeError`, as `operator.index` would. Ints outside the C `int`
//!   range are unknown codes, never an `OverflowError`.
//! - Unknown codes get `None` (or `False`, or an empty tuple), never an error;
//!   `lookup` is the one function that raises (`LookupError`) for them.
//! - Every answer comes from the core crate's static table. The strings
//!   `name`, `describe` and `details` return are made once, when the module
//!   is imported, and shared after that.

use std::ffi::OsString;

mod meth_o;

use pyo3::exceptions::{PyLookupError, PyRuntimeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyString, PyTuple};

use wsa_error::{Entry, WsaError, entries};

// ---- codes from Python values ------------------------------------------------

/// A Python int (or an object with `__index__`) as an `i64`: `Ok(None)` for
/// ints outside `i64`, which no code is; `TypeError` for anything else.
fn int_value(value: &Bound<'_, PyAny>) -> PyResult<Option<i64>> {
    // SAFETY: attached (we hold `value`), and `value` is a valid object.
    unsafe { meth_o::read_int(value.as_ptr()) }.map_err(|_| PyErr::fetch(value.py()))
}

/// A Python int as an `i32` code: `Ok(None)` for ints outside `i32`, which no
/// entry has; `TypeError` for anything that is not an int.
fn int_code(value: &Bound<'_, PyAny>) -> PyResult<Option<i32>> {
    Ok(int_value(value)?.and_then(|value| i32::try_from(value).ok()))
}

/// A Python int as a 32-bit pattern: 0 to 2**32 - 1 as it is, -2**31 to -1 as
/// its two's complement (a signed NTSTATUS); None for anything else.
fn int_bits(value: &Bound<'_, PyAny>) -> PyResult<Option<u32>> {
    Ok(int_value(value)?.and_then(|value| {
        u32::try_from(value)
            .ok()
            .or_else(|| i32::try_from(value).ok().map(|v| v as u32))
    }))
}

/// The catalog entry for a Python int, if the catalog has one.
fn entry_of(value: &Bound<'_, PyAny>) -> PyResult<Option<&'static Entry>> {
    Ok(int_code(value)?.and_then(|code| WsaError::new(code).entry()))
}

/// The position of `code` in [`entries`] (ascending by code), which is the
/// position of its cached texts and of its `WSAError` member; None for a code
/// the catalog lacks.
pub(crate) fn position(code: i32) -> Option<usize> {
    entries().binary_search_by_key(&code, Entry::code).ok()
}

// ---- strings made once ---------------------------------------------------------

/// The texts of one entry as Python strings, so answering is an `INCREF`.
pub(crate) struct Texts {
    pub(crate) name: Py<PyString>,
    pub(crate) message: Py<PyString>,
    pub(crate) details: Py<PyString>,
}

static TEXTS: PyOnceLock<Box<[Texts]>> = PyOnceLock::new();

pub(crate) fn texts(py: Python<'_>) -> &'static [Texts] {
    TEXTS.get_or_init(py, || {
        entries()
            .iter()
            .map(|entry| Texts {
                // Interned like identifiers, so a name is the very string the enum uses.
                name: PyString::intern(py, entry.name()).unbind(),
                message: PyString::new(py, entry.message()).unbind(),
                details: PyString::new(py, entry.details()).unbind(),
            })
            .collect()
    })
}

// ---- the enum members ------------------------------------------------------------

/// The `WSAError` members, in the order of [`entries`], once the enum has
/// been built (on first use; see `wsa_error/__init__.py`).
static MEMBERS: PyOnceLock<Box<[Py<PyAny>]>> = PyOnceLock::new();

/// Registers the `WSAError` members that `lookup` returns: one per entry,
/// in ascending order of code, each equal to its code. Called once, by
/// `wsa_error/_enum.py` when it builds the enum; calling it again with the
/// same members does nothing, with others raises `RuntimeError`.
#[pyfunction]
#[pyo3(signature = (members, /))]
fn _bind_members(members: &Bound<'_, PyAny>) -> PyResult<()> {
    let py = members.py();
    let members: Vec<Py<PyAny>> = members
        .try_iter()?
        .map(|member| member.map(Bound::unbind))
        .collect::<PyResult<_>>()?;
    if members.len() != entries().len() {
        return Err(PyValueError::new_err(format!(
            "expected {} members, one per catalog entry, got {}",
            entries().len(),
            members.len()
        )));
    }
    for (member, entry) in members.iter().zip(entries()) {
        if member.bind(py).extract::<i32>().ok() != Some(entry.code()) {
            return Err(PyValueError::new_err(format!(
                "the member for {} ({}) is {}",
                entry.name(),
                entry.code(),
                member.bind(py).repr()?
            )));
        }
    }
    let bound = MEMBERS.get_or_init(py, || members.iter().map(|m| m.clone_ref(py)).collect());
    if bound.iter().zip(&members).all(|(old, new)| old.is(new)) {
        Ok(())
    } else {
        Err(PyRuntimeError::new_err(
            "wsa_error._native already holds other WSAError members",
        ))
    }
}

// ---- one answer per column ---------------------------------------------------------

/// The snake_case identifier ("connection_reset"), or None for an unknown code.
#[pyfunction]
#[pyo3(signature = (code, /))]
fn identifier(code: &Bound<'_, PyAny>) -> PyResult<Option<&'static str>> {
    Ok(entry_of(code)?.map(Entry::identifier))
}

/// The other names the SDK defines for the code (("WSANO_ADDRESS",) for
/// 11004); empty for most codes and for unknown ones.
#[pyfunction]
#[pyo3(signature = (code, /))]
fn aliases<'py>(code: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyTuple>> {
    let aliases: Vec<&str> = entry_of(code)?
        .into_iter()
        .flat_map(Entry::aliases)
        .collect();
    PyTuple::new(code.py(), aliases)
}

/// The POSIX errno name ("ECONNRESET"), or None if unknown or there is none.
#[pyfunction]
#[pyo3(signature = (code, /))]
fn posix_name(code: &Bound<'_, PyAny>) -> PyResult<Option<&'static str>> {
    Ok(entry_of(code)?.and_then(Entry::posix_name))
}

/// The getaddrinfo EAI_* name Windows defines as the code ("EAI_NONAME" for
/// 11001), or None.
#[pyfunction]
#[pyo3(signature = (code, /))]
fn gai_name(code: &Bound<'_, PyAny>) -> PyResult<Option<&'static str>> {
    Ok(entry_of(code)?.and_then(Entry::gai_name))
}

/// The Windows API functions whose Microsoft reference page lists the code,
/// alphabetical ignoring case; an empty tuple for none or an unknown code.
#[pyfunction]
#[pyo3(signature = (code, /))]
fn references<'py>(code: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyTuple>> {
    let references: Vec<&str> = entry_of(code)?
        .into_iter()
        .flat_map(Entry::references)
        .collect();
    PyTuple::new(code.py(), references)
}

/// The category ("connection"), or None for an unknown code.
#[pyfunction]
#[pyo3(signature = (code, /))]
fn category(code: &Bound<'_, PyAny>) -> PyResult<Option<&'static str>> {
    Ok(entry_of(code)?.map(|entry| entry.category().as_str()))
}

/// Whether retrying later can succeed; False for unknown codes.
#[pyfunction]
#[pyo3(signature = (code, /))]
fn is_transient(code: &Bound<'_, PyAny>) -> PyResult<bool> {
    Ok(entry_of(code)?.is_some_and(Entry::is_transient))
}

/// HRESULT_FROM_WIN32 of the code as an unsigned 32-bit value (0x80072746
/// for 10054, 0 for 0), or None for an unknown code.
#[pyfunction]
#[pyo3(signature = (code, /))]
fn hresult(code: &Bound<'_, PyAny>) -> PyResult<Option<u32>> {
    Ok(entry_of(code)?.map(|entry| entry.error().hresult()))
}

/// The errno value of the platform this module was built for (its C
/// library's), 0 for 0, or None. The `wsa_error` package answers with
/// Python's own `errno` module instead, which differs on Windows.
#[pyfunction]
#[pyo3(signature = (code, /))]
fn errno(code: &Bound<'_, PyAny>) -> PyResult<Option<i32>> {
    Ok(int_code(code)?.and_then(|code| WsaError::new(code).errno()))
}

/// The code for an errno value of the C library this module was built for
/// (preferring the 10000-range entry when several share it; 0 gives 0), or
/// None.
#[pyfunction]
#[pyo3(signature = (errnum, /))]
fn from_errno(errnum: &Bound<'_, PyAny>) -> PyResult<Option<i32>> {
    Ok(int_code(errnum)?
        .and_then(WsaError::from_errno)
        .map(WsaError::code))
}

/// The Winsock code a Win32 error code (an OSError's winerror) stands for: a
/// catalog code gives itself, 64 (ERROR_NETNAME_DELETED) gives 10054; None
/// for any other int.
#[pyfunction]
#[pyo3(signature = (code, /))]
fn from_win32(code: &Bound<'_, PyAny>) -> PyResult<Option<i32>> {
    let code = int_code(code)?.and_then(|code| u32::try_from(code).ok());
    Ok(code.and_then(WsaError::from_win32).map(WsaError::code))
}

/// The Winsock code an NTSTATUS stands for (0xC000020D, or -1073741299,
/// gives 10054; 0 gives 0); None for any other int.
#[pyfunction]
#[pyo3(signature = (status, /))]
fn from_ntstatus(status: &Bound<'_, PyAny>) -> PyResult<Option<i32>> {
    Ok(int_bits(status)?
        .and_then(WsaError::from_ntstatus)
        .map(WsaError::code))
}

/// One mention, as Python's `wsa_error.scan` receives it:
/// (start, end, space, code, winsock).
type ScanTuple = (usize, usize, &'static str, u64, Option<i32>);

/// Every socket error mentioned in `text`, as the Rust `wsa_error::scan`
/// finds them: a list of (start, end, space, code, winsock) tuples, with
/// start and end as indexes of the Python string (characters, not bytes),
/// space "winsock", "win32" or "ntstatus", code the number in that space,
/// and winsock the Winsock code it stands for or None.
#[pyfunction]
#[pyo3(signature = (text, /))]
fn scan(text: &Bound<'_, PyString>) -> PyResult<Vec<ScanTuple>> {
    let text = text.to_cow()?;
    let text: &str = &text;
    let mut found = Vec::new();
    // Byte offsets to character indexes, walking the text once.
    let mut chars = text.char_indices().enumerate().peekable();
    let mut char_index_of = |byte: usize| -> usize {
        while let Some(&(index, (at, _))) = chars.peek() {
            if at >= byte {
                return index;
            }
            chars.next();
        }
        text.chars().count()
    };
    for hit in wsa_error::scan(text) {
        let (space, code) = match hit.error {
            wsa_error::SocketError::Winsock(error) => ("winsock", error.code() as u32 as u64),
            wsa_error::SocketError::Win32(error) => ("win32", u64::from(error.code())),
            wsa_error::SocketError::NtStatus(status) => ("ntstatus", u64::from(status.code())),
        };
        let start = char_index_of(hit.start);
        let end = char_index_of(hit.end);
        found.push((
            start,
            end,
            space,
            code,
            hit.error.winsock().map(WsaError::code),
        ));
    }
    Ok(found)
}

/// The line `wsa_error_format` writes: "WSAECONNRESET (10054): Connection
/// reset by peer", or "Unknown Windows Sockets error 12345" for any other
/// int, however large.
#[pyfunction]
#[pyo3(signature = (code, /))]
fn format(code: &Bound<'_, PyAny>) -> PyResult<String> {
    if let Some(code) = int_code(code)? {
        return Ok(WsaError::new(code).to_string());
    }
    // Beyond i32 nothing is known: the crate's own line for an unknown code,
    // with this number's digits in place of its number.
    let digits = code.call_method0(intern!(code.py(), "__index__"))?.str()?;
    let sample = WsaError::new(i32::MIN).to_string();
    let prefix = sample
        .strip_suffix(&i32::MIN.to_string())
        .expect("the line for an unknown code ends with the code");
    Ok(format!("{prefix}{digits}"))
}

// ---- lookup ------------------------------------------------------------------------

/// The code a str names, as `wsa_error_parse` reads it.
fn parse_str(text: &Bound<'_, PyString>) -> PyResult<Option<WsaError>> {
    // In characters, each at least one byte: a longer text names nothing, and
    // is not even encoded. (Not `len()`, which a str subclass may override.)
    if text.code_point_len()? > wsa_error::MAX_PARSE_LEN {
        return Ok(None);
    }
    // Lone surrogates cannot be UTF-8, so such a str names nothing.
    Ok(text.to_str().ok().and_then(WsaError::parse))
}

/// The code an int names: a catalog code, or an `HRESULT_FROM_WIN32` value
/// read exactly as the same number written as text.
fn parse_int(value: Option<i64>) -> Option<WsaError> {
    let value = value?;
    match i32::try_from(value).ok().map(WsaError::new) {
        Some(error) if error.is_known() => Some(error),
        _ => WsaError::parse(&value.to_string()),
    }
}

/// The `LookupError` naming `key` (its repr, shortened: it may be long).
fn not_found(key: &Bound<'_, PyAny>) -> PyErr {
    const LIMIT: usize = 80;
    let repr = match key.repr() {
        Ok(repr) => repr.to_string_lossy().into_owned(),
        Err(error) => return error,
    };
    let shown = match repr.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}...", &repr[..cut]),
        None => repr,
    };
    PyLookupError::new_err(format!(
        "{shown} is not a known Windows Sockets error code, name or HRESULT"
    ))
}

/// The WSAError member for an int code (10054) or HRESULT (0x80072746,
/// -2147014842), or for a str as wsa_error_parse reads it: a name, alias
/// or POSIX name in any case, '10054', '0x2746', '0x80072746'.
/// Raises LookupError naming the input when there is no such code, and
/// TypeError for anything but an int or a str.
#[pyfunction]
#[pyo3(signature = (key, /))]
fn lookup<'py>(key: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let py = key.py();
    let found = match key.cast::<PyString>() {
        Ok(text) => parse_str(text)?,
        Err(_) => parse_int(int_value(key)?),
    };
    let Some(position) = found.and_then(|error| position(error.code())) else {
        return Err(not_found(key));
    };
    let members = match MEMBERS.get(py) {
        Some(members) => members,
        None => {
            // The enum is built on first use: importing the module that declares
            // it builds it and binds its members here.
            py.import("wsa_error._codes")?;
            MEMBERS.get(py).ok_or_else(|| {
                PyRuntimeError::new_err(
                    "importing wsa_error._codes did not bind the WSAError members",
                )
            })?
        }
    };
    Ok(members[position].bind(py).clone())
}

// ---- the whole catalog -----------------------------------------------------------

/// Every code in the catalog, ascending.
#[pyfunction]
fn codes(py: Python<'_>) -> PyResult<Bound<'_, PyTuple>> {
    PyTuple::new(py, entries().iter().map(Entry::code))
}

/// Every POSIX errno name the catalog answers to (EAGAIN and ENOTSUP
/// included), each once with the code it resolves to: 10000-range entries
/// first, so ("EINVAL", 10022) and not 87.
#[pyfunction]
fn posix_names(py: Python<'_>) -> PyResult<Bound<'_, PyTuple>> {
    let is_sdk_name = |name: &str| {
        WsaError::from_name(name)
            .and_then(WsaError::entry)
            .is_some_and(|entry| entry.name() == name || entry.aliases().any(|a| a == name))
    };
    let pairs: Vec<(&str, i32)> = wsa_error::names()
        .filter(|(name, _)| !is_sdk_name(name))
        .map(|(name, error)| (name, error.code()))
        .collect();
    PyTuple::new(py, pairs)
}

// ---- the command line ----------------------------------------------------------------

/// Runs the `wsa-error` command with `argv` (the program name first) and
/// returns (exit status, stdout bytes, stderr bytes): the very bytes the Rust
/// command prints.
#[pyfunction]
#[pyo3(signature = (argv, /))]
fn run_cli(py: Python<'_>, argv: Vec<OsString>) -> (i32, Bound<'_, PyBytes>, Bound<'_, PyBytes>) {
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let status = wsa_error_cli::run(argv, &mut stdout, &mut stderr);
    (status, PyBytes::new(py, &stdout), PyBytes::new(py, &stderr))
}

#[pymodule]
fn _native(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add("__version__", wsa_error::VERSION)?;
    // Made here, in PyO3's context, so the METH_O functions only ever read them.
    texts(module.py());
    module.add_function(wrap_pyfunction!(_bind_members, module)?)?;
    meth_o::add_to(module)?;
    module.add_function(wrap_pyfunction!(lookup, module)?)?;
    module.add_function(wrap_pyfunction!(identifier, module)?)?;
    module.add_function(wrap_pyfunction!(aliases, module)?)?;
    module.add_function(wrap_pyfunction!(posix_name, module)?)?;
    module.add_function(wrap_pyfunction!(gai_name, module)?)?;
    module.add_function(wrap_pyfunction!(references, module)?)?;
    module.add_function(wrap_pyfunction!(from_win32, module)?)?;
    module.add_function(wrap_pyfunction!(from_ntstatus, module)?)?;
    module.add_function(wrap_pyfunction!(scan, module)?)?;
    module.add_function(wrap_pyfunction!(category, module)?)?;
    module.add_function(wrap_pyfunction!(is_transient, module)?)?;
    module.add_function(wrap_pyfunction!(hresult, module)?)?;
    module.add_function(wrap_pyfunction!(errno, module)?)?;
    module.add_function(wrap_pyfunction!(from_errno, module)?)?;
    module.add_function(wrap_pyfunction!(format, module)?)?;
    module.add_function(wrap_pyfunction!(codes, module)?)?;
    module.add_function(wrap_pyfunction!(posix_names, module)?)?;
    module.add_function(wrap_pyfunction!(run_cli, module)?)?;
    Ok(())
}
