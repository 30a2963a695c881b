//! The data files as the app reads them: loading them into the model ([`load`], with what a
//! file produces before the cross-record rules in [`parsed`]), the rules that refuse a bad
//! dataset ([`rules`]), dates, the compact bytes the app embeds ([`compact`]) and the text in
//! other languages that their pages fetch ([`text_pack`]).

pub mod compact;
pub mod date;
pub mod json_syntax;
pub mod load;
pub mod parsed;
pub mod rules;
pub mod suggest;
pub mod synthetic;
pub mod text_pack;
pub mod translations;
