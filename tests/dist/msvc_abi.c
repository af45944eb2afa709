/* A program for the MSVC ABI that knows wsa-error only through the Windows
 * kit's header and its MSVC import library, lib/wsa_error.lib.
 *
 * No MSVC C runtime is at hand, so the program has none: it is compiled
 * freestanding (clang --target=x86_64-pc-windows-msvc), linked by lld-link with
 * /nodefaultlib and this function as the entry point, and talks to Windows
 * through three kernel32 functions (kernel32.def). It prints
 * "msvc_abi: N passed, N failed" and exits with the number of failures. */
#include <wsa_error.h>

__declspec(dllimport) void *__stdcall GetStdHandle(unsigned long which);
__declspec(dllimport) int __stdcall WriteFile(void *file, const void *data, unsigned long size,
                                              unsigned long *written, void *overlapped);
__declspec(dllimport) __declspec(noreturn) void __stdcall ExitProcess(unsigned int status);

#define STD_OUTPUT_HANDLE ((unsigned long)-11)

static int passed, failed;

static int same(const char *a, const char *b) {
    if (a == 0 || b == 0) {
        return 0;
    }
    while (*a != '\0' && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

static size_t length_of(const char *text) {
    size_t length = 0;
    while (text[length] != '\0') {
        length++;
    }
    return length;
}

static void check(int condition) {
    if (condition) {
        passed++;
    } else {
        failed++;
    }
}

/* Appends text to line at *used (no more than fits); returns line. */
static char *append(char *line, size_t size, size_t *used, const char *text) {
    while (*text != '\0' && *used + 1 < size) {
        line[(*used)++] = *text++;
    }
    line[*used] = '\0';
    return line;
}

static void append_number(char *line, size_t size, size_t *used, int number) {
    char digits[12];
    int count = 0;
    do {
        digits[count++] = (char)('0' + number % 10);
        number /= 10;
    } while (number > 0 && count < 11);
    while (count > 0 && *used + 1 < size) {
        line[(*used)++] = digits[--count];
    }
    line[*used] = '\0';
}

void msvc_abi_main(void) {
    char line[128];
    size_t used = 0;
    size_t length;
    unsigned long written;

    check(same(wsa_error_name(WSA_ERROR_WSAECONNRESET), "WSAECONNRESET"));
    check(same(wsa_error_describe(10061), "Connection refused"));
    check(wsa_error_parse("0x80072746") == 10054);
    check(wsa_error_from_ntstatus(0xC000020Du) == 10054);
    check(wsa_error_from_win32(64) == 10054);
    check(wsa_error_name(10010) == 0);
    length = wsa_error_format(10054, line, sizeof line);
    check(length == length_of(line) && same(line, "WSAECONNRESET (10054): Connection reset by peer"));
    check(wsa_error_count() > 90 && wsa_error_code_at(wsa_error_count()) == -1);
    check(same(wsa_error_version(), WSA_ERROR_VERSION_STRING));

    append(line, sizeof line, &used, "msvc_abi: ");
    append_number(line, sizeof line, &used, passed);
    append(line, sizeof line, &used, " passed, ");
    append_number(line, sizeof line, &used, failed);
    append(line, sizeof line, &used, " failed\n");
    WriteFile(GetStdHandle(STD_OUTPUT_HANDLE), line, (unsigned long)used, &written, 0);
    ExitProcess((unsigned int)failed);
}
