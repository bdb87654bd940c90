//! A streaming WAV writer: PCM samples in, a WAV (or RF64 past 4 GiB) with a cue
//! list of labelled markers out.
//!
//! Samples go straight to the file, so memory does not grow with the audio. The
//! header reserves a `JUNK` chunk the size of an RF64 `ds64` chunk (the EBU
//! Tech 3306 way): a file that stays under 4 GiB is a plain RIFF WAV, and one
//! that grows past it becomes RF64 at [`WavWriter::finish`] without moving any
//! data. Markers become a `cue ` chunk and a `LIST`/`adtl` chunk of `labl`s after
//! the data, which players and editors show as named positions (chapters).

use std::io::{self, Seek, SeekFrom, Write};

/// Sizes past this need RF64 (a RIFF size field is 32 bits).
const RIFF_LIMIT: u64 = u32::MAX as u64;
/// The `JUNK` placeholder: exactly the body of a `ds64` chunk without a table.
const DS64_BODY: u32 = 28;

/// The PCM layout of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WavFormat {
    pub rate: u32,
    pub channels: u16,
    /// 8 (unsigned), 16, 24 or 32 (signed) bits per sample.
    pub bits: u16,
}

/// Writes one WAV file; call [`WavWriter::finish`] to complete it.
pub struct WavWriter<W: Write + Seek> {
    writer: W,
    format: WavFormat,
    data_start: u64,
    data_bytes: u64,
    cues: Vec<(u64, String)>,
    buffer: Vec<u8>,
    /// Where the file switches to RF64; the 4 GiB limit except in tests.
    limit: u64,
}

impl<W: Write + Seek> WavWriter<W> {
    /// Writes the header; `writer` should be buffered.
    pub fn new(writer: W, format: WavFormat) -> io::Result<Self> {
        Self::with_limit(writer, format, RIFF_LIMIT)
    }

    fn with_limit(mut writer: W, format: WavFormat, limit: u64) -> io::Result<Self> {
        if !matches!(format.bits, 8 | 16 | 24 | 32) || format.channels == 0 || format.rate == 0 {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("unsupported WAV format {format:?}"),
            ));
        }
        let start = writer.stream_position()?;
        let extensible = format.channels > 2 || format.bits > 16;
        let block_align = u32::from(format.channels) * u32::from(format.bits / 8);
        let mut header = Vec::with_capacity(96);
        header.extend_from_slice(b"RIFF");
        header.extend_from_slice(&0u32.to_le_bytes()); // patched in finish
        header.extend_from_slice(b"WAVE");
        header.extend_from_slice(b"JUNK");
        header.extend_from_slice(&DS64_BODY.to_le_bytes());
        header.extend_from_slice(&[0; DS64_BODY as usize]);
        header.extend_from_slice(b"fmt ");
        header.extend_from_slice(&(if extensible { 40u32 } else { 16u32 }).to_le_bytes());
        header.extend_from_slice(&(if extensible { 0xFFFEu16 } else { 1u16 }).to_le_bytes());
        header.extend_from_slice(&format.channels.to_le_bytes());
        header.extend_from_slice(&format.rate.to_le_bytes());
        header.extend_from_slice(&(format.rate * block_align).to_le_bytes());
        header.extend_from_slice(&(block_align as u16).to_le_bytes());
        header.extend_from_slice(&format.bits.to_le_bytes());
        if extensible {
            header.extend_from_slice(&22u16.to_le_bytes());
            header.extend_from_slice(&format.bits.to_le_bytes()); // valid bits
            header.extend_from_slice(&channel_mask(format.channels).to_le_bytes());
            // KSDATAFORMAT_SUBTYPE_PCM
            header.extend_from_slice(&[
                0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38,
                0x9B, 0x71,
            ]);
        }
        header.extend_from_slice(b"data");
        header.extend_from_slice(&0u32.to_le_bytes()); // patched in finish
        writer.write_all(&header)?;
        Ok(WavWriter {
            writer,
            format,
            data_start: start + header.len() as u64,
            data_bytes: 0,
            cues: Vec::new(),
            buffer: Vec::new(),
            limit,
        })
    }

    pub fn format(&self) -> WavFormat {
        self.format
    }

    /// Frames written so far.
    pub fn frames(&self) -> u64 {
        self.data_bytes / (u64::from(self.format.channels) * u64::from(self.format.bits / 8))
    }

    /// Appends interleaved samples in -1..1 (clamped), rounded to the file's bits.
    pub fn write_samples(&mut self, samples: &[f32]) -> io::Result<()> {
        // Converted a block at a time, so a long clip needs no second copy in memory.
        for block in samples.chunks(1 << 15) {
            self.convert(block);
            self.writer.write_all(&self.buffer)?;
            self.data_bytes += self.buffer.len() as u64;
        }
        Ok(())
    }

    /// Fills `self.buffer` with the bytes of `samples`.
    fn convert(&mut self, samples: &[f32]) {
        self.buffer.clear();
        match self.format.bits {
            8 => self.buffer.extend(
                samples
                    .iter()
                    .map(|&sample| round(sample.clamp(-1.0, 1.0) * 127.0) as u8 ^ 0x80),
            ),
            16 => {
                for &sample in samples {
                    let value = round(sample.clamp(-1.0, 1.0) * 32_767.0) as i16;
                    self.buffer.extend_from_slice(&value.to_le_bytes());
                }
            }
            24 => {
                for &sample in samples {
                    let value = round(sample.clamp(-1.0, 1.0) * 8_388_607.0);
                    self.buffer.extend_from_slice(&value.to_le_bytes()[..3]);
                }
            }
            _ => {
                for &sample in samples {
                    let value =
                        (f64::from(sample.clamp(-1.0, 1.0)) * 2_147_483_647.0).round() as i32;
                    self.buffer.extend_from_slice(&value.to_le_bytes());
                }
            }
        }
    }

    /// Appends `frames` frames of silence.
    pub fn write_silence(&mut self, frames: u64) -> io::Result<()> {
        let silence_byte = if self.format.bits == 8 { 0x80 } else { 0 };
        let frame_bytes = u64::from(self.format.channels) * u64::from(self.format.bits / 8);
        let mut remaining = frames * frame_bytes;
        let block = vec![silence_byte; 1 << 16];
        while remaining > 0 {
            let count = remaining.min(block.len() as u64) as usize;
            self.writer.write_all(&block[..count])?;
            remaining -= count as u64;
        }
        self.data_bytes += frames * frame_bytes;
        Ok(())
    }

    /// A labelled marker at `frame` (frames past 2³² − 1 cannot be marked and are dropped).
    pub fn add_cue(&mut self, frame: u64, label: &str) {
        if frame <= u64::from(u32::MAX) {
            self.cues.push((frame, label.to_string()));
        }
    }

    /// Writes the markers, fixes the sizes (switching to RF64 when needed) and
    /// returns the writer, flushed.
    pub fn finish(mut self) -> io::Result<W> {
        if self.data_bytes % 2 == 1 {
            self.writer.write_all(&[0])?; // chunks are word-aligned
        }
        if !self.cues.is_empty() {
            let chunks = cue_chunks(&self.cues);
            self.writer.write_all(&chunks)?;
        }
        let end = self.writer.stream_position()?;
        let file_start = self.data_start - self.header_length();
        let riff_size = end - file_start - 8;
        if riff_size > self.limit || self.data_bytes > self.limit {
            self.writer.seek(SeekFrom::Start(file_start))?;
            self.writer.write_all(b"RF64")?;
            self.writer.write_all(&u32::MAX.to_le_bytes())?;
            self.writer.seek(SeekFrom::Start(file_start + 12))?;
            self.writer.write_all(b"ds64")?;
            self.writer.write_all(&DS64_BODY.to_le_bytes())?;
            self.writer.write_all(&riff_size.to_le_bytes())?;
            self.writer.write_all(&self.data_bytes.to_le_bytes())?;
            self.writer.write_all(&self.frames().to_le_bytes())?;
            self.writer.write_all(&0u32.to_le_bytes())?; // no table
            self.writer.seek(SeekFrom::Start(self.data_start - 4))?;
            self.writer.write_all(&u32::MAX.to_le_bytes())?;
        } else {
            self.writer.seek(SeekFrom::Start(file_start + 4))?;
            self.writer.write_all(&(riff_size as u32).to_le_bytes())?;
            self.writer.seek(SeekFrom::Start(self.data_start - 4))?;
            self.writer
                .write_all(&(self.data_bytes as u32).to_le_bytes())?;
        }
        self.writer.seek(SeekFrom::Start(end))?;
        self.writer.flush()?;
        Ok(self.writer)
    }

    fn header_length(&self) -> u64 {
        let extensible = self.format.channels > 2 || self.format.bits > 16;
        12 + 8 + u64::from(DS64_BODY) + 8 + if extensible { 40 } else { 16 } + 8
    }
}

impl<W: Write + Seek> crate::mix::AudioSink for WavWriter<W> {
    fn write_samples(&mut self, samples: &[f32]) -> io::Result<()> {
        WavWriter::write_samples(self, samples)
    }

    fn write_silence(&mut self, frames: u64) -> io::Result<()> {
        WavWriter::write_silence(self, frames)
    }
}

/// Rounds half away from zero like `f32::round` (the cast truncates), but inline:
/// `round` is a libm call, and this runs for every sample of the output.
fn round(value: f32) -> i32 {
    (value + 0.5f32.copysign(value)) as i32
}

/// The speaker positions of the usual layouts (front left/right, centre, …).
fn channel_mask(channels: u16) -> u32 {
    match channels {
        1 => 0x4,
        2 => 0x3,
        channels if channels < 32 => (1u32 << channels) - 1,
        _ => 0,
    }
}

/// `cue ` with one point per marker and `LIST`/`adtl` with a `labl` per marker.
fn cue_chunks(cues: &[(u64, String)]) -> Vec<u8> {
    let mut bytes = Vec::new();
    bytes.extend_from_slice(b"cue ");
    bytes.extend_from_slice(&(4 + 24 * cues.len() as u32).to_le_bytes());
    bytes.extend_from_slice(&(cues.len() as u32).to_le_bytes());
    for (index, (frame, _)) in cues.iter().enumerate() {
        let id = index as u32 + 1;
        let frame = *frame as u32;
        bytes.extend_from_slice(&id.to_le_bytes());
        bytes.extend_from_slice(&frame.to_le_bytes()); // position
        bytes.extend_from_slice(b"data");
        bytes.extend_from_slice(&0u32.to_le_bytes()); // chunk start
        bytes.extend_from_slice(&0u32.to_le_bytes()); // block start
        bytes.extend_from_slice(&frame.to_le_bytes()); // sample offset
    }
    let mut labels = Vec::new();
    labels.extend_from_slice(b"adtl");
    for (index, (_, label)) in cues.iter().enumerate() {
        let text: Vec<u8> = label.bytes().filter(|&byte| byte != 0).collect();
        let size = 4 + text.len() as u32 + 1;
        labels.extend_from_slice(b"labl");
        labels.extend_from_slice(&size.to_le_bytes());
        labels.extend_from_slice(&(index as u32 + 1).to_le_bytes());
        labels.extend_from_slice(&text);
        labels.push(0);
        if size % 2 == 1 {
            labels.push(0);
        }
    }
    bytes.extend_from_slice(b"LIST");
    bytes.extend_from_slice(&(labels.len() as u32).to_le_bytes());
    bytes.extend_from_slice(&labels);
    bytes
}

/// Reads the cue markers of a WAV or RF64 file: (frame, label) in file order.
/// Used by tests and tools; unknown chunks are skipped.
pub fn read_cues(bytes: &[u8]) -> Vec<(u32, String)> {
    let mut positions: Vec<(u32, u32)> = Vec::new();
    let mut labels: std::collections::HashMap<u32, String> = std::collections::HashMap::new();
    let mut data_size_64 = None;
    let mut offset = 12;
    while offset + 8 <= bytes.len() {
        let id = &bytes[offset..offset + 4];
        let mut size = u64::from(u32::from_le_bytes([
            bytes[offset + 4],
            bytes[offset + 5],
            bytes[offset + 6],
            bytes[offset + 7],
        ]));
        let body = offset + 8;
        if id == b"ds64" && body + 16 <= bytes.len() {
            data_size_64 = Some(u64::from_le_bytes(
                bytes[body + 8..body + 16].try_into().unwrap_or([0; 8]),
            ));
        }
        if id == b"data" && size == u64::from(u32::MAX) {
            size = data_size_64.unwrap_or(size);
        }
        let end = (body as u64 + size).min(bytes.len() as u64) as usize;
        let chunk = &bytes[body..end];
        let word = |at: usize| {
            chunk
                .get(at..at + 4)
                .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        };
        if id == b"cue " {
            let count = word(0).unwrap_or(0) as usize;
            for point in 0..count {
                if let (Some(name), Some(position)) =
                    (word(4 + point * 24), word(4 + point * 24 + 20))
                {
                    positions.push((name, position));
                }
            }
        } else if id == b"LIST" && chunk.starts_with(b"adtl") {
            let mut inner = 4;
            while inner + 8 <= chunk.len() {
                let inner_size = word(inner + 4).unwrap_or(0) as usize;
                let inner_end = (inner + 8 + inner_size).min(chunk.len());
                if &chunk[inner..inner + 4] == b"labl" && inner + 12 <= inner_end {
                    let name = word(inner + 8).unwrap_or(0);
                    let text = &chunk[inner + 12..inner_end];
                    let text = text.split(|&byte| byte == 0).next().unwrap_or_default();
                    labels.insert(name, String::from_utf8_lossy(text).into_owned());
                }
                inner = inner_end + inner_size % 2;
            }
        }
        offset = end + (size % 2) as usize;
    }
    positions
        .into_iter()
        .map(|(name, position)| (position, labels.remove(&name).unwrap_or_default()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn write(format: WavFormat, samples: &[f32], cues: &[(u64, &str)], limit: u64) -> Vec<u8> {
        let mut writer = WavWriter::with_limit(Cursor::new(Vec::new()), format, limit).unwrap();
        writer.write_samples(samples).unwrap();
        writer.write_silence(3).unwrap();
        for (frame, label) in cues {
            writer.add_cue(*frame, label);
        }
        writer.finish().unwrap().into_inner()
    }

    #[test]
    fn hound_reads_back_every_layout() {
        let samples = [0.5f32, -0.5, 0.25, -1.0, 1.0, 0.0];
        for (channels, bits) in [(1, 8), (1, 16), (2, 16), (1, 24), (2, 24), (3, 16), (1, 32)] {
            let format = WavFormat {
                rate: 22_050,
                channels,
                bits,
            };
            let bytes = write(format, &samples, &[(1, "Chapter One")], RIFF_LIMIT);
            let mut reader = hound::WavReader::new(Cursor::new(bytes)).unwrap();
            let spec = reader.spec();
            assert_eq!(
                (spec.channels, spec.bits_per_sample, spec.sample_rate),
                (channels, bits, 22_050)
            );
            let read: Vec<i32> = reader.samples::<i32>().map(Result::unwrap).collect();
            let full = f64::from((1u32 << (bits - 1)) - 1);
            assert_eq!(
                read.len(),
                samples.len() - samples.len() % usize::from(channels) + 3 * usize::from(channels),
                "{channels}ch {bits}bit"
            );
            for (got, want) in read.iter().zip(samples) {
                let tolerance = if bits == 8 { 1.0 } else { 0.5 };
                assert!(
                    (f64::from(*got) - f64::from(want) * full).abs() <= tolerance + 1e-9 * full,
                    "{channels}ch {bits}bit: {got} vs {want}"
                );
            }
        }
    }

    #[test]
    fn cues_carry_chapter_labels() {
        let format = WavFormat {
            rate: 8_000,
            channels: 1,
            bits: 16,
        };
        let bytes = write(
            format,
            &[0.1; 100],
            &[(0, "Title"), (40, "Chapter One: Ä"), (99, "Two")],
            RIFF_LIMIT,
        );
        assert_eq!(&bytes[..4], b"RIFF");
        assert_eq!(
            u32::from_le_bytes(bytes[4..8].try_into().unwrap()) as usize,
            bytes.len() - 8
        );
        assert_eq!(
            read_cues(&bytes),
            [
                (0, "Title".to_string()),
                (40, "Chapter One: Ä".to_string()),
                (99, "Two".to_string())
            ]
        );
        // The data is still what hound reads.
        assert_eq!(
            hound::WavReader::new(Cursor::new(bytes)).unwrap().len(),
            103
        );
    }

    #[test]
    fn past_the_limit_the_file_becomes_rf64() {
        let format = WavFormat {
            rate: 8_000,
            channels: 1,
            bits: 16,
        };
        let bytes = write(format, &[0.1; 100], &[(50, "Half")], 64);
        assert_eq!(&bytes[..4], b"RF64");
        assert_eq!(&bytes[12..16], b"ds64");
        let riff_size = u64::from_le_bytes(bytes[20..28].try_into().unwrap());
        let data_size = u64::from_le_bytes(bytes[28..36].try_into().unwrap());
        let frames = u64::from_le_bytes(bytes[36..44].try_into().unwrap());
        assert_eq!(riff_size as usize, bytes.len() - 8);
        assert_eq!((data_size, frames), (206, 103));
        assert_eq!(read_cues(&bytes), [(50, "Half".to_string())]);
    }

    #[test]
    fn ffprobe_reads_the_rf64_form() {
        let has_ffprobe = std::env::var_os("PATH").is_some_and(|paths| {
            std::env::split_paths(&paths).any(|directory| directory.join("ffprobe").is_file())
        });
        if !has_ffprobe {
            eprintln!("skipped: needs ffprobe (apt-get install ffmpeg)");
            return;
        }
        let format = WavFormat {
            rate: 8_000,
            channels: 2,
            bits: 24,
        };
        let file = tempfile::NamedTempFile::new().unwrap();
        let mut writer = WavWriter::with_limit(
            std::io::BufWriter::new(file.reopen().unwrap()),
            format,
            1024,
        )
        .unwrap();
        writer.write_samples(&vec![0.25; 16_000]).unwrap();
        writer.add_cue(4_000, "Middle");
        writer.finish().unwrap();
        let bytes = std::fs::read(file.path()).unwrap();
        assert_eq!(&bytes[..4], b"RF64");
        let output = std::process::Command::new("ffprobe")
            .args([
                "-v",
                "error",
                "-show_entries",
                "stream=codec_name,sample_rate,channels,duration",
                "-of",
                "csv=p=0",
            ])
            .arg(file.path())
            .output()
            .unwrap();
        assert_eq!(
            String::from_utf8_lossy(&output.stdout).trim(),
            "pcm_s24le,8000,2,1.000000"
        );
    }

    #[test]
    fn rounding_matches_the_standard_library() {
        for value in [
            0.0f32,
            0.49,
            0.5,
            1.5,
            2.5,
            -0.5,
            -1.5,
            -0.49,
            32_766.6,
            -32_767.0,
            8_388_606.5,
        ] {
            assert_eq!(round(value), value.round() as i32, "{value}");
        }
    }

    #[test]
    fn odd_data_is_padded() {
        let format = WavFormat {
            rate: 8_000,
            channels: 1,
            bits: 8,
        };
        let bytes = write(format, &[0.0; 4], &[(2, "x")], RIFF_LIMIT);
        assert_eq!(bytes.len() % 2, 0);
        assert_eq!(read_cues(&bytes), [(2, "x".to_string())]);
    }
}
