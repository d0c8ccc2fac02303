//! When someone else updated a profile while the partner was editing it (a 412 on Submit, or a
//! draft restored over a newer version): a three-way merge of the values, field by field.
//! `base` is what the partner's edits started from, `mine` what they typed, `theirs` the new
//! version on the server. The partner's edits are kept; what they did not touch follows the new
//! version; every field the other person changed is listed, so nothing changes silently. Pure,
//! so tested natively.

use super::spec::Values;

/// A field the other person changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub path: String,
    /// What the partner has in the field: their own edit, or what they read.
    pub mine: String,
    /// The value in the new version on the server.
    pub theirs: String,
    /// True when the partner had edited the field too (and differently): their edit is kept
    /// and replaces the new value when they submit.
    pub clash: bool,
}

/// The values to continue editing with, and what changed on the server.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Merged {
    pub values: Values,
    pub changes: Vec<Change>,
}

/// Values compare as the server keeps them: trimmed.
fn same(a: &str, b: &str) -> bool {
    a.trim() == b.trim()
}

/// Merges field by field over the paths of `theirs` (the profile's fields); a path missing from
/// `base` or `mine` reads as empty, and `mine`'s other paths are left out.
pub fn merge(base: &Values, mine: &Values, theirs: &Values) -> Merged {
    let empty = String::new();
    let mut merged = Merged::default();
    for (path, new) in theirs {
        let was = base.get(path).unwrap_or(&empty);
        let typed = mine.get(path).unwrap_or(was);
        let edited = !same(typed, was);
        let value = if edited { typed.clone() } else { new.clone() };
        if !same(new, was) {
            merged.changes.push(Change {
                path: path.clone(),
                mine: typed.clone(),
                theirs: new.clone(),
                clash: edited && !same(typed, new),
            });
        }
        merged.values.insert(path.clone(), value);
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(pairs: &[(&str, &str)]) -> Values {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn my_edits_are_kept_and_their_other_changes_are_taken() {
        let base = values(&[("email", "a@fabrikam.com"), ("telephone", "+1 425 555 0100"), ("website", "")]);
        let mine = values(&[("email", "b@fabrikam.com"), ("telephone", "+1 425 555 0100"), ("website", "")]);
        let theirs =
            values(&[("email", "a@fabrikam.com"), ("telephone", "+1 425 555 0199"), ("website", "https://x.com")]);
        let m = merge(&base, &mine, &theirs);
        assert_eq!(
            m.values,
            values(&[("email", "b@fabrikam.com"), ("telephone", "+1 425 555 0199"), ("website", "https://x.com")])
        );
        assert_eq!(m.changes.len(), 2);
        assert!(m.changes.iter().all(|c| !c.clash));
        assert_eq!(m.changes[0].path, "telephone");
        assert_eq!(m.changes[0].mine, "+1 425 555 0100");
        assert_eq!(m.changes[0].theirs, "+1 425 555 0199");
    }

    #[test]
    fn both_changing_a_field_is_a_clash_and_mine_stays() {
        let base = values(&[("companyName", "Fabrikam")]);
        let mine = values(&[("companyName", "Fabrikam, Inc.")]);
        let theirs = values(&[("companyName", "Fabrikam Ltd.")]);
        let m = merge(&base, &mine, &theirs);
        assert_eq!(m.values["companyName"], "Fabrikam, Inc.");
        assert_eq!(
            m.changes,
            [Change {
                path: "companyName".into(),
                mine: "Fabrikam, Inc.".into(),
                theirs: "Fabrikam Ltd.".into(),
                clash: true
            }]
        );
    }

    #[test]
    fn the_same_change_on_both_sides_is_no_clash_and_spaces_are_no_change() {
        let base = values(&[("city", "Redmond"), ("state", "WA")]);
        let mine = values(&[("city", "Seattle"), ("state", " WA ")]);
        let theirs = values(&[("city", "Seattle "), ("state", "WA")]);
        let m = merge(&base, &mine, &theirs);
        assert_eq!(m.changes.len(), 1);
        assert!(!m.changes[0].clash);
        assert_eq!(m.values["city"], "Seattle");
        assert_eq!(m.values["state"], "WA");
    }

    #[test]
    fn nothing_changed_on_the_server_means_no_changes() {
        let base = values(&[("a", "1"), ("b", "2")]);
        let mine = values(&[("a", "3"), ("b", "2")]);
        let m = merge(&base, &mine, &base);
        assert!(m.changes.is_empty());
        assert_eq!(m.values, mine);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::collection::btree_map;
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::config;

    fn vals() -> impl Strategy<Value = Values> {
        btree_map("[a-c]", "[ xy]{0,3}", 0..4)
    }

    proptest! {
        #![proptest_config(config(256))]

        /// Nothing is lost silently: every edit of mine survives; every field I did not edit
        /// takes the new value; every field whose value differs from the new version's is in
        /// the list of changes; the merge of unchanged data is my edits.
        #[test]
        fn nothing_is_lost(base in vals(), mine in vals(), theirs in vals()) {
            let m = merge(&base, &mine, &theirs);
            let empty = String::new();
            prop_assert_eq!(m.values.keys().collect::<Vec<_>>(), theirs.keys().collect::<Vec<_>>());
            for (path, new) in &theirs {
                let was = base.get(path).unwrap_or(&empty);
                let typed = mine.get(path).unwrap_or(was);
                let got = &m.values[path];
                if same(typed, was) {
                    prop_assert_eq!(got, new);
                } else {
                    prop_assert_eq!(got, typed);
                }
                // A kept edit over a value the other person changed too is listed as a clash.
                if !same(got, new) && !same(new, was) {
                    prop_assert!(m.changes.iter().any(|c| &c.path == path && c.clash));
                }
            }
            let again = merge(&base, &mine, &base);
            prop_assert!(again.changes.is_empty());
        }
    }
}
