/* wsa_error.hpp: Windows Sockets error codes as std::error_code, C++11 and later.
 *
 * Header-only, on top of the C library (link libwsa_error, e.g. through the
 * CMake target wsa_error::cpp or `pkg-config --libs wsa_error`):
 *
 *     std::error_code ec = wsa::errc::connection_reset;   // or wsa::make_error_code(WSAGetLastError())
 *     ec.message();                          // "WSAECONNRESET (10054): Connection reset by peer"
 *     ec == std::errc::connection_reset;     // true: compared through the catalog's POSIX column
 *
 * Every function here is thread-safe. Only wsa::category().message(int)
 * allocates (it returns a std::string); wsa::message(code, buf, len) is its
 * non-allocating, non-throwing twin. */
#ifndef WSA_ERROR_HPP
#define WSA_ERROR_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <system_error>

#include "wsa_error.h"
#include "wsa_error_errc.hpp"

namespace wsa {

namespace detail {

/* The "wsa" error category; reach its one instance through wsa::category(). */
class category_impl final : public std::error_category {
public:
    const char *name() const noexcept override { return "wsa"; }

    /* The line wsa_error_format writes: "WSAECONNRESET (10054): Connection
       reset by peer", or "Unknown Windows Sockets error 12345". */
    std::string message(int code) const override {
        std::string text(wsa_error_format(code, nullptr, 0) + 1, '\0');
        text.resize(wsa_error_format(code, &text[0], text.size()));
        return text;
    }

    /* The std::errc named by the catalog's POSIX column, so that
       `ec == std::errc::connection_reset` holds; codes without an honest
       equivalent stay in this category. */
    std::error_condition default_error_condition(int code) const noexcept override {
        return detail::default_condition(code, *this);
    }
};

}  // namespace detail

/** The error category of Windows Sockets codes, named "wsa". Every call
 *  returns the same object; never throws. */
inline const std::error_category &category() noexcept {
    static const detail::category_impl instance{};
    return instance;
}

/** An error code in wsa::category(); found by argument-dependent lookup, so
 *  `std::error_code ec = wsa::errc::timed_out;` works. */
inline std::error_code make_error_code(errc code) noexcept {
    return std::error_code(static_cast<int>(code), category());
}

/** An error code in wsa::category() for a raw value, e.g. from
 *  WSAGetLastError(). Any int is accepted; unknown codes keep their value and
 *  get the unknown-code message. */
inline std::error_code make_error_code(int code) noexcept {
    return std::error_code(code, category());
}

/** Writes category().message(code) into buf without allocating or throwing:
 *  like wsa_error_format, at most len bytes, NUL-terminated when len > 0 (a
 *  longer line is cut), nothing written when len is 0 (buf may then be null).
 *  Returns buf. Call wsa_error_format itself for the length the line needs. */
inline const char *message(int code, char *buf, std::size_t len) noexcept {
    wsa_error_format(code, buf, len);
    return buf;
}

/** The same for an enumerator. */
inline const char *message(errc code, char *buf, std::size_t len) noexcept {
    return message(static_cast<int>(code), buf, len);
}

/** The Winsock error a Win32 error code stands for (GetLastError() after
 *  GetQueuedCompletionStatus or GetOverlappedResult): 64
 *  (ERROR_NETNAME_DELETED) gives connection_reset; a catalog code gives
 *  itself. An empty std::error_code when the code has no Winsock equivalent
 *  (check with `if (ec)`, never compare the value with 0). */
inline std::error_code from_win32(int code) noexcept {
    int winsock = wsa_error_from_win32(code);
    return winsock > 0 ? make_error_code(winsock) : std::error_code();
}

/** The Winsock error an NTSTATUS stands for (OVERLAPPED::Internal), as
 *  WSAGetOverlappedResult reports it: 0xC000020D (STATUS_CONNECTION_RESET)
 *  gives connection_reset. An empty std::error_code for STATUS_SUCCESS and
 *  for a status with no Winsock equivalent. */
inline std::error_code from_ntstatus(std::uint32_t status) noexcept {
    int winsock = wsa_error_from_ntstatus(status);
    return winsock > 0 ? make_error_code(winsock) : std::error_code();
}

}  // namespace wsa

namespace std {
/** wsa::errc converts implicitly to std::error_code. */
template <>
struct is_error_code_enum<wsa::errc> : true_type {};
}  // namespace std

#endif  // WSA_ERROR_HPP
