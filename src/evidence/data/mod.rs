//! The data files as the app reads them: loading them into the model ([`load`], with what a
//! file produces before the cross-record rules in [`parsed`]), the rules that refuse a bad
//! dataset ([`rules`]), dates, and the compact bytes the app embeds ([`compact`]).

pub mod compact;
pub mod date;
pub mod json_syntax;
pub mod load;
pub mod parsed;
pub mod rules;
pub mod suggest;
pub mod synthetic;
pub mod translations;
