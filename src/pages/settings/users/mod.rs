//! Account settings › User management: the partner's users (`list`), Add user (`add`) and one
//! user's page (`edit`: name and roles, delete, reset password). Only global admins and user
//! management admins come here (the routes check `USER_MANAGERS`); only global admins assign
//! admin roles (`Capability::AssignAdminRoles`). The server enforces the same rules.

mod add;
mod draft;
mod edit;
mod list;
mod query;
mod reset;
mod role_fields;
mod roles;
mod temporary_password;

use leptos::prelude::*;

use crate::routes::Page;

pub fn view(page: Page) -> AnyView {
    match page {
        Page::Users => view! { <list::UserList/> }.into_any(),
        Page::UserAdd => view! { <add::UserAdd/> }.into_any(),
        Page::UserEdit => view! { <edit::UserEdit/> }.into_any(),
        _ => view! { <crate::components::NotFound/> }.into_any(),
    }
}
