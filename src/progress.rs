//! Progress of a long render on stderr: clips done of total, percent, time left and
//! the speaker just voiced, redrawn in place on one line.
//!
//! In: the number of clips and, clip by clip, events from the clip cache. Out: a line
//! on stderr, only when stderr is a terminal and `-q` was not given (never in a log
//! or a pipe), cleared when the render finishes.

use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::synth::cache::{ClipEvent, Observer};

/// Redraw at most this often, so a run of cache hits does not flood the terminal.
const REDRAW: Duration = Duration::from_millis(100);

#[derive(Debug)]
struct State {
    total: usize,
    done: usize,
    started: Instant,
    last_draw: Option<Instant>,
    /// Speaker names by voice (without engine), for "current speaker".
    speakers: HashMap<String, String>,
    drawn: bool,
}

/// A progress line, or nothing when disabled.
#[derive(Debug, Clone, Default)]
pub struct Progress {
    state: Option<Arc<Mutex<State>>>,
}

impl Progress {
    /// Whether a render should show progress: stderr is a terminal and not `-q`.
    pub fn wanted(quiet: bool) -> bool {
        use std::io::IsTerminal;
        !quiet && std::io::stderr().is_terminal()
    }

    /// Progress over `total` clips; `speakers` names the speaker of each voice.
    pub fn new(total: usize, enabled: bool, speakers: HashMap<String, String>) -> Self {
        let state = (enabled && total > 0).then(|| {
            Arc::new(Mutex::new(State {
                total,
                done: 0,
                started: Instant::now(),
                last_draw: None,
                speakers,
                drawn: false,
            }))
        });
        Progress { state }
    }

    /// The observer to give the clip cache; `None` when disabled.
    pub fn observer(&self) -> Option<Observer> {
        let state = Arc::clone(self.state.as_ref()?);
        Some(Arc::new(move |event: ClipEvent| {
            let mut state = state
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            state.done += 1;
            let now = Instant::now();
            if state.done < state.total && state.last_draw.is_some_and(|last| now - last < REDRAW) {
                return;
            }
            state.last_draw = Some(now);
            state.drawn = true;
            let speaker = state.speakers.get(event.voice).cloned().unwrap_or_default();
            let line = progress_line(state.done, state.total, now - state.started, &speaker);
            let mut stderr = std::io::stderr().lock();
            let _ = write!(stderr, "\r\x1b[2K{line}");
            let _ = stderr.flush();
        }))
    }

    /// Clears the line, so the summary that follows starts clean.
    pub fn finish(&self) {
        if let Some(state) = &self.state {
            let state = state
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            if state.drawn {
                let mut stderr = std::io::stderr().lock();
                let _ = write!(stderr, "\r\x1b[2K");
                let _ = stderr.flush();
            }
        }
    }
}

/// `[ 42/310]  13%  2m05s left  Kylo Ren`.
fn progress_line(done: usize, total: usize, elapsed: Duration, speaker: &str) -> String {
    let width = total.to_string().len();
    let percent = done * 100 / total.max(1);
    let left = if done == 0 || done >= total {
        String::new()
    } else {
        let remaining = elapsed.as_secs_f64() / done as f64 * (total - done) as f64;
        format!("  {} left", short_duration(remaining))
    };
    let speaker = if speaker.is_empty() {
        String::new()
    } else {
        format!("  {speaker}")
    };
    format!("[{done:>width$}/{total}] {percent:>3}%{left}{speaker}")
}

fn short_duration(seconds: f64) -> String {
    let seconds = seconds.round() as u64;
    match seconds {
        0..=59 => format!("{seconds}s"),
        60..=3_599 => format!("{}m{:02}s", seconds / 60, seconds % 60),
        _ => format!("{}h{:02}m", seconds / 3_600, seconds % 3_600 / 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert_eq!(progress_line(0, 310, Duration::ZERO, ""), "[  0/310]   0%");
        assert_eq!(
            progress_line(42, 310, Duration::from_secs(20), "Kylo Ren"),
            "[ 42/310]  13%  2m08s left  Kylo Ren"
        );
        assert_eq!(
            progress_line(310, 310, Duration::from_secs(99), "Narrator"),
            "[310/310] 100%  Narrator"
        );
        assert_eq!(short_duration(7_300.0), "2h01m");
    }

    #[test]
    fn disabled_progress_has_no_observer() {
        assert!(Progress::new(10, false, HashMap::new())
            .observer()
            .is_none());
        assert!(Progress::new(0, true, HashMap::new()).observer().is_none());
        assert!(Progress::new(3, true, HashMap::new()).observer().is_some());
    }
}
