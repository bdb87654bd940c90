//! The engines issue's contract through the built binary: one cast mixing espeak-ng,
//! flite and Piper; the http engine against an OpenAI-compatible fake server on
//! 127.0.0.1 (a 429 then success, two URLs sharing the load, a stalled server); clear
//! errors for engines that write nothing or not a WAV; clips in any WAV format;
//! per-voice settings in the cache key; `voices` and `say`.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{has_program, read_wav, Run};
use serde_json::Value;

/// A story whose speakers the attributor finds from plain `said NAME` tags.
const STORY: &str = "The rain had not stopped for three days.\n\n\"We should go now,\" said Anna.\n\n\"Not before the bridge is checked,\" said Ben.\n\n\"Then check it quickly,\" said Anna.\n\nBen pulled on his coat and went out into the rain.\n";

/// How many distinct clips the timeline's spoken records need.
fn distinct_clips(run: &Run) -> usize {
    let text = std::fs::read_to_string(run.path("story.jsonl")).expect("timeline written");
    text.lines()
        .map(|line| serde_json::from_str::<Value>(line).expect("JSON line"))
        .filter(|record| record["voice"].is_string())
        .map(|record| (record["voice"].to_string(), record["text"].to_string()))
        .collect::<std::collections::BTreeSet<_>>()
        .len()
}

/// The timeline's voice of every record that has one, by speaker.
fn voices_by_speaker(run: &Run) -> std::collections::BTreeMap<String, String> {
    let text = std::fs::read_to_string(run.path("story.jsonl")).expect("timeline written");
    text.lines()
        .map(|line| serde_json::from_str::<Value>(line).expect("JSON line"))
        .filter_map(|record| {
            Some((
                record["speaker"].as_str()?.to_string(),
                record["voice"].as_str()?.to_string(),
            ))
        })
        .collect()
}

fn render_args() -> Vec<&'static str> {
    vec![
        "render",
        "story.txt",
        "--cast",
        "cast.toml",
        "-o",
        "story.wav",
        "--timeline",
        "story.jsonl",
        "-j",
        "2",
    ]
}

/// The Piper program and the joe voice, when `scripts/setup-piper` (or a `piper` on
/// PATH with the voice in the setup's voice directory) made them available.
fn piper_voice() -> Option<PathBuf> {
    let data = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".local/share"))
        })?;
    let setup = data.join("ficaudio/piper");
    let model = setup.join("voices/en_US-joe-medium.onnx");
    let program = has_program("piper") || setup.join("venv/bin/piper").is_file();
    (program && model.is_file()).then_some(model)
}

#[test]
fn one_cast_mixes_espeak_flite_and_piper() {
    if !has_program("espeak-ng") || !has_program("flite") {
        eprintln!("skipped: needs espeak-ng and flite (apt-get install espeak-ng flite)");
        return;
    }
    let piper = piper_voice();
    if piper.is_none() {
        eprintln!(
            "note: Piper is not set up (scripts/setup-piper): Ben speaks with espeak instead"
        );
    }
    let ben = if piper.is_some() {
        "piper:en_US-joe-medium"
    } else {
        "espeak:en-us+m7"
    };
    let cast = format!(
        "[narrator]\nvoice = \"espeak:en-gb-x-rp+m1\"\n[characters.anna]\ngender = \"female\"\nvoice = \"flite:slt\"\n[characters.ben]\ngender = \"male\"\nvoice = \"{ben}\"\nrate = 1.1\n"
    );
    let run = Run::new()
        .file("story.txt", STORY)
        .file("cast.toml", cast)
        .args(&render_args());
    let outcome = run.run();
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    let voices = voices_by_speaker(&run);
    assert_eq!(
        voices.get("narrator").map(String::as_str),
        Some("espeak:en-gb-x-rp+m1")
    );
    assert_eq!(voices.get("anna").map(String::as_str), Some("flite:slt"));
    assert_eq!(voices.get("ben").map(String::as_str), Some(ben));
    let (_, samples) = read_wav(&run.path("story.wav"));
    assert!(
        samples.iter().any(|sample| sample.abs() > 0.05),
        "the render is not silent"
    );
    // A second run takes every clip from the cache, Piper's included.
    let again = run.run();
    assert_eq!(again.status, 0, "{}", again.stderr);
    assert!(again.stderr.contains("(0 synthesized"), "{}", again.stderr);
}

// ---- the OpenAI-compatible fake server ------------------------------------------

/// How the fake server answers.
#[derive(Clone, Copy)]
enum Behaviour {
    /// Real WAV for every request.
    Speak,
    /// `429 Too Many Requests` (Retry-After: 0) for the first N requests, then WAV.
    BusyFirst(usize),
    /// Reads the request and never answers (for 5 s, then hangs up).
    Stall,
    /// 200 with a JSON body instead of audio.
    NotWav,
}

/// One request the server received.
#[derive(Debug, Clone)]
struct Received {
    path: String,
    authorization: Option<String>,
    body: Value,
}

struct FakeServer {
    url: String,
    received: Arc<Mutex<Vec<Received>>>,
}

impl FakeServer {
    fn start(behaviour: Behaviour) -> FakeServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let url = format!("http://{}/v1", listener.local_addr().expect("address"));
        let received = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&received);
        std::thread::spawn(move || {
            // Bounded: a test makes a few dozen requests at most.
            for stream in listener.incoming().take(200) {
                let Ok(stream) = stream else { continue };
                let log = Arc::clone(&log);
                std::thread::spawn(move || serve(stream, behaviour, &log));
            }
        });
        FakeServer { url, received }
    }

    fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }
}

/// A tone whose length follows the text: real WAV, 8 kHz 16-bit mono.
fn wav_for(text: &str) -> Vec<u8> {
    let mut cursor = std::io::Cursor::new(Vec::new());
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: 8000,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut writer = hound::WavWriter::new(&mut cursor, spec).unwrap();
    for index in 0..(800 + 80 * text.len()) {
        let sample = (index as f32 * 0.2).sin() * 8000.0;
        writer.write_sample(sample as i16).unwrap();
    }
    writer.finalize().unwrap();
    cursor.into_inner()
}

fn serve(stream: TcpStream, behaviour: Behaviour, log: &Mutex<Vec<Received>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut reader = BufReader::new(stream);
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or_default()
        .to_string();
    let mut length = 0;
    let mut authorization = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            match name.to_ascii_lowercase().as_str() {
                "content-length" => length = value.trim().parse().unwrap_or(0),
                "authorization" => authorization = Some(value.trim().to_string()),
                _ => {}
            }
        }
    }
    let mut body = vec![0; length];
    if reader.read_exact(&mut body).is_err() {
        return;
    }
    if request_line.starts_with("GET") && path.ends_with("/audio/voices") {
        let listing = br#"{"voices": ["af_bella", "am_adam"]}"#;
        let head = format!("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", listing.len());
        let mut stream = reader.into_inner();
        let _ = stream.write_all(head.as_bytes());
        let _ = stream.write_all(listing);
        return;
    }
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let text = body["input"].as_str().unwrap_or_default().to_string();
    let number = {
        let mut log = log.lock().unwrap();
        log.push(Received {
            path,
            authorization,
            body,
        });
        log.len()
    };
    let mut stream = reader.into_inner();
    let (status, content_type, payload) = match behaviour {
        Behaviour::Stall => {
            std::thread::sleep(Duration::from_secs(5));
            return;
        }
        Behaviour::BusyFirst(busy) if number <= busy => (
            "429 Too Many Requests\r\nRetry-After: 0",
            "application/json",
            b"{\"error\":\"busy\"}".to_vec(),
        ),
        Behaviour::NotWav => (
            "200 OK",
            "application/json",
            b"{\"audio\":\"none\"}".to_vec(),
        ),
        _ => ("200 OK", "audio/wav", wav_for(&text)),
    };
    let head = format!("HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", payload.len());
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&payload);
    let _ = stream.flush();
}

/// A render whose every line is spoken by the http engine `server`.
fn http_run(engine_table: &str) -> Run {
    let cast = format!("[narrator]\nvoice = \"server:alloy\"\n[characters.anna]\nvoice = \"server:nova\"\n[characters.ben]\nvoice = \"server:onyx\"\n[engines.server]\nkind = \"http\"\nmodel = \"tts-test\"\n{engine_table}");
    Run::new()
        .file("story.txt", STORY)
        .file("cast.toml", cast)
        .args(&render_args())
        .env("FICAUDIO_TEST_API_KEY", "sk-very-secret-value")
        // The fake server is on loopback: no proxy may get in the way.
        .env("NO_PROXY", "*")
        .env("no_proxy", "*")
}

#[test]
fn http_engine_retries_a_429_and_renders() {
    let server = FakeServer::start(Behaviour::BusyFirst(1));
    let run = http_run(&format!(
        "url = \"{}\"\napi_key_env = \"FICAUDIO_TEST_API_KEY\"\nconcurrency = 1\nretries = 3\n",
        server.url
    ));
    let outcome = run.run();
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    let received = server.received();
    let clips = distinct_clips(&run);
    assert!(clips >= 5, "three quotes and narration: {clips}");
    assert_eq!(received.len(), clips + 1, "one 429, then every clip once");
    for request in &received {
        assert_eq!(request.path, "/v1/audio/speech");
        assert_eq!(
            request.authorization.as_deref(),
            Some("Bearer sk-very-secret-value")
        );
        assert_eq!(request.body["model"], "tts-test");
        assert_eq!(request.body["response_format"], "wav");
    }
    // The 429 was asked again: its text appears twice.
    let first = &received[0].body["input"];
    assert_eq!(
        received
            .iter()
            .filter(|request| &request.body["input"] == first)
            .count(),
        2
    );
    let voices = voices_by_speaker(&run);
    assert_eq!(voices.get("anna").map(String::as_str), Some("server:nova"));
    assert_eq!(voices.get("ben").map(String::as_str), Some("server:onyx"));
    let (_, samples) = read_wav(&run.path("story.wav"));
    assert!(samples.iter().any(|sample| sample.abs() > 0.05));
    assert!(!outcome.stderr.contains("sk-very-secret-value"));
}

#[test]
fn http_engine_shares_the_load_between_two_urls() {
    let first = FakeServer::start(Behaviour::Speak);
    let second = FakeServer::start(Behaviour::Speak);
    let run = http_run(&format!(
        "url = [\"{}\", \"{}\"]\nconcurrency = 1\n",
        first.url, second.url
    ));
    let outcome = run.run();
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    let (one, two) = (first.received().len(), second.received().len());
    assert_eq!(one + two, distinct_clips(&run), "every clip made once");
    assert!(one >= 1 && two >= 1, "both servers served: {one} and {two}");
    assert!(
        first
            .received()
            .iter()
            .all(|request| request.authorization.is_none()),
        "no key without api_key_env"
    );
}

#[test]
fn a_stalled_server_times_out_with_line_voice_and_engine() {
    let server = FakeServer::start(Behaviour::Stall);
    let run = http_run(&format!(
        "url = \"{}\"\ntimeout = 1\nretries = 0\nconcurrency = 1\n",
        server.url
    ));
    let outcome = run.run();
    assert_eq!(outcome.status, 1, "{}", outcome.stderr);
    let message = outcome.stderr;
    assert!(message.contains("story.txt:1"), "names the line: {message}");
    assert!(
        message.contains("server:alloy"),
        "names the voice and engine: {message}"
    );
    assert!(message.contains("did not finish within 1 s"), "{message}");
    assert!(message.contains("hint:"), "{message}");
    assert!(!run.path("story.wav").exists(), "no partial output");
}

#[test]
fn a_server_that_sends_no_wav_is_a_clear_error() {
    let server = FakeServer::start(Behaviour::NotWav);
    let run = http_run(&format!("url = \"{}\"\nconcurrency = 1\n", server.url));
    let outcome = run.run();
    assert_eq!(outcome.status, 1, "{}", outcome.stderr);
    assert!(outcome.stderr.contains("not WAV"), "{}", outcome.stderr);
    assert!(
        outcome.stderr.contains("`application/json`"),
        "{}",
        outcome.stderr
    );
}

#[test]
fn voices_lists_what_an_http_server_offers() {
    let server = FakeServer::start(Behaviour::Speak);
    let run = http_run(&format!("url = \"{}\"\n", server.url));
    let outcome = Run::new()
        .file(
            "cast.toml",
            std::fs::read_to_string(run.path("cast.toml")).unwrap(),
        )
        .args(&["voices", "server", "--cast", "cast.toml"])
        .env("NO_PROXY", "*")
        .run();
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    assert!(outcome.stdout.starts_with("server\n"), "{}", outcome.stdout);
    assert!(
        outcome.stdout.contains("server:af_bella"),
        "{}",
        outcome.stdout
    );
    assert!(
        outcome.stdout.contains("server:am_adam"),
        "{}",
        outcome.stdout
    );
}

#[test]
fn a_missing_api_key_names_the_variable() {
    let run =
        http_run("url = \"http://127.0.0.1:9/v1\"\napi_key_env = \"FICAUDIO_TEST_KEY_NOT_SET\"\n");
    let outcome = run.run();
    assert_eq!(outcome.status, 1);
    assert!(
        outcome.stderr.contains("`FICAUDIO_TEST_KEY_NOT_SET`"),
        "{}",
        outcome.stderr
    );
}

// ---- engines that misbehave, clips in any format ----------------------------------

/// A story with one narration line, spoken by a command engine running `argv`.
fn command_run(argv: &str) -> Run {
    let cast = format!("[narrator]\nvoice = \"tool:any\"\n[engines.tool]\nkind = \"command\"\nargv = {argv}\nstdin = true\ntimeout = 5\n");
    Run::new()
        .file("story.txt", "The door creaked open.\n")
        .file("cast.toml", cast)
        .args(&[
            "render",
            "story.txt",
            "--cast",
            "cast.toml",
            "-o",
            "story.wav",
        ])
}

#[test]
fn engines_that_write_nothing_or_not_a_wav_are_named() {
    let cases = [
        ("[\"true\", \"{out}\"]", "wrote nothing"),
        ("[\"cp\", \"/dev/null\", \"{out}\"]", "wrote nothing"),
        ("[\"cp\", \"cast.toml\", \"{out}\"]", "not a WAV file"),
    ];
    for (argv, expected) in cases {
        let outcome = command_run(argv).run();
        assert_eq!(outcome.status, 1, "{argv}: {}", outcome.stderr);
        let message = &outcome.stderr;
        assert!(message.contains(expected), "{argv}: {message}");
        assert!(
            message.contains("story.txt:1"),
            "{argv} names the line: {message}"
        );
        assert!(
            message.contains("tool:any"),
            "{argv} names voice and engine: {message}"
        );
    }
}

#[test]
fn a_stalled_engine_program_is_stopped_with_line_voice_and_engine() {
    let cast = "[narrator]\nvoice = \"tool:any\"\n[engines.tool]\nkind = \"command\"\nargv = [\"sh\", \"-c\", \"exec sleep 30\", \"sh\", \"{out}\"]\nstdin = true\ntimeout = 1\n";
    let run = Run::new()
        .file("story.txt", "The door creaked open.\n")
        .file("cast.toml", cast)
        .args(&[
            "render",
            "story.txt",
            "--cast",
            "cast.toml",
            "-o",
            "story.wav",
        ]);
    let outcome = run.run();
    assert_eq!(outcome.status, 1, "{}", outcome.stderr);
    let message = &outcome.stderr;
    assert!(message.contains("did not finish within 1 s"), "{message}");
    assert!(
        message.contains("story.txt:1") && message.contains("tool:any"),
        "{message}"
    );
    assert!(
        message.contains("hint: raise the engine's `timeout`"),
        "{message}"
    );
    assert!(!run.path("story.wav").exists(), "no partial output");
}

/// A tone in the given WAV format.
fn tone(spec: hound::WavSpec) -> Vec<u8> {
    let mut cursor = std::io::Cursor::new(Vec::new());
    let mut writer = hound::WavWriter::new(&mut cursor, spec).unwrap();
    let frames = spec.sample_rate / 2;
    for index in 0..frames {
        let value = (index as f32 * 0.05).sin() * 0.5;
        for _ in 0..spec.channels {
            match (spec.sample_format, spec.bits_per_sample) {
                (hound::SampleFormat::Float, _) => writer.write_sample(value).unwrap(),
                (_, 8) => writer.write_sample((value * 127.0) as i8).unwrap(),
                (_, 16) => writer.write_sample((value * 32767.0) as i16).unwrap(),
                (_, bits) => writer
                    .write_sample((value * ((1i64 << (bits - 1)) - 1) as f32) as i32)
                    .unwrap(),
            }
        }
    }
    writer.finalize().unwrap();
    cursor.into_inner()
}

#[test]
fn clips_in_any_wav_format_are_accepted() {
    let formats = [
        (
            "8bit-11025Hz-mono.wav",
            1,
            11_025,
            8,
            hound::SampleFormat::Int,
        ),
        (
            "16bit-22050Hz-stereo.wav",
            2,
            22_050,
            16,
            hound::SampleFormat::Int,
        ),
        (
            "24bit-48000Hz-mono.wav",
            1,
            48_000,
            24,
            hound::SampleFormat::Int,
        ),
        (
            "32bit-44100Hz-mono.wav",
            1,
            44_100,
            32,
            hound::SampleFormat::Int,
        ),
        (
            "float-16000Hz-stereo.wav",
            2,
            16_000,
            32,
            hound::SampleFormat::Float,
        ),
    ];
    for (name, channels, sample_rate, bits_per_sample, sample_format) in formats {
        let spec = hound::WavSpec {
            channels,
            sample_rate,
            bits_per_sample,
            sample_format,
        };
        let run = command_run(&format!("[\"cp\", \"{name}\", \"{{out}}\"]")).file(name, tone(spec));
        let outcome = run.run();
        assert_eq!(outcome.status, 0, "{name}: {}", outcome.stderr);
        let (spec, samples) = read_wav(&run.path("story.wav"));
        let seconds = samples.len() as f32 / spec.channels as f32 / spec.sample_rate as f32;
        assert!(
            seconds >= 0.45,
            "{name}: the half-second clip is in the output ({seconds} s)"
        );
        // The mix levels every voice, so only "clearly not silence" is checked.
        assert!(
            samples.iter().any(|sample| sample.abs() > 0.02),
            "{name}: the tone is audible"
        );
    }
}

#[test]
fn voice_settings_are_part_of_the_clip_cache_key() {
    let cast = |rate: f64| format!("[narrator]\nvoice = \"fake:a\"\nrate = {rate}\n");
    let run = Run::new()
        .file("story.txt", "The door creaked open.\n")
        .file("cast.toml", cast(1.0))
        .args(&[
            "render",
            "story.txt",
            "--cast",
            "cast.toml",
            "-o",
            "story.wav",
        ]);
    let first = run.run();
    assert_eq!(first.status, 0, "{}", first.stderr);
    let run = run.file("cast.toml", cast(1.5));
    let second = run.run();
    assert_eq!(second.status, 0, "{}", second.stderr);
    assert!(
        second.stderr.contains("(1 synthesized, 0 from cache)"),
        "{}",
        second.stderr
    );
    let third = run.run();
    assert!(
        third.stderr.contains("(0 synthesized, 1 from cache)"),
        "{}",
        third.stderr
    );
}

#[test]
fn volume_is_applied_after_each_voice_is_levelled() {
    let cast = |volume: f64| format!("[narrator]\nvoice = \"fake:a\"\nvolume = {volume}\n");
    let run = Run::new()
        .file("story.txt", "The door creaked open.\n")
        .file("cast.toml", cast(1.0))
        .args(&[
            "render",
            "story.txt",
            "--cast",
            "cast.toml",
            "-o",
            "story.wav",
        ]);
    let peak = |run: &Run| {
        let outcome = run.run();
        assert_eq!(outcome.status, 0, "{}", outcome.stderr);
        let (_, samples) = read_wav(&run.path("story.wav"));
        (
            samples
                .iter()
                .fold(0.0f32, |peak, sample| peak.max(sample.abs())),
            outcome.stderr,
        )
    };
    let (normal, _) = peak(&run);
    let run = run.file("cast.toml", cast(0.5));
    let (quiet, stderr) = peak(&run);
    let ratio = quiet / normal;
    assert!(
        (ratio - 0.5).abs() < 0.03,
        "volume 0.5 halves the levelled voice: {ratio}"
    );
    assert!(
        stderr.contains("(0 synthesized, 1 from cache)"),
        "the clip is reused: {stderr}"
    );
}

#[test]
fn a_setting_the_engine_cannot_do_is_refused_before_rendering() {
    let run = Run::new()
        .file("story.txt", "The door creaked open.\n")
        .file("cast.toml", "[narrator]\nvoice = \"fake:a\"\npitch = 1.2\n")
        .args(&[
            "render",
            "story.txt",
            "--cast",
            "cast.toml",
            "-o",
            "story.wav",
        ]);
    let outcome = run.run();
    assert_eq!(outcome.status, 1);
    assert!(
        outcome
            .stderr
            .contains("engine `fake` has no control for `pitch`"),
        "{}",
        outcome.stderr
    );
    assert!(outcome.stderr.contains("hint:"), "{}", outcome.stderr);
}

// ---- voices and say ---------------------------------------------------------------

#[test]
fn voices_lists_installed_voices_with_the_bank() {
    if !has_program("flite") || !has_program("espeak-ng") {
        eprintln!("skipped: needs espeak-ng and flite");
        return;
    }
    let outcome = Run::new().args(&["voices", "flite"]).run();
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    assert!(outcome.stdout.starts_with("flite\n"), "{}", outcome.stdout);
    let slt = outcome
        .stdout
        .lines()
        .find(|line| line.contains("flite:slt"))
        .expect("slt listed");
    assert!(slt.contains("female") && slt.contains("American"), "{slt}");
    let all = Run::new().args(&["voices"]).run();
    assert_eq!(all.status, 0, "{}", all.stderr);
    assert!(
        all.stdout.contains("espeak:en-gb-x-rp+m1"),
        "{}",
        all.stdout
    );
    let unknown = Run::new().args(&["voices", "nope"]).run();
    assert_eq!(unknown.status, 1);
    assert!(
        unknown.stderr.contains("unknown engine `nope`"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn say_writes_a_preview_and_rate_and_volume_change_it() {
    if !has_program("espeak-ng") {
        eprintln!("skipped: needs espeak-ng");
        return;
    }
    let outputs = tempfile::tempdir().unwrap();
    let say = |name: &str, extra: &[&str]| {
        let path = outputs.path().join(name);
        let path_text = path.to_string_lossy().into_owned();
        let mut args = vec![
            "say",
            "espeak:en-us+m3",
            "The bridge is out, and the river is rising.",
            "-o",
            path_text.as_str(),
        ];
        args.extend_from_slice(extra);
        let outcome = Run::new().args(&args).run();
        assert_eq!(outcome.status, 0, "{name}: {}", outcome.stderr);
        assert!(
            outcome.stderr.contains(&format!("wrote `{path_text}`")),
            "{}",
            outcome.stderr
        );
        read_wav(&path)
    };
    let (spec, normal) = say("normal.wav", &[]);
    let (_, fast) = say("fast.wav", &["--rate", "2"]);
    let (_, quiet) = say("quiet.wav", &["--volume", "0.5"]);
    let seconds = |samples: &[f32]| samples.len() as f32 / spec.sample_rate as f32;
    assert!(seconds(&normal) > 1.0, "a real line of speech");
    assert!(
        seconds(&fast) < seconds(&normal) * 0.75,
        "rate 2 is faster: {} vs {}",
        seconds(&fast),
        seconds(&normal)
    );
    let peak = |samples: &[f32]| {
        samples
            .iter()
            .fold(0.0f32, |peak, sample| peak.max(sample.abs()))
    };
    let ratio = peak(&quiet) / peak(&normal);
    assert!(
        (ratio - 0.5).abs() < 0.02,
        "volume 0.5 halves the amplitude: {ratio}"
    );

    let bad = Run::new()
        .args(&["say", "espeak:en-us+m3", "x", "--rate", "9"])
        .run();
    assert_eq!(bad.status, 1);
    assert!(
        bad.stderr.contains("`rate = 9` is out of range"),
        "{}",
        bad.stderr
    );
}
