//! Account settings: the partner profiles (`profiles`), user management (`users`) and the
//! catalog (`catalog`), behind one hub page (`hub`). One area, loaded on demand
//! (`crate::areas`); what each role may do there is `crate::capability`.

pub mod catalog;
pub mod entry;
mod hub;
pub mod profiles;
pub mod users;
