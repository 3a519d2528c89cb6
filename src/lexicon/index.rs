//! Matching names against text, through [`fold`](super::fold), and an index that
//! narrows a table down to the names that can start with a given letter.

use super::fold::{Folded, fold, fold_slow, is_word_char};

/// A name table sorted by the folded first two letters of each name, built at
/// compile time, so a lookup compares only the one or two names that share the
/// text's first two letters instead of every name of the table.
pub(crate) struct NameIndex<const N: usize> {
    names: &'static [(&'static str, u8)],
    /// Folded first two letters (`'\0'` as the second for a one-letter name),
    /// ascending.
    keys: [(char, char); N],
    /// `names[order[i]]` starts with `keys[i]`.
    order: [u16; N],
    /// Bit `c` is set when a name starts with the folded letter `c`, for letters
    /// below U+0800 (the others are always looked up): a text that starts with
    /// anything else, a digit or a punctuation mark, is turned away at once.
    first_letters: [u64; 32],
}

/// The first character of a non-empty string and its length, decoded in a `const`
/// context.
const fn first_char(b: &[u8]) -> (char, usize) {
    let (code, len) = match b[0] {
        x if x < 0x80 => (x as u32, 1),
        x if x < 0xE0 => (((x as u32 & 0x1F) << 6) | (b[1] as u32 & 0x3F), 2),
        x if x < 0xF0 => (
            ((x as u32 & 0x0F) << 12) | ((b[1] as u32 & 0x3F) << 6) | (b[2] as u32 & 0x3F),
            3,
        ),
        x => (
            ((x as u32 & 0x07) << 18)
                | ((b[1] as u32 & 0x3F) << 12)
                | ((b[2] as u32 & 0x3F) << 6)
                | (b[3] as u32 & 0x3F),
            4,
        ),
    };
    match char::from_u32(code) {
        Some(c) => (c, len),
        None => panic!("a name is not valid UTF-8"),
    }
}

/// The folded first two letters of a name, skipping what [`match_name`] skips in a
/// name (spaces, non-joiners, marks); `'\0'` as the second when there is none.
const fn name_key(s: &str) -> (char, char) {
    let b = s.as_bytes();
    let mut key = ['\0'; 2];
    let mut found = 0;
    let mut i = 0;
    while i < b.len() && found < 2 {
        let (raw, len) = first_char(b.split_at(i).1);
        match fold_slow(raw) {
            Folded::Char(c) => {
                key[found] = c;
                found += 1;
            }
            Folded::Pair(..) => panic!("a name holds a ligature"),
            Folded::Space | Folded::Joiner if found == 0 => {
                panic!("a name starts with a space")
            }
            _ => {}
        }
        i += len;
    }
    if found == 0 {
        panic!("a name has no letter");
    }
    (key[0], key[1])
}

/// Whether key `a` sorts before key `b`.
const fn key_less(a: (char, char), b: (char, char)) -> bool {
    (a.0 as u32) < (b.0 as u32) || (a.0 as u32 == b.0 as u32 && (a.1 as u32) < (b.1 as u32))
}

impl<const N: usize> NameIndex<N> {
    /// Indexes `names`, whose length must be `N` (checked at compile time).
    pub(crate) const fn new(names: &'static [(&'static str, u8)]) -> NameIndex<N> {
        assert!(names.len() == N, "the index length must be the table's");
        let mut keys = [('\0', '\0'); N];
        let mut order = [0u16; N];
        // Insertion sort, by key, keeping the table's order among equals.
        let mut i = 0;
        while i < N {
            let key = name_key(names[i].0);
            let mut j = i;
            while j > 0 && key_less(key, keys[j - 1]) {
                keys[j] = keys[j - 1];
                order[j] = order[j - 1];
                j -= 1;
            }
            keys[j] = key;
            order[j] = i as u16;
            i += 1;
        }
        let mut first_letters = [0u64; 32];
        let mut i = 0;
        while i < N {
            let c = keys[i].0 as u32;
            if c < 0x800 {
                first_letters[(c / 64) as usize] |= 1 << (c % 64);
            }
            i += 1;
        }
        NameIndex {
            names,
            keys,
            order,
            first_letters,
        }
    }

    /// Whether some name may start with the folded letter `c`.
    #[inline]
    fn may_start_with(&self, c: char) -> bool {
        let c = c as u32;
        c >= 0x800 || self.first_letters[(c / 64) as usize] & (1 << (c % 64)) != 0
    }

    /// The longest name at the start of `text` that ends at a word boundary, as
    /// `(value, bytes of text it covers)`. A name may also be followed by one of
    /// `suffixes` (with a space, a non-joiner or nothing between), which is then part
    /// of the match.
    pub(crate) fn longest(&self, text: &str, suffixes: &[&str]) -> Option<(u8, usize)> {
        let (first, second) = text_key(text, |c| self.may_start_with(c))?;
        let keys: &[(char, char)] = if second == '\0' {
            &[(first, '\0')]
        } else {
            &[(first, '\0'), (first, second)]
        };
        let mut best: Option<(u8, usize)> = None;
        for &key in keys {
            let start = self.keys.partition_point(|&k| key_less(k, key));
            for (&k, &i) in self.keys[start..].iter().zip(&self.order[start..]) {
                if k != key {
                    break;
                }
                let (name, value) = self.names[usize::from(i)];
                let Some(end) = match_name(text, name) else {
                    continue;
                };
                // Suffixes may follow one another (آبان ماه سال), each once at most.
                let mut with_suffixes = end;
                for _ in 0..suffixes.len() {
                    let rest = &text[with_suffixes..];
                    match suffixes.iter().find_map(|s| suffix_end(rest, s)) {
                        Some(more) => with_suffixes += more,
                        None => break,
                    }
                }
                let end = if with_suffixes > end {
                    with_suffixes
                } else if at_boundary(&text[end..]) {
                    end
                } else {
                    continue;
                };
                if best.is_none_or(|(_, b)| end > b) {
                    best = Some((value, end));
                }
            }
        }
        best
    }
}

/// The first two folded letters of `text` (the second `'\0'` when there is none), as
/// [`match_name`] would compare them: past marks, and non-joiners or spaces between
/// the two (which only a name with a space or non-joiner there can match);
/// `None` when the text does not start with a letter.
#[inline]
fn text_key(text: &str, may_start_with: impl Fn(char) -> bool) -> Option<(char, char)> {
    let mut chars = text.chars();
    let first = loop {
        match fold(chars.next()?) {
            Folded::Ignorable => continue,
            Folded::Char(c) => break c,
            Folded::Pair(a, b) => return may_start_with(a).then_some((a, b)),
            Folded::Space | Folded::Joiner => return None,
        }
    };
    if !may_start_with(first) {
        return None;
    }
    for c in chars {
        match fold(c) {
            Folded::Char(c) => return Some((first, c)),
            Folded::Pair(a, _) => return Some((first, a)),
            Folded::Ignorable | Folded::Joiner | Folded::Space => continue,
        }
    }
    Some((first, '\0'))
}

/// The names of a table by their exact bytes: a hash table built at compile time,
/// for text spelled exactly as the lexicon spells it (the common case), where one
/// lookup replaces a scan of the table.
pub(crate) struct ExactIndex<const SLOTS: usize> {
    names: &'static [(&'static str, u8)],
    /// One plus the position in `names` of the name hashed to each slot; 0 for none.
    slots: [u16; SLOTS],
}

/// A hash of a name from its length and its first and last four bytes: one
/// multiplication, where a hash of every byte would cost one per byte. Names of a
/// table differ there (the index still compares whole names).
#[inline]
const fn name_hash(bytes: &[u8]) -> u32 {
    let len = bytes.len();
    let (first, last) = if let [a, b, c, d, ..] = *bytes {
        // Names are mostly longer than four bytes: two loads.
        let [w, x, y, z] = [
            bytes[len - 4],
            bytes[len - 3],
            bytes[len - 2],
            bytes[len - 1],
        ];
        (
            u32::from_le_bytes([a, b, c, d]),
            u32::from_be_bytes([w, x, y, z]),
        )
    } else {
        let mut first = 0u32;
        let mut last = 0u32;
        let mut i = 0;
        while i < len {
            first |= (bytes[i] as u32) << (8 * i);
            last |= (bytes[len - 1 - i] as u32) << (8 * i);
            i += 1;
        }
        (first, last)
    };
    (first ^ last.rotate_left(16) ^ len as u32).wrapping_mul(0x9E37_79B1)
}

/// Whether two byte strings are equal, for the short strings of names: two
/// overlapping loads from each end rather than a call to `memcmp`.
#[inline]
fn same_word(a: &[u8], b: &[u8]) -> bool {
    fn load<const N: usize>(bytes: &[u8]) -> [u8; N] {
        let mut word = [0u8; N];
        word.copy_from_slice(&bytes[..N]);
        word
    }
    let n = a.len();
    if n != b.len() {
        return false;
    }
    match n {
        8..=16 => load::<8>(a) == load::<8>(b) && load::<8>(&a[n - 8..]) == load::<8>(&b[n - 8..]),
        4..=7 => load::<4>(a) == load::<4>(b) && load::<4>(&a[n - 4..]) == load::<4>(&b[n - 4..]),
        _ => a == b,
    }
}

/// Whether two byte strings are equal, in a `const` context.
const fn same_bytes(a: &[u8], b: &[u8]) -> bool {
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

impl<const SLOTS: usize> ExactIndex<SLOTS> {
    /// Indexes `names`; `SLOTS` must be a power of two above the table's length
    /// (checked at compile time). Of names spelled alike, the first is kept.
    pub(crate) const fn new(names: &'static [(&'static str, u8)]) -> ExactIndex<SLOTS> {
        assert!(SLOTS.is_power_of_two() && SLOTS > names.len());
        let mut slots = [0u16; SLOTS];
        let mut i = 0;
        while i < names.len() {
            let bytes = names[i].0.as_bytes();
            let mut slot = (name_hash(bytes) >> 16) as usize & (SLOTS - 1);
            loop {
                let held = slots[slot];
                if held == 0 {
                    slots[slot] = i as u16 + 1;
                    break;
                }
                if same_bytes(names[held as usize - 1].0.as_bytes(), bytes) {
                    break;
                }
                slot = (slot + 1) & (SLOTS - 1);
            }
            i += 1;
        }
        ExactIndex { names, slots }
    }

    /// The value of the name spelled exactly `word`.
    #[inline(always)]
    pub(crate) fn get(&self, word: &[u8]) -> Option<u8> {
        let mut slot = (name_hash(word) >> 16) as usize & (SLOTS - 1);
        loop {
            let held = usize::from(*self.slots.get(slot)?);
            let (name, value) = *self.names.get(held.checked_sub(1)?)?;
            if same_word(name.as_bytes(), word) {
                return Some(value);
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
    }
}

/// Bytes of `rest` covered by `suffix` when it follows (after spaces, non-joiners or
/// nothing) and ends at a word boundary.
fn suffix_end(rest: &str, suffix: &str) -> Option<usize> {
    let gap = rest.len() - skip_gap(rest).len();
    let end = match_name(&rest[gap..], suffix)?;
    at_boundary(&rest[gap + end..]).then_some(gap + end)
}

/// `text` past any spaces, non-joiners and marks.
fn skip_gap(text: &str) -> &str {
    text.trim_start_matches(|c| {
        matches!(fold(c), Folded::Space | Folded::Joiner | Folded::Ignorable)
    })
}

/// Whether no word continues at the start of `text`.
pub(crate) fn at_boundary(text: &str) -> bool {
    for c in text.chars() {
        match fold(c) {
            Folded::Ignorable => continue,
            // A digit ends a word: text out of PDFs glues numbers to names
            // (`بهمن1357`, `Khordad4`).
            Folded::Char(c) => return !is_word_char(c) || c.is_ascii_digit(),
            Folded::Pair(..) => return false,
            Folded::Space | Folded::Joiner => return true,
        }
    }
    true
}

/// If `name` matches at the start of `text`, the number of bytes of `text` it covers.
///
/// Letters compare folded. A space or non-joiner in the name matches any run of
/// spaces and non-joiners in the text, or none; marks that fold to nothing, and
/// non-joiners inside a word, are skipped in the text.
pub(crate) fn match_name(text: &str, name: &str) -> Option<usize> {
    // Text spelled exactly as the lexicon is the common case.
    if text.as_bytes().starts_with(name.as_bytes()) {
        return Some(name.len());
    }
    let mut input = text.char_indices().peekable();
    // The second letter of a ligature whose first letter has been matched.
    let mut pending: Option<char> = None;
    for n in name.chars() {
        match fold(n) {
            Folded::Space | Folded::Joiner => {
                if pending.is_some() {
                    return None;
                }
                while let Some(&(_, c)) = input.peek() {
                    if matches!(fold(c), Folded::Space | Folded::Joiner | Folded::Ignorable) {
                        input.next();
                    } else {
                        break;
                    }
                }
            }
            Folded::Ignorable => {}
            Folded::Char(want) | Folded::Pair(want, _) => {
                if let Some(p) = pending.take() {
                    if p != want {
                        return None;
                    }
                    continue;
                }
                loop {
                    let (_, c) = input.next()?;
                    match fold(c) {
                        Folded::Ignorable | Folded::Joiner => continue,
                        Folded::Space => return None,
                        Folded::Char(got) => {
                            if got != want {
                                return None;
                            }
                            break;
                        }
                        Folded::Pair(a, b) => {
                            if a != want {
                                return None;
                            }
                            pending = Some(b);
                            break;
                        }
                    }
                }
            }
        }
    }
    if pending.is_some() {
        return None;
    }
    Some(input.peek().map_or(text.len(), |&(i, _)| i))
}

#[cfg(test)]
mod tests {
    use super::super::{MONTH_INDEX, ORDINAL_INDEX, WEEKDAY_INDEX};
    use super::*;

    #[test]
    fn same_word_is_byte_equality() {
        // Every length up to 20, equal and with one byte changed at each position.
        let base: [u8; 20] = core::array::from_fn(|i| i as u8 * 7 + 1);
        for n in 0..=20 {
            let a = &base[..n];
            assert!(same_word(a, a));
            for i in 0..n {
                let mut b = base;
                b[i] ^= 0x40;
                assert!(!same_word(a, &b[..n]), "{n} {i}");
            }
            if n > 0 {
                assert!(!same_word(a, &base[..n - 1]));
            }
        }
    }

    #[test]
    fn exact_lookup_finds_every_name_as_the_table_s_first_spelling() {
        use super::super::{MONTH_EXACT, MONTH_WORDS, WEEKDAY_EXACT, WEEKDAY_WORDS};
        for &(name, _) in MONTH_WORDS {
            let first = MONTH_WORDS.iter().find(|(n, _)| *n == name).unwrap().1;
            assert_eq!(MONTH_EXACT.get(name.as_bytes()), Some(first), "{name}");
        }
        for &(name, _) in WEEKDAY_WORDS {
            let first = WEEKDAY_WORDS.iter().find(|(n, _)| *n == name).unwrap().1;
            assert_eq!(WEEKDAY_EXACT.get(name.as_bytes()), Some(first), "{name}");
        }
        for word in ["", "ابان", "Abann", "۱۴۰۰", "آبان ", "farvardin"] {
            assert_eq!(MONTH_EXACT.get(word.as_bytes()), None, "{word}");
        }
    }

    #[test]
    fn names_match_through_folding() {
        assert_eq!(match_name("آبان ۱۴۰۰", "آبان"), Some("آبان".len()));
        assert_eq!(match_name("ابان", "آبان"), Some("ابان".len()));
        assert_eq!(match_name("آبـــان", "آبان"), Some("آبـــان".len()));
        assert_eq!(match_name("ABAN", "Aban"), Some(4));
        assert_eq!(match_name("اسفن", "اسفند"), None);
        // Arabic yeh and kaf.
        assert_eq!(match_name("يكشنبه", "یکشنبه"), Some("يكشنبه".len()));
        // Spaces and joiners inside names.
        for text in ["سه‌شنبه", "سه شنبه", "سهشنبه", "سه  شنبه"] {
            assert_eq!(match_name(text, "سه‌شنبه"), Some(text.len()), "{text}");
        }
        // A presentation-form lam-alef ligature.
        assert_eq!(match_name("\u{FEFB}", "لا"), Some(3));
    }

    #[test]
    fn longest_name_wins_and_must_end_a_word() {
        assert_eq!(
            MONTH_INDEX.longest("امرداد", &[]),
            Some((5, "امرداد".len()))
        );
        assert_eq!(MONTH_INDEX.longest("Farvardin 1400", &[]), Some((1, 9)));
        assert_eq!(MONTH_INDEX.longest("Far 1400", &[]), Some((1, 3)));
        assert_eq!(MONTH_INDEX.longest("Abann", &[]), None);
        assert_eq!(MONTH_INDEX.longest("مهربان", &[]), None);
        assert_eq!(
            MONTH_INDEX.longest("آبان‌ماه ۱۴۰۰", &["ماه"]),
            Some((8, "آبان‌ماه".len()))
        );
        assert_eq!(
            MONTH_INDEX.longest("آبان ماه", &["ماه"]),
            Some((8, "آبان ماه".len()))
        );
        assert_eq!(
            MONTH_INDEX.longest("آبانماه", &["ماه"]),
            Some((8, "آبانماه".len()))
        );
        assert_eq!(
            WEEKDAY_INDEX.longest("سه‌شنبه،", &[]),
            Some((3, "سه‌شنبه".len()))
        );
        assert_eq!(WEEKDAY_INDEX.longest("شنبه", &[]), Some((0, "شنبه".len())));
        assert_eq!(
            ORDINAL_INDEX.longest("بیست و ششم آبان", &[]),
            Some((26, "بیست و ششم".len()))
        );
        assert_eq!(
            ORDINAL_INDEX.longest("بیست‌وششم", &[]),
            Some((26, "بیست‌وششم".len()))
        );
    }
}
