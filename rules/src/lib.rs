//! Field rules, shared by the app (which checks as the partner types) and the reference server
//! (which checks again and never trusts the client): one source for what valid input is. Each
//! check returns the first problem; its `code()` is what the server puts in the error body's
//! `data`, and what the app maps to a localized message. Pure Rust, no dependencies.
//!
//! Besides the field rules, the facts both sides must agree on live here once: the roles
//! ([`role`]), the work account's domains and names ([`work_account`]) and the order a person's
//! name is written in ([`name`]).
//!
//! No serde, on purpose: the crate compiles into the wasm, and a `serde` feature would have to be
//! switched on in the app's manifest and would still not give one wire shape, because the two
//! sides read differently (the app tolerates values a newer server adds, the server refuses what
//! the contract does not allow). So the types here are plain; the app (`model/`) and the server
//! each map them to JSON with a few lines of serde glue (`Role::as_str` / `Role::from_wire`),
//! and the contract tests check that the JSON is the contract's.

pub mod account;
pub mod contact;
pub mod name;
pub mod phone;
pub mod role;
pub mod uscc;
pub mod work_account;

pub use role::Role;

#[cfg(test)]
mod properties;

/// The problems a field can have; the text is the code the server also uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Required,
    TooLong,
    InvalidFormat,
    InvalidChecksum,
    /// A value outside the allowed set (an unknown country code).
    InvalidValue,
    WeakPassword,
}

impl Problem {
    pub fn code(self) -> &'static str {
        match self {
            Problem::Required => "required",
            Problem::TooLong => "too_long",
            Problem::InvalidFormat => "invalid_format",
            Problem::InvalidChecksum => "invalid_checksum",
            Problem::InvalidValue => "invalid_value",
            Problem::WeakPassword => "weak_password",
        }
    }

    pub fn from_code(code: &str) -> Option<Problem> {
        match code {
            "required" => Some(Problem::Required),
            "too_long" => Some(Problem::TooLong),
            "invalid_format" => Some(Problem::InvalidFormat),
            "invalid_checksum" => Some(Problem::InvalidChecksum),
            "invalid_value" => Some(Problem::InvalidValue),
            "weak_password" => Some(Problem::WeakPassword),
            _ => None,
        }
    }
}

/// Present (after trimming) and at most `max` characters (not bytes: 50 Chinese characters
/// are 50, not 150).
pub fn text(value: &str, max: usize) -> Result<(), Problem> {
    let v = value.trim();
    if v.is_empty() {
        Err(Problem::Required)
    } else if v.chars().count() > max {
        Err(Problem::TooLong)
    } else {
        Ok(())
    }
}

/// Like `text` but spaces count: a password is taken exactly as typed.
pub fn secret(value: &str, max: usize) -> Result<(), Problem> {
    if value.is_empty() {
        Err(Problem::Required)
    } else if value.chars().count() > max {
        Err(Problem::TooLong)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_trimmed_and_counted_in_characters() {
        assert_eq!(text("", 5), Err(Problem::Required));
        assert_eq!(text("  \t", 5), Err(Problem::Required));
        assert_eq!(text("上海法布里", 5), Ok(()));
        assert_eq!(text("上海法布里坎", 5), Err(Problem::TooLong));
        assert_eq!(text(" abc ", 3), Ok(()));
    }

    #[test]
    fn secrets_keep_their_spaces() {
        assert_eq!(secret(" ", 5), Ok(()));
        assert_eq!(secret("", 5), Err(Problem::Required));
        assert_eq!(secret("123456", 5), Err(Problem::TooLong));
    }

    #[test]
    fn codes_round_trip() {
        for p in [
            Problem::Required,
            Problem::TooLong,
            Problem::InvalidFormat,
            Problem::InvalidChecksum,
            Problem::InvalidValue,
            Problem::WeakPassword,
        ] {
            assert_eq!(Problem::from_code(p.code()), Some(p));
        }
        assert_eq!(Problem::from_code("nope"), None);
    }
}
