//! Constant-time lookups into the catalog, built at compile time.
//!
//! `by_code` reads a dense byte table covering the two ranges that hold
//! codes; `by_name` hashes an upper-cased name into an open-addressing table
//! of every canonical name, alias and POSIX errno name. Both tables are
//! computed by `const fn`s, so there is nothing to initialise at run time and
//! no lock on the lookup path.

use crate::catalog::Entry;
use crate::posix::SYNONYMS;
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

static SLOTS: [u8; SLOT_COUNT] = build_slots();

/// The entry for `code`, if the catalog has one.
#[inline]
pub(crate) fn by_code(code: i32) -> Option<&'static Entry> {
    let index = *SLOTS.get(slot_of(code)?)?;
    ENTRIES.get(usize::from(index))
}

// ---- names ------------------------------------------------------------------

/// Room for every name with the table at most half full (short probe runs).
const NAME_SLOTS: usize = 512;
const MAX_KEYS: usize = NAME_SLOTS / 2;

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
    /// Key index + 1 for each hash slot; 0 marks an empty slot.
    slots: [u16; NAME_SLOTS],
    key_count: usize,
    longest: usize,
}

const FNV_OFFSET: u32 = 0x811c_9dc5;
const FNV_PRIME: u32 = 0x0100_0193;

/// One FNV-1a step over the ASCII upper-case form of `byte`: the hash both
/// the compile-time table and `UpperName` at run time compute.
#[inline]
const fn fnv1a_upper_step(hash: u32, byte: u8) -> u32 {
    (hash ^ byte.to_ascii_uppercase() as u32).wrapping_mul(FNV_PRIME)
}

/// FNV-1a over the ASCII upper-case form of the bytes.
const fn fnv1a_upper(bytes: &[u8]) -> u32 {
    let mut hash: u32 = FNV_OFFSET;
    let mut i = 0;
    while i < bytes.len() {
        hash = fnv1a_upper_step(hash, bytes[i]);
        i += 1;
    }
    hash
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
    const fn find(&self, upper: &[u8]) -> Option<usize> {
        let mut slot = fnv1a_upper(upper) as usize % NAME_SLOTS;
        loop {
            let key = self.slots[slot] as usize;
            if key == 0 || key > MAX_KEYS {
                return None;
            }
            if eq_bytes(self.keys[key - 1].bytes(), upper) {
                return Some(key - 1);
            }
            slot = (slot + 1) % NAME_SLOTS;
        }
    }

    /// Adds `name` for entry `entry` unless the name is already present (the
    /// first entry to claim a POSIX name keeps it).
    const fn insert(&mut self, entry: usize, spelling: Spelling) {
        let key = Key {
            entry: entry as u8,
            spelling,
        };
        let name = key.bytes();
        if self.find(name).is_some() {
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
        let mut slot = fnv1a_upper(name) as usize % NAME_SLOTS;
        while self.slots[slot] != 0 {
            slot = (slot + 1) % NAME_SLOTS;
        }
        self.slots[slot] = self.key_count as u16;
    }

    /// Adds the POSIX name of every entry in, or outside, the 10000 range.
    const fn insert_posix_names(&mut self, from_10000_range: bool) {
        let mut i = 0;
        while i < ENTRIES.len() {
            if (ENTRIES[i].code >= 10000) == from_10000_range && ENTRIES[i].posix.is_some() {
                self.insert(i, Spelling::Posix);
            }
            i += 1;
        }
    }

    const fn build() -> NameIndex {
        let mut index = NameIndex {
            keys: [Key {
                entry: 0,
                spelling: Spelling::Canonical,
            }; MAX_KEYS],
            slots: [0; NAME_SLOTS],
            key_count: 0,
            longest: 0,
        };
        let mut i = 0;
        while i < ENTRIES.len() {
            assert!(
                index.find(ENTRIES[i].name.bytes()).is_none(),
                "a canonical name is used twice"
            );
            index.insert(i, Spelling::Canonical);
            let mut a = 0;
            while a < ENTRIES[i].alias_count as usize {
                assert!(
                    index.find(ENTRIES[i].aliases[a].bytes()).is_none(),
                    "an alias repeats another name"
                );
                index.insert(i, Spelling::Alias(a as u8));
                a += 1;
            }
            i += 1;
        }
        // POSIX names resolve to the 10000-range entry first (EINVAL -> 10022, not 87).
        index.insert_posix_names(true);
        index.insert_posix_names(false);
        let mut s = 0;
        while s < SYNONYMS.len() {
            let (_, _, canonical) = SYNONYMS[s];
            match index.find(canonical.as_bytes()) {
                Some(key) => {
                    index.insert(index.keys[key].entry as usize, Spelling::Synonym(s as u8))
                }
                None => panic!("a POSIX synonym names an errno the table does not use"),
            }
            s += 1;
        }
        index
    }
}

const NAME_INDEX: NameIndex = NameIndex::build();
static NAMES: NameIndex = NAME_INDEX;

/// The length of the longest name `by_name` knows; longer input never matches.
pub(crate) const LONGEST_NAME: usize = NAME_INDEX.longest;

/// The entry whose canonical name, alias or POSIX errno name equals `name`,
/// ignoring ASCII case.
pub(crate) fn by_name(name: &[u8]) -> Option<&'static Entry> {
    let mut upper = UpperName::new();
    for &byte in name {
        upper.push(byte)?;
    }
    upper.lookup()
}

/// A name being read byte by byte: upper-cased and hashed in the same pass,
/// so the C entry point reads its argument exactly once.
pub(crate) struct UpperName {
    bytes: [u8; LONGEST_NAME],
    len: usize,
    hash: u32,
}

impl UpperName {
    pub(crate) fn new() -> UpperName {
        UpperName {
            bytes: [0; LONGEST_NAME],
            len: 0,
            hash: FNV_OFFSET,
        }
    }

    /// Appends a byte; `None` once the name is longer than any known name.
    #[inline]
    pub(crate) fn push(&mut self, byte: u8) -> Option<()> {
        let upper = byte.to_ascii_uppercase();
        *self.bytes.get_mut(self.len)? = upper;
        self.len += 1;
        self.hash = fnv1a_upper_step(self.hash, upper);
        Some(())
    }

    /// The entry the name resolves to, if any.
    pub(crate) fn lookup(&self) -> Option<&'static Entry> {
        let upper = self.bytes.get(..self.len)?;
        let mut slot = self.hash as usize % NAME_SLOTS;
        loop {
            let key = NAMES
                .keys
                .get(usize::from(*NAMES.slots.get(slot)?).checked_sub(1)?)?;
            if key.name().as_bytes() == upper {
                return ENTRIES.get(usize::from(key.entry));
            }
            slot = (slot + 1) % NAME_SLOTS;
        }
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
