//! Ctrl-C (and SIGTERM): a flag the workers check between clips, so an interrupted
//! render stops starting new work, keeps every finished clip in the cache, writes no
//! output, and exits with 130.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use thiserror::Error;

/// Shared "stop now" flag; clones see the same flag.
#[derive(Debug, Clone, Default)]
pub struct Interrupt {
    flag: Arc<AtomicBool>,
}

/// The error a command returns when it stopped because of an interrupt.
#[derive(Debug, Error)]
#[error("interrupted; finished clips are kept in the cache, so the next render resumes")]
pub struct Interrupted;

impl Interrupt {
    /// Makes Ctrl-C and SIGTERM set this flag instead of killing the process. Only the
    /// first call in a process installs the handler; later calls change nothing.
    pub fn install_handler(&self) {
        let flag = Arc::clone(&self.flag);
        let _ = ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst));
    }

    pub fn is_set(&self) -> bool {
        self.flag.load(Ordering::SeqCst)
    }

    pub fn set(&self) {
        self.flag.store(true, Ordering::SeqCst);
    }

    /// `Err(Interrupted)` once the flag is set.
    pub fn check(&self) -> Result<(), Interrupted> {
        if self.is_set() {
            Err(Interrupted)
        } else {
            Ok(())
        }
    }
}
