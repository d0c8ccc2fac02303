//! Reusable UI, one component per file.

pub mod area_page;
pub mod dashboard_menu;
pub mod error_summary;
pub mod footer;
pub mod form_field;
pub mod header;
pub mod language_picker;
pub mod loaded;
pub mod not_available;
pub mod not_found;
pub mod page_heading;
pub mod page_route;
pub mod require_session;
pub mod sign_out_button;
pub mod submit_button;
pub mod text_field;
pub mod unsaved_guard;
pub mod what_you_can_do;

pub use area_page::AreaPage;
pub use dashboard_menu::DashboardMenu;
pub use error_summary::{ErrorSummary, SummaryItem};
pub use footer::Footer;
pub use form_field::FormField;
pub use header::Header;
pub use language_picker::LanguagePicker;
pub use loaded::Loaded;
pub use not_available::NotAvailable;
pub use not_found::NotFound;
pub use page_heading::PageHeading;
pub use page_route::{AreaRoute, PageRoute};
pub use require_session::RequireSession;
pub use sign_out_button::SignOutButton;
pub use submit_button::SubmitButton;
pub use text_field::TextField;
pub use unsaved_guard::UnsavedGuard;
pub use what_you_can_do::WhatYouCanDo;
