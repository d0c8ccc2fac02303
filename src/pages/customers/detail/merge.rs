//! When someone else updated the Bill-to info while the partner was editing it (a 412 on
//! Submit, or a draft restored over a newer version): a three-way merge, field by field (the
//! idea of Account settings' profile merge). `base` is what the edits started from, `mine` what
//! was typed, `theirs` the new version. The partner's edits are kept; what they did not touch
//! follows the new version; every field the other person changed is listed. Pure.

use super::billing::Values;

/// A field the other person changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub path: String,
    /// What the partner has in the field: their own edit, or what they read.
    pub mine: String,
    /// The value in the new version.
    pub theirs: String,
    /// The partner had changed it too, differently: their edit is kept.
    pub clash: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Merged {
    pub values: Values,
    pub changes: Vec<Change>,
}

/// Values compare as the server keeps them: trimmed.
fn same(a: &str, b: &str) -> bool {
    a.trim() == b.trim()
}

/// Merges over the paths of `theirs`; a path missing from `base` or `mine` reads as empty.
pub fn merge(base: &Values, mine: &Values, theirs: &Values) -> Merged {
    let empty = String::new();
    let mut merged = Merged::default();
    for (path, new) in theirs {
        let was = base.get(path).unwrap_or(&empty);
        let typed = mine.get(path).unwrap_or(was);
        let edited = !same(typed, was);
        if !same(new, was) {
            merged.changes.push(Change {
                path: path.clone(),
                mine: typed.clone(),
                theirs: new.clone(),
                clash: edited && !same(typed, new),
            });
        }
        merged.values.insert(path.clone(), if edited { typed.clone() } else { new.clone() });
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
    fn my_edits_stay_and_their_other_changes_come_in() {
        let base = values(&[("email", "a@x.cn"), ("defaultAddress.city", "上海市"), ("culture", "zh-CN")]);
        let mine = values(&[("email", "b@x.cn"), ("defaultAddress.city", "上海市"), ("culture", "zh-CN")]);
        let theirs = values(&[("email", "a@x.cn"), ("defaultAddress.city", "北京市"), ("culture", "en-US")]);
        let m = merge(&base, &mine, &theirs);
        assert_eq!(m.values, values(&[("email", "b@x.cn"), ("defaultAddress.city", "北京市"), ("culture", "en-US")]));
        assert_eq!(m.changes.len(), 2);
        assert!(m.changes.iter().all(|c| !c.clash));
    }

    #[test]
    fn both_changing_a_field_is_a_clash_and_mine_is_kept() {
        let m =
            merge(&values(&[("companyName", "A")]), &values(&[("companyName", "B")]), &values(&[("companyName", "C")]));
        assert_eq!(m.values["companyName"], "B");
        assert_eq!(
            m.changes,
            [Change { path: "companyName".into(), mine: "B".into(), theirs: "C".into(), clash: true }]
        );
        // The same change on both sides, or spaces, is no clash.
        let m = merge(&values(&[("x", "A")]), &values(&[("x", "B ")]), &values(&[("x", " B")]));
        assert!(!m.changes[0].clash);
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

        /// Nothing is lost silently: every edit survives, every untouched field takes the new
        /// value, every kept edit over a changed value is listed as a clash.
        #[test]
        fn nothing_is_lost(base in vals(), mine in vals(), theirs in vals()) {
            let m = merge(&base, &mine, &theirs);
            let empty = String::new();
            for (path, new) in &theirs {
                let was = base.get(path).unwrap_or(&empty);
                let typed = mine.get(path).unwrap_or(was);
                let got = &m.values[path];
                if same(typed, was) { prop_assert_eq!(got, new); } else { prop_assert_eq!(got, typed); }
                if !same(got, new) && !same(new, was) {
                    prop_assert!(m.changes.iter().any(|c| &c.path == path && c.clash));
                }
            }
            prop_assert!(merge(&base, &mine, &base).changes.is_empty());
        }
    }
}
