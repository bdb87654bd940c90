//! The `http` engine: a TTS server speaking the OpenAI `/v1/audio/speech` API
//! (Kokoro-FastAPI, openedai-speech, LocalAI, OpenAI itself), or a pool of them.
//!
//! In: text, a voice and the rate (sent as `speed`). Out: the server's WAV written to
//! the clip's path, its header repaired when the server streamed it without sizes.
//! Requests go to the least busy URL of the pool (round-robin among equals), at most
//! `concurrency` at once per URL; a 429 or 5xx answer (or a refused connection) is
//! retried with exponential backoff, honouring `Retry-After`. The API key is read
//! from the environment variable the cast names and never appears in a message, a
//! log or the cache key.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use super::{wav, Controls, Engine, SynthError, VoiceSettings};

/// The largest answer accepted (about 40 minutes of 22 kHz 16-bit audio).
const RESPONSE_LIMIT: u64 = 128 * 1024 * 1024;
/// The first retry waits this long; each next one twice as long.
const FIRST_BACKOFF: Duration = Duration::from_millis(500);
/// No wait between retries is longer, whatever `Retry-After` asks.
const LONGEST_WAIT: Duration = Duration::from_secs(60);
/// How long `ficaudio voices` waits for a server's voice list.
const PROBE_TIMEOUT: Duration = Duration::from_secs(5);

/// Settings of an http engine as the cast gives them.
#[derive(Debug, Clone)]
pub struct HttpSettings {
    pub name: String,
    pub urls: Vec<String>,
    pub model: String,
    pub api_key_env: Option<String>,
    pub concurrency: usize,
    pub timeout: Duration,
    pub retries: u32,
    pub voices: Vec<String>,
}

/// A pool of OpenAI-compatible speech endpoints.
pub struct HttpEngine {
    settings: HttpSettings,
    /// Full endpoint URLs (`…/v1/audio/speech`).
    endpoints: Vec<String>,
    agent: ureq::Agent,
    in_flight: Mutex<Vec<usize>>,
    turn: AtomicUsize,
}

/// The speech endpoint of a base URL: `http://host:8880/v1` and `http://host:8880`
/// both become `http://host:8880/v1/audio/speech`; a full endpoint is kept.
pub fn endpoint(url: &str) -> Result<String, String> {
    let trimmed = url.trim().trim_end_matches('/');
    if !(trimmed.starts_with("http://") || trimmed.starts_with("https://")) {
        return Err(format!("`{url}` is not an http:// or https:// URL"));
    }
    Ok(if trimmed.ends_with("/audio/speech") {
        trimmed.to_string()
    } else if trimmed.ends_with("/v1") {
        format!("{trimmed}/audio/speech")
    } else {
        format!("{trimmed}/v1/audio/speech")
    })
}

/// How long to wait before retry number `attempt` (0-based): `Retry-After` seconds
/// when the server gave them, else exponential backoff.
pub fn backoff(attempt: u32, retry_after: Option<&str>) -> Duration {
    let asked = retry_after
        .and_then(|value| value.trim().parse::<f64>().ok())
        .filter(|seconds| seconds.is_finite() && *seconds >= 0.0)
        .map(Duration::from_secs_f64);
    asked
        .unwrap_or_else(|| FIRST_BACKOFF.saturating_mul(1u32 << attempt.min(16)))
        .min(LONGEST_WAIT)
}

/// Voice names from a voice listing: `{"voices": ["af_bella", …]}`, a bare list, or
/// objects with a `name` or `id`.
pub fn parse_voice_list(json: &serde_json::Value) -> Option<Vec<String>> {
    let list = json.get("voices").unwrap_or(json).as_array()?;
    let names: Vec<String> = list
        .iter()
        .filter_map(|voice| {
            voice
                .as_str()
                .or_else(|| {
                    voice
                        .get("name")
                        .or_else(|| voice.get("id"))
                        .and_then(serde_json::Value::as_str)
                })
                .map(str::to_string)
        })
        .collect();
    (!names.is_empty()).then_some(names)
}

/// Whether an answer is worth asking again.
fn is_retryable(status: u16) -> bool {
    status == 429 || (500..600).contains(&status)
}

/// Marks a URL busy while a request to it runs.
struct Busy<'a> {
    in_flight: &'a Mutex<Vec<usize>>,
    index: usize,
}

impl Drop for Busy<'_> {
    fn drop(&mut self) {
        let mut in_flight = self
            .in_flight
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        in_flight[self.index] = in_flight[self.index].saturating_sub(1);
    }
}

/// What one request came to.
enum Attempt {
    Audio(Vec<u8>),
    /// Worth retrying: a 429/5xx answer or a failed connection.
    Retry {
        error: SynthError,
        retry_after: Option<String>,
    },
    Fatal(SynthError),
}

impl HttpEngine {
    pub fn new(settings: HttpSettings) -> Result<HttpEngine, SynthError> {
        let config_error =
            |message: String| SynthError::Config(format!("engine `{}`: {message}", settings.name));
        if settings.urls.is_empty() {
            return Err(config_error(
                "`url` is missing\nhint: url = \"http://localhost:8880/v1\", or a list of URLs to share the load".to_string(),
            ));
        }
        let endpoints = settings
            .urls
            .iter()
            .map(|url| endpoint(url))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|message| {
                config_error(format!(
                    "{message}\nhint: url = \"http://localhost:8880/v1\""
                ))
            })?;
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(settings.timeout))
            .http_status_as_error(false)
            .build()
            .into();
        Ok(HttpEngine {
            in_flight: Mutex::new(vec![0; endpoints.len()]),
            endpoints,
            agent,
            turn: AtomicUsize::new(0),
            settings,
        })
    }

    /// The least busy URL, taking turns among equally busy ones.
    fn pick(&self) -> Busy<'_> {
        let start = self.turn.fetch_add(1, Ordering::Relaxed);
        let mut in_flight = self
            .in_flight
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let count = in_flight.len();
        let index = (0..count)
            .map(|offset| (start + offset) % count)
            .min_by_key(|index| in_flight[*index])
            .unwrap_or(0);
        in_flight[index] += 1;
        Busy {
            in_flight: &self.in_flight,
            index,
        }
    }

    fn api_key(&self) -> Result<Option<String>, SynthError> {
        let Some(variable) = &self.settings.api_key_env else {
            return Ok(None);
        };
        match std::env::var(variable) {
            Ok(key) if !key.trim().is_empty() => Ok(Some(key.trim().to_string())),
            _ => Err(SynthError::Config(format!(
                "engine `{}` reads its API key from the environment variable `{variable}`, which is not set\nhint: export {variable}=… before running ficaudio",
                self.settings.name
            ))),
        }
    }

    fn request(&self, url: &str, body: &[u8], key: Option<&str>) -> Attempt {
        let mut request = self
            .agent
            .post(url)
            .header("Content-Type", "application/json")
            .header("Accept", "audio/wav");
        if let Some(key) = key {
            request = request.header("Authorization", format!("Bearer {key}"));
        }
        let command = format!("POST {url}");
        let mut response = match request.send(body) {
            Ok(response) => response,
            Err(ureq::Error::Timeout(_)) => {
                return Attempt::Fatal(SynthError::Timeout {
                    command,
                    seconds: self.settings.timeout.as_secs_f64(),
                })
            }
            Err(
                error @ (ureq::Error::Io(_)
                | ureq::Error::ConnectionFailed
                | ureq::Error::HostNotFound),
            ) => {
                return Attempt::Retry {
                    error: self.server_error(
                        url,
                        "no answer",
                        &format!(" ({error})"),
                        "check that the server is running and `url` is right",
                    ),
                    retry_after: None,
                }
            }
            Err(error) => {
                return Attempt::Fatal(self.server_error(
                    url,
                    "with an error",
                    &format!(" ({error})"),
                    "check `url` in the cast file",
                ))
            }
        };
        let status = response.status().as_u16();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|value| value.to_str().ok())
                .map(str::to_string)
        };
        let retry_after = header("retry-after");
        let content_type = header("content-type").unwrap_or_default();
        let body = response
            .body_mut()
            .with_config()
            .limit(RESPONSE_LIMIT)
            .read_to_vec();
        let mut audio = match body {
            Ok(bytes) => bytes,
            Err(ureq::Error::Timeout(_)) => {
                return Attempt::Fatal(SynthError::Timeout {
                    command,
                    seconds: self.settings.timeout.as_secs_f64(),
                })
            }
            Err(error) => {
                return Attempt::Retry {
                    error: self.server_error(
                        url,
                        "a broken answer",
                        &format!(" ({error})"),
                        "check the server's log",
                    ),
                    retry_after: None,
                }
            }
        };
        if status != 200 {
            let excerpt: String = String::from_utf8_lossy(&audio)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .chars()
                .take(300)
                .collect();
            let detail = if excerpt.is_empty() {
                String::new()
            } else {
                format!(": {excerpt}")
            };
            let hint = match status {
                401 | 403 => match &self.settings.api_key_env {
                    Some(variable) => format!("check the API key in the environment variable `{variable}`"),
                    None => "the server wants an API key: set `api_key_env` to the name of the environment variable that holds it".to_string(),
                },
                404 => "check `url` (the base URL, such as http://localhost:8880/v1) and the voice name".to_string(),
                429 => "the server is busy: lower `concurrency` or raise `retries` for this engine".to_string(),
                _ => "check the server's log; `model` and the voice must be ones it serves".to_string(),
            };
            let error = self.server_error(url, &format!("HTTP {status}"), &detail, &hint);
            return if is_retryable(status) {
                Attempt::Retry { error, retry_after }
            } else {
                Attempt::Fatal(error)
            };
        }
        if !wav::repair_header(&mut audio) {
            let kind = if content_type.is_empty() {
                "no content type".to_string()
            } else {
                format!("`{content_type}`")
            };
            return Attempt::Fatal(SynthError::BadOutput {
                command,
                reason: format!("the server sent {} bytes of {kind}, not WAV (does it support `response_format: \"wav\"`?)", audio.len()),
            });
        }
        Attempt::Audio(audio)
    }

    /// The voices the first server lists at `GET …/audio/voices` (Kokoro-FastAPI and
    /// others answer `{"voices": [...]}`), or `None` when it lists none.
    fn probe_voices(&self) -> Option<Vec<String>> {
        let url = format!(
            "{}/voices",
            self.endpoints.first()?.strip_suffix("/speech")?
        );
        let mut request = self
            .agent
            .get(&url)
            .config()
            .timeout_global(Some(PROBE_TIMEOUT.min(self.settings.timeout)))
            .build();
        if let Ok(Some(key)) = self.api_key() {
            request = request.header("Authorization", format!("Bearer {key}"));
        }
        let mut response = request.call().ok()?;
        if response.status().as_u16() != 200 {
            return None;
        }
        let body = response
            .body_mut()
            .with_config()
            .limit(RESPONSE_LIMIT)
            .read_to_vec()
            .ok()?;
        parse_voice_list(&serde_json::from_slice(&body).ok()?)
    }

    fn server_error(&self, url: &str, status: &str, detail: &str, hint: &str) -> SynthError {
        SynthError::Server {
            engine: self.settings.name.clone(),
            url: url.to_string(),
            status: status.to_string(),
            detail: detail.to_string(),
            hint: hint.to_string(),
        }
    }
}

impl Engine for HttpEngine {
    /// The engine's name and model: not the URLs, so adding a server to the pool
    /// keeps the cache, and never the key.
    fn fingerprint(&self) -> String {
        format!(
            "http;engine={};model={};format=wav",
            self.settings.name, self.settings.model
        )
    }

    fn check(&self) -> Result<(), SynthError> {
        self.api_key().map(|_| ())
    }

    fn check_voice(&self, voice: &str) -> Result<(), SynthError> {
        let voices = &self.settings.voices;
        if voice.is_empty() || !(voices.is_empty() || voices.iter().any(|known| known == voice)) {
            return Err(SynthError::UnknownVoice {
                engine: self.settings.name.clone(),
                voice: voice.to_string(),
                suggestions: if voices.is_empty() {
                    "the voices the server lists".to_string()
                } else {
                    voices.join(", ")
                },
            });
        }
        Ok(())
    }

    fn speak(
        &self,
        text: &str,
        voice: &str,
        settings: &VoiceSettings,
        out: &Path,
    ) -> Result<(), SynthError> {
        let key = self.api_key()?;
        let mut body = serde_json::json!({
            "model": self.settings.model,
            "input": text,
            "voice": voice,
            "response_format": "wav",
        });
        if let Some(rate) = settings.rate {
            body["speed"] = serde_json::json!(rate);
        }
        let body =
            serde_json::to_vec(&body).map_err(|error| SynthError::Config(error.to_string()))?;
        let mut attempt = 0;
        loop {
            let outcome = {
                let busy = self.pick();
                self.request(&self.endpoints[busy.index], &body, key.as_deref())
            };
            match outcome {
                Attempt::Audio(audio) => return std::fs::write(out, audio).map_err(SynthError::Io),
                Attempt::Fatal(error) => return Err(error),
                Attempt::Retry { error, retry_after } => {
                    if attempt >= self.settings.retries {
                        return Err(error);
                    }
                    std::thread::sleep(backoff(attempt, retry_after.as_deref()));
                    attempt += 1;
                }
            }
        }
    }

    fn controls(&self) -> Controls {
        Controls {
            rate: true,
            pitch: false,
        }
    }

    /// A server's load is its own: `concurrency` requests per URL, whatever `-j` is.
    fn workers(&self, _jobs: usize) -> usize {
        self.settings.concurrency.max(1) * self.endpoints.len()
    }

    fn cpu_cost(&self) -> usize {
        0
    }

    /// OpenAI's speech endpoint takes at most 4096 characters; the cast's
    /// `max_chars` overrides this for other servers.
    fn max_chars(&self) -> Option<usize> {
        Some(4096)
    }

    /// The cast's `voices`, else what the server lists, if it lists any.
    fn installed_voices(&self) -> Result<Option<Vec<String>>, SynthError> {
        if !self.settings.voices.is_empty() {
            return Ok(Some(self.settings.voices.clone()));
        }
        Ok(self.probe_voices())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_table() {
        for (url, expected) in [
            (
                "http://localhost:8880/v1",
                "http://localhost:8880/v1/audio/speech",
            ),
            (
                "http://localhost:8880/v1/",
                "http://localhost:8880/v1/audio/speech",
            ),
            (
                "http://localhost:8880",
                "http://localhost:8880/v1/audio/speech",
            ),
            (
                "https://api.openai.com/v1/audio/speech",
                "https://api.openai.com/v1/audio/speech",
            ),
        ] {
            assert_eq!(endpoint(url).unwrap(), expected);
        }
        assert!(endpoint("localhost:8880").is_err());
    }

    #[test]
    fn backoff_doubles_and_honours_retry_after() {
        assert_eq!(backoff(0, None), Duration::from_millis(500));
        assert_eq!(backoff(2, None), Duration::from_secs(2));
        assert_eq!(backoff(0, Some("3")), Duration::from_secs(3));
        assert_eq!(
            backoff(1, Some("Wed, 21 Oct 2015 07:28:00 GMT")),
            Duration::from_secs(1)
        );
        assert_eq!(backoff(0, Some("9999")), LONGEST_WAIT);
        assert_eq!(backoff(40, None), LONGEST_WAIT);
    }

    fn engine(urls: &[&str], concurrency: usize) -> HttpEngine {
        HttpEngine::new(HttpSettings {
            name: "server".to_string(),
            urls: urls.iter().map(|url| url.to_string()).collect(),
            model: "tts-1".to_string(),
            api_key_env: Some("FICAUDIO_TEST_KEY_THAT_IS_NOT_SET".to_string()),
            concurrency,
            timeout: Duration::from_secs(1),
            retries: 2,
            voices: Vec::new(),
        })
        .unwrap()
    }

    #[test]
    fn voice_lists_table() {
        let cases = [
            (
                r#"{"voices": ["af_bella", "am_adam"]}"#,
                Some(vec!["af_bella", "am_adam"]),
            ),
            (r#"["alloy"]"#, Some(vec!["alloy"])),
            (
                r#"{"voices": [{"name": "nova"}, {"id": "onyx"}]}"#,
                Some(vec!["nova", "onyx"]),
            ),
            (r#"{"voices": []}"#, None),
            (r#"{"detail": "not found"}"#, None),
        ];
        for (text, expected) in cases {
            let json: serde_json::Value = serde_json::from_str(text).unwrap();
            let expected = expected.map(|names| {
                names
                    .iter()
                    .map(|name| name.to_string())
                    .collect::<Vec<_>>()
            });
            assert_eq!(parse_voice_list(&json), expected, "{text}");
        }
    }

    #[test]
    fn busy_urls_are_avoided() {
        let engine = engine(&["http://a", "http://b"], 2);
        assert_eq!(engine.workers(1), 4);
        let first = engine.pick();
        let second = engine.pick();
        assert_ne!(first.index, second.index, "two requests go to two servers");
        drop(first);
        let third = engine.pick();
        assert_ne!(third.index, second.index);
    }

    #[test]
    fn a_missing_key_names_the_variable_not_a_value() {
        let message = engine(&["http://a"], 1).check().unwrap_err().to_string();
        assert!(
            message.contains("`FICAUDIO_TEST_KEY_THAT_IS_NOT_SET`"),
            "{message}"
        );
        assert!(!engine(&["http://a"], 1).fingerprint().contains("KEY"));
    }
}
