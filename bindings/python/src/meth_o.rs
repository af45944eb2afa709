//! The text lookups, `name`, `describe` and `details`, as plain CPython
//! functions with the `METH_O` calling convention; and [`read_int`], how every
//! function in the module reads a code.
//!
//! Why not `#[pyfunction]`: from the 3.10 stable ABI on, PyO3 registers its
//! functions with the vectorcall convention, but its own work per call (the
//! attach count, the deferred-reference check, the argument parser) still
//! costs about 3 ns, so a `#[pyfunction]` that does nothing already takes 1.2
//! times `errno.errorcode.get`. Measured (BENCHMARKS.md): `name()` as a
//! `#[pyfunction]` takes 1.8 times `errno.errorcode.get`, against a target of
//! 1.3; as `METH_O`, about 1.2. `describe` and `details` are `name` on another
//! column and share its one implementation. `lookup`, whose target is 2 times,
//! takes 1.75 as a `#[pyfunction]`, so it is one (src/lib.rs).
//!
//! The price is raw C-API calls, kept to this file and to one rule: nothing
//! here creates or drops a `PyErr` or a `Py<T>` (PyO3 defers such drops when
//! it did not set up the call itself); errors are raised with
//! `PyErr_SetString`, and answers are the strings made once in src/lib.rs,
//! handed out with a new reference.

use std::cell::UnsafeCell;
use std::ffi::{CStr, CString};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::ptr;

use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::PyString;

use crate::{Texts, position, texts};

/// Marks that a C-API call failed and left its exception set.
pub(crate) struct Raised;

/// `arg` as `operator.index` reads it: `Ok(None)` for an int outside `i64`
/// (which no code is), `Err` with the `TypeError` set for anything else, or
/// with whatever its `__index__` raised.
///
/// # Safety
/// The thread is attached and `arg` is a valid object.
pub(crate) unsafe fn read_int(arg: *mut ffi::PyObject) -> Result<Option<i64>, Raised> {
    let mut overflow = 0;
    // SAFETY: per this function's contract. From 3.10 on, this reads an int
    // as it is and anything else through `__index__` alone (never `__int__`,
    // which would take floats), exactly as `operator.index` does.
    unsafe {
        let value = ffi::PyLong_AsLongLongAndOverflow(arg, &mut overflow);
        if overflow != 0 {
            Ok(None)
        } else if value == -1 && !ffi::PyErr_Occurred().is_null() {
            Err(Raised)
        } else {
            Ok(Some(value))
        }
    }
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
    pick: fn(&Texts) -> &Py<PyString>,
) -> *mut ffi::PyObject {
    // SAFETY: per this function's contract.
    unsafe {
        guarded(arg, |py, arg| match read_int(arg) {
            Err(Raised) => ptr::null_mut(),
            Ok(value) => {
                let code = value.and_then(|value| i32::try_from(value).ok());
                match code.and_then(position) {
                    Some(position) => new_reference(pick(&texts(py)[position])),
                    None => none(),
                }
            }
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

/// One function: its name, its `METH_O` implementation, and its docstring,
/// which starts with the text signature CPython reads (`name(code, /)\n--\n\n`).
const fn method(
    name: &'static CStr,
    meth: ffi::PyCFunction,
    doc: &'static CStr,
) -> UnsafeCell<ffi::PyMethodDef> {
    UnsafeCell::new(ffi::PyMethodDef {
        ml_name: name.as_ptr(),
        ml_meth: ffi::PyMethodDefPointer { PyCFunction: meth },
        ml_flags: ffi::METH_O,
        ml_doc: doc.as_ptr(),
    })
}

/// The definitions of this file's functions. CPython keeps pointing at a
/// definition for as long as its function lives, so they are static.
struct Definitions([UnsafeCell<ffi::PyMethodDef>; 3]);

// SAFETY: the definitions are constants. CPython takes them as `*mut` (hence
// the `UnsafeCell`) but only reads them, and nothing in Rust writes them, so
// threads share them as they would share any immutable data.
unsafe impl Sync for Definitions {}

static DEFINITIONS: Definitions = Definitions([
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
]);

/// Adds the functions of this file to `module`, as `PyModule_AddFunctions`
/// would, and to its `__all__` as PyO3 does for its own functions.
pub(crate) fn add_to(module: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = module.py();
    let module_name = module.name()?;
    for definition in &DEFINITIONS.0 {
        let definition = definition.get();
        // SAFETY: `definition` points into DEFINITIONS, whose ml_name is one of
        // the C string literals above.
        let name = unsafe { CStr::from_ptr((*definition).ml_name) };
        let name = name.to_str().expect("the names are ASCII");
        // SAFETY: attached (we hold `module`); the definition is static, and a
        // NULL result comes with the exception set.
        let function = unsafe {
            let function =
                ffi::PyCFunction_NewEx(definition, module.as_ptr(), module_name.as_ptr());
            Bound::from_owned_ptr_or_err(py, function)?
        };
        module.add(name, function)?;
    }
    Ok(())
}
