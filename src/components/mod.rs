pub mod app;
pub mod card;
pub mod timeline;
