//! Field rules (`field.*`): required data, types, formats, codes, dates, cross-field checks.

pub(crate) mod required;
pub(crate) mod types;
