//! The harness's one error type: why a command could not do its job — a file that could not be
//! read or written, an input that is not valid, a backend that could not be started. The
//! functions below the commands return it; the commands print it (`error: …`) and choose the
//! exit code.

use std::path::{Path, PathBuf};

/// What went wrong, with enough context (a path, a backend) for the user to act on it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or directory that could not be read, listed or written.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A file whose content is not valid (a list of known failures, a tag list, a report);
    /// `message` says where in it and what.
    #[error("{}: {message}", path.display())]
    Invalid { path: PathBuf, message: String },
    /// An input that is not valid (no case files, a case that is not UTF-8, two cases with
    /// one id, a header field): the message names it.
    #[error("{0}")]
    Input(String),
    /// A backend that could not be started or that failed outside a case (the message names
    /// the backend).
    #[error("{0}")]
    Backend(String),
}

impl Error {
    pub fn io(path: &Path, source: std::io::Error) -> Error {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    pub fn invalid(path: &Path, message: impl Into<String>) -> Error {
        Error::Invalid {
            path: path.to_path_buf(),
            message: message.into(),
        }
    }
}

/// A harness result.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A message saying what is wrong with an input (a header, a list's line).
impl From<String> for Error {
    fn from(message: String) -> Error {
        Error::Input(message)
    }
}

impl From<&str> for Error {
    fn from(message: &str) -> Error {
        Error::Input(message.to_string())
    }
}
