//! Password hashes (argon2id with the crate's defaults, PHC strings in the database) and
//! session tokens, and the temporary passwords handed out to users.

use argon2::password_hash::SaltString;
use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

/// Blocking (tens of milliseconds): call from a blocking thread.
pub fn hash_password(password: &str) -> Result<String, String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| format!("random salt: {e}"))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| format!("salt: {e}"))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| format!("argon2: {e}"))
}

/// Blocking. False for a wrong password and for a hash that does not parse.
pub fn verify_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|hash| Argon2::default().verify_password(password.as_bytes(), &hash).is_ok())
}

/// A hash of a random password, verified against when the user name is unknown so that the
/// answer takes as long as for a known user.
pub fn dummy_hash() -> Result<String, String> {
    let mut secret = [0u8; 24];
    getrandom::fill(&mut secret).map_err(|e| format!("random: {e}"))?;
    hash_password(&URL_SAFE_NO_PAD.encode(secret))
}

/// A new session token: base64url of 32 random bytes (the cookie value).
pub fn new_token() -> Result<String, String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| format!("random token: {e}"))?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

/// What the database keeps of a token.
pub fn token_hash(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

/// Length of the temporary passwords the server hands out (new users, admin resets, new
/// customers' admins).
pub const TEMPORARY_PASSWORD_LEN: usize = 16;

/// 16 characters with at least one upper-case letter, lower-case letter, digit and symbol; no
/// look-alikes (0/O, 1/l/I) so it can be read out or copied by hand.
pub fn temporary_password() -> Result<String, String> {
    const UPPER: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";
    const LOWER: &[u8] = b"abcdefghijkmnopqrstuvwxyz";
    const DIGITS: &[u8] = b"23456789";
    const SYMBOLS: &[u8] = b"!#$%&*+-=?@_";
    let all: Vec<u8> = [UPPER, LOWER, DIGITS, SYMBOLS].concat();
    let mut out = Vec::with_capacity(TEMPORARY_PASSWORD_LEN);
    for class in [UPPER, LOWER, DIGITS, SYMBOLS] {
        out.push(class[random_below(class.len())?]);
    }
    while out.len() < TEMPORARY_PASSWORD_LEN {
        out.push(all[random_below(all.len())?]);
    }
    for i in (1..out.len()).rev() {
        out.swap(i, random_below(i + 1)?);
    }
    String::from_utf8(out).map_err(|e| e.to_string())
}

/// Uniform in 0..n, without modulo bias.
fn random_below(n: usize) -> Result<usize, String> {
    // Checked: `u32::MAX % 0` would panic, and `as u32` would wrap a larger n.
    let n = u32::try_from(n).ok().filter(|n| *n > 0).ok_or_else(|| format!("no number below {n}"))?;
    let limit = u32::MAX - u32::MAX % n;
    loop {
        let mut b = [0u8; 4];
        getrandom::fill(&mut b).map_err(|e| format!("random: {e}"))?;
        let v = u32::from_le_bytes(b);
        if v < limit {
            return Ok((v % n) as usize);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_passwords_have_every_class() {
        let mut seen = std::collections::HashSet::new();
        for _ in 0..200 {
            let p = temporary_password().unwrap();
            assert_eq!(p.chars().count(), TEMPORARY_PASSWORD_LEN);
            assert!(p.chars().any(|c| c.is_ascii_uppercase()), "{p}");
            assert!(p.chars().any(|c| c.is_ascii_lowercase()), "{p}");
            assert!(p.chars().any(|c| c.is_ascii_digit()), "{p}");
            assert!(p.chars().any(|c| !c.is_ascii_alphanumeric()), "{p}");
            assert!(!p.contains(['0', 'O', '1', 'l', 'I']), "{p}");
            assert!(seen.insert(p));
        }
        assert!(random_below(0).is_err());
    }

    #[test]
    fn hashes_verify_and_tokens_are_unique() {
        let h = hash_password("Partner-Demo-2026").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("Partner-Demo-2026", &h));
        assert!(!verify_password("partner-demo-2026", &h));
        assert!(!verify_password("x", "not a hash"));
        let (a, b) = (new_token().unwrap(), new_token().unwrap());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
    }
}
