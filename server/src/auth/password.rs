//! Password hashes (argon2id with the crate's defaults, PHC strings in the database) and
//! session tokens.

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

#[cfg(test)]
mod tests {
    use super::*;

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
