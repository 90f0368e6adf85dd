//! A content file as read: its path for messages and its text for carets.

/// One content file as read, kept for diagnostics.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}
