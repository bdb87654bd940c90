//! Bytes to text: byte-order marks, UTF-16 and legacy Windows-1252.
//!
//! In: a file's bytes. Out: its text as a `String`, how far offsets into that text
//! sit from offsets into the file, and a warning when the encoding was guessed.
//!
//! Offsets stay exact only for UTF-8 input (with or without a BOM): then
//! `offset_shift` says how many bytes the BOM took. For UTF-16 and Windows-1252 the
//! decoded text is not a slice of the file, so `offset_shift` is `None` and the
//! input stage gives paragraphs no offsets: the contract promises *UTF-8 byte offsets
//! in the input file*, and offsets into a re-encoded copy would point at the wrong
//! bytes.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// Text decoded from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// Bytes removed from the front of a UTF-8 file (a BOM); add it to offsets into
    /// `text` to get offsets into the file. `None` when the file was not UTF-8.
    pub offset_shift: Option<usize>,
    /// Said to the user when the encoding was guessed rather than known.
    pub warning: Option<String>,
}

/// Decodes a story file: UTF-8 (with or without BOM) as it is, UTF-16 by its BOM
/// (or by the pattern of NUL bytes when it has none), anything else as
/// Windows-1252, the encoding of old Windows downloads. `declared` is a charset
/// the file names itself (an HTML `<meta charset>`), used before guessing.
pub fn decode_with(bytes: &[u8], declared: Option<&str>) -> Result<Decoded, String> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest, 3);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok(legacy(rest, UTF_16LE, None));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok(legacy(rest, UTF_16BE, None));
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        let warning = format!(
            "the story has no byte-order mark; read it as {} because of its NUL bytes",
            encoding.name()
        );
        return Ok(legacy(bytes, encoding, Some(warning)));
    }
    if looks_binary(bytes) {
        return Err("it contains binary data".to_string());
    }
    if let Ok(decoded) = utf8(bytes, 0) {
        return Ok(decoded);
    }
    let declared = declared
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        .filter(|encoding| *encoding != encoding_rs::UTF_8);
    match declared {
        Some(encoding) => Ok(legacy(bytes, encoding, None)),
        None => {
            let at = std::str::from_utf8(bytes)
                .err()
                .map_or(0, |error| error.valid_up_to());
            let warning = format!(
                "the story is not valid UTF-8 (byte {at}); read it as Windows-1252, \
                 so check its quotes and accents (save it as UTF-8 to silence this)"
            );
            Ok(legacy(bytes, WINDOWS_1252, Some(warning)))
        }
    }
}

/// [`decode_with`] without a declared charset.
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    decode_with(bytes, None)
}

fn utf8(bytes: &[u8], shift: usize) -> Result<Decoded, String> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: text.to_string(),
            offset_shift: Some(shift),
            warning: None,
        }),
        Err(error) => Err(format!(
            "invalid UTF-8 at byte {}",
            error.valid_up_to() + shift
        )),
    }
}

/// Decodes without a BOM check; malformed sequences become U+FFFD, never an error.
fn legacy(bytes: &[u8], encoding: &'static Encoding, warning: Option<String>) -> Decoded {
    let (text, _had_errors) = encoding.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        offset_shift: None,
        warning,
    }
}

/// UTF-16 text without a BOM: English text in UTF-16 has a NUL in nearly every
/// other byte, all on the same side.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even = sample.iter().step_by(2).filter(|&&byte| byte == 0).count();
    let odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&byte| byte == 0)
        .count();
    if odd * 10 >= pairs * 7 && even * 10 < pairs {
        Some(UTF_16LE)
    } else if even * 10 >= pairs * 7 && odd * 10 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Text has almost no control characters besides tab, line breaks, form feed and
/// escape; binary data (images, archives, executables) has plenty.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let controls = sample
        .iter()
        .filter(|&&byte| byte < 0x20 && !matches!(byte, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    controls * 50 > sample.len().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        // (name, bytes, text, offset shift, warns)
        type Case = (
            &'static str,
            &'static [u8],
            &'static str,
            Option<usize>,
            bool,
        );
        let cases: &[Case] = &[
            ("utf-8", b"\"Hi.\"", "\"Hi.\"", Some(0), false),
            ("utf-8 bom", b"\xEF\xBB\xBFHi", "Hi", Some(3), false),
            ("utf-16le bom", b"\xFF\xFEH\0i\0", "Hi", None, false),
            ("utf-16be bom", b"\xFE\xFF\0H\0i", "Hi", None, false),
            (
                "utf-16le no bom",
                b"H\0e\0l\0l\0o\0!\0",
                "Hello!",
                None,
                true,
            ),
            (
                "windows-1252 curly quotes",
                b"\x93Hi,\x94 she said. It\x92s",
                "\u{201C}Hi,\u{201D} she said. It\u{2019}s",
                None,
                true,
            ),
            ("empty", b"", "", Some(0), false),
        ];
        for (name, bytes, text, shift, warns) in cases {
            let decoded = decode(bytes).unwrap_or_else(|error| panic!("{name}: {error}"));
            assert_eq!(decoded.text, *text, "{name}");
            assert_eq!(decoded.offset_shift, *shift, "{name}");
            assert_eq!(decoded.warning.is_some(), *warns, "{name}");
        }
    }

    #[test]
    fn declared_charset_is_used_before_guessing() {
        let decoded = decode_with(b"caf\xE9", Some("iso-8859-1")).unwrap();
        assert_eq!(decoded.text, "café");
        assert!(decoded.warning.is_none());
    }

    #[test]
    fn binary_is_refused() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0";
        assert!(decode(png).is_err());
        let noise: Vec<u8> = (0..4096u32)
            .map(|index| (index.wrapping_mul(2654435761) >> 13) as u8)
            .collect();
        assert!(decode(&noise).is_err());
    }

    #[test]
    fn a_stray_nul_is_not_binary() {
        let mut text = b"A long enough line of story text. ".repeat(10);
        text.push(0);
        assert!(decode(&text).is_ok());
    }
}
