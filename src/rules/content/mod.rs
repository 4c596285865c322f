//! Content-guideline rules (`content.*`): what the text says.

pub(crate) mod age;
pub(crate) mod personal_data;
