//! Matching names against text, through [`fold`](super::fold), and an index that
//! narrows a table down to the names that can start with a given letter.

use super::fold::{Folded, fold, fold_slow, is_word_char};

/// A name table sorted by the folded first letter of each name, built at compile
/// time, so a lookup compares only the few names that share the text's first letter.
pub(crate) struct NameIndex<const N: usize> {
    names: &'static [(&'static str, u8)],
    /// Folded first letters, ascending.
    firsts: [char; N],
    /// `names[order[i]]` starts with `firsts[i]`.
    order: [u16; N],
}

/// The first character of a non-empty string, decoded in a `const` context.
const fn first_char(s: &str) -> char {
    let b = s.as_bytes();
    let (code, _) = match b[0] {
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
        Some(c) => c,
        None => panic!("a name is not valid UTF-8"),
    }
}

/// The folded first letter of a name.
const fn folded_first(s: &str) -> char {
    match fold_slow(first_char(s)) {
        Folded::Char(c) | Folded::Pair(c, _) => c,
        _ => panic!("a name starts with a space or a mark"),
    }
}

impl<const N: usize> NameIndex<N> {
    /// Indexes `names`, whose length must be `N` (checked at compile time).
    pub(crate) const fn new(names: &'static [(&'static str, u8)]) -> NameIndex<N> {
        assert!(names.len() == N, "the index length must be the table's");
        let mut firsts = ['\0'; N];
        let mut order = [0u16; N];
        // Insertion sort, by first letter, keeping the table's order among equals.
        let mut i = 0;
        while i < N {
            let c = folded_first(names[i].0);
            let mut j = i;
            while j > 0 && firsts[j - 1] as u32 > c as u32 {
                firsts[j] = firsts[j - 1];
                order[j] = order[j - 1];
                j -= 1;
            }
            firsts[j] = c;
            order[j] = i as u16;
            i += 1;
        }
        NameIndex {
            names,
            firsts,
            order,
        }
    }

    /// The longest name at the start of `text` that ends at a word boundary, as
    /// `(value, bytes of text it covers)`. With `suffix`, a name may also be followed
    /// by that word (with a space, a non-joiner or nothing between), which is then part
    /// of the match.
    pub(crate) fn longest(&self, text: &str, suffix: Option<&str>) -> Option<(u8, usize)> {
        let first = first_significant(text)?;
        let start = self.firsts.partition_point(|&c| c < first);
        let mut best: Option<(u8, usize)> = None;
        for (&c, &i) in self.firsts[start..].iter().zip(&self.order[start..]) {
            if c != first {
                break;
            }
            let (name, value) = self.names[usize::from(i)];
            let Some(end) = match_name(text, name) else {
                continue;
            };
            let rest = &text[end..];
            let end = match suffix.and_then(|s| suffix_end(rest, s)) {
                Some(more) => end + more,
                None if at_boundary(rest) => end,
                None => continue,
            };
            if best.is_none_or(|(_, b)| end > b) {
                best = Some((value, end));
            }
        }
        best
    }
}

/// The first folded letter of `text`, past marks that fold to nothing.
fn first_significant(text: &str) -> Option<char> {
    for c in text.chars() {
        match fold(c) {
            Folded::Ignorable => continue,
            Folded::Char(c) | Folded::Pair(c, _) => return Some(c),
            Folded::Space | Folded::Joiner => return None,
        }
    }
    None
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
            Folded::Char(c) => return !is_word_char(c),
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
            MONTH_INDEX.longest("امرداد", None),
            Some((5, "امرداد".len()))
        );
        assert_eq!(MONTH_INDEX.longest("Farvardin 1400", None), Some((1, 9)));
        assert_eq!(MONTH_INDEX.longest("Far 1400", None), Some((1, 3)));
        assert_eq!(MONTH_INDEX.longest("Abann", None), None);
        assert_eq!(MONTH_INDEX.longest("مهربان", None), None);
        assert_eq!(
            MONTH_INDEX.longest("آبان‌ماه ۱۴۰۰", Some("ماه")),
            Some((8, "آبان‌ماه".len()))
        );
        assert_eq!(
            MONTH_INDEX.longest("آبان ماه", Some("ماه")),
            Some((8, "آبان ماه".len()))
        );
        assert_eq!(
            MONTH_INDEX.longest("آبانماه", Some("ماه")),
            Some((8, "آبانماه".len()))
        );
        assert_eq!(
            WEEKDAY_INDEX.longest("سه‌شنبه،", None),
            Some((3, "سه‌شنبه".len()))
        );
        assert_eq!(WEEKDAY_INDEX.longest("شنبه", None), Some((0, "شنبه".len())));
        assert_eq!(
            ORDINAL_INDEX.longest("بیست و ششم آبان", None),
            Some((26, "بیست و ششم".len()))
        );
        assert_eq!(
            ORDINAL_INDEX.longest("بیست‌وششم", None),
            Some((26, "بیست‌وششم".len()))
        );
    }
}
