//! Character folding: how two spellings of the same letter are made equal.
//!
//! Text from web pages, PDFs and different keyboards writes the same word with
//! different code points: Arabic `ي`/`ك` for Persian `ی`/`ک`, alef with or without
//! madda or hamza, presentation forms (the shaped glyphs PDFs extract), tatweel
//! stretching a word, directional marks. [`fold`] maps each such character to one
//! representative, so that the lexicon can be matched against any of them.

/// What a character counts as once folded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Folded {
    /// A letter (or other significant character), as its representative.
    Char(char),
    /// Two letters: the lam-alef ligatures.
    Pair(char, char),
    /// A zero-width non-joiner: between the parts of a compound word.
    Joiner,
    /// Space of any width, including no-break spaces.
    Space,
    /// Nothing: tatweel, directional marks, diacritics, zero-width joiners.
    Ignorable,
}

/// Folds one character (ASCII letters to lower case).
#[inline]
pub(crate) fn fold(c: char) -> Folded {
    let code = c as u32;
    if code < 0x80 {
        return match c {
            ' ' | '\t' | '\n' | '\r' => Folded::Space,
            _ => Folded::Char(c.to_ascii_lowercase()),
        };
    }
    // The Arabic block, where almost all Persian text lies, from a table.
    if code >> 8 == 0x06 {
        return ARABIC_BLOCK[(code & 0xFF) as usize];
    }
    fold_slow(c)
}

/// [`fold_slow`] for each character of the Arabic block, U+0600..=U+06FF.
static ARABIC_BLOCK: [Folded; 256] = {
    let mut table = [Folded::Ignorable; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = match char::from_u32(0x0600 + i as u32) {
            Some(c) => fold_slow(c),
            None => Folded::Ignorable,
        };
        i += 1;
    }
    table
};

/// Whether a character whose UTF-8 encoding starts with `lead` may fold to a space, a
/// joiner or nothing within a line: not an ASCII byte other than a space or a tab, nor the lead of
/// U+0680..=U+06FF, where the Persian letters and digits are (checked by a test over
/// every character).
#[inline]
pub(crate) const fn may_start_gap(lead: u8) -> bool {
    const LATE_ARABIC: [u8; 2] = {
        let mut buf = [0u8; 4];
        let first = '\u{0680}'.encode_utf8(&mut buf).as_bytes()[0];
        [first, first + 1]
    };
    match lead {
        b' ' | b'\t' => true,
        0..0x80 => false,
        _ => lead != LATE_ARABIC[0] && lead != LATE_ARABIC[1],
    }
}

/// Folds any character; [`fold`] answers the common ones faster.
pub(crate) const fn fold_slow(c: char) -> Folded {
    if c.is_ascii() {
        return match c {
            ' ' | '\t' | '\n' | '\r' => Folded::Space,
            _ => Folded::Char(c.to_ascii_lowercase()),
        };
    }
    match c {
        // Arabic letters written for their Persian counterparts.
        'ي' | 'ى' | 'ې' | 'ۍ' | 'ئ' => Folded::Char('ی'),
        'ك' => Folded::Char('ک'),
        'ګ' => Folded::Char('گ'),
        'آ' | 'أ' | 'إ' | 'ٱ' => Folded::Char('ا'),
        'ة' | 'ۀ' | 'ە' => Folded::Char('ه'),
        'ؤ' => Folded::Char('و'),
        // Zero-width non-joiner.
        '\u{200C}' => Folded::Joiner,
        // Spaces.
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Folded::Space,
        // Tatweel, marks of direction, zero-width joiner and BOM, soft hyphen,
        // harakat and other Arabic combining marks.
        '\u{0640}'
        | '\u{200D}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{061C}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{00AD}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}' => Folded::Ignorable,
        // Presentation forms.
        '\u{FB50}'..='\u{FDFF}' => presentation_a(c),
        '\u{FE70}'..='\u{FEFF}' => presentation_b(c),
        _ => Folded::Char(c),
    }
}

/// Arabic Presentation Forms-A: the Persian letters' shaped forms.
const fn presentation_a(c: char) -> Folded {
    Folded::Char(match c {
        '\u{FB56}'..='\u{FB59}' => 'پ',
        '\u{FB7A}'..='\u{FB7D}' => 'چ',
        '\u{FB8A}'..='\u{FB8B}' => 'ژ',
        '\u{FB8E}'..='\u{FB91}' => 'ک',
        '\u{FB92}'..='\u{FB95}' => 'گ',
        '\u{FBFC}'..='\u{FBFF}' => 'ی',
        '\u{FBA4}'..='\u{FBA5}' => 'ه',
        '\u{FBA6}'..='\u{FBA9}' => 'ه',
        _ => c,
    })
}

/// Arabic Presentation Forms-B: the shaped forms of the Arabic letters, in the order
/// of the block (each letter has two or four forms).
const fn presentation_b(c: char) -> Folded {
    let letter = match c {
        '\u{FE70}'..='\u{FE7F}' => return Folded::Ignorable, // shaped harakat
        '\u{FE80}' => 'ء',
        '\u{FE81}'..='\u{FE84}' | '\u{FE87}'..='\u{FE88}' => 'ا',
        '\u{FE85}'..='\u{FE86}' => 'و',
        '\u{FE89}'..='\u{FE8C}' => 'ی',
        '\u{FE8D}'..='\u{FE8E}' => 'ا',
        '\u{FE8F}'..='\u{FE92}' => 'ب',
        '\u{FE93}'..='\u{FE94}' => 'ه',
        '\u{FE95}'..='\u{FE98}' => 'ت',
        '\u{FE99}'..='\u{FE9C}' => 'ث',
        '\u{FE9D}'..='\u{FEA0}' => 'ج',
        '\u{FEA1}'..='\u{FEA4}' => 'ح',
        '\u{FEA5}'..='\u{FEA8}' => 'خ',
        '\u{FEA9}'..='\u{FEAA}' => 'د',
        '\u{FEAB}'..='\u{FEAC}' => 'ذ',
        '\u{FEAD}'..='\u{FEAE}' => 'ر',
        '\u{FEAF}'..='\u{FEB0}' => 'ز',
        '\u{FEB1}'..='\u{FEB4}' => 'س',
        '\u{FEB5}'..='\u{FEB8}' => 'ش',
        '\u{FEB9}'..='\u{FEBC}' => 'ص',
        '\u{FEBD}'..='\u{FEC0}' => 'ض',
        '\u{FEC1}'..='\u{FEC4}' => 'ط',
        '\u{FEC5}'..='\u{FEC8}' => 'ظ',
        '\u{FEC9}'..='\u{FECC}' => 'ع',
        '\u{FECD}'..='\u{FED0}' => 'غ',
        '\u{FED1}'..='\u{FED4}' => 'ف',
        '\u{FED5}'..='\u{FED8}' => 'ق',
        '\u{FED9}'..='\u{FEDC}' => 'ک',
        '\u{FEDD}'..='\u{FEE0}' => 'ل',
        '\u{FEE1}'..='\u{FEE4}' => 'م',
        '\u{FEE5}'..='\u{FEE8}' => 'ن',
        '\u{FEE9}'..='\u{FEEC}' => 'ه',
        '\u{FEED}'..='\u{FEEE}' => 'و',
        '\u{FEEF}'..='\u{FEF4}' => 'ی',
        '\u{FEF5}'..='\u{FEFC}' => return Folded::Pair('ل', 'ا'),
        _ => return Folded::Char(c),
    };
    Folded::Char(letter)
}

/// Whether a folded character continues a word (so that a name cannot end before it).
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphabetic())
}

#[cfg(test)]
mod tests {

    #[test]
    fn only_what_may_start_a_gap_folds_to_one() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let lead = c.encode_utf8(&mut buf).as_bytes()[0];
            // Line breaks end a date's text, as the grammar's gaps do.
            let gap = !matches!(c, '\n' | '\r')
                && matches!(fold(c), Folded::Space | Folded::Joiner | Folded::Ignorable);
            if gap {
                assert!(may_start_gap(lead), "{c:?}");
            }
        }
        assert!(!may_start_gap('۱'.encode_utf8(&mut [0; 4]).as_bytes()[0]));
    }

    use super::*;

    #[test]
    fn the_table_agrees_with_the_rules() {
        for code in 0..0x11_0000u32 {
            if let Some(c) = char::from_u32(code) {
                assert_eq!(fold(c), fold_slow(c), "U+{code:04X}");
            }
        }
    }

    #[test]
    fn spellings_fold_together() {
        assert_eq!(fold('ي'), fold('ی'));
        assert_eq!(fold('ك'), fold('ک'));
        assert_eq!(fold('آ'), fold('ا'));
        assert_eq!(fold('\u{FEE3}'), Folded::Char('م')); // medial meem
        assert_eq!(fold('\u{FB91}'), Folded::Char('ک'));
        assert_eq!(fold('\u{FEFB}'), Folded::Pair('ل', 'ا'));
        assert_eq!(fold('ـ'), Folded::Ignorable);
        assert_eq!(fold('\u{200F}'), Folded::Ignorable);
        assert_eq!(fold('\u{00A0}'), Folded::Space);
        assert_eq!(fold('\u{200C}'), Folded::Joiner);
        assert_eq!(fold('A'), Folded::Char('a'));
    }
}
