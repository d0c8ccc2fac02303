//! How a person's name is written from its two parts (the contract's `firstName` and
//! `lastName`): the one name order the app shows and the server stores as `displayName`.

/// Chinese, Japanese kanji and Korean names are written family name first and without a space
/// (王立华, 김민준); others given name first (Lin Hai, John Smith). Both parts are trimmed; an
/// empty part is left out.
pub fn full_name(first: &str, last: &str) -> String {
    let (first, last) = (first.trim(), last.trim());
    if family_name_first(first) || family_name_first(last) {
        format!("{last}{first}")
    } else {
        [first, last].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ")
    }
}

/// The parts of a name written as [`full_name`] writes them, as (first, last): at the last space
/// (`John Smith` → John, Smith); without a space, a name in a family-name-first script of more
/// than one character has its first character as the family name (`王立华` → 立华, 王;
/// `김민준` → 민준, 김); anything else is all first name (`Cher`).
pub fn split_full_name(name: &str) -> (&str, &str) {
    let name = name.trim();
    if let Some((first, last)) = name.rsplit_once(' ') {
        return (first.trim(), last.trim());
    }
    match name.chars().next() {
        Some(family) if family_name_first(&name[..family.len_utf8()]) && name.chars().count() > 1 => {
            (&name[family.len_utf8()..], &name[..family.len_utf8()])
        }
        _ => (name, ""),
    }
}

/// Whether a name part is written in a script whose names put the family name first: CJK
/// ideographs (with extension A and the compatibility block) and Hangul (syllables and jamo).
fn family_name_first(part: &str) -> bool {
    part.chars().any(|c| matches!(c as u32, 0x3400..=0x9FFF | 0xAC00..=0xD7AF | 0x1100..=0x11FF | 0xF900..=0xFAFF))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_written_in_their_own_order() {
        assert_eq!(full_name("立华", "王"), "王立华");
        assert_eq!(full_name("민준", "김"), "김민준");
        assert_eq!(full_name(" 길동", "홍 "), "홍길동");
        assert_eq!(full_name("John", "Smith"), "John Smith");
        assert_eq!(full_name("Hai", "Lin"), "Hai Lin");
        assert_eq!(full_name("Léa", "Fontaine"), "Léa Fontaine");
        assert_eq!(full_name("", "Lin"), "Lin");
        assert_eq!(full_name("", ""), "");
        // One part in a family-name-first script is enough.
        assert_eq!(full_name("Lihua", "王"), "王Lihua");
    }

    #[test]
    fn written_names_split_back() {
        assert_eq!(split_full_name("王立华"), ("立华", "王"));
        assert_eq!(split_full_name("김민준"), ("민준", "김"));
        assert_eq!(split_full_name("John Smith"), ("John", "Smith"));
        assert_eq!(split_full_name(" Mary Ann  Lee "), ("Mary Ann", "Lee"));
        assert_eq!(split_full_name("Cher"), ("Cher", ""));
        assert_eq!(split_full_name("Élodie"), ("Élodie", ""), "a Latin name keeps its first letter");
        assert_eq!(split_full_name("王"), ("王", ""));
        assert_eq!(split_full_name(""), ("", ""));
        for (first, last) in [("立华", "王"), ("민준", "김"), ("John", "Smith")] {
            assert_eq!(split_full_name(&full_name(first, last)), (first, last));
        }
    }
}
