//! One folder per area of the portal; each page is one component in its own file.

pub mod account;
pub mod boot_error;
pub mod customers;
pub mod dashboard;
pub mod enroll;
pub mod indirect;
pub mod landing;
pub mod pricing;
pub mod settings;
pub mod sign_in;
