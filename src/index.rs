//! Constant-time lookups into the catalog, built at compile time.
//!
//! `by_code` reads a dense byte table covering the two ranges that hold
//! codes; `by_name` hashes a name, case folded, into a perfect hash table
//! of every canonical name, alias and POSIX errno name (a seed found at
//! compile time gives each its own slot). Both tables are
//! computed by `const fn`s, so there is nothing to initialise at run time and
//! no lock on the lookup path.

use crate::catalog::Entry;
use crate::posix::{SYNONYMS, errno_rank};
use crate::table::ENTRIES;

/// The dense table covers two ranges of codes: `[WSA_START, WSA_END)`, the
/// Winsock codes 10000-11063, tested first since nearly every lookup is one;
/// then `[0, LOW_END)`, for 0 and the Win32 codes Winsock renames. A row
/// outside them fails the build (see `build_slots`); widen a range to admit it.
const WSA_START: i32 = 10000;
const WSA_LEN: usize = 1064;
const LOW_END: usize = 1000;
const SLOT_COUNT: usize = WSA_LEN + LOW_END;

/// Marks a slot with no entry.
const EMPTY: u8 = u8::MAX;

/// The slot a code occupies in `SLOTS`, if it falls into a covered range.
#[inline]
const fn slot_of(code: i32) -> Option<usize> {
    let wsa = code.wrapping_sub(WSA_START) as u32 as usize;
    if wsa < WSA_LEN {
        return Some(wsa);
    }
    let low = code as u32 as usize;
    if low < LOW_END {
        return Some(WSA_LEN + low);
    }
    None
}

const fn build_slots() -> [u8; SLOT_COUNT] {
    assert!(
        ENTRIES.len() < EMPTY as usize,
        "entry indexes must fit in a byte"
    );
    let mut slots = [EMPTY; SLOT_COUNT];
    let mut i = 0;
    while i < ENTRIES.len() {
        if i > 0 {
            assert!(
                ENTRIES[i - 1].code < ENTRIES[i].code,
                "table rows must be sorted by code, without repeats"
            );
        }
        match slot_of(ENTRIES[i].code) {
            Some(slot) => slots[slot] = i as u8,
            None => panic!("a table row lies outside the index windows in index.rs"),
        }
        i += 1;
    }
    slots
}

const SLOT_TABLE: [u8; SLOT_COUNT] = build_slots();
static SLOTS: [u8; SLOT_COUNT] = SLOT_TABLE;

/// Whether the catalog has `code`, for compile-time checks.
pub(crate) const fn by_code_const(code: i32) -> bool {
    match slot_of(code) {
        Some(slot) => SLOT_TABLE[slot] != EMPTY,
        None => false,
    }
}

/// The entry for `code`, if the catalog has one.
#[inline]
pub(crate) fn by_code(code: i32) -> Option<&'static Entry> {
    let index = *SLOTS.get(slot_of(code)?)?;
    ENTRIES.get(usize::from(index))
}

// ---- names ------------------------------------------------------------------

/// The most names the index can hold (key numbers are stored in a byte).
const MAX_KEYS: usize = 255;
/// Slots of the perfect hash table: a power of two large enough that a seed
/// spreading every name to its own slot is found after a few tries.
const SLOT_BITS: u32 = 11;
const NAME_SLOTS: usize = 1 << SLOT_BITS;

/// Which of an entry's names a key is.
#[derive(Clone, Copy)]
enum Spelling {
    Canonical,
    Alias(u8),
    Posix,
    /// An index into `SYNONYMS`.
    Synonym(u8),
}

/// One name that resolves to an entry, stored as where to find the name
/// rather than as a pointer, so the table needs no relocations.
#[derive(Clone, Copy)]
struct Key {
    entry: u8,
    spelling: Spelling,
}

impl Key {
    /// The name, for compile-time code.
    const fn bytes(self) -> &'static [u8] {
        let entry = &ENTRIES[self.entry as usize];
        match self.spelling {
            Spelling::Canonical => entry.name.bytes(),
            Spelling::Alias(a) => entry.aliases[a as usize].bytes(),
            Spelling::Posix => match entry.posix {
                Some(posix) => posix.name.bytes(),
                None => panic!("a POSIX key on an entry without a POSIX name"),
            },
            Spelling::Synonym(s) => SYNONYMS[s as usize].0.as_bytes(),
        }
    }

    /// The name, at run time (without a panic path).
    fn name(self) -> &'static str {
        let Some(entry) = ENTRIES.get(usize::from(self.entry)) else {
            return "";
        };
        match self.spelling {
            Spelling::Canonical => entry.name.as_str(),
            Spelling::Alias(a) => entry
                .aliases
                .get(usize::from(a))
                .map_or("", |alias| alias.as_str()),
            Spelling::Posix => entry.posix.map_or("", |posix| posix.name.as_str()),
            Spelling::Synonym(s) => SYNONYMS.get(usize::from(s)).map_or("", |synonym| synonym.0),
        }
    }
}

struct NameIndex {
    keys: [Key; MAX_KEYS],
    key_count: usize,
    /// Key number + 1 for each hash slot; 0 marks an empty slot. No two
    /// names share a slot, so a lookup reads one slot and compares once.
    slots: [u8; NAME_SLOTS],
    seed: u64,
    longest: usize,
}

/// Clears the bit that tells ASCII lower-case letters from upper-case ones
/// in every byte; names (upper-case letters and `_`) are unchanged by it, and
/// any case of a name gives the same bytes. Other bytes may fold together;
/// the comparison after the hash rejects them.
const FOLD: u64 = 0xDFDF_DFDF_DFDF_DFDF;

/// Up to 8 bytes of `bytes` from `start`, little-endian, case-folded; zeros
/// past the end.
#[inline]
const fn window(bytes: &[u8], start: usize) -> u64 {
    let Some((_, rest)) = bytes.split_at_checked(start) else {
        return 0;
    };
    if let [a, b, c, d, e, f, g, h, ..] = *rest {
        return u64::from_le_bytes([a, b, c, d, e, f, g, h]) & FOLD;
    }
    let mut value = 0u64;
    let mut shift = 0;
    let mut tail = rest;
    while let [byte, more @ ..] = tail {
        value |= (*byte as u64) << shift;
        shift += 8;
        tail = more;
    }
    value & FOLD
}

/// The slot of a name for `seed`: its length and three 8-byte windows (the
/// start, the middle and the end, which cover every name of 24 bytes or
/// less and tell all of the catalog's names apart), mixed by multiplication.
#[inline]
const fn slot_of_name(bytes: &[u8], seed: u64) -> usize {
    let len = bytes.len();
    let mut hash = seed ^ len as u64;
    hash = (hash ^ window(bytes, 0)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    hash = (hash ^ window(bytes, (len / 2).saturating_sub(4))).wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
    hash = (hash ^ window(bytes, len.saturating_sub(8))).wrapping_mul(0x1656_67B1_9E37_79F9);
    (hash >> (64 - SLOT_BITS)) as usize
}

const fn eq_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

impl NameIndex {
    /// The key number of `name` (exact bytes), by a linear scan: for building.
    const fn position(&self, name: &[u8]) -> Option<usize> {
        let mut k = 0;
        while k < self.key_count {
            if eq_bytes(self.keys[k].bytes(), name) {
                return Some(k);
            }
            k += 1;
        }
        None
    }

    /// Adds a name for entry `entry` unless the name is already present (the
    /// first entry to claim a POSIX name keeps it).
    const fn insert(&mut self, entry: usize, spelling: Spelling) {
        let key = Key {
            entry: entry as u8,
            spelling,
        };
        let name = key.bytes();
        if self.position(name).is_some() {
            return;
        }
        assert!(
            self.key_count < MAX_KEYS,
            "too many names for the name index"
        );
        self.keys[self.key_count] = key;
        self.key_count += 1;
        if name.len() > self.longest {
            self.longest = name.len();
        }
    }

    /// Adds the POSIX name of every entry of `rank` (`posix::errno_rank`).
    const fn insert_posix_names(&mut self, rank: u8) {
        let mut i = 0;
        while i < ENTRIES.len() {
            if errno_rank(ENTRIES[i].code) == rank && ENTRIES[i].posix.is_some() {
                self.insert(i, Spelling::Posix);
            }
            i += 1;
        }
    }

    /// Fills the slots with the first seed that gives every name a slot of
    /// its own.
    const fn place(&mut self) {
        let mut seed: u64 = 0;
        'seeds: while seed < 10_000 {
            let mut slots = [0u8; NAME_SLOTS];
            let mut k = 0;
            while k < self.key_count {
                let slot = slot_of_name(self.keys[k].bytes(), seed);
                if slots[slot] != 0 {
                    seed += 1;
                    continue 'seeds;
                }
                slots[slot] = (k + 1) as u8;
                k += 1;
            }
            self.slots = slots;
            self.seed = seed;
            return;
        }
        panic!("no seed separates the names: widen SLOT_BITS");
    }

    const fn build() -> NameIndex {
        let mut index = NameIndex {
            keys: [Key {
                entry: 0,
                spelling: Spelling::Canonical,
            }; MAX_KEYS],
            key_count: 0,
            slots: [0; NAME_SLOTS],
            seed: 0,
            longest: 0,
        };
        let mut i = 0;
        while i < ENTRIES.len() {
            assert!(
                index.position(ENTRIES[i].name.bytes()).is_none(),
                "a canonical name is used twice"
            );
            index.insert(i, Spelling::Canonical);
            let mut a = 0;
            while a < ENTRIES[i].alias_count as usize {
                assert!(
                    index.position(ENTRIES[i].aliases[a].bytes()).is_none(),
                    "an alias repeats another name"
                );
                index.insert(i, Spelling::Alias(a as u8));
                a += 1;
            }
            i += 1;
        }
        // The first entry to claim a POSIX name keeps it: lower ranks first.
        index.insert_posix_names(0);
        index.insert_posix_names(1);
        let mut s = 0;
        while s < SYNONYMS.len() {
            let (_, _, canonical) = SYNONYMS[s];
            match index.position(canonical.as_bytes()) {
                Some(key) => {
                    index.insert(index.keys[key].entry as usize, Spelling::Synonym(s as u8))
                }
                None => panic!("a POSIX synonym names an errno the table does not use"),
            }
            s += 1;
        }
        index.place();
        index
    }
}

const NAME_INDEX: NameIndex = NameIndex::build();
static NAMES: NameIndex = NAME_INDEX;

/// The length of the longest name `by_name` knows; longer input never matches.
pub(crate) const LONGEST_NAME: usize = NAME_INDEX.longest;

/// The entry whose canonical name, alias or POSIX errno name equals `name`,
/// ignoring ASCII case: one hash, one slot, one comparison.
#[inline]
pub(crate) fn by_name(name: &[u8]) -> Option<&'static Entry> {
    if name.len() > LONGEST_NAME {
        return None;
    }
    let slot = *NAMES.slots.get(slot_of_name(name, NAMES.seed))?;
    let key = NAMES.keys.get(usize::from(slot).checked_sub(1)?)?;
    if key.name().as_bytes().eq_ignore_ascii_case(name) {
        ENTRIES.get(usize::from(key.entry))
    } else {
        None
    }
}

/// Every name `by_name` accepts, with the code it resolves to, in the order
/// they were added: canonical names and aliases by code, then POSIX names.
pub(crate) fn names() -> impl Iterator<Item = (&'static str, i32)> {
    NAMES.keys[..NAMES.key_count]
        .iter()
        .map(|key| (key.name(), ENTRIES[usize::from(key.entry)].code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_name_matches_the_c_documentation() {
        // wsa_error_from_name's doc promises to read at most LONGEST_NAME + 1 = 28 bytes.
        assert_eq!(LONGEST_NAME, "WSA_IPSEC_NAME_POLICY_ERROR".len());
        assert_eq!(LONGEST_NAME, 27);
    }

    #[test]
    fn every_slot_points_at_its_own_code() {
        for (index, entry) in ENTRIES.iter().enumerate() {
            assert_eq!(usize::from(SLOTS[slot_of(entry.code).unwrap()]), index);
        }
        let filled = SLOTS.iter().filter(|&&slot| slot != EMPTY).count();
        assert_eq!(filled, ENTRIES.len());
    }
}
