//! WAV chores shared by the engines: checking what an engine wrote, repairing the
//! header of a streamed WAV, and applying a volume change after synthesis.
//!
//! In: the bytes or file an engine produced. Out: a clear reason when it is not a
//! usable WAV, a header whose sizes match the data, or the clip rewritten louder or
//! softer (32-bit float, same rate and channels; the mix reads any WAV format).

use std::path::Path;

/// Why an engine's output is not a usable WAV, or `None` when it is.
pub fn problem(path: &Path) -> Option<String> {
    let length = match std::fs::metadata(path) {
        Ok(metadata) => metadata.len(),
        Err(_) => return Some("it wrote no file".to_string()),
    };
    if length == 0 {
        return Some("it wrote nothing (the file is empty)".to_string());
    }
    match hound::WavReader::open(path) {
        Ok(reader) if reader.len() == 0 => Some("the WAV holds no audio".to_string()),
        Ok(_) => None,
        Err(error) => Some(format!("not a WAV file ({error})")),
    }
}

/// Fixes the RIFF and `data` sizes of a WAV whose writer streamed it without knowing
/// its length (they hold 0 or 0xFFFFFFFF, as some TTS servers and `espeak --stdout`
/// write them). Returns false when `bytes` is not RIFF/WAVE at all.
pub fn repair_header(bytes: &mut [u8]) -> bool {
    if bytes.len() < 12 || &bytes[0..4] != b"RIFF" || &bytes[8..12] != b"WAVE" {
        return false;
    }
    let total = bytes.len();
    let riff_size = u32::try_from(total - 8).unwrap_or(u32::MAX);
    bytes[4..8].copy_from_slice(&riff_size.to_le_bytes());
    let mut position = 12;
    while position + 8 <= total {
        let id = [
            bytes[position],
            bytes[position + 1],
            bytes[position + 2],
            bytes[position + 3],
        ];
        let size = u32::from_le_bytes([
            bytes[position + 4],
            bytes[position + 5],
            bytes[position + 6],
            bytes[position + 7],
        ]) as usize;
        let body = position + 8;
        if &id == b"data" {
            let available = total - body;
            if size == 0 || size > available {
                // Whole frames only: an odd tail would misalign nothing, but hound
                // rejects a data size that is not a multiple of the sample size.
                let fixed = u32::try_from(available & !3).unwrap_or(u32::MAX);
                bytes[position + 4..position + 8].copy_from_slice(&fixed.to_le_bytes());
            }
            return true;
        }
        // Chunks are padded to an even length.
        position = body.saturating_add(size).saturating_add(size & 1);
    }
    true
}

/// Multiplies every sample of the clip at `path` by `volume`, clipping at full scale.
pub fn apply_volume(path: &Path, volume: f64) -> Result<(), String> {
    let clip = crate::mix::read_clip(path)
        .map_err(|error| format!("cannot read the clip to change its volume ({error})"))?;
    let spec = hound::WavSpec {
        channels: clip.channels,
        sample_rate: clip.rate,
        bits_per_sample: 32,
        sample_format: hound::SampleFormat::Float,
    };
    let write = || -> Result<(), hound::Error> {
        let mut writer = hound::WavWriter::create(path, spec)?;
        for sample in &clip.samples {
            writer.write_sample((f64::from(*sample) * volume).clamp(-1.0, 1.0) as f32)?;
        }
        writer.finalize()
    };
    write().map_err(|error| format!("cannot write the clip with its volume changed ({error})"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wav_bytes(samples: &[i16]) -> Vec<u8> {
        let mut cursor = std::io::Cursor::new(Vec::new());
        let spec = hound::WavSpec {
            channels: 1,
            sample_rate: 8000,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let mut writer = hound::WavWriter::new(&mut cursor, spec).unwrap();
        for sample in samples {
            writer.write_sample(*sample).unwrap();
        }
        writer.finalize().unwrap();
        cursor.into_inner()
    }

    #[test]
    fn streamed_sizes_are_repaired() {
        for bogus in [0u32, u32::MAX] {
            let mut bytes = wav_bytes(&[1, 2, 3, 4]);
            bytes[4..8].copy_from_slice(&bogus.to_le_bytes());
            let data = bytes
                .windows(4)
                .position(|window| window == b"data")
                .unwrap();
            bytes[data + 4..data + 8].copy_from_slice(&bogus.to_le_bytes());
            assert!(repair_header(&mut bytes));
            let reader = hound::WavReader::new(std::io::Cursor::new(bytes)).unwrap();
            assert_eq!(reader.len(), 4, "bogus size {bogus:#x}");
        }
    }

    #[test]
    fn problems_table() {
        let directory = tempfile::tempdir().unwrap();
        // (file, contents or none for no file, expected start of the problem)
        type Case<'a> = (&'a str, Option<&'a [u8]>, Option<&'a str>);
        let cases: [Case; 4] = [
            ("missing.wav", None, Some("it wrote no file")),
            ("empty.wav", Some(b""), Some("it wrote nothing")),
            (
                "mp3.wav",
                Some(b"ID3\x04\x00\x00\x00\x00\x00\x00"),
                Some("not a WAV file"),
            ),
            ("silent.wav", Some(&[]), Some("the WAV holds no audio")),
        ];
        for (name, contents, expected) in cases {
            let path = directory.path().join(name);
            match contents {
                Some([]) if name == "silent.wav" => std::fs::write(&path, wav_bytes(&[])).unwrap(),
                Some(bytes) => std::fs::write(&path, bytes).unwrap(),
                None => {}
            }
            let found = problem(&path);
            match expected {
                Some(start) => assert!(
                    found.as_deref().is_some_and(|text| text.starts_with(start)),
                    "{name}: {found:?}"
                ),
                None => assert!(found.is_none()),
            }
        }
        let good = directory.path().join("good.wav");
        std::fs::write(&good, wav_bytes(&[5, 6])).unwrap();
        assert_eq!(problem(&good), None);
    }

    #[test]
    fn volume_scales_samples() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("clip.wav");
        std::fs::write(&path, wav_bytes(&[16384, -16384])).unwrap();
        apply_volume(&path, 0.5).unwrap();
        let samples: Vec<f32> = hound::WavReader::open(&path)
            .unwrap()
            .samples::<f32>()
            .map(Result::unwrap)
            .collect();
        assert_eq!(samples, [0.25, -0.25]);
    }
}
