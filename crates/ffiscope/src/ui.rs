//! Progress on stderr: shown only on a terminal, and only once a run has taken more than
//! a moment (a warm run prints nothing).

use std::io::IsTerminal;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};

const SHOW_AFTER: Duration = Duration::from_millis(300);

pub struct Ui {
    start: Instant,
    enabled: bool,
    bar: Mutex<Option<ProgressBar>>,
}

impl Ui {
    pub fn new(quiet: bool) -> Ui {
        Ui {
            start: Instant::now(),
            enabled: !quiet && std::io::stderr().is_terminal(),
            bar: Mutex::new(None),
        }
    }

    /// Reports `done` of `total` for `stage`; thread-safe.
    pub fn progress(&self, stage: &str, done: usize, total: usize) {
        if !self.enabled || self.start.elapsed() < SHOW_AFTER {
            return;
        }
        let Ok(mut bar) = self.bar.lock() else {
            return;
        };
        let b = bar.get_or_insert_with(|| {
            let b = ProgressBar::new(total as u64);
            b.set_style(
                ProgressStyle::with_template("{msg:>12} [{bar:30}] {pos}/{len} {elapsed}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> "),
            );
            b
        });
        if b.message() != stage {
            b.set_message(stage.to_string());
        }
        b.set_length(total as u64);
        b.set_position(done as u64);
    }

    /// A stage without a count (analysis).
    pub fn spinner(&self, stage: &str) {
        if !self.enabled || self.start.elapsed() < SHOW_AFTER {
            return;
        }
        if let Ok(mut bar) = self.bar.lock() {
            if let Some(b) = bar.take() {
                b.finish_and_clear();
            }
            let b = ProgressBar::new_spinner();
            b.set_message(stage.to_string());
            b.enable_steady_tick(Duration::from_millis(120));
            *bar = Some(b);
        }
    }

    pub fn clear(&self) {
        if let Ok(mut bar) = self.bar.lock() {
            if let Some(b) = bar.take() {
                b.finish_and_clear();
            }
        }
    }

    /// A warning line that does not tear the progress bar.
    pub fn warn(&self, text: &str) {
        match self.bar.lock().ok().as_ref().and_then(|b| b.as_ref()) {
            Some(b) => b.suspend(|| eprintln!("{text}")),
            None => eprintln!("{text}"),
        }
    }
}
