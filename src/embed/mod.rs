//! The edge where the app meets a host page: what the embed asked for, and reporting the
//! widget's height to the host.

pub mod config;
pub mod resize;
