// Exercises wsa_error.hpp: every wsa::errc enumerator against the C library,
// its error category, the conditions it compares equal to (std::errc through
// the catalog's POSIX column, or none), the unknown-code fallback, and the
// buffer variant, which must neither allocate nor throw. Prints
// "cpp_errc: N passed, N failed" and exits non-zero on any failure.
//
// Built as C++11 and C++20 with -Wall -Wextra -Wpedantic -Werror and run
// under valgrind. The header under test comes first, proving it self-contained.
#include "wsa_error.hpp"

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <system_error>
#include <type_traits>

#include "../check.h"

// ---- allocation counter: proves the non-allocating paths do not allocate ----

static unsigned long allocations = 0;

void *operator new(std::size_t size) {
    ++allocations;
    if (void *p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc();
}
void operator delete(void *p) noexcept { std::free(p); }
void operator delete(void *p, std::size_t) noexcept { std::free(p); }

// ---- checks ------------------------------------------------------------------

// Names the code (and enumerator) being checked in failure messages.
static void checking(int code, const char *name = "") {
    std::snprintf(check_context, sizeof check_context, " (code %d %s)", code, name);
}


static_assert(std::is_error_code_enum<wsa::errc>::value, "wsa::errc converts to std::error_code");
static_assert(std::is_same<std::underlying_type<wsa::errc>::type, int>::value, "int-based");
static_assert(noexcept(wsa::category()), "category() never throws");
static_assert(noexcept(wsa::make_error_code(0)), "make_error_code never throws");
static_assert(noexcept(wsa::message(0, nullptr, 0)), "the buffer message never throws");
static_assert(static_cast<int>(wsa::errc::connection_reset) == 10054, "std::errc-style names");
static_assert(static_cast<int>(wsa::errc::host_not_found) == 11001, "std::errc-style names");

// The std::errc enumerator for each POSIX name in the catalog's column that
// C++ has one for, written here by hand to check the generated mapping.
struct GenericName {
    const char *posix;
    std::errc condition;
};
static const GenericName generic_names[] = {
    {"EACCES", std::errc::permission_denied},
    {"EADDRINUSE", std::errc::address_in_use},
    {"EADDRNOTAVAIL", std::errc::address_not_available},
    {"EAFNOSUPPORT", std::errc::address_family_not_supported},
    {"EALREADY", std::errc::connection_already_in_progress},
    {"EBADF", std::errc::bad_file_descriptor},
    {"ECANCELED", std::errc::operation_canceled},
    {"ECONNABORTED", std::errc::connection_aborted},
    {"ECONNREFUSED", std::errc::connection_refused},
    {"ECONNRESET", std::errc::connection_reset},
    {"EDESTADDRREQ", std::errc::destination_address_required},
    {"EFAULT", std::errc::bad_address},
    {"EHOSTUNREACH", std::errc::host_unreachable},
    {"EINPROGRESS", std::errc::operation_in_progress},
    {"EINTR", std::errc::interrupted},
    {"EINVAL", std::errc::invalid_argument},
    {"EISCONN", std::errc::already_connected},
    {"EMFILE", std::errc::too_many_files_open},
    {"EMSGSIZE", std::errc::message_size},
    {"ENAMETOOLONG", std::errc::filename_too_long},
    {"ENETDOWN", std::errc::network_down},
    {"ENETRESET", std::errc::network_reset},
    {"ENETUNREACH", std::errc::network_unreachable},
    {"ENOBUFS", std::errc::no_buffer_space},
    {"ENOMEM", std::errc::not_enough_memory},
    {"ENOPROTOOPT", std::errc::no_protocol_option},
    {"ENOTCONN", std::errc::not_connected},
    {"ENOTEMPTY", std::errc::directory_not_empty},
    {"ENOTSOCK", std::errc::not_a_socket},
    {"EOPNOTSUPP", std::errc::operation_not_supported},
    {"EPROTONOSUPPORT", std::errc::protocol_not_supported},
    {"EPROTOTYPE", std::errc::wrong_protocol_type},
    {"ETIMEDOUT", std::errc::timed_out},
    {"EWOULDBLOCK", std::errc::operation_would_block},
};

// POSIX names in the column that stay in the wsa category: std::errc has no
// enumerator for them, or (ELOOP) its enumerator means something else.
static const char *const wsa_only_names[] = {
    "ESHUTDOWN", "ETOOMANYREFS", "EHOSTDOWN", "EPROCLIM", "EUSERS", "EDQUOT",
    "ESTALE",    "EREMOTE",      "ESOCKTNOSUPPORT", "EPFNOSUPPORT", "ELOOP",
};

static const GenericName *find_generic(const char *posix) {
    for (const GenericName &entry : generic_names)
        if (std::strcmp(entry.posix, posix) == 0) return &entry;
    return nullptr;
}

static bool is_wsa_only(const char *posix) {
    for (const char *name : wsa_only_names)
        if (std::strcmp(name, posix) == 0) return true;
    return false;
}

static std::string formatted(int code) {
    char line[256];
    std::size_t length = wsa_error_format(code, line, sizeof line);
    return length < sizeof line ? std::string(line, length) : std::string("(too long)");
}

// ---- every enumerator --------------------------------------------------------

struct Enumerator {
    wsa::errc value;
    const char *identifier;
};
#define WSA_ERRC_ENTRY(identifier, value) {wsa::errc::identifier, #identifier},
static const Enumerator enumerators[] = {WSA_ERROR_ERRC_LIST(WSA_ERRC_ENTRY)};
#undef WSA_ERRC_ENTRY
static const std::size_t enumerator_count = sizeof enumerators / sizeof enumerators[0];

static void check_enumerator(std::size_t index) {
    const Enumerator &enumerator = enumerators[index];
    const int code = static_cast<int>(enumerator.value);
    checking(code, enumerator.identifier);

    // The enumeration and the library hold the same codes, in the same order.
    CHECK(wsa_error_code_at(index) == code);
    CHECK(wsa_error_name(code) != nullptr);
    CHECK(index == 0 || static_cast<int>(enumerators[index - 1].value) < code);

    const std::error_code ec = enumerator.value;
    CHECK(ec == wsa::make_error_code(code));
    CHECK(ec == wsa::make_error_code(enumerator.value));
    CHECK(ec.value() == code);
    CHECK(ec.category() == wsa::category());
    CHECK(static_cast<bool>(ec) == (code != 0));

    // The message is wsa_error_format's line, which starts with the SDK name
    // and holds the catalog's short message; the buffer variant writes the same.
    const std::string message = ec.message();
    CHECK(message == formatted(code));
    CHECK(message.find(wsa_error_name(code)) == 0);
    CHECK(message.find(wsa_error_describe(code)) != std::string::npos);
    char buf[256];
    std::memset(buf, 'x', sizeof buf);
    const unsigned long before = allocations;
    const char *written = wsa::message(enumerator.value, buf, sizeof buf);
    CHECK(allocations == before);
    CHECK(written == buf && message == buf);

    // The condition: std::errc through the POSIX column, else the wsa category.
    // Neither the mapping nor the comparisons allocate.
    const char *posix = wsa_error_posix_name(code);
    const GenericName *generic = posix != nullptr ? find_generic(posix) : nullptr;
    const std::error_condition condition = ec.default_error_condition();
    if (generic != nullptr) {
        CHECK(condition == std::make_error_condition(generic->condition));
        CHECK(condition.category() == std::generic_category());
        CHECK(ec == generic->condition);
        CHECK(generic->condition == ec);
        // std::errc values are this platform's errno values, as the C API gives them.
        CHECK(wsa_error_to_errno(code) == static_cast<int>(generic->condition));
    } else {
        // A POSIX name in neither list is a new catalog row this test must learn.
        CHECK(posix == nullptr || is_wsa_only(posix));
        CHECK(condition == std::error_condition(code, wsa::category()));
        const int errnum = wsa_error_to_errno(code);
        if (errnum > 0) CHECK(ec != std::error_condition(errnum, std::generic_category()));
    }
    CHECK(allocations == before);
}

// ---- codes outside the catalog -----------------------------------------------

static void check_unknown_codes() {
    static const int unknown_codes[] = {INT_MIN, -10054, -1, 1, 5, 10010, 10072, 10113,
                                        11034, 12345, INT_MAX};
    for (int code : unknown_codes) {
        checking(code);
        char expected[64];
        std::snprintf(expected, sizeof expected, "%s%d", WSA_ERROR_UNKNOWN_PREFIX, code);
        const std::error_code ec = wsa::make_error_code(code);
        CHECK(ec.value() == code && ec.category() == wsa::category());
        CHECK(ec.message() == expected);
        CHECK(formatted(code) == expected);
        CHECK(ec.default_error_condition() == std::error_condition(code, wsa::category()));
        char buf[64];
        const unsigned long before = allocations;
        CHECK(std::strcmp(wsa::message(code, buf, sizeof buf), expected) == 0);
        CHECK(allocations == before);
    }
}

// ---- the category, the buffer variant, and worked examples --------------------

static void check_category() {
    checking(0);
    CHECK(std::strcmp(wsa::category().name(), "wsa") == 0);
    CHECK(&wsa::category() == &wsa::category());
    CHECK(wsa::category() != std::generic_category());
    CHECK(wsa::category() != std::system_category());
}

static void check_buffer_edges() {
    checking(10054);
    char buf[16];
    std::memset(buf, 'x', sizeof buf);
    CHECK(wsa::message(wsa::errc::connection_reset, buf, 8) == buf);
    CHECK(std::strcmp(buf, "WSAECON") == 0 && buf[8] == 'x');  // cut, terminated, no overrun
    std::memset(buf, 'x', sizeof buf);
    wsa::message(10054, buf, 1);
    CHECK(buf[0] == '\0' && buf[1] == 'x');
    std::memset(buf, 'x', sizeof buf);
    wsa::message(10054, buf, 0);
    CHECK(buf[0] == 'x');
    CHECK(wsa::message(10054, nullptr, 0) == nullptr);
}

static void check_examples() {
    checking(10054);
    std::error_code ec = wsa::errc::connection_reset;
    CHECK(ec == std::errc::connection_reset);
    CHECK(ec != std::errc::connection_aborted);
    CHECK(ec.message() == "WSAECONNRESET (10054): Connection reset by peer");
    const std::system_error error(ec, "recv");
    CHECK(std::strstr(error.what(), "recv") != nullptr);
    CHECK(std::strstr(error.what(), "WSAECONNRESET (10054)") != nullptr);

    checking(10060);
    ec = wsa::make_error_code(10060);  // as from WSAGetLastError()
    CHECK(ec == wsa::errc::timed_out && ec == std::errc::timed_out);

    checking(10035);
    CHECK(wsa::make_error_code(10035) == std::errc::operation_would_block);

    checking(10062);  // "cannot translate name" on Windows, not a symlink loop
    CHECK(wsa::make_error_code(wsa::errc::cannot_translate_name) !=
          std::errc::too_many_symbolic_link_levels);

    checking(10058);  // std::errc has no ESHUTDOWN; EPIPE would be a guess
    CHECK(wsa::make_error_code(wsa::errc::shut_down) != std::errc::broken_pipe);

    checking(11001);
    ec = wsa::errc::host_not_found;
    CHECK(ec.default_error_condition().category() == wsa::category());
    CHECK(ec.message() == "WSAHOST_NOT_FOUND (11001): Host not found");

    checking(0);
    ec = wsa::errc::success;
    CHECK(!ec);
}

// The Win32 and NTSTATUS socket errors, through the free functions.
static void check_other_spaces() {
    std::error_code reset = wsa::from_win32(64);  // ERROR_NETNAME_DELETED
    CHECK(reset == wsa::errc::connection_reset);
    CHECK(reset == std::errc::connection_reset);
    CHECK(wsa::from_win32(10054) == wsa::errc::connection_reset);
    CHECK(wsa::from_win32(995) == wsa::errc::operation_aborted);
    CHECK(!wsa::from_win32(-1) && !wsa::from_win32(0) && !wsa::from_win32(123456789));
    CHECK(wsa::from_ntstatus(0xC000020Du) == wsa::errc::connection_reset);
    CHECK(!wsa::from_ntstatus(0) && !wsa::from_ntstatus(0xFFFFFFFFu));
    for (int code = 0; code < 70000; ++code) {
        int winsock = wsa_error_from_win32(code);
        std::error_code ec = wsa::from_win32(code);
        CHECK(winsock > 0 ? ec.value() == winsock && ec.category() == wsa::category() : !ec);
    }
}

int main() {
    CHECK(enumerator_count == wsa_error_count());
    for (std::size_t index = 0; index < enumerator_count; ++index) check_enumerator(index);
    check_unknown_codes();
    check_category();
    check_buffer_edges();
    check_other_spaces();
    check_examples();
    std::printf("cpp_errc: walked %zu enumerators\n", enumerator_count);
    return check_summary("cpp_errc");
}
