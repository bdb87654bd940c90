//! Scheduling synthesis: every distinct clip of a render, made in parallel within
//! each engine's own concurrency.
//!
//! In: the jobs (voice reference, settings, text), the engines, the clip cache and
//! the user's `-j`. Out: each job's clip path (in job order, whatever order they
//! finished in), or the failures in job order: the first one, or with `keep_going`
//! every one (the other clips are all made and cached regardless). `-j` is the number of cores the
//! local engines may keep busy: an espeak clip takes one, a Piper clip two (one
//! Piper process already runs its model on two threads), a clip from an HTTP server
//! none — a server's load is bounded by its own `concurrency` per URL instead. So a
//! cast mixing Piper and a server keeps the machine busy without oversubscribing it.

use std::collections::{BTreeMap, VecDeque};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex};

use super::{split_reference, ClipCache, Engines, SynthError, Tuned, VoiceSettings};

/// One clip to make.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    /// The full voice reference, `ENGINE:VOICE`.
    pub voice: String,
    pub settings: VoiceSettings,
    /// The text as spoken.
    pub text: String,
}

/// A finished clip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Made {
    pub path: PathBuf,
    /// False when the clip came from the cache.
    pub synthesized: bool,
}

/// A job that failed, and why.
#[derive(Debug)]
pub struct JobFailure {
    pub index: usize,
    pub error: SynthError,
}

/// Counts free cores; a clip takes its engine's cost before it runs.
struct Cores {
    free: Mutex<usize>,
    freed: Condvar,
}

impl Cores {
    fn take(&self, cost: usize) {
        if cost == 0 {
            return;
        }
        let mut free = self
            .free
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        while *free < cost {
            free = self
                .freed
                .wait(free)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
        *free -= cost;
    }

    fn give(&self, cost: usize) {
        if cost == 0 {
            return;
        }
        *self
            .free
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) += cost;
        self.freed.notify_all();
    }
}

/// Makes every job's clip (from the cache when it is there). After the first
/// failure (unless `keep_going`), or once `stop` says so (Ctrl-C), no new clip
/// starts; clips already finished stay in the cache. On failure: the failed jobs
/// in job order — only the first one unless `keep_going`.
pub fn synthesize_all(
    jobs: &[Job],
    engines: &Engines,
    cache: &ClipCache,
    jobs_limit: usize,
    keep_going: bool,
    stop: &(dyn Fn() -> bool + Sync),
) -> Result<Vec<Made>, Vec<JobFailure>> {
    let jobs_limit = jobs_limit.max(1);
    // Group the jobs by engine; each group gets its own workers.
    let mut groups: BTreeMap<&str, VecDeque<usize>> = BTreeMap::new();
    for (index, job) in jobs.iter().enumerate() {
        engines
            .resolve(&job.voice)
            .map_err(|error| vec![JobFailure { index, error }])?;
        groups
            .entry(split_reference(&job.voice).0)
            .or_default()
            .push_back(index);
    }
    let cores = Cores {
        free: Mutex::new(jobs_limit),
        freed: Condvar::new(),
    };
    let results: Mutex<Vec<Option<Result<Made, SynthError>>>> =
        Mutex::new((0..jobs.len()).map(|_| None).collect());
    let failed = AtomicBool::new(false);
    std::thread::scope(|scope| {
        for (name, queue) in groups {
            let Some(engine) = engines.engine(name) else {
                continue;
            };
            let cost = engine.cpu_cost().min(jobs_limit);
            let workers = engine.workers(jobs_limit).clamp(1, queue.len().max(1));
            let queue = std::sync::Arc::new(Mutex::new(queue));
            for _ in 0..workers {
                let queue = std::sync::Arc::clone(&queue);
                let (cores, results, failed) = (&cores, &results, &failed);
                scope.spawn(move || loop {
                    if failed.load(Ordering::SeqCst) || stop() {
                        break;
                    }
                    let next = queue
                        .lock()
                        .unwrap_or_else(|poisoned| poisoned.into_inner())
                        .pop_front();
                    let Some(index) = next else { break };
                    let job = &jobs[index];
                    let voice = split_reference(&job.voice).1;
                    let tuned = Tuned {
                        engine: engine.as_ref(),
                        name,
                        settings: job.settings,
                    };
                    cores.take(cost);
                    let outcome = cache
                        .get_or_make(&tuned, voice, &job.text)
                        .map(|(path, synthesized)| Made { path, synthesized });
                    cores.give(cost);
                    if outcome.is_err() && !keep_going {
                        failed.store(true, Ordering::SeqCst);
                    }
                    results
                        .lock()
                        .unwrap_or_else(|poisoned| poisoned.into_inner())[index] = Some(outcome);
                });
            }
        }
    });
    let results = results
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut made = Vec::with_capacity(jobs.len());
    let mut failures = Vec::new();
    let mut first_unfinished = None;
    for (index, result) in results.into_iter().enumerate() {
        match result {
            Some(Ok(clip)) => made.push(clip),
            Some(Err(error)) => {
                failures.push(JobFailure { index, error });
                if !keep_going {
                    return Err(failures);
                }
            }
            None => {
                first_unfinished.get_or_insert(index);
            }
        }
    }
    if let Some(index) = first_unfinished {
        // Stopped by `stop`, or a worker panicked: report it rather than lose the clip.
        // A stop outranks the engine failures: the render did not run to the end.
        return Err(vec![JobFailure {
            index,
            error: SynthError::Stopped,
        }]);
    }
    if failures.is_empty() {
        Ok(made)
    } else {
        Err(failures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(voice: &str, text: &str) -> Job {
        Job {
            voice: voice.to_string(),
            settings: VoiceSettings::default(),
            text: text.to_string(),
        }
    }

    #[test]
    fn clips_come_back_in_job_order_and_from_the_cache_the_second_time() {
        let directory = tempfile::tempdir().unwrap();
        let cache = ClipCache::new(directory.path().to_path_buf());
        let engines = Engines::build(&[]).unwrap();
        let jobs: Vec<Job> = (0..12)
            .map(|number| job("fake:a", &"x".repeat(number + 1)))
            .collect();
        let made = synthesize_all(&jobs, &engines, &cache, 3, false, &|| false).unwrap();
        assert_eq!(made.len(), 12);
        for (clip, job) in made.iter().zip(&jobs) {
            let length = hound::WavReader::open(&clip.path).unwrap().len() as usize;
            assert_eq!(length, crate::synth::fake::length(&job.text));
            assert!(clip.synthesized);
        }
        let again = synthesize_all(&jobs, &engines, &cache, 3, false, &|| false).unwrap();
        assert!(again.iter().all(|clip| !clip.synthesized));
    }

    #[test]
    fn settings_change_the_clip() {
        let directory = tempfile::tempdir().unwrap();
        let cache = ClipCache::new(directory.path().to_path_buf());
        let engines = Engines::build(&[]).unwrap();
        let mut quiet = job("fake:a", "hello");
        quiet.settings.volume = Some(0.5);
        let made = synthesize_all(
            &[job("fake:a", "hello"), quiet],
            &engines,
            &cache,
            2,
            false,
            &|| false,
        )
        .unwrap();
        assert_ne!(
            made[0].path, made[1].path,
            "settings are part of the cache key"
        );
        let peak = |path: &PathBuf| {
            crate::mix::read_clip(path)
                .unwrap()
                .samples
                .iter()
                .fold(0.0f32, |peak, sample| peak.max(sample.abs()))
        };
        let ratio = peak(&made[1].path) / peak(&made[0].path);
        assert!((ratio - 0.5).abs() < 0.01, "{ratio}");
    }

    #[test]
    fn an_unknown_engine_names_the_job() {
        let directory = tempfile::tempdir().unwrap();
        let cache = ClipCache::new(directory.path().to_path_buf());
        let engines = Engines::build(&[]).unwrap();
        let failure = synthesize_all(
            &[job("fake:a", "x"), job("nope:a", "y")],
            &engines,
            &cache,
            2,
            false,
            &|| false,
        )
        .unwrap_err();
        assert_eq!(failure.len(), 1);
        let failure = &failure[0];
        assert_eq!(failure.index, 1);
        assert!(failure.error.to_string().contains("unknown engine `nope`"));
    }

    use std::sync::atomic::AtomicUsize;
    use std::sync::Arc;

    /// Counts what runs at once: its own clips, and the cores all engines use.
    struct Counting {
        workers: usize,
        cost: usize,
        running: AtomicUsize,
        most: AtomicUsize,
        cores: Arc<(AtomicUsize, AtomicUsize)>,
    }

    impl crate::synth::Engine for Counting {
        fn fingerprint(&self) -> String {
            format!("counting;cost={}", self.cost)
        }
        fn check(&self) -> Result<(), SynthError> {
            Ok(())
        }
        fn check_voice(&self, _voice: &str) -> Result<(), SynthError> {
            Ok(())
        }
        fn speak(
            &self,
            text: &str,
            voice: &str,
            settings: &VoiceSettings,
            out: &std::path::Path,
        ) -> Result<(), SynthError> {
            let now = self.running.fetch_add(1, Ordering::SeqCst) + 1;
            self.most.fetch_max(now, Ordering::SeqCst);
            let cores = self.cores.0.fetch_add(self.cost, Ordering::SeqCst) + self.cost;
            self.cores.1.fetch_max(cores, Ordering::SeqCst);
            // Long enough for other workers to overlap, if the scheduler let them.
            std::thread::sleep(std::time::Duration::from_millis(15));
            self.cores.0.fetch_sub(self.cost, Ordering::SeqCst);
            self.running.fetch_sub(1, Ordering::SeqCst);
            crate::synth::fake::FakeEngine.speak(text, voice, settings, out)
        }
        fn workers(&self, _jobs: usize) -> usize {
            self.workers
        }
        fn cpu_cost(&self) -> usize {
            self.cost
        }
    }

    #[test]
    fn no_engine_is_oversubscribed() {
        let directory = tempfile::tempdir().unwrap();
        let cache = ClipCache::new(directory.path().to_path_buf());
        let cores = Arc::new((AtomicUsize::new(0), AtomicUsize::new(0)));
        let counting = |workers: usize, cost: usize| {
            Arc::new(Counting {
                workers,
                cost,
                running: AtomicUsize::new(0),
                most: AtomicUsize::new(0),
                cores: Arc::clone(&cores),
            })
        };
        // Like espeak (a core per clip), Piper (two cores, half as many workers) and a
        // server (no core, its own concurrency), at -j 4.
        let (local, piper, server) = (counting(4, 1), counting(2, 2), counting(3, 0));
        let mut engines = Engines::build(&[]).unwrap();
        engines.insert("local", local.clone());
        engines.insert("piper2", piper.clone());
        engines.insert("server", server.clone());
        let jobs: Vec<Job> = (0..60)
            .map(|number| {
                job(
                    ["local:a", "piper2:a", "server:a"][number % 3],
                    &format!("line {number}"),
                )
            })
            .collect();
        synthesize_all(&jobs, &engines, &cache, 4, false, &|| false).unwrap();
        assert!(local.most.load(Ordering::SeqCst) <= 4);
        assert!(piper.most.load(Ordering::SeqCst) <= 2);
        assert!(server.most.load(Ordering::SeqCst) <= 3);
        assert!(
            cores.1.load(Ordering::SeqCst) <= 4,
            "local engines never use more than -j cores together"
        );
    }

    /// Fails on any text holding `BROKEN`; otherwise the fake engine.
    struct FailingOnMarker;

    impl crate::synth::Engine for FailingOnMarker {
        fn fingerprint(&self) -> String {
            "failing-on-marker".to_string()
        }
        fn check(&self) -> Result<(), SynthError> {
            Ok(())
        }
        fn check_voice(&self, _voice: &str) -> Result<(), SynthError> {
            Ok(())
        }
        fn speak(
            &self,
            text: &str,
            voice: &str,
            settings: &VoiceSettings,
            out: &std::path::Path,
        ) -> Result<(), SynthError> {
            if text.contains("BROKEN") {
                return Err(SynthError::Unsupported(format!("cannot say {text}")));
            }
            crate::synth::fake::FakeEngine.speak(text, voice, settings, out)
        }
    }

    #[test]
    fn failures_stop_the_render_or_are_all_collected_with_keep_going() {
        let texts = ["one", "two BROKEN", "three", "four BROKEN", "five", "six"];
        for keep_going in [false, true] {
            let directory = tempfile::tempdir().unwrap();
            let cache = ClipCache::new(directory.path().to_path_buf());
            let mut engines = Engines::build(&[]).unwrap();
            engines.insert("failing", Arc::new(FailingOnMarker));
            let jobs: Vec<Job> = texts.iter().map(|text| job("failing:a", text)).collect();
            // One worker, so without keep_going nothing after the first failure starts.
            let failures =
                synthesize_all(&jobs, &engines, &cache, 1, keep_going, &|| false).unwrap_err();
            let indexes: Vec<usize> = failures.iter().map(|failure| failure.index).collect();
            if keep_going {
                assert_eq!(indexes, [1, 3]);
                for (index, text) in texts.iter().enumerate() {
                    let cached = cache.cached_job(&jobs[index], &engines).is_some();
                    assert_eq!(cached, !text.contains("BROKEN"), "{text}");
                }
            } else {
                assert_eq!(indexes, [1]);
            }
        }
    }

    #[test]
    fn cores_are_never_overspent() {
        let cores = Cores {
            free: Mutex::new(3),
            freed: Condvar::new(),
        };
        cores.take(2);
        cores.take(1);
        assert_eq!(*cores.free.lock().unwrap(), 0);
        cores.give(2);
        cores.take(0);
        assert_eq!(*cores.free.lock().unwrap(), 2);
    }
}
