//! `ficaudio render`: the whole pipeline, from story file to WAV and timeline.

use std::collections::{BTreeSet, HashMap};
use std::io::BufWriter;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, Context, Result};

use crate::cast::{assign_voices, VoiceAssignment, VoiceBank};
use crate::config::RenderConfig;
use crate::mix::{mix, MixConfig, MixOutcome, Placement, SpokenClip};
use crate::model::Segment;
use crate::output::encode::{encode, AudioFormat, Tags};
use crate::output::readalong;
use crate::output::records::{is_recorded, to_line, Record};
use crate::output::subtitles::{subtitles, SubtitleFormat};
use crate::output::timed::{chapters, timed_lines, Chapter};
use crate::output::wav::{WavFormat, WavWriter};
use crate::output::{write_atomically, AtomicFile};
use crate::pipeline::{prepare, Prepared};
use crate::synth::{synthesize_all, ClipCache, Engines, Job, VoiceSettings};

/// What a render did, for the summary line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RenderSummary {
    pub segments: usize,
    pub clips: usize,
    pub synthesized: usize,
    pub duration_ms: u64,
}

/// Renders the story of `config` to its output WAV (and timeline).
pub fn render(config: &RenderConfig) -> Result<RenderSummary> {
    let story = &config.story;
    let mut prepared = prepare(&story.story, &story.input, &story.cast)?;
    if !story.quiet {
        for warning in &prepared.warnings {
            eprintln!("warning: {warning}");
        }
    }
    let engines = Engines::build(&story.cast.engines)
        .map_err(|error| anyhow!("{}: {error}", cast_name(config)))?;
    let voices = choose_voices(config, &prepared, &engines);
    // Previews keep part of the story; voices were chosen on all of it above, so the
    // lines sound (and are cached) as in a full render. `[pronounce]` rewrites what
    // the engines hear.
    crate::preview::select_prepared(&mut prepared, &story.cast, &config.selection)?;
    crate::pronounce::apply_to_segments(&story.cast.pronounce, &mut prepared.segments);

    // Each distinct (voice, settings, text) is synthesized once, in story order so a
    // failure is reported at its earliest line; each engine runs within its own
    // concurrency (crate::synth::synthesize_all), and the cache keeps every finished
    // clip even when a later one fails.
    let mut jobs: Vec<Job> = Vec::new();
    let mut index_of: HashMap<(String, String, String), usize> = HashMap::new();
    let spoken: Vec<Option<usize>> = prepared
        .segments
        .iter()
        .map(|segment| {
            has_audio(segment).then(|| {
                let voice = voices.voice(&segment.speaker).to_string();
                // Volume is the mix's (after each voice is levelled), not the clip's.
                let settings = VoiceSettings {
                    volume: None,
                    ..voice_settings(config, &segment.speaker, &voice)
                };
                let key = (voice.clone(), settings.key(), segment.spoken().to_string());
                *index_of.entry(key).or_insert_with(|| {
                    jobs.push(Job {
                        voice,
                        settings,
                        text: segment.spoken().to_string(),
                    });
                    jobs.len() - 1
                })
            })
        })
        .collect();
    let cache = ClipCache::new(config.cache.clone());
    // Checking engines and voices costs a process or more per voice; when every clip
    // is cached no engine runs, so an unchanged story renders from the cache alone.
    if jobs
        .iter()
        .any(|job| cache.cached_job(job, &engines).is_none())
    {
        check_voices(config, &prepared, &voices, &engines)?;
    }
    if config.plan {
        print!(
            "{}",
            plan(config, &prepared, &spoken, &jobs, &engines, &cache)
        );
        return Ok(RenderSummary::default());
    }
    let progress = progress_for(config, &prepared, &voices, jobs.len());
    let cache = match progress.observer() {
        Some(observer) => cache.with_observer(observer),
        None => cache,
    };
    let outcome = synthesize_all(
        &jobs,
        &engines,
        &cache,
        config.jobs,
        config.keep_going,
        &|| config.interrupt.is_set(),
    );
    progress.finish();
    config.interrupt.check()?;
    let made = outcome
        .map_err(|failures| describe_failures(config, &prepared, &jobs, &voices, failures))?;
    let clips: Vec<Option<PathBuf>> = spoken
        .iter()
        .map(|index| index.map(|index| made[index].path.clone()))
        .collect();

    let placements = write_outputs(config, &prepared, &clips, &voices)?;
    Ok(RenderSummary {
        segments: prepared.segments.len(),
        clips: jobs.len(),
        synthesized: made.iter().filter(|clip| clip.synthesized).count(),
        duration_ms: placements
            .iter()
            .flatten()
            .map(|placement| placement.end_ms)
            .max()
            .unwrap_or(0),
    })
}

/// `--plan`: each spoken segment's speaker, and each distinct clip with its first
/// speaker and whether the cache has it.
fn plan(
    config: &RenderConfig,
    prepared: &Prepared,
    spoken: &[Option<usize>],
    jobs: &[Job],
    engines: &Engines,
    cache: &ClipCache,
) -> String {
    let cast = &config.story.cast;
    let mut speakers = Vec::new();
    let mut first_speaker: Vec<Option<String>> = vec![None; jobs.len()];
    for (segment, job) in prepared.segments.iter().zip(spoken) {
        let Some(job) = job else { continue };
        let name = prepared.name_of(cast, &segment.speaker);
        first_speaker[*job].get_or_insert_with(|| name.clone());
        speakers.push(name);
    }
    let clips: Vec<crate::plan::PlannedClip> = jobs
        .iter()
        .zip(first_speaker)
        .map(|(job, speaker)| crate::plan::PlannedClip {
            speaker: speaker.unwrap_or_default(),
            text: job.text.clone(),
            cached: cache.cached_job(job, engines),
        })
        .collect();
    crate::plan::plan_report(&speakers, &clips)
}

/// The progress line (when wanted), naming speakers by their voices.
fn progress_for(
    config: &RenderConfig,
    prepared: &Prepared,
    voices: &VoiceAssignment,
    clips: usize,
) -> crate::progress::Progress {
    let mut speakers: HashMap<String, String> = HashMap::new();
    for segment in &prepared.segments {
        let voice = crate::synth::split_reference(voices.voice(&segment.speaker))
            .1
            .to_string();
        speakers
            .entry(voice)
            .or_insert_with(|| prepared.name_of(&config.story.cast, &segment.speaker));
    }
    crate::progress::Progress::new(clips, config.progress, speakers)
}

fn has_audio(segment: &Segment) -> bool {
    segment.spoken().chars().any(char::is_alphanumeric)
}

fn cast_name(config: &RenderConfig) -> String {
    config.story.cast.path.as_deref().map_or_else(
        || "cast".to_string(),
        |path| format!("`{}`", path.display()),
    )
}

/// Voices from the cast, the rest from the default engine's bank.
fn choose_voices(config: &RenderConfig, prepared: &Prepared, engines: &Engines) -> VoiceAssignment {
    let mut bank = VoiceBank::builtin(&config.default_engine)
        .or_else(|| VoiceBank::builtin("espeak"))
        .unwrap_or(VoiceBank {
            engine: config.default_engine.clone(),
            voices: Vec::new(),
        });
    bank.engine.clone_from(&config.default_engine);
    // Auto-cast only from voices that are installed, when the engine can tell (Piper
    // models, flite and festival voices); espeak's voices are combinations it checks
    // one by one, so its bank is kept whole.
    let installed = engines
        .engine(&config.default_engine)
        .and_then(|engine| engine.installed_voices().ok().flatten())
        .unwrap_or_default();
    if bank
        .voices
        .iter()
        .any(|voice| installed.contains(&voice.id))
    {
        bank.voices.retain(|voice| installed.contains(&voice.id));
    }
    assign_voices(
        &config.story.cast,
        &prepared.speakers_by_lines(),
        &prepared.found_genders(),
        &bank,
    )
}

/// A speaker's rate, pitch and volume: the character's own (or `[narrator]`'s) over
/// those of its voice in `[voices."REF"]`.
pub fn voice_settings(config: &RenderConfig, speaker: &str, reference: &str) -> VoiceSettings {
    let cast = &config.story.cast;
    let of_voice = cast
        .voices
        .iter()
        .find(|(written, _)| crate::cast::qualify(written, &config.default_engine) == reference)
        .map(|(_, settings)| *settings)
        .unwrap_or_default();
    cast.voice_settings
        .get(speaker)
        .copied()
        .unwrap_or_default()
        .or(&of_voice)
}

/// Every engine used is installed and every voice exists, before any work starts.
fn check_voices(
    config: &RenderConfig,
    prepared: &Prepared,
    voices: &VoiceAssignment,
    engines: &Engines,
) -> Result<()> {
    let mut used: Vec<(&str, &str)> = prepared
        .segments
        .iter()
        .filter(|segment| has_audio(segment))
        .map(|segment| (segment.speaker.as_str(), voices.voice(&segment.speaker)))
        .collect();
    // Voices the cast names are checked even when their character has no line yet,
    // so a typo is caught on the first render.
    let cast = &config.story.cast;
    used.extend(
        cast.characters
            .iter()
            .filter(|character| character.voice.is_some())
            .map(|character| (character.id.as_str(), voices.voice(&character.id))),
    );
    used.sort_by_key(|(_, voice)| *voice);
    used.dedup_by_key(|(_, voice)| *voice);
    let mut checked_engines = BTreeSet::new();
    for (speaker, reference) in used {
        let (engine, voice) = engines
            .resolve(reference)
            .map_err(|error| anyhow!("{}: voice of `{speaker}`: {error}", cast_name(config)))?;
        let engine_name = crate::synth::split_reference(reference).0;
        if checked_engines.insert(engine_name.to_string()) {
            engine.check()?;
        }
        engine
            .check_voice(voice)
            .map_err(|error| anyhow!("{}: voice of `{speaker}`: {error}", cast_name(config)))?;
    }
    // Every speaker's rate and pitch must be something its engine can do.
    let speakers: BTreeSet<&str> = prepared
        .segments
        .iter()
        .filter(|segment| has_audio(segment))
        .map(|segment| segment.speaker.as_str())
        .collect();
    for speaker in speakers {
        let reference = voices.voice(speaker);
        let settings = voice_settings(config, speaker, reference);
        let engine_name = crate::synth::split_reference(reference).0;
        if let Ok((engine, _)) = engines.resolve(reference) {
            if let Some(message) = engine.controls().unsupported(&settings, engine_name) {
                anyhow::bail!(
                    "{}: voice of `{speaker}` ({reference}): {message}",
                    cast_name(config)
                );
            }
        }
    }
    Ok(())
}

/// Names the story line, speaker and voice of a clip that failed.
fn describe_failure(
    config: &RenderConfig,
    prepared: &Prepared,
    job: &Job,
    voices: &VoiceAssignment,
    error: anyhow::Error,
) -> anyhow::Error {
    let segment = prepared.segments.iter().find(|segment| {
        segment.spoken() == job.text && voices.voice(&segment.speaker) == job.voice
    });
    let place = match segment {
        Some(segment) => match segment
            .start
            .and_then(|start| line_number(&config.story.story, start))
        {
            Some(line) => format!("{}:{line}", config.story.story.display()),
            None => format!(
                "{} paragraph {}",
                config.story.story.display(),
                segment.paragraph + 1
            ),
        },
        None => config.story.story.display().to_string(),
    };
    let speaker = segment.map_or("?", |segment| segment.speaker.as_str());
    error.context(format!("rendering {place} ({speaker}, {})", job.voice))
}

/// One failure as it is; several (`--keep-going`): one line each on stderr (the
/// error path prints one line), then the count as the error.
fn describe_failures(
    config: &RenderConfig,
    prepared: &Prepared,
    jobs: &[Job],
    voices: &VoiceAssignment,
    failures: Vec<crate::synth::JobFailure>,
) -> anyhow::Error {
    let count = failures.len();
    let mut described = failures.into_iter().map(|failure| {
        describe_failure(
            config,
            prepared,
            &jobs[failure.index],
            voices,
            failure.error.into(),
        )
    });
    if count == 1 {
        if let Some(only) = described.next() {
            return only;
        }
    }
    for error in described {
        let text = format!("{error:#}");
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with("hint:"))
            .collect();
        eprintln!("failed: {}", lines.join("; "));
    }
    anyhow::anyhow!("{count} clips failed (listed above); every other clip is made and cached, no audio file was written\nhint: fix the engine or the lines above and render again; the cached clips are reused")
}

/// 1-based line of a byte offset in a file.
fn line_number(path: &Path, offset: usize) -> Option<usize> {
    let bytes = std::fs::read(path).ok()?;
    Some(
        bytes
            .get(..offset)?
            .iter()
            .filter(|&&byte| byte == b'\n')
            .count()
            + 1,
    )
}

/// Mixes the audio and writes every output asked for: the audio file, the
/// timeline, subtitles and the read-along page.
fn write_outputs(
    config: &RenderConfig,
    prepared: &Prepared,
    clips: &[Option<PathBuf>],
    voices: &VoiceAssignment,
) -> Result<Vec<Option<Placement>>> {
    let segments = &prepared.segments;
    let placements = write_audio(config, prepared, clips, voices)?.placements;
    if let Some(timeline) = &config.timeline {
        write_timeline(timeline, segments, &placements, voices)?;
    }
    if config.subtitles.is_some() || config.html.is_some() {
        let lines = timed_lines(segments, &placements, |speaker| {
            prepared.name_of(&config.story.cast, speaker)
        });
        if let Some(path) = &config.subtitles {
            let format = SubtitleFormat::from_path(path).unwrap_or(SubtitleFormat::Srt);
            write_atomically(path, subtitles(format, &lines).as_bytes())
                .with_context(|| format!("cannot write the subtitles `{}`", path.display()))?;
        }
        if let Some(path) = &config.html {
            let title = work_tags(config, prepared).title.unwrap_or_default();
            let html = readalong::page(
                &title,
                &readalong::relative_url(path, &config.output),
                &lines,
            );
            write_atomically(path, html.as_bytes()).with_context(|| {
                format!("cannot write the read-along page `{}`", path.display())
            })?;
        }
    }
    Ok(placements)
}

/// Title (the story's, its title heading, or its file name) and author.
fn work_tags(config: &RenderConfig, prepared: &Prepared) -> Tags {
    let title = crate::output::timed::title(prepared.document.title.as_deref(), &prepared.segments)
        .or_else(|| {
            config
                .story
                .story
                .file_stem()
                .map(|stem| stem.to_string_lossy().into_owned())
        });
    Tags {
        title,
        author: prepared.document.author.clone(),
    }
}

/// Mixes into the output: a WAV directly (under a temporary name, renamed when
/// complete), any other format through a temporary WAV that ffmpeg encodes.
fn write_audio(
    config: &RenderConfig,
    prepared: &Prepared,
    clips: &[Option<PathBuf>],
    voices: &VoiceAssignment,
) -> Result<MixOutcome> {
    let output = &config.output;
    let context = || {
        format!(
            "cannot write `{}`\nhint: check that its directory exists and is writable",
            output.display()
        )
    };
    if config.audio_format == AudioFormat::Wav {
        let mut file = AtomicFile::create(output).with_context(context)?;
        let (outcome, _) =
            mix_to_wav(config, prepared, clips, voices, file.file()).with_context(context)?;
        file.commit(output).with_context(context)?;
        return Ok(outcome);
    }
    let mut temporary = tempfile::Builder::new()
        .prefix(".ficaudio-mix.")
        .suffix(".wav")
        .tempfile_in(crate::output::directory_of(output))
        .with_context(context)?;
    let (outcome, chapters) = mix_to_wav(config, prepared, clips, voices, temporary.as_file_mut())
        .with_context(context)?;
    let tags = work_tags(config, prepared);
    encode(
        temporary.path(),
        output,
        config.audio_format,
        config.format.rate,
        config.format.channels,
        &tags,
        &chapters,
    )?;
    Ok(outcome)
}

/// The mix itself, streamed into `file` as a WAV with a chapter cue list.
fn mix_to_wav(
    config: &RenderConfig,
    prepared: &Prepared,
    clips: &[Option<PathBuf>],
    voices: &VoiceAssignment,
    file: &mut std::fs::File,
) -> Result<(MixOutcome, Vec<Chapter>)> {
    let segments = &prepared.segments;
    let spoken: Vec<Option<SpokenClip>> = segments
        .iter()
        .zip(clips)
        .map(|(segment, clip)| {
            clip.as_ref().map(|path| {
                let voice = voices.voice(&segment.speaker).to_string();
                let volume = voice_settings(config, &segment.speaker, &voice)
                    .volume
                    .unwrap_or(1.0) as f32;
                SpokenClip {
                    path: path.clone(),
                    voice,
                    volume,
                }
            })
        })
        .collect();
    let mix_config = MixConfig {
        format: config.format,
        pauses: config.pauses.clone(),
        loudness: config.loudness,
        analysis_cache: Some(config.cache.join("analysis")),
    };
    let wav_format = WavFormat {
        rate: config.format.rate,
        channels: config.format.channels,
        bits: config.format.bits,
    };
    let mut writer = WavWriter::new(BufWriter::with_capacity(1 << 20, file), wav_format)?;
    let outcome = mix(segments, &spoken, &mix_config, &mut writer)?;
    let total_ms = outcome.frames * 1000 / u64::from(config.format.rate.max(1));
    let chapters = chapters(segments, &outcome.placements, total_ms);
    for chapter in &chapters {
        writer.add_cue(chapter.start_frame, &chapter.title);
    }
    writer
        .finish()?
        .into_inner()
        .map_err(|error| error.into_error())?;
    Ok((outcome, chapters))
}

fn write_timeline(
    path: &Path,
    segments: &[Segment],
    placements: &[Option<Placement>],
    voices: &VoiceAssignment,
) -> Result<()> {
    let mut contents = String::new();
    for (segment, placement) in segments.iter().zip(placements) {
        if !is_recorded(segment) {
            continue;
        }
        let mut record = Record::from_segment(segment);
        if let Some(placement) = placement {
            record.voice = Some(voices.voice(&segment.speaker));
            record.start_ms = Some(placement.start_ms);
            record.end_ms = Some(placement.end_ms);
        }
        contents.push_str(&to_line(&record));
        contents.push('\n');
    }
    write_atomically(path, contents.as_bytes())
        .with_context(|| format!("cannot write the timeline `{}`", path.display()))
}
