//! Field rules of the contract, collected so one answer lists every problem.

use crate::error::{ApiError, FieldError};

#[derive(Default)]
pub struct Validator {
    errors: Vec<FieldError>,
}

impl Validator {
    pub fn new() -> Validator {
        Validator::default()
    }

    /// Length in characters (Unicode scalar values), as the app counts them.
    pub fn length(&mut self, field: &str, value: &str, min: usize, max: usize) -> &mut Self {
        let n = value.chars().count();
        if n == 0 && min > 0 {
            self.errors.push(FieldError::new(field, "required", "Enter a value."));
        } else if n < min {
            self.errors.push(FieldError::new(field, "too_short", format!("Use at least {min} characters.")));
        } else if n > max {
            self.errors.push(FieldError::new(field, "too_long", format!("Use at most {max} characters.")));
        }
        self
    }

    pub fn finish(&mut self) -> Result<(), ApiError> {
        if self.errors.is_empty() { Ok(()) } else { Err(ApiError::validation_failed(std::mem::take(&mut self.errors))) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_count_characters() {
        assert!(Validator::new().length("n", "王立华", 1, 3).finish().is_ok());
        let e = Validator::new().length("a", "", 1, 3).length("b", "王立华x", 1, 3).finish().unwrap_err();
        let codes: Vec<_> = e.data.iter().map(|f| (f.field.as_str(), f.code.as_ref())).collect();
        assert_eq!(codes, [("a", "required"), ("b", "too_long")]);
    }

    use crate::strategies;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(strategies::config(strategies::CASES))]

        #[test]
        fn lengths_are_characters(value in strategies::text(), min in 0usize..4, max in 0usize..14) {
            let n = value.chars().count();
            let ok = Validator::new().length("f", &value, min, max).finish().is_ok();
            prop_assert_eq!(ok, (min..=max).contains(&n) && !(n == 0 && min > 0));
        }
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::LONG_CASES))]

        #[test]
        fn long_values_are_too_long(value in strategies::long()) {
            prop_assert!(Validator::new().length("f", &value, 1, 256).finish().is_err());
            prop_assert!(Validator::new().length("f", &value, 1, 20_000).finish().is_ok());
        }
    }
}
