//! The data files as the app reads them: loading them into the model ([`load`], with what a
//! file produces before the cross-record rules in [`parsed`]), the rules that refuse a bad
//! dataset ([`rules`], [`translations`] for text in other languages), errors said the way a
//! person fixes them ([`json_syntax`], [`suggest`]), dates, the compact bytes the app embeds
//! ([`compact`]), the text in other languages that their pages fetch ([`text_pack`]) and a
//! dataset scaled up for the benchmarks ([`synthetic`]).

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
