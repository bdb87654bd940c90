//! Bytes to text: byte-order marks and encodings.

/// Text decoded from a file, with how far its byte offsets sit from the file's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// Bytes removed from the front of the file (a BOM); add it to offsets into
    /// `text` to get offsets into the file.
    pub offset_shift: usize,
}

/// Decodes a story file. UTF-8 (with or without BOM) is taken as it is.
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    let (body, shift) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, 3),
        None => (bytes, 0),
    };
    if body.contains(&0) && looks_binary(body) {
        return Err("it contains binary data".to_string());
    }
    match std::str::from_utf8(body) {
        Ok(text) => Ok(Decoded {
            text: text.to_string(),
            offset_shift: shift,
        }),
        Err(error) => Err(format!(
            "invalid UTF-8 at byte {}",
            error.valid_up_to() + shift
        )),
    }
}

/// A file is binary when NUL bytes are more than a stray one or two.
fn looks_binary(bytes: &[u8]) -> bool {
    let nul = bytes.iter().filter(|&&byte| byte == 0).count();
    nul * 100 > bytes.len().max(1)
}
