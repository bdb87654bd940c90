//! Process exit codes.

/// What the process tells its caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    Success,
    /// Something went wrong with the input, an engine or the machine.
    Failure,
    /// The command line was wrong.
    Usage,
    /// Ctrl-C.
    Interrupted,
}

impl ExitCode {
    pub fn code(self) -> i32 {
        match self {
            ExitCode::Success => 0,
            ExitCode::Failure => 1,
            ExitCode::Usage => 2,
            ExitCode::Interrupted => 130,
        }
    }
}
