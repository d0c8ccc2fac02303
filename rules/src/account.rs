//! Countries and passwords.

use super::Problem;

/// ISO 3166-1 alpha-2 codes (officially assigned).
const COUNTRIES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ \
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI \
GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI \
LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF \
PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL \
TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// An ISO 3166-1 alpha-2 country code, upper case as the API writes it.
pub fn country(code: &str) -> Result<(), Problem> {
    if code.trim().is_empty() {
        return Err(Problem::Required);
    }
    let ok = code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) && COUNTRIES.split(' ').any(|c| c == code);
    if ok { Ok(()) } else { Err(Problem::InvalidValue) }
}

/// Password strength: 8 to 256 characters, at least three of lower case, upper case, digits and
/// symbols, and not containing the user name (its local part, when 3 or more characters).
pub fn password(password: &str, user_name: &str) -> Result<(), Problem> {
    let n = password.chars().count();
    if n == 0 {
        return Err(Problem::Required);
    }
    if n > 256 {
        return Err(Problem::TooLong);
    }
    if n < 8 {
        return Err(Problem::WeakPassword);
    }
    let classes = [
        password.chars().any(char::is_lowercase),
        password.chars().any(char::is_uppercase),
        password.chars().any(|c| c.is_ascii_digit()),
        password.chars().any(|c| !c.is_alphanumeric()),
    ];
    if classes.iter().filter(|c| **c).count() < 3 {
        return Err(Problem::WeakPassword);
    }
    let local = user_name.split('@').next().unwrap_or("").trim().to_lowercase();
    if local.chars().count() >= 3 && password.to_lowercase().contains(&local) {
        return Err(Problem::WeakPassword);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn countries() {
        assert_eq!(country("CN"), Ok(()));
        assert_eq!(country("cn"), Err(Problem::InvalidValue));
        assert_eq!(country("XX"), Err(Problem::InvalidValue));
        assert_eq!(country(""), Err(Problem::Required));
    }

    #[test]
    fn passwords() {
        assert_eq!(password("Partner-Demo-2026", "admin@fabrikam.cn"), Ok(()));
        assert_eq!(password("", "a"), Err(Problem::Required));
        assert_eq!(password("Sh0rt!", "a"), Err(Problem::WeakPassword));
        assert_eq!(password("alllowercase1", "a"), Err(Problem::WeakPassword));
        assert_eq!(password("Wanglihua-2026", "wanglihua@fabrikam.cn"), Err(Problem::WeakPassword));
        assert_eq!(password(&"Aa1!".repeat(65), "a"), Err(Problem::TooLong));
    }

    proptest! {
        #[test]
        fn no_input_panics(p in "\\PC{0,300}", u in "\\PC{0,30}") {
            let _ = password(&p, &u);
            let _ = country(&u);
        }
    }
}
