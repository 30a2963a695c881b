//! The edge where the app meets a host page: what the embed asked for. Reporting the widget's
//! height to the host is boot.js's job, so the frame fits from its first paint.

pub mod config;
