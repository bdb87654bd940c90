//! Compressed outputs through ffmpeg: mp3, ogg (Vorbis), opus, m4b (AAC
//! audiobook) and flac.
//!
//! In: the mixed WAV, the story's title and author, and its chapters. Out: the
//! encoded file with title/author tags and chapter marks (an ffmetadata file
//! passed to ffmpeg), written under a temporary name beside the output and
//! renamed when ffmpeg succeeds. ffmpeg runs without a shell; story text reaches
//! it only inside the metadata file, never as an argument.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use thiserror::Error;

use super::timed::Chapter;

/// The kind of audio file written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AudioFormat {
    Wav,
    Mp3,
    Ogg,
    Opus,
    M4b,
    Flac,
}

/// Names accepted by `--audio-format` and `[output] format`.
pub const FORMAT_NAMES: &str = "wav, mp3, ogg, opus, m4b, flac";

impl AudioFormat {
    /// A format by name or file extension (`m4a` and `aac` are m4b, `oga` is ogg).
    pub fn from_name(name: &str) -> Option<Self> {
        match name.to_ascii_lowercase().as_str() {
            "wav" | "wave" | "rf64" => Some(AudioFormat::Wav),
            "mp3" => Some(AudioFormat::Mp3),
            "ogg" | "oga" | "vorbis" => Some(AudioFormat::Ogg),
            "opus" => Some(AudioFormat::Opus),
            "m4b" | "m4a" | "aac" => Some(AudioFormat::M4b),
            "flac" => Some(AudioFormat::Flac),
            _ => None,
        }
    }

    /// The format an output path asks for by its extension.
    pub fn from_path(path: &Path) -> Option<Self> {
        path.extension()
            .and_then(|extension| Self::from_name(&extension.to_string_lossy()))
    }

    pub fn extension(self) -> &'static str {
        match self {
            AudioFormat::Wav => "wav",
            AudioFormat::Mp3 => "mp3",
            AudioFormat::Ogg => "ogg",
            AudioFormat::Opus => "opus",
            AudioFormat::M4b => "m4b",
            AudioFormat::Flac => "flac",
        }
    }

    /// Whether ffmpeg is needed to write it.
    pub fn needs_ffmpeg(self) -> bool {
        self != AudioFormat::Wav
    }

    /// ffmpeg's codec and muxer arguments.
    fn ffmpeg_arguments(self, rate: u32, channels: u16) -> Vec<String> {
        let per_channel = |kbps: u32| format!("{}k", kbps * u32::from(channels.clamp(1, 2)));
        let mut arguments: Vec<String> = match self {
            AudioFormat::Wav => vec!["-c:a".into(), "pcm_s16le".into(), "-f".into(), "wav".into()],
            AudioFormat::Mp3 => vec![
                "-c:a".into(),
                "libmp3lame".into(),
                "-q:a".into(),
                "5".into(),
                "-id3v2_version".into(),
                "3".into(),
                "-f".into(),
                "mp3".into(),
            ],
            AudioFormat::Ogg => vec![
                "-c:a".into(),
                "libvorbis".into(),
                "-q:a".into(),
                "4".into(),
                "-f".into(),
                "ogg".into(),
            ],
            AudioFormat::Opus => vec![
                "-c:a".into(),
                "libopus".into(),
                "-b:a".into(),
                per_channel(32),
                "-f".into(),
                "opus".into(),
            ],
            AudioFormat::M4b => vec![
                "-c:a".into(),
                "aac".into(),
                "-b:a".into(),
                per_channel(64),
                "-f".into(),
                "ipod".into(),
            ],
            AudioFormat::Flac => vec!["-c:a".into(), "flac".into(), "-f".into(), "flac".into()],
        };
        // Opus only takes 8, 12, 16, 24 or 48 kHz.
        if self == AudioFormat::Opus && ![8_000, 12_000, 16_000, 24_000, 48_000].contains(&rate) {
            arguments.extend(["-ar".to_string(), "48000".to_string()]);
        }
        arguments
    }
}

/// Why an encoded output could not be written.
#[derive(Debug, Error)]
pub enum EncodeError {
    #[error("writing {format} needs ffmpeg, which is not installed\nhint: install ffmpeg (Debian/Ubuntu: `sudo apt install ffmpeg`, macOS: `brew install ffmpeg`) or write a WAV with `-o NAME.wav`")]
    NoFfmpeg { format: &'static str },
    #[error("ffmpeg could not write `{path}`: {message}\nhint: the mixed WAV is fine; check that your ffmpeg has the {format} encoder (`ffmpeg -encoders`)")]
    Failed {
        path: PathBuf,
        format: &'static str,
        message: String,
    },
    #[error(
        "cannot write `{path}`: {source}\nhint: check that its directory exists and is writable"
    )]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// The ffmpeg program: `$FICAUDIO_FFMPEG` or `ffmpeg` on the PATH, if it exists.
pub fn find_ffmpeg() -> Option<PathBuf> {
    if let Some(program) = std::env::var_os("FICAUDIO_FFMPEG").filter(|value| !value.is_empty()) {
        let program = PathBuf::from(program);
        return program.is_file().then_some(program);
    }
    let paths = std::env::var_os("PATH")?;
    std::env::split_paths(&paths)
        .map(|directory| directory.join("ffmpeg"))
        .find(|candidate| candidate.is_file())
}

/// Fails with the install hint when `format` needs ffmpeg and it is missing; called
/// before any synthesis so nobody waits an hour for that error.
pub fn check_encoder(format: AudioFormat) -> Result<(), EncodeError> {
    if format.needs_ffmpeg() && find_ffmpeg().is_none() {
        return Err(EncodeError::NoFfmpeg {
            format: format.extension(),
        });
    }
    Ok(())
}

/// Tags of the whole work.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tags {
    pub title: Option<String>,
    pub author: Option<String>,
}

/// Encodes `wav` into `output` as `format`, with tags and chapters.
pub fn encode(
    wav: &Path,
    output: &Path,
    format: AudioFormat,
    rate: u32,
    channels: u16,
    tags: &Tags,
    chapters: &[Chapter],
) -> Result<(), EncodeError> {
    let ffmpeg = find_ffmpeg().ok_or(EncodeError::NoFfmpeg {
        format: format.extension(),
    })?;
    let io_error = |source| EncodeError::Io {
        path: output.to_path_buf(),
        source,
    };
    let mut metadata = tempfile::Builder::new()
        .prefix(".ficaudio-chapters.")
        .suffix(".txt")
        .tempfile_in(super::directory_of(output))
        .map_err(io_error)?;
    metadata
        .write_all(ffmetadata(tags, chapters).as_bytes())
        .map_err(io_error)?;
    metadata.flush().map_err(io_error)?;
    let file = super::AtomicFile::create(output).map_err(io_error)?;
    let mut command = Command::new(&ffmpeg);
    command
        .args(["-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-i"])
        .arg(wav)
        .args(["-f", "ffmetadata", "-i"])
        .arg(metadata.path())
        .args(["-map", "0:a", "-map_metadata", "1", "-map_chapters", "1"])
        .args(format.ffmpeg_arguments(rate, channels))
        .arg(file.path())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let result = command.output().map_err(io_error)?;
    if !result.status.success() {
        let stderr = String::from_utf8_lossy(&result.stderr);
        let message = stderr
            .lines()
            .rfind(|line| !line.trim().is_empty())
            .unwrap_or("no message")
            .trim()
            .to_string();
        return Err(EncodeError::Failed {
            path: output.to_path_buf(),
            format: format.extension(),
            message: format!("{message} ({})", result.status),
        });
    }
    file.commit(output).map_err(io_error)
}

/// ffmpeg's metadata file: global tags, then one `[CHAPTER]` per chapter in ms.
pub fn ffmetadata(tags: &Tags, chapters: &[Chapter]) -> String {
    let mut text = String::from(";FFMETADATA1\n");
    if let Some(title) = &tags.title {
        text.push_str(&format!(
            "title={}\nalbum={}\n",
            escape(title),
            escape(title)
        ));
    }
    if let Some(author) = &tags.author {
        text.push_str(&format!(
            "artist={}\nalbum_artist={}\ncomposer={}\n",
            escape(author),
            escape(author),
            escape(author)
        ));
    }
    text.push_str("genre=Audiobook\n");
    for chapter in chapters {
        text.push_str(&format!(
            "\n[CHAPTER]\nTIMEBASE=1/1000\nSTART={}\nEND={}\ntitle={}\n",
            chapter.start_ms,
            chapter.end_ms,
            escape(&chapter.title)
        ));
    }
    text
}

/// ffmetadata escapes `=`, `;`, `#`, `\` and newlines with a backslash.
fn escape(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    for character in value.chars() {
        match character {
            '=' | ';' | '#' | '\\' => {
                escaped.push('\\');
                escaped.push(character);
            }
            '\n' | '\r' => escaped.push(' '),
            _ => escaped.push(character),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_name_and_extension() {
        let cases = [
            ("a.mp3", Some(AudioFormat::Mp3)),
            ("a.M4B", Some(AudioFormat::M4b)),
            ("a.m4a", Some(AudioFormat::M4b)),
            ("a.ogg", Some(AudioFormat::Ogg)),
            ("a.opus", Some(AudioFormat::Opus)),
            ("a.flac", Some(AudioFormat::Flac)),
            ("a.wav", Some(AudioFormat::Wav)),
            ("a.txt", None),
            ("a", None),
        ];
        for (path, expected) in cases {
            assert_eq!(AudioFormat::from_path(Path::new(path)), expected, "{path}");
        }
    }

    #[test]
    fn metadata_escapes_and_lists_chapters() {
        let tags = Tags {
            title: Some("A=B; #1".to_string()),
            author: Some("Me\\You".to_string()),
        };
        let chapters = [Chapter {
            title: "One\nTwo".to_string(),
            start_ms: 0,
            end_ms: 1500,
            start_frame: 0,
        }];
        let text = ffmetadata(&tags, &chapters);
        assert!(
            text.starts_with(";FFMETADATA1\ntitle=A\\=B\\; \\#1\n"),
            "{text}"
        );
        assert!(text.contains("artist=Me\\\\You\n"), "{text}");
        assert!(
            text.contains("[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=1500\ntitle=One Two\n"),
            "{text}"
        );
    }

    #[test]
    fn opus_gets_a_rate_it_accepts() {
        assert!(AudioFormat::Opus
            .ffmpeg_arguments(44_100, 1)
            .contains(&"48000".to_string()));
        assert!(!AudioFormat::Opus
            .ffmpeg_arguments(24_000, 1)
            .contains(&"48000".to_string()));
    }
}
