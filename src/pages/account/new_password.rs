//! A new password and its confirmation, as Create one and the password reset both ask for them:
//! the password must not contain the user name's part before `@` (the server checks the same),
//! and the confirmation must match it; each is judged again when the field it reads is left.

use leptos::prelude::*;

use super::rules;
use crate::form::{Field, Rule};

/// The two fields: `password` and `confirm` are each a DOM id (the contract's field path) and
/// the Fluent id of its label; `user` is the field holding the user name.
pub fn fields(
    user: Field,
    password: (&'static str, &'static str),
    confirm: (&'static str, &'static str),
) -> (Field, Field) {
    let password = Field::new(password.0, password.1, Rule::NewPassword, String::new())
        .with_check(move |v| rules::password_message(v, &user.value.get_untracked()))
        .depends_on(&[user]);
    let confirm = Field::new(confirm.0, confirm.1, Rule::Secret, String::new())
        .with_check(move |v| rules::confirmation_message(v, &password.value.get_untracked()))
        .depends_on(&[password]);
    (password, confirm)
}
