//! The one digit codec: every script's digits, read and written.
//!
//! Persian (۰-۹, U+06F0..), Arabic-Indic (٠-٩, U+0660..) and ASCII digits. Their UTF-8
//! bytes are derived here from the zero of each script and nowhere else: a reader that
//! works on bytes (the scanner's search for the next digit, the parser's digit runs)
//! and the writer's tables of digit pairs take them from the constants below.

use core::fmt;

/// The zero of the Persian digits, ۰.
pub(crate) const PERSIAN_ZERO: char = '\u{06F0}';
/// The zero of the Arabic-Indic digits, ٠.
pub(crate) const ARABIC_ZERO: char = '\u{0660}';

/// The two UTF-8 bytes of a script's zero; its other digits differ in the second byte
/// only (`zero[1] + d`).
const fn zero_bytes_of(zero: char) -> [u8; 2] {
    let mut buf = [0u8; 4];
    let s = zero.encode_utf8(&mut buf).as_bytes();
    [s[0], s[1]]
}

/// `۰` in UTF-8.
pub(crate) const PERSIAN_ZERO_BYTES: [u8; 2] = zero_bytes_of(PERSIAN_ZERO);
/// `٠` in UTF-8.
pub(crate) const ARABIC_ZERO_BYTES: [u8; 2] = zero_bytes_of(ARABIC_ZERO);
const PERSIAN_LEAD: u8 = PERSIAN_ZERO_BYTES[0];
const ARABIC_LEAD: u8 = ARABIC_ZERO_BYTES[0];
const PERSIAN_SECOND: u8 = PERSIAN_ZERO_BYTES[1];
const ARABIC_SECOND: u8 = ARABIC_ZERO_BYTES[1];
// The byte-wise readers below rely on this shape: the two leads differ in bit 1 only,
// and the second bytes of the two scripts' digits have the high nibbles B and A.
const _: () =
    assert!(PERSIAN_LEAD == ARABIC_LEAD | 2 && PERSIAN_SECOND == 0xB0 && ARABIC_SECOND == 0xA0);

/// The digits numbers are written in.
///
/// ```
/// use taqvim::{Digits, Formatter, JalaliDate, Locale};
///
/// let date = JalaliDate::new(1402, 1, 13)?;
/// let f = Formatter::new("%Y/%m/%d")?;
/// assert_eq!(f.with_digits(Digits::Persian).format(&date)?.to_string(), "۱۴۰۲/۰۱/۱۳");
/// assert_eq!(f.with_digits(Digits::ArabicIndic).format(&date)?.to_string(), "١٤٠٢/٠١/١٣");
/// assert_eq!(f.with_digits(Digits::Latin).format(&date)?.to_string(), "1402/01/13");
/// # Ok::<(), taqvim::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Digits {
    /// Extended Arabic-Indic digits, as Persian writes them: ۰۱۲۳۴۵۶۷۸۹.
    Persian,
    /// Arabic-Indic digits: ٠١٢٣٤٥٦٧٨٩.
    ArabicIndic,
    /// ASCII digits: 0123456789.
    Latin,
}

impl Digits {
    /// Every script of digits.
    ///
    /// ```
    /// assert_eq!(taqvim::Digits::ALL.len(), 3);
    /// ```
    pub const ALL: [Digits; 3] = [Digits::Persian, Digits::ArabicIndic, Digits::Latin];

    /// The script's name, as `FromStr` reads it: `persian`, `arabic-indic`, `latin`.
    ///
    /// ```
    /// use taqvim::Digits;
    ///
    /// assert_eq!(Digits::ArabicIndic.name(), "arabic-indic");
    /// assert_eq!("Latin".parse::<Digits>()?, Digits::Latin);
    /// assert!("roman".parse::<Digits>().is_err());
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            Digits::Persian => "persian",
            Digits::ArabicIndic => "arabic-indic",
            Digits::Latin => "latin",
        }
    }
}

impl fmt::Display for Digits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

impl core::str::FromStr for Digits {
    type Err = crate::Error;

    /// Reads a script's [`name`](Digits::name), in any letter case.
    fn from_str(s: &str) -> Result<Digits, crate::Error> {
        Digits::ALL
            .into_iter()
            .find(|digits| digits.name().eq_ignore_ascii_case(s))
            .ok_or(crate::Error::new(crate::error::Detail::Syntax {
                expected: "one of persian, arabic-indic, latin",
                at: 0,
                found: s.chars().next(),
            }))
    }
}

/// Padding of a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pad {
    Zero,
    Space,
    None,
}

// ---------------------------------------------------------------------------------
// Reading.

/// Whether `bytes` start with a digit of any script, from the bytes alone.
#[inline(always)]
pub(crate) const fn starts_with_digit(bytes: &[u8]) -> bool {
    match bytes {
        [b'0'..=b'9', ..] => true,
        [lead, second, ..] => {
            (*lead == PERSIAN_LEAD && second.wrapping_sub(PERSIAN_SECOND) < 10)
                || (*lead == ARABIC_LEAD && second.wrapping_sub(ARABIC_SECOND) < 10)
        }
        _ => false,
    }
}

/// The value of a digit of any script.
#[inline]
pub(crate) const fn digit_value(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '\u{06F0}'..='\u{06F9}' => Some((c as u32 - PERSIAN_ZERO as u32) as u8),
        '\u{0660}'..='\u{0669}' => Some((c as u32 - ARABIC_ZERO as u32) as u8),
        _ => None,
    }
}

/// Exactly `count` digits of any script (at most 9), whatever follows them: the rest
/// and the number. For fields read at a fixed width, as in `%Y%m%d`.
pub(crate) fn leading_digits(input: &str, count: usize) -> Option<(&str, u32)> {
    let mut value: u32 = 0;
    let mut chars = input.char_indices();
    for _ in 0..count.min(9) {
        let (_, c) = chars.next()?;
        value = value * 10 + u32::from(digit_value(c)?);
    }
    let end = chars.next().map_or(input.len(), |(i, _)| i);
    Some((input.get(end..)?, value))
}

/// [`digits`] without an error to build: the rest, the number and its digit count.
#[inline]
pub(crate) fn digit_run(input: &str, min: usize, max: usize) -> Option<(&str, u32, usize)> {
    let (value, count, len) = digits_at(input.as_bytes(), min, max)?;
    Some((input.get(len..)?, value, count))
}

/// Between `min` and `max` digits of any script at the start of `bytes`: the number,
/// the digit count and the byte length; `None` for fewer than `min` digits or more
/// than `max`.
#[inline]
pub(crate) fn digits_at(bytes: &[u8], min: usize, max: usize) -> Option<(u32, usize, usize)> {
    // Bytes rather than chars: ASCII digits, and ۰-۹ (DB B0..B9) and ٠-٩ (D9 A0..A9)
    // in UTF-8.
    let (mut value, mut count, mut end) = persian_digits(bytes);
    if count > max {
        return None;
    }
    while let Some(&lead) = bytes.get(end) {
        let (digit, len) = if lead.wrapping_sub(b'0') < 10 {
            (lead - b'0', 1)
        } else {
            // Both scripts' digits are two bytes: a lead byte, then one of ten.
            let (zero, lead_of_digits) = match lead {
                PERSIAN_LEAD => (PERSIAN_SECOND, true),
                ARABIC_LEAD => (ARABIC_SECOND, true),
                _ => (0, false),
            };
            match bytes.get(end + 1) {
                Some(&next) if lead_of_digits && next.wrapping_sub(zero) < 10 => (next - zero, 2),
                _ => break,
            }
        };
        if count == max {
            return None;
        }
        // Callers ask for at most 9 digits, which fit; wrap rather than panic anyway.
        value = value.wrapping_mul(10).wrapping_add(u32::from(digit));
        count += 1;
        end += len;
    }
    if count < min {
        return None;
    }
    Some((value, count, end))
}

/// Up to four Persian digits (۰-۹, `DB B0`..`DB B9` in UTF-8) at the start of
/// `bytes`, read eight bytes at a time: the number, the digit count and the byte
/// length (all zero when fewer than eight bytes are left). Persian digits are most
/// of what the parser reads; [`digits_at`] goes on from where this stops.
#[inline]
fn persian_digits(bytes: &[u8]) -> (u32, usize, usize) {
    const LOW: u64 = 0x00FF_00FF_00FF_00FF;
    const CARRY: u64 = 0x0100_0100_0100_0100;
    let Some(chunk) = bytes.first_chunk::<8>() else {
        return (0, 0, 0);
    };
    // In each 16-bit lane, a digit becomes a zero low byte and its value (0..=9) as
    // the high byte.
    let x = u64::from_le_bytes(*chunk)
        ^ (u16::from_le_bytes(PERSIAN_ZERO_BYTES) as u64 * 0x0001_0001_0001_0001);
    let high = (x >> 8) & LOW;
    // Bit 8 of a lane is set when its low byte is not zero, or its high byte is 10 or
    // more; no sum leaves its lane.
    let bad = (((x & LOW) + LOW) | (high + 0x00F6_00F6_00F6_00F6)) & CARRY;
    let count = if bad == 0 {
        4
    } else {
        (bad.trailing_zeros() / 16) as usize
    };
    let mut value = 0;
    for lane in 0..count {
        value = value * 10 + ((high >> (16 * lane)) & 0xFF) as u32;
    }
    (value, count, 2 * count)
}

/// The byte offset of the first digit (of any script) at or after `from`.
pub(crate) fn next_digit(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    // Eight bytes at a time over the letters between numbers, then one at a time.
    while i + 8 <= bytes.len() {
        let mut word = [0u8; 8];
        word.copy_from_slice(&bytes[i..i + 8]);
        let previous = if i > 0 { bytes[i - 1] } else { 0 };
        let found = digit_bytes(u64::from_le_bytes(word), previous);
        if found != 0 {
            let at = i + (found.trailing_zeros() / 8) as usize;
            // A Persian or Arabic-Indic digit is found at its second byte.
            return Some(if bytes[at].is_ascii_digit() {
                at
            } else {
                at - 1
            });
        }
        i += 8;
    }
    loop {
        while DIGIT_BYTE[usize::from(*bytes.get(i)?)] == 0 {
            i += 1;
        }
        match DIGIT_BYTE[usize::from(bytes[i])] {
            ASCII_DIGIT => return Some(i),
            // ۰-۹ are DB B0..DB B9 in UTF-8, ٠-٩ are D9 A0..D9 A9; `from` is a char
            // boundary, so a digit's second byte at `from` is not one.
            lead if i > from && bytes[i - 1] == lead => return Some(i - 1),
            _ => i += 1,
        }
    }
}

/// The high bit of each byte of `v` that is zero.
const fn zero_bytes(v: u64) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    !(((v & LOW7) + LOW7) | v) & !LOW7
}

/// The high bit of each byte of the little-endian `word` that is an ASCII digit or
/// the second byte of a Persian (DB B0..B9) or Arabic-Indic (D9 A0..A9) digit,
/// `previous` being the byte before `word`. Exact per byte (no carries between
/// lanes), so the lowest bit set is the first digit.
const fn digit_bytes(word: u64, previous: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low = word & (0x0F * ONES);
    let high = (word >> 4) & (0x0F * ONES);
    // Low nibble 0..=9: adding 6 leaves bit 4 clear (no lane exceeds 0x15).
    let low_digit = !((low + 6 * ONES) << 3) & (0x80 * ONES);
    // High nibble 3 (ASCII digits), or A or B (second bytes of the other scripts).
    let ascii = zero_bytes(high ^ (0x03 * ONES));
    let second = zero_bytes((high & (0x0E * ONES)) ^ (0x0A * ONES));
    // The byte before each: D9 before Ax, DB before Bx.
    let before = (word << 8) | previous as u64;
    let lead = (ARABIC_LEAD as u64 * ONES) | ((high & ONES) << 1);
    let led = zero_bytes(before ^ lead);
    low_digit & (ascii | (second & led))
}

/// For each byte: [`ASCII_DIGIT`] for `0`-`9`; for the second byte of a Persian or
/// Arabic-Indic digit, the first byte it must follow; 0 for every other byte.
const DIGIT_BYTE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 10 {
        table[b'0' as usize + i] = ASCII_DIGIT;
        table[PERSIAN_SECOND as usize + i] = PERSIAN_LEAD;
        table[ARABIC_SECOND as usize + i] = ARABIC_LEAD;
        i += 1;
    }
    table
};
/// Marks an ASCII digit in [`DIGIT_BYTE`].
const ASCII_DIGIT: u8 = 1;

// ---------------------------------------------------------------------------------
// Writing.

/// `00` to `99` in one script, each pair `width` bytes long.
const fn digit_pairs<const LEN: usize>(first: [u8; 2], width: usize) -> [u8; LEN] {
    let mut table = [0u8; LEN];
    let mut n = 0;
    while n < 100 {
        let mut k = 0;
        while k < 2 {
            let d = if k == 0 { n / 10 } else { n % 10 } as u8;
            let at = n * width + k * width / 2;
            if width == 2 {
                table[at] = first[0] + d;
            } else {
                table[at] = first[0];
                table[at + 1] = first[1] + d;
            }
            k += 1;
        }
        n += 1;
    }
    table
}

const LATIN_PAIR_BYTES: [u8; 200] = digit_pairs([b'0', 0], 2);

/// The two ASCII digits of `n % 100`, for the ISO writer.
#[inline(always)]
pub(crate) const fn latin_pair(n: u8) -> [u8; 2] {
    let at = (n % 100) as usize * 2;
    [LATIN_PAIR_BYTES[at], LATIN_PAIR_BYTES[at + 1]]
}
const PERSIAN_PAIR_BYTES: [u8; 400] = digit_pairs(PERSIAN_ZERO_BYTES, 4);
const ARABIC_PAIR_BYTES: [u8; 400] = digit_pairs(ARABIC_ZERO_BYTES, 4);

/// A table of digit pairs as text, checked at compile time.
const fn pairs_text(bytes: &'static [u8]) -> &'static str {
    match core::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => panic!("digit pairs are UTF-8"),
    }
}

/// The last two digits of `n` in `digits` (callers pass numbers below 100).
#[inline]
pub(crate) fn digit_pair(n: u32, digits: Digits) -> &'static str {
    const LATIN: &str = pairs_text(&LATIN_PAIR_BYTES);
    const PERSIAN: &str = pairs_text(&PERSIAN_PAIR_BYTES);
    const ARABIC: &str = pairs_text(&ARABIC_PAIR_BYTES);
    let (table, width) = match digits {
        Digits::Latin => (LATIN, 2),
        Digits::Persian => (PERSIAN, 4),
        Digits::ArabicIndic => (ARABIC, 4),
    };
    let at = (n % 100) as usize * width;
    // Each table holds 100 pairs of `width` bytes, every digit of a script being as
    // long as the others (`every_digit_pair_is_two_digits` checks all of them).
    match table.get(at..at + width) {
        Some(pair) => pair,
        None => unreachable!("the pair tables hold 100 whole pairs"),
    }
}

/// Writes `n` in `digits`, padded to `width` with `pad`.
#[inline]
pub(crate) fn write_number(
    out: &mut dyn fmt::Write,
    n: u32,
    width: usize,
    pad: Pad,
    digits: Digits,
) -> fmt::Result {
    // Zero-padded fields of two and four digits, the common ones, from the table.
    if pad == Pad::Zero || n >= 10 {
        if width == 2 && n < 100 {
            return out.write_str(digit_pair(n, digits));
        }
        if width == 4 && n < 10_000 && (pad == Pad::Zero || n >= 1_000) {
            out.write_str(digit_pair(n / 100, digits))?;
            return out.write_str(digit_pair(n % 100, digits));
        }
    }
    if n < 10 && (width <= 1 || pad == Pad::None) {
        // The second digit of the pair.
        let pair = digit_pair(n, digits);
        let Some(last) = pair.get(pair.len() / 2..) else {
            unreachable!("a pair is two digits of the same length")
        };
        return out.write_str(last);
    }
    write_number_slow(out, n, width, pad, digits)
}

/// [`write_number`] for any number, width and padding.
pub(crate) fn write_number_slow(
    out: &mut dyn fmt::Write,
    mut n: u32,
    width: usize,
    pad: Pad,
    digits: Digits,
) -> fmt::Result {
    // u32 has at most 10 digits; a digit takes at most 2 bytes; padding at most 9.
    let mut buf = [0u8; 32];
    let mut end = buf.len();
    let mut count = 0;
    loop {
        let d = (n % 10) as u8;
        match digits {
            Digits::Latin => {
                end -= 1;
                buf[end] = b'0' + d;
            }
            Digits::Persian => {
                end -= 2;
                buf[end] = PERSIAN_LEAD;
                buf[end + 1] = PERSIAN_SECOND + d;
            }
            Digits::ArabicIndic => {
                end -= 2;
                buf[end] = ARABIC_LEAD;
                buf[end + 1] = ARABIC_SECOND + d;
            }
        }
        count += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    while count < width && end > 2 {
        match (pad, digits) {
            (Pad::None, _) => break,
            (Pad::Space, _) => {
                end -= 1;
                buf[end] = b' ';
            }
            (Pad::Zero, Digits::Latin) => {
                end -= 1;
                buf[end] = b'0';
            }
            (Pad::Zero, Digits::Persian) => {
                end -= 2;
                buf[end] = PERSIAN_LEAD;
                buf[end + 1] = PERSIAN_SECOND;
            }
            (Pad::Zero, Digits::ArabicIndic) => {
                end -= 2;
                buf[end] = ARABIC_LEAD;
                buf[end + 1] = ARABIC_SECOND;
            }
        }
        count += 1;
    }
    match core::str::from_utf8(&buf[end..]) {
        Ok(text) => out.write_str(text),
        Err(_) => Err(fmt::Error),
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::string::String;
    use std::vec::Vec;

    use super::*;

    #[test]
    fn every_digit_pair_is_two_digits() {
        for (digits, zero) in [
            (Digits::Latin, '0'),
            (Digits::Persian, '۰'),
            (Digits::ArabicIndic, '٠'),
        ] {
            for n in 0..100u32 {
                let pair: Vec<u32> = digit_pair(n, digits)
                    .chars()
                    .map(|c| c as u32 - zero as u32)
                    .collect();
                assert_eq!(pair, [n / 10, n % 10], "{digits:?} {n}");
            }
        }
    }

    #[test]
    fn numbers_from_the_tables_are_the_slow_path_s() {
        for digits in [Digits::Latin, Digits::Persian, Digits::ArabicIndic] {
            for pad in [Pad::Zero, Pad::Space, Pad::None] {
                for width in 0..=5 {
                    for n in (0..2_000).chain(9_990..10_010).chain([123_456, u32::MAX]) {
                        let (mut fast, mut slow) = (String::new(), String::new());
                        write_number(&mut fast, n, width, pad, digits).unwrap();
                        write_number_slow(&mut slow, n, width, pad, digits).unwrap();
                        assert_eq!(fast, slow, "{n} {width} {pad:?} {digits:?}");
                    }
                }
            }
        }
    }

    /// `digits_at` the slow way, one `char` at a time.
    fn digits_by_char(text: &str, min: usize, max: usize) -> Option<(u32, usize, usize)> {
        let mut value = 0u32;
        let mut count = 0;
        let mut len = 0;
        for c in text.chars() {
            let digit = match c {
                '0'..='9' => c as u32 - '0' as u32,
                '۰'..='۹' => c as u32 - '۰' as u32,
                '٠'..='٩' => c as u32 - '٠' as u32,
                _ => break,
            };
            if count == max {
                return None;
            }
            value = value.wrapping_mul(10).wrapping_add(digit);
            count += 1;
            len += c.len_utf8();
        }
        (count >= min).then_some((value, count, len))
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(20_000))]

        /// Digit runs of every script, mixed, with near misses around them (the bytes
        /// before and after the digits' ranges, the lead bytes alone).
        #[test]
        fn digits_are_read_as_chars_would_be(
            parts in proptest::collection::vec(
                proptest::sample::select(&[
                    "0", "9", "۰", "۴", "۹", "٠", "٩", "/", ":", " ", "ۺ", "ۯ", "ٟ", "٪", "ش",
                    "\u{6c0}", "a", "\u{1b0}",
                ][..]),
                0..14,
            ),
            min in 0usize..4,
            max in 1usize..10,
        ) {
            let text: std::string::String = parts.concat();
            proptest::prop_assert_eq!(
                digits_at(text.as_bytes(), min, max),
                digits_by_char(&text, min, max),
                "{:?}", text
            );
        }
    }
}
