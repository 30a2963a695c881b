//! Small wrappers round browser APIs the components need: the clipboard, keyboard focus and the
//! performance marks the benchmark reads.

pub mod clipboard;
pub mod focus;
pub mod timing;
