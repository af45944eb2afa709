//! Rust benchmarks of the core lookups (`cargo bench --bench lookups`), with
//! the same 40-value mix of known and unknown codes as `bench/bench.c`.

use std::hint::black_box;

use wsa_error::WsaError;

fn main() {
    divan::main();
}

/// 32 catalog codes and 8 unknown ones, interleaved (as in bench/bench.c).
const MIX: [i32; 40] = [
    10054, 10060, 10061, 12345, 11001, 10035, 10053, 10048, 10049, 10010, 10013, 10022, 10038,
    10057, -1, 10065, 997, 995, 11002, 10093, 9999, 10036, 10050, 10051, 11004, 10101, 1, 10040,
    10024, 10055, 11015, 10113, 10004, 10058, 10064, 0, 11034, 10109, 10044, 70000,
];

const NAMES: [&str; 8] = [
    "wsaeconnreset",
    "ECONNREFUSED",
    "wsahost_not_found",
    "etimedout",
    "WSA_IO_PENDING",
    "wsano_address",
    "not_a_name",
    "wsaeconnresett",
];

const TEXTS: [&str; 8] = [
    "10054",
    "0x2746",
    "0x80072746",
    "wsaeconnreset",
    "11001",
    "0x2AF9",
    "12345",
    "nope",
];

#[divan::bench]
fn name(bencher: divan::Bencher) {
    bencher.bench(|| {
        for &code in &MIX {
            black_box(WsaError::new(black_box(code)).name());
        }
    });
}

#[divan::bench]
fn message(bencher: divan::Bencher) {
    bencher.bench(|| {
        for &code in &MIX {
            black_box(WsaError::new(black_box(code)).message());
        }
    });
}

#[divan::bench]
fn display_into_string(bencher: divan::Bencher) {
    let mut line = String::with_capacity(128);
    bencher.bench_local(|| {
        for &code in &MIX {
            use std::fmt::Write as _;
            line.clear();
            let _ = write!(line, "{}", WsaError::new(black_box(code)));
            black_box(&line);
        }
    });
}

#[divan::bench]
fn from_name(bencher: divan::Bencher) {
    bencher.bench(|| {
        for &name in &NAMES {
            black_box(WsaError::from_name(black_box(name)));
        }
    });
}

#[divan::bench]
fn parse(bencher: divan::Bencher) {
    bencher.bench(|| {
        for &text in &TEXTS {
            black_box(WsaError::parse(black_box(text)));
        }
    });
}

#[divan::bench]
fn from_errno(bencher: divan::Bencher) {
    let errnos = [
        libc::ECONNRESET,
        libc::EAGAIN,
        libc::EINVAL,
        libc::EPERM,
        0,
        -1,
        libc::ETIMEDOUT,
        9999,
    ];
    bencher.bench(|| {
        for &e in &errnos {
            black_box(WsaError::from_errno(black_box(e)));
        }
    });
}
