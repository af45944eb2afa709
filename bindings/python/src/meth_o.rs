//! The hot lookups, `name`, `describe`, `details` and `lookup`, as plain
//! CPython functions with the `METH_O` calling convention.
//!
//! Why not `#[pyfunction]`: for the abi3-py39 stable ABI, PyO3 registers
//! functions as `METH_VARARGS | METH_KEYWORDS` (vectorcall entered the limited
//! API only in 3.10), so every call builds an argument tuple and walks PyO3's
//! argument parser. Measured here, that is about 55 ns on top of a lookup
//! that takes 20, or 3.5 times `errno.errorcode.get`. `METH_O` hands the one
//! argument over directly, as CPython's own `dict.get` path does.
//!
//! The price is raw C-API calls, kept to this file and to one rule: nothing
//! here creates or drops a `PyErr` or a `Py<T>` (PyO3 defers such drops when
//! it did not set up the call itself); errors are raised with
//! `PyErr_SetString`, and answers are the strings and members made once
//! elsewhere, handed out with a new reference.

use std::ffi::{CStr, CString, c_char};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::ptr;

use pyo3::ffi;
use pyo3::prelude::*;
use wsa_error::{Entry, WsaError};

use crate::{MEMBERS, Texts, index_of, texts};

/// Marks that a C-API call failed and left its exception set.
pub(crate) struct Raised;

/// `arg` as `operator.index` reads it: `Ok(None)` for an int outside `i64`
/// (which no code is), `Err` with the `TypeError` set for anything else.
///
/// # Safety
/// The thread is attached and `arg` is a valid object.
pub(crate) unsafe fn read_int(arg: *mut ffi::PyObject) -> Result<Option<i64>, Raised> {
    // SAFETY: per this function's contract.
    unsafe {
        // The exact check first: it is a pointer comparison, where PyLong_Check
        // is a function call under the stable ABI.
        if ffi::PyLong_CheckExact(arg) != 0 || ffi::PyLong_Check(arg) != 0 {
            return int_value(arg);
        }
        // Not PyLong_AsLongLong on the object itself: before 3.10 that also takes
        // floats, through __int__.
        let index = ffi::PyNumber_Index(arg);
        if index.is_null() {
            return Err(Raised);
        }
        let value = int_value(index);
        ffi::Py_DecRef(index);
        value
    }
}

/// # Safety
/// The thread is attached and `int` is an int.
unsafe fn int_value(int: *mut ffi::PyObject) -> Result<Option<i64>, Raised> {
    let mut overflow = 0;
    // SAFETY: per this function's contract.
    let value = unsafe { ffi::PyLong_AsLongLongAndOverflow(int, &mut overflow) };
    if overflow != 0 {
        Ok(None)
    } else if value == -1 && unsafe { !ffi::PyErr_Occurred().is_null() } {
        Err(Raised)
    } else {
        Ok(Some(value))
    }
}

/// The catalog entry for an int value.
fn entry_for(value: Option<i64>) -> Option<&'static Entry> {
    let code = i32::try_from(value?).ok()?;
    WsaError::new(code).entry()
}

/// Raises `exception` with `message`.
///
/// # Safety
/// The thread is attached and `exception` is an exception class.
unsafe fn raise(exception: *mut ffi::PyObject, message: &str) -> *mut ffi::PyObject {
    let message = CString::new(message.replace('\0', "\\0")).expect("NULs were replaced");
    // SAFETY: per this function's contract; the message is NUL-terminated.
    unsafe { ffi::PyErr_SetString(exception, message.as_ptr()) };
    ptr::null_mut()
}

/// Runs the body of a `METH_O` function: no panic unwinds into CPython.
///
/// # Safety
/// Called by CPython for a `METH_O` function: the thread is attached and `arg`
/// is a valid, borrowed object.
unsafe fn guarded(
    arg: *mut ffi::PyObject,
    body: impl FnOnce(Python<'_>, *mut ffi::PyObject) -> *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    // SAFETY: CPython calls METH_O functions with the thread attached.
    let py = unsafe { Python::assume_attached() };
    match catch_unwind(AssertUnwindSafe(|| body(py, arg))) {
        Ok(result) => result,
        // SAFETY: attached, and SystemError is an exception class.
        Err(_) => unsafe {
            raise(
                ffi::PyExc_SystemError,
                "wsa_error._native: internal error (a Rust panic)",
            )
        },
    }
}

/// A new reference to `object`.
fn new_reference(object: &Py<impl Sized>) -> *mut ffi::PyObject {
    let pointer = object.as_ptr();
    // SAFETY: `object` is alive (it is kept for the life of the module).
    unsafe { ffi::Py_IncRef(pointer) };
    pointer
}

/// `None`, with a new reference.
fn none() -> *mut ffi::PyObject {
    // SAFETY: Py_None is immortal or reference-counted like any object.
    unsafe {
        let none = ffi::Py_None();
        ffi::Py_IncRef(none);
        none
    }
}

/// One cached text of the entry for the code `arg`, or `None`.
///
/// # Safety
/// As for [`guarded`].
unsafe fn cached_text(
    arg: *mut ffi::PyObject,
    pick: fn(&Texts) -> &Py<pyo3::types::PyString>,
) -> *mut ffi::PyObject {
    // SAFETY: per this function's contract.
    unsafe {
        guarded(arg, |py, arg| match read_int(arg) {
            Err(Raised) => ptr::null_mut(),
            Ok(value) => match entry_for(value) {
                Some(entry) => new_reference(pick(&texts(py)[index_of(entry)])),
                None => none(),
            },
        })
    }
}

unsafe extern "C" fn name(
    _module: *mut ffi::PyObject,
    code: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    // SAFETY: CPython's METH_O contract.
    unsafe { cached_text(code, |texts| &texts.name) }
}

unsafe extern "C" fn describe(
    _module: *mut ffi::PyObject,
    code: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    // SAFETY: CPython's METH_O contract.
    unsafe { cached_text(code, |texts| &texts.message) }
}

unsafe extern "C" fn details(
    _module: *mut ffi::PyObject,
    code: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    // SAFETY: CPython's METH_O contract.
    unsafe { cached_text(code, |texts| &texts.details) }
}

/// The longest text `WsaError::parse` reads; longer text names nothing, and is
/// not even encoded.
const PARSE_MAX: isize = 256;

/// The code a str names, as `wsa_error_parse` reads it.
///
/// # Safety
/// The thread is attached and `text` is a str.
unsafe fn parse_str(text: *mut ffi::PyObject) -> Option<WsaError> {
    // SAFETY: per this function's contract; the bytes object outlives the slice.
    unsafe {
        if ffi::PyUnicode_GetLength(text) > PARSE_MAX {
            return None;
        }
        let utf8 = ffi::PyUnicode_AsUTF8String(text);
        if utf8.is_null() {
            // Lone surrogates cannot be UTF-8, so the str names nothing.
            ffi::PyErr_Clear();
            return None;
        }
        let mut data: *mut c_char = ptr::null_mut();
        let mut length: ffi::Py_ssize_t = 0;
        let found = if ffi::PyBytes_AsStringAndSize(utf8, &mut data, &mut length) == 0 {
            let bytes = std::slice::from_raw_parts(data.cast::<u8>(), length as usize);
            std::str::from_utf8(bytes).ok().and_then(WsaError::parse)
        } else {
            ffi::PyErr_Clear();
            None
        };
        ffi::Py_DecRef(utf8);
        found
    }
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

/// Raises `LookupError` naming `key` (its repr, shortened: it may be long).
///
/// # Safety
/// The thread is attached and `key` is a valid object.
unsafe fn raise_not_found(key: *mut ffi::PyObject) -> *mut ffi::PyObject {
    const LIMIT: usize = 80;
    // SAFETY: per this function's contract.
    unsafe {
        let repr = ffi::PyObject_Repr(key);
        if repr.is_null() {
            return ptr::null_mut();
        }
        let utf8 = ffi::PyUnicode_AsUTF8String(repr);
        ffi::Py_DecRef(repr);
        if utf8.is_null() {
            return ptr::null_mut();
        }
        let text = CStr::from_ptr(ffi::PyBytes_AsString(utf8)).to_string_lossy();
        let shown = match text.char_indices().nth(LIMIT) {
            Some((cut, _)) => format!("{}...", &text[..cut]),
            None => text.into_owned(),
        };
        ffi::Py_DecRef(utf8);
        raise(
            ffi::PyExc_LookupError,
            &format!("{shown} is not a known Windows Sockets error code, name or HRESULT"),
        )
    }
}

unsafe extern "C" fn lookup(
    _module: *mut ffi::PyObject,
    key: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    // SAFETY: CPython's METH_O contract; each call below needs no more.
    unsafe {
        guarded(key, |py, key| {
            let found = if ffi::PyUnicode_Check(key) != 0 {
                parse_str(key)
            } else {
                match read_int(key) {
                    Ok(value) => parse_int(value),
                    Err(Raised) => return ptr::null_mut(),
                }
            };
            let Some(entry) = found.and_then(WsaError::entry) else {
                return raise_not_found(key);
            };
            if MEMBERS.get(py).is_none() {
                // The enum is built on first use: importing the module that declares
                // it builds it and binds its members here.
                let module = ffi::PyImport_ImportModule(c"wsa_error._codes".as_ptr());
                if module.is_null() {
                    return ptr::null_mut();
                }
                ffi::Py_DecRef(module);
            }
            match MEMBERS.get(py) {
                Some(members) => new_reference(&members[index_of(entry)]),
                None => raise(
                    ffi::PyExc_RuntimeError,
                    "importing wsa_error._codes did not bind the WSAError members",
                ),
            }
        })
    }
}

/// One function: its name, its `METH_O` implementation, and its docstring,
/// which starts with the text signature CPython reads (`name(code, /)\n--\n\n`).
const fn method(
    name: &'static CStr,
    meth: ffi::PyCFunction,
    doc: &'static CStr,
) -> ffi::PyMethodDef {
    ffi::PyMethodDef {
        ml_name: name.as_ptr(),
        ml_meth: ffi::PyMethodDefPointer { PyCFunction: meth },
        ml_flags: ffi::METH_O,
        ml_doc: doc.as_ptr(),
    }
}

/// Adds the functions of this file to `module`, as `PyModule_AddFunctions`
/// would, and to its `__all__` as PyO3 does for its own functions.
pub(crate) fn add_to(module: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = module.py();
    // CPython keeps pointing at a definition for as long as its function lives,
    // so the definitions live for the rest of the process.
    let definitions = [
        method(
            c"name",
            name,
            c"name(code, /)\n--\n\n\
              The SDK name ('WSAECONNRESET'), or None for an unknown code.",
        ),
        method(
            c"describe",
            describe,
            c"describe(code, /)\n--\n\n\
              The short message ('Connection reset by peer'), or None for an unknown code.",
        ),
        method(
            c"details",
            details,
            c"details(code, /)\n--\n\n\
              The long explanation, or None for an unknown code.",
        ),
        method(
            c"lookup",
            lookup,
            c"lookup(key, /)\n--\n\n\
              The WSAError member for an int code (10054) or HRESULT (0x80072746,\n\
              -2147014842), or for a str as wsa_error_parse reads it: a name, alias\n\
              or POSIX name in any case, '10054', '0x2746', '0x80072746'.\n\
              Raises LookupError naming the input when there is no such code, and\n\
              TypeError for anything but an int or a str.",
        ),
    ];
    let module_name = module.name()?;
    for definition in definitions {
        // SAFETY: ml_name is one of the C string literals above.
        let name = unsafe { CStr::from_ptr(definition.ml_name) };
        let name = name.to_str().expect("the names are ASCII");
        let definition: &'static mut ffi::PyMethodDef = Box::leak(Box::new(definition));
        // SAFETY: attached (we hold `module`); the definition is never freed, and
        // a NULL result comes with the exception set.
        let function = unsafe {
            let function =
                ffi::PyCFunction_NewEx(definition, module.as_ptr(), module_name.as_ptr());
            Bound::from_owned_ptr_or_err(py, function)?
        };
        module.add(name, function)?;
    }
    Ok(())
}
