//! `bindings/cpp/include/wsa_error_errc.hpp`: the C++ enumeration `wsa::errc`
//! and its mapping to `std::errc`, both from the catalog.
//!
//! The hand-written `wsa_error.hpp` includes this file and builds the error
//! category on top of it.

use std::fmt::Write as _;

use wsa_error::{Entry, entries};

use crate::{Output, REGENERATE};

/// Where the generated header lives, relative to the repository root.
pub const ERRC_HEADER: &str = "bindings/cpp/include/wsa_error_errc.hpp";

/// The generated header as an [`Output`].
pub fn output() -> Output {
    Output {
        path: ERRC_HEADER,
        text: errc_header(),
    }
}

/// Every `std::errc` enumerator, by the POSIX name its value is defined as
/// (the C++ standard, `[system_error.syn]`): a fixed fact, not a judgement.
///
/// Left out: the four that C++23 deprecates (`no_message_available`,
/// `no_stream_resources`, `not_a_stream`, `stream_timeout`), so that the
/// header stays warning-free there. None of their errnos is in the catalog.
const STD_ERRC: &[(&str, &str)] = &[
    ("E2BIG", "argument_list_too_long"),
    ("EACCES", "permission_denied"),
    ("EADDRINUSE", "address_in_use"),
    ("EADDRNOTAVAIL", "address_not_available"),
    ("EAFNOSUPPORT", "address_family_not_supported"),
    ("EAGAIN", "resource_unavailable_try_again"),
    ("EALREADY", "connection_already_in_progress"),
    ("EBADF", "bad_file_descriptor"),
    ("EBADMSG", "bad_message"),
    ("EBUSY", "device_or_resource_busy"),
    ("ECANCELED", "operation_canceled"),
    ("ECHILD", "no_child_process"),
    ("ECONNABORTED", "connection_aborted"),
    ("ECONNREFUSED", "connection_refused"),
    ("ECONNRESET", "connection_reset"),
    ("EDEADLK", "resource_deadlock_would_occur"),
    ("EDESTADDRREQ", "destination_address_required"),
    ("EDOM", "argument_out_of_domain"),
    ("EEXIST", "file_exists"),
    ("EFAULT", "bad_address"),
    ("EFBIG", "file_too_large"),
    ("EHOSTUNREACH", "host_unreachable"),
    ("EIDRM", "identifier_removed"),
    ("EILSEQ", "illegal_byte_sequence"),
    ("EINPROGRESS", "operation_in_progress"),
    ("EINTR", "interrupted"),
    ("EINVAL", "invalid_argument"),
    ("EIO", "io_error"),
    ("EISCONN", "already_connected"),
    ("EISDIR", "is_a_directory"),
    ("ELOOP", "too_many_symbolic_link_levels"),
    ("EMFILE", "too_many_files_open"),
    ("EMLINK", "too_many_links"),
    ("EMSGSIZE", "message_size"),
    ("ENAMETOOLONG", "filename_too_long"),
    ("ENETDOWN", "network_down"),
    ("ENETRESET", "network_reset"),
    ("ENETUNREACH", "network_unreachable"),
    ("ENFILE", "too_many_files_open_in_system"),
    ("ENOBUFS", "no_buffer_space"),
    ("ENODEV", "no_such_device"),
    ("ENOENT", "no_such_file_or_directory"),
    ("ENOEXEC", "executable_format_error"),
    ("ENOLCK", "no_lock_available"),
    ("ENOLINK", "no_link"),
    ("ENOMEM", "not_enough_memory"),
    ("ENOMSG", "no_message"),
    ("ENOPROTOOPT", "no_protocol_option"),
    ("ENOSPC", "no_space_on_device"),
    ("ENOSYS", "function_not_supported"),
    ("ENOTCONN", "not_connected"),
    ("ENOTDIR", "not_a_directory"),
    ("ENOTEMPTY", "directory_not_empty"),
    ("ENOTRECOVERABLE", "state_not_recoverable"),
    ("ENOTSOCK", "not_a_socket"),
    ("ENOTSUP", "not_supported"),
    ("ENOTTY", "inappropriate_io_control_operation"),
    ("ENXIO", "no_such_device_or_address"),
    ("EOPNOTSUPP", "operation_not_supported"),
    ("EOVERFLOW", "value_too_large"),
    ("EOWNERDEAD", "owner_dead"),
    ("EPERM", "operation_not_permitted"),
    ("EPIPE", "broken_pipe"),
    ("EPROTO", "protocol_error"),
    ("EPROTONOSUPPORT", "protocol_not_supported"),
    ("EPROTOTYPE", "wrong_protocol_type"),
    ("ERANGE", "result_out_of_range"),
    ("EROFS", "read_only_file_system"),
    ("ESPIPE", "invalid_seek"),
    ("ESRCH", "no_such_process"),
    ("ETIMEDOUT", "timed_out"),
    ("ETXTBSY", "text_file_busy"),
    ("EWOULDBLOCK", "operation_would_block"),
    ("EXDEV", "cross_device_link"),
];

/// Codes whose POSIX name has a `std::errc` enumerator that would still be
/// a dishonest condition: `(catalog name, why)`. They stay in `wsa::category()`.
const NOT_EQUIVALENT: &[(&str, &str)] = &[(
    "WSAELOOP",
    "Windows means a name could not be translated, not a symbolic-link loop",
)];

/// The error condition an entry maps to.
enum Condition {
    /// Equivalent to this `std::errc` enumerator.
    Generic(&'static str),
    /// Stays in the wsa category, for this reason.
    Wsa(String),
}

fn condition(entry: &Entry) -> Condition {
    let Some(posix) = entry.posix_name() else {
        return Condition::Wsa("no POSIX equivalent".to_owned());
    };
    if let Some((_, why)) = NOT_EQUIVALENT
        .iter()
        .find(|(name, _)| *name == entry.name())
    {
        return Condition::Wsa(format!("{posix}, but {why}"));
    }
    match STD_ERRC.iter().find(|(errno, _)| *errno == posix) {
        Some((_, enumerator)) => Condition::Generic(enumerator),
        None => Condition::Wsa(format!("std::errc has no {posix}")),
    }
}

/// The header's text.
pub fn errc_header() -> String {
    let mut text = format!(
        "/* wsa_error_errc.hpp: wsa::errc, one enumerator per Windows Sockets error code.\n \
         * Generated by `{REGENERATE}` from src/table.rs; do not edit.\n \
         * Include wsa_error.hpp, which includes this file and defines the error category. */\n\
         #ifndef WSA_ERROR_ERRC_HPP\n\
         #define WSA_ERROR_ERRC_HPP\n\n\
         #include <system_error>\n\n\
         namespace wsa {{\n\n"
    );
    text.push_str(
        "/** Every Windows Sockets error code, named in the style of std::errc; the\n \
         * values are the codes WSAGetLastError() returns. With wsa_error.hpp,\n \
         * `std::error_code ec = wsa::errc::connection_reset;` works. Each comment\n \
         * says which std::errc the code is equivalent to as an error condition. */\n\
         enum class errc : int {\n",
    );
    for entry in entries() {
        let mut doc = format!("{} ({}): {}.", entry.name(), entry.code(), entry.message());
        let aliases: Vec<&str> = entry.aliases().collect();
        if !aliases.is_empty() {
            write!(doc, " Also spelled {}.", aliases.join(", ")).unwrap();
        }
        match condition(entry) {
            Condition::Generic(enumerator) => {
                write!(doc, "\n     *  Equivalent to std::errc::{enumerator}.").unwrap()
            }
            Condition::Wsa(why) => {
                write!(doc, "\n     *  Stays in the wsa category: {why}.").unwrap()
            }
        }
        writeln!(text, "    /** {doc} */").unwrap();
        writeln!(text, "    {} = {},", entry.identifier(), entry.code()).unwrap();
    }
    text.push_str("};\n\nnamespace detail {\n\n");
    text.push_str(
        "/* The condition wsa::category().default_error_condition(code) returns: the\n   \
         std::errc named by the catalog's POSIX column, or (code, category) when\n   \
         there is no honest std::errc equivalent. */\n\
         inline std::error_condition default_condition(int code,\n                                              \
         const std::error_category &category) noexcept {\n    \
         switch (code) {\n",
    );
    let mut stays = Vec::new();
    for entry in entries() {
        match condition(entry) {
            Condition::Generic(enumerator) => writeln!(
                text,
                "    case {}:  // {}, {}\n        \
                 return std::make_error_condition(std::errc::{enumerator});",
                entry.code(),
                entry.name(),
                entry
                    .posix_name()
                    .expect("a generic condition comes from a POSIX name"),
            )
            .unwrap(),
            Condition::Wsa(why) if entry.posix_name().is_some() => {
                stays.push(format!("{}: {why}", entry.name()))
            }
            Condition::Wsa(_) => {}
        }
    }
    text.push_str("    // In the wsa category stay the codes without a POSIX equivalent, and:\n");
    for line in &stays {
        writeln!(text, "    //   {line}").unwrap();
    }
    text.push_str(
        "    default:\n        \
         return std::error_condition(code, category);\n    \
         }\n\
         }\n\n\
         }  // namespace detail\n\n\
         }  // namespace wsa\n\n",
    );
    text.push_str(
        "/** Calls X(enumerator, value) once per wsa::errc enumerator, in ascending order\n \
         * of value: for tables and tests that walk the whole enumeration. */\n\
         #define WSA_ERROR_ERRC_LIST(X)",
    );
    for entry in entries() {
        write!(text, " \\\n    X({}, {})", entry.identifier(), entry.code()).unwrap();
    }
    text.push_str("\n\n#endif  // WSA_ERROR_ERRC_HPP\n");
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_exception_is_a_catalog_code_whose_errno_std_errc_has() {
        for (name, _) in NOT_EQUIVALENT {
            let entry = entries()
                .iter()
                .find(|entry| entry.name() == *name)
                .unwrap_or_else(|| panic!("{name} is not in the catalog"));
            let posix = entry
                .posix_name()
                .unwrap_or_else(|| panic!("{name} has no POSIX name to set aside"));
            assert!(
                STD_ERRC.iter().any(|(errno, _)| *errno == posix),
                "std::errc has no {posix}, so {name} needs no exception"
            );
        }
    }
}
