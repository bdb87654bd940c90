//! `ficaudio cache`: how big the clip cache is, and pruning it.
//!
//! In: the cache directory and the prune rule from the command line (`--older-than
//! 30d`, `--max-size 500M`, or `--prune` alone for everything). Out: a short report
//! for stdout.

use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use anyhow::{Context, Result};

use crate::synth::cache::{CacheUsage, ClipCache, Prune};

/// Settings of `ficaudio cache`.
#[derive(Debug, Clone)]
pub struct CacheConfig {
    pub directory: PathBuf,
    /// `None`: only report.
    pub prune: Option<Prune>,
}

impl CacheConfig {
    pub fn resolve(args: &crate::cli::CacheArgs) -> Result<Self> {
        let older_than = args.older_than.as_deref().map(parse_duration).transpose()?;
        let max_bytes = args.max_size.as_deref().map(parse_size).transpose()?;
        Ok(CacheConfig {
            directory: args
                .cache
                .clone()
                .unwrap_or_else(ClipCache::default_directory),
            prune: args.prune.then_some(Prune {
                older_than,
                max_bytes,
            }),
        })
    }
}

/// Prunes when asked, then reports what the cache holds.
pub fn run(config: &CacheConfig) -> Result<String> {
    let cache = ClipCache::new(config.directory.clone());
    let context = || {
        format!(
            "cannot read the clip cache `{}`\nhint: check its permissions, or name another with --cache",
            config.directory.display()
        )
    };
    let mut report = format!("cache: {}\n", config.directory.display());
    if let Some(rule) = config.prune {
        let pruned = cache.prune(rule).with_context(context)?;
        report.push_str(&format!(
            "removed {} clips ({})\n",
            pruned.clips,
            human_size(pruned.bytes)
        ));
    }
    let usage = cache.usage().with_context(context)?;
    report.push_str(&describe(&usage, SystemTime::now()));
    Ok(report)
}

fn describe(usage: &CacheUsage, now: SystemTime) -> String {
    let mut text = format!("{} clips, {}", usage.clips, human_size(usage.bytes));
    if let Some(oldest) = usage.oldest {
        let age = now.duration_since(oldest).unwrap_or_default();
        text.push_str(&format!(
            "; least recently used {} ago",
            human_duration(age)
        ));
    }
    text.push('\n');
    if usage.temporary > 0 {
        text.push_str(&format!(
            "{} unfinished clips ({}) from interrupted renders; pruning removes those older than an hour\n",
            usage.temporary,
            human_size(usage.temporary_bytes)
        ));
    }
    text
}

/// `30d`, `12h`, `90m`, `45s`, `2w`; a bare number is days.
pub fn parse_duration(text: &str) -> Result<Duration> {
    let text = text.trim();
    let split = text
        .find(|character: char| !character.is_ascii_digit() && character != '.')
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let seconds_per_unit = match unit.trim() {
        "" | "d" | "day" | "days" => 86_400.0,
        "w" | "week" | "weeks" => 7.0 * 86_400.0,
        "h" | "hour" | "hours" => 3_600.0,
        "m" | "min" | "minutes" => 60.0,
        "s" | "sec" | "seconds" => 1.0,
        _ => f64::NAN,
    };
    match number.parse::<f64>() {
        Ok(value)
            if value >= 0.0
                && seconds_per_unit.is_finite()
                && (value * seconds_per_unit) < 1e12 =>
        {
            Ok(Duration::from_secs_f64(value * seconds_per_unit))
        }
        _ => anyhow::bail!(
            "`{text}` is not an age\nhint: write a number with a unit: 30d, 12h, 90m, 2w"
        ),
    }
}

/// `500M`, `2G`, `100K`, `1.5GB`, or bytes.
pub fn parse_size(text: &str) -> Result<u64> {
    let text = text.trim();
    let split = text
        .find(|character: char| !character.is_ascii_digit() && character != '.')
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let multiplier: f64 = match unit
        .trim()
        .to_ascii_uppercase()
        .trim_end_matches("IB")
        .trim_end_matches('B')
    {
        "" => 1.0,
        "K" => 1024.0,
        "M" => 1024.0 * 1024.0,
        "G" => 1024.0 * 1024.0 * 1024.0,
        "T" => 1024.0f64.powi(4),
        _ => f64::NAN,
    };
    match number.parse::<f64>() {
        Ok(value) if value >= 0.0 && multiplier.is_finite() && value * multiplier < 1.8e19 => {
            Ok((value * multiplier) as u64)
        }
        _ => anyhow::bail!(
            "`{text}` is not a size\nhint: write a number with a unit: 500M, 2G, 100K"
        ),
    }
}

fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["bytes", "KiB", "MiB", "GiB", "TiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} bytes")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

fn human_duration(duration: Duration) -> String {
    let seconds = duration.as_secs();
    match seconds {
        0..=89 => format!("{seconds} s"),
        90..=5_399 => format!("{} min", seconds / 60),
        5_400..=129_599 => format!("{} h", seconds / 3_600),
        _ => format!("{} days", seconds / 86_400),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        let table = [
            ("30d", 30 * 86_400),
            ("12h", 43_200),
            ("90m", 5_400),
            ("45s", 45),
            ("2w", 1_209_600),
            ("7", 604_800),
        ];
        for (text, seconds) in table {
            assert_eq!(
                parse_duration(text).unwrap(),
                Duration::from_secs(seconds),
                "{text}"
            );
        }
        for bad in ["", "d", "-1d", "3 fortnights", "1e99d"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn sizes() {
        let table = [
            ("500M", 500 << 20),
            ("2G", 2 << 30),
            ("100K", 100 << 10),
            ("1.5GB", 3 << 29),
            ("4096", 4096),
            ("1MiB", 1 << 20),
        ];
        for (text, bytes) in table {
            assert_eq!(parse_size(text).unwrap(), bytes, "{text}");
        }
        for bad in ["", "M", "12Q", "-5M"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn report_wording() {
        let usage = CacheUsage {
            clips: 3,
            bytes: 3 * 1024 * 1024,
            temporary: 1,
            temporary_bytes: 10,
            oldest: Some(SystemTime::UNIX_EPOCH),
        };
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(3 * 86_400);
        assert_eq!(
            describe(&usage, now),
            "3 clips, 3.0 MiB; least recently used 3 days ago\n1 unfinished clips (10 bytes) from interrupted renders; pruning removes those older than an hour\n"
        );
    }
}
