//! Reusable UI, one component per file.

pub mod error_summary;
pub mod footer;
pub mod form_field;
pub mod header;
pub mod language_picker;
pub mod loaded;
pub mod not_found;
pub mod page_heading;
pub mod require_session;
pub mod submit_button;
pub mod text_field;

pub use error_summary::{ErrorSummary, SummaryItem};
pub use footer::Footer;
pub use form_field::FormField;
pub use header::Header;
pub use language_picker::LanguagePicker;
pub use loaded::Loaded;
pub use not_found::NotFound;
pub use page_heading::PageHeading;
pub use require_session::RequireSession;
pub use submit_button::SubmitButton;
pub use text_field::TextField;
