//! The wizard's steps as data: their order, their address (`?step=`), their names and buttons,
//! and which step a partner may open given what is valid so far. Pure, so tested natively.

/// The steps of "Add a new customer" (docs: add-a-new-customer), in order. The confirmation is
/// not a step of its own: it is shown once, from memory, after Submit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    /// "Account info": company details, primary contact, domain (and, global, the agreement).
    Account,
    /// "Subscriptions": offers and license counts.
    Subscriptions,
    /// "Review", with Update per section, then Submit.
    Review,
}

pub const ALL: [Step; 3] = [Step::Account, Step::Subscriptions, Step::Review];

impl Step {
    /// The value of `?step=`.
    pub fn param(self) -> &'static str {
        match self {
            Step::Account => "account",
            Step::Subscriptions => "subscriptions",
            Step::Review => "review",
        }
    }

    /// The step named by `?step=`; anything else (or nothing) is the first step.
    pub fn from_param(p: Option<&str>) -> Step {
        ALL.into_iter().find(|s| Some(s.param()) == p).unwrap_or(Step::Account)
    }

    /// Its name in the step indicator and as the page's heading line.
    pub fn label_id(self) -> &'static str {
        match self {
            Step::Account => "customers-add-step-account",
            Step::Subscriptions => "customers-add-step-subscriptions",
            Step::Review => "customers-add-step-review",
        }
    }

    /// The address of this step.
    pub fn href(self) -> String {
        format!("{}?step={}", crate::routes::Page::CustomerAdd.path(), self.param())
    }
}

/// The step a partner who asked for `wanted` is shown: `wanted` itself when every earlier step
/// is valid, else the first invalid one (a bookmark, Back after clearing a field, or a draft
/// from an older session cannot skip a check).
pub fn reachable(wanted: Step, account_valid: bool, subscriptions_valid: bool) -> Step {
    if wanted > Step::Account && !account_valid {
        Step::Account
    } else if wanted > Step::Subscriptions && !subscriptions_valid {
        Step::Subscriptions
    } else {
        wanted
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_names_the_step_and_anything_else_is_the_first() {
        for s in ALL {
            assert_eq!(Step::from_param(Some(s.param())), s);
            assert!(s.href().ends_with(&format!("?step={}", s.param())));
        }
        assert_eq!(Step::from_param(None), Step::Account);
        assert_eq!(Step::from_param(Some("confirmation")), Step::Account);
        assert_eq!(Step::from_param(Some("Review")), Step::Account);
    }

    #[test]
    fn a_step_opens_only_when_every_earlier_step_is_valid() {
        use Step::*;
        for valid_a in [false, true] {
            for valid_s in [false, true] {
                assert_eq!(reachable(Account, valid_a, valid_s), Account);
            }
        }
        assert_eq!(reachable(Subscriptions, false, true), Account);
        assert_eq!(reachable(Subscriptions, true, false), Subscriptions);
        assert_eq!(reachable(Review, false, false), Account);
        assert_eq!(reachable(Review, false, true), Account);
        assert_eq!(reachable(Review, true, false), Subscriptions);
        assert_eq!(reachable(Review, true, true), Review);
    }
}
