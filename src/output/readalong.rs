//! The read-along page: one self-contained HTML file that plays the audio and
//! follows it in the transcript.
//!
//! In: the timed lines, the title, and the audio file's URL relative to the page.
//! Out: a page with an `<audio>` player, the transcript as one paragraph per story
//! paragraph, each line coloured by speaker; the line being heard is highlighted
//! (class `current`, `aria-current`) and kept in view as it plays, a click (or
//! Enter) on a line seeks there, and `page.html#t=SECONDS` opens at that time.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use super::timed::TimedLine;

/// Speaker colours, readable on white; the narrator is dark grey.
const PALETTE: [&str; 10] = [
    "#1f5fbf", "#b3261e", "#1b7f3b", "#8a3ab9", "#b05a00", "#00758f", "#c2185b", "#5d6b00",
    "#6d4c41", "#3949ab",
];

/// The page's HTML.
pub fn page(title: &str, audio_url: &str, lines: &[TimedLine]) -> String {
    let mut speakers: BTreeMap<&str, (usize, &str)> = BTreeMap::new();
    for line in lines.iter().filter(|line| !line.is_narration()) {
        let next = speakers.len();
        speakers
            .entry(line.speaker.as_str())
            .or_insert((next, line.name.as_str()));
    }
    let mut style = String::new();
    let mut legend = String::new();
    let mut ordered: Vec<(&str, usize, &str)> = speakers
        .iter()
        .map(|(speaker, (index, name))| (*speaker, *index, *name))
        .collect();
    ordered.sort_by_key(|(_, index, _)| *index);
    for (_, index, name) in &ordered {
        let colour = PALETTE[index % PALETTE.len()];
        style.push_str(&format!(".s{index} {{ color: {colour}; }}\n"));
        legend.push_str(&format!("<li class=\"s{index}\">{}</li>", escape(name)));
    }

    let mut transcript = String::new();
    let mut open_paragraph: Option<usize> = None;
    for (index, line) in lines.iter().enumerate() {
        if open_paragraph != Some(line.paragraph) {
            if open_paragraph.is_some() {
                transcript.push_str("</p>\n");
            }
            let class = if line.kind == crate::model::SegmentKind::Heading {
                "para heading"
            } else {
                "para"
            };
            transcript.push_str(&format!("<p class=\"{class}\">"));
            open_paragraph = Some(line.paragraph);
        } else {
            transcript.push(' ');
        }
        let class = match speakers.get(line.speaker.as_str()) {
            Some((speaker_index, _)) => format!("line s{speaker_index}"),
            None => "line narration".to_string(),
        };
        let label = if line.is_narration() {
            String::new()
        } else {
            format!("<span class=\"who\">{}</span> ", escape(&line.name))
        };
        transcript.push_str(&format!(
            "<span class=\"{class}\" id=\"l{index}\" tabindex=\"0\" data-start=\"{:.3}\" data-end=\"{:.3}\" title=\"{}\">{label}{}</span>",
            line.start_ms as f64 / 1000.0,
            line.end_ms as f64 / 1000.0,
            escape(&line.name),
            escape(&line.text)
        ));
    }
    if open_paragraph.is_some() {
        transcript.push_str("</p>\n");
    }

    TEMPLATE
        .replace("{title}", &escape(title))
        .replace("{audio}", &escape(audio_url))
        .replace("{style}", &style)
        .replace("{legend}", &legend)
        .replace("{transcript}", &transcript)
}

const TEMPLATE: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ficaudio">
<title>{title}</title>
<style>
body { font: 18px/1.6 Georgia, serif; margin: 0; color: #222; background: #fff; }
header { position: sticky; top: 0; background: #f7f7f7; border-bottom: 1px solid #ddd; padding: 0.6em 1em; z-index: 1; }
header h1 { font-size: 1.2em; margin: 0 0 0.4em; }
audio { width: 100%; }
#legend { list-style: none; padding: 0; margin: 0.4em 0 0; font: 14px sans-serif; }
#legend li { display: inline-block; margin-right: 1em; font-weight: bold; }
main { max-width: 42em; margin: 0 auto; padding: 1em; }
.para { margin: 0 0 1em; }
.heading { font-size: 1.3em; font-weight: bold; text-align: center; margin: 1.5em 0 1em; }
.line { cursor: pointer; border-radius: 3px; padding: 0 1px; }
.line:hover { background: #f0f0f0; }
.line:focus { outline: 2px solid #999; }
.narration { color: #333; }
.who { font: bold 0.7em sans-serif; text-transform: uppercase; letter-spacing: 0.04em; }
.current { background: #fff3a8; box-shadow: 0 0 0 2px #fff3a8; }
{style}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<audio id="player" controls preload="metadata" src="{audio}"></audio>
<ul id="legend">{legend}</ul>
</header>
<main id="transcript">
{transcript}</main>
<script>
(function () {
  "use strict";
  var audio = document.getElementById("player");
  var lines = Array.prototype.slice.call(document.querySelectorAll(".line"));
  var starts = lines.map(function (line) { return parseFloat(line.dataset.start); });
  var current = null;
  // The line being heard: the last one started at or before `time` (a pause
  // keeps the line just heard).
  function lineAt(time) {
    var low = 0, high = starts.length - 1, found = -1;
    while (low <= high) {
      var middle = (low + high) >> 1;
      if (starts[middle] <= time + 0.0005) { found = middle; low = middle + 1; } else { high = middle - 1; }
    }
    return found < 0 ? null : lines[found];
  }
  function highlight(time, follow) {
    var line = lineAt(time);
    document.body.setAttribute("data-time", time.toFixed(3));
    if (line === current) { return; }
    if (current) { current.classList.remove("current"); current.removeAttribute("aria-current"); }
    current = line;
    if (line) {
      line.classList.add("current");
      line.setAttribute("aria-current", "true");
      if (follow && line.scrollIntoView) { line.scrollIntoView({ block: "center", behavior: "smooth" }); }
    }
  }
  function seek(time) {
    try { audio.currentTime = time; } catch (error) { /* not loaded yet */ }
    highlight(time, true);
  }
  var frame = null;
  function tick() {
    highlight(audio.currentTime, true);
    frame = audio.paused ? null : window.requestAnimationFrame(tick);
  }
  audio.addEventListener("play", function () { if (frame === null) { frame = window.requestAnimationFrame(tick); } });
  audio.addEventListener("timeupdate", function () { highlight(audio.currentTime, true); });
  audio.addEventListener("seeked", function () { highlight(audio.currentTime, true); });
  lines.forEach(function (line) {
    line.addEventListener("click", function () { seek(parseFloat(line.dataset.start)); audio.play().catch(function () {}); });
    line.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); seek(parseFloat(line.dataset.start)); audio.play().catch(function () {}); }
    });
  });
  // `#t=12.5` (or `?t=12.5`) opens the page at that time.
  function fromLocation() {
    var match = /(?:^|[#?&])t=([0-9]+(?:\.[0-9]+)?)/.exec(location.hash + "&" + location.search);
    if (match) { seek(parseFloat(match[1])); }
  }
  window.addEventListener("hashchange", fromLocation);
  fromLocation();
})();
</script>
</body>
</html>
"#;

/// Escapes text for HTML content and attribute values.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(character),
        }
    }
    escaped
}

/// The URL of `audio` relative to the directory of `page` (both made absolute
/// first), percent-encoding what a URL path cannot hold.
pub fn relative_url(page: &Path, audio: &Path) -> String {
    let absolute = |path: &Path| -> PathBuf {
        let path = if path.is_absolute() {
            path.to_path_buf()
        } else {
            std::env::current_dir().unwrap_or_default().join(path)
        };
        let mut normal = PathBuf::new();
        for component in path.components() {
            match component {
                Component::CurDir => {}
                Component::ParentDir => {
                    normal.pop();
                }
                other => normal.push(other),
            }
        }
        normal
    };
    let page_directory = absolute(page)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let audio = absolute(audio);
    let from: Vec<Component> = page_directory.components().collect();
    let to: Vec<Component> = audio.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> =
        std::iter::repeat_n("..".to_string(), from.len() - common).collect();
    parts.extend(
        to[common..]
            .iter()
            .map(|component| encode_url_part(&component.as_os_str().to_string_lossy())),
    );
    parts.join("/")
}

fn encode_url_part(part: &str) -> String {
    let mut encoded = String::new();
    for byte in part.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~!$'()*+,;=:@".contains(&byte) {
            encoded.push(byte as char);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SegmentKind;

    fn line(
        speaker: &str,
        name: &str,
        text: &str,
        start_ms: u64,
        end_ms: u64,
        paragraph: usize,
    ) -> TimedLine {
        TimedLine {
            speaker: speaker.to_string(),
            name: name.to_string(),
            kind: SegmentKind::Dialogue,
            text: text.to_string(),
            start_ms,
            end_ms,
            paragraph,
        }
    }

    #[test]
    fn lines_carry_times_speakers_and_escaped_text() {
        let html = page(
            "Tom & <Jerry>",
            "out.wav",
            &[
                line("narrator", "Narrator", "Night.", 0, 900, 0),
                line("kylo", "Kylo Ren", "Go <now>!", 1_500, 2_250, 1),
                line("rey", "Rey", "No.", 2_900, 3_100, 1),
            ],
        );
        assert!(html.contains("<title>Tom &amp; &lt;Jerry&gt;</title>"));
        assert!(html.contains(r#"<span class="line narration" id="l0" tabindex="0" data-start="0.000" data-end="0.900" title="Narrator">Night.</span>"#), "{html}");
        assert!(html.contains(r#"data-start="1.500" data-end="2.250" title="Kylo Ren"><span class="who">Kylo Ren</span> Go &lt;now&gt;!</span>"#), "{html}");
        assert!(
            html.contains(".s0 { color: #1f5fbf; }") && html.contains(".s1 { color: #b3261e; }")
        );
        assert!(html.contains(r#"<li class="s0">Kylo Ren</li><li class="s1">Rey</li>"#));
        assert_eq!(
            html.matches("<p class=").count(),
            2,
            "one paragraph per story paragraph"
        );
    }

    #[test]
    fn relative_urls() {
        let cases = [
            ("/a/b/page.html", "/a/b/out.wav", "out.wav"),
            ("/a/b/page.html", "/a/c/my story.m4b", "../c/my%20story.m4b"),
            ("/a/page.html", "/a/b/./x.mp3", "b/x.mp3"),
        ];
        for (page, audio, expected) in cases {
            assert_eq!(relative_url(Path::new(page), Path::new(audio)), expected);
        }
    }
}
