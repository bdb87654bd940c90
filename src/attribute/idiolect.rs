//! Idiolect: how much a unit's words sound like each character's tagged lines.
//!
//! In: the words of every dialogue unit (as vocabulary ids) and the speaker its tag
//! names, when it names one for sure. Out: for each unit, the candidates ranked by
//! the mean log-likelihood ratio of the unit's words under the candidate's word
//! model (every line a tag gives them, smoothed towards all dialogue) against all
//! dialogue. A unit's own words are left out of its own speaker's model, so a
//! tagged line never vouches for itself. Mr. Woodhouse says "my dear" and "gruel",
//! Anne says "imagination": the tags of a whole book teach that before its first
//! untagged line.

use std::collections::HashMap;

/// Dirichlet smoothing mass: how many words of all dialogue a model starts from.
const SMOOTHING: f32 = 400.0;
/// A character needs this many tagged words before their model says anything.
const MIN_MODEL_WORDS: u32 = 150;
/// Units shorter than this say too little to tell a voice.
const MIN_UNIT_WORDS: usize = 4;

/// Candidates ranked by how much each unit sounds like them, best first.
pub fn rank(
    units: &[Vec<u32>],
    anchors: &[Option<usize>],
    vocabulary: usize,
    candidates: usize,
) -> Vec<Vec<(usize, f32)>> {
    let mut background = vec![0u32; vocabulary];
    let mut background_total = 0u32;
    let mut models: Vec<HashMap<u32, u32>> = vec![HashMap::new(); candidates];
    let mut totals = vec![0u32; candidates];
    for (words, anchor) in units.iter().zip(anchors) {
        for &word in words {
            background[word as usize] += 1;
            background_total += 1;
            if let Some(speaker) = anchor.filter(|&speaker| speaker < candidates) {
                *models[speaker].entry(word).or_default() += 1;
                totals[speaker] += 1;
            }
        }
    }
    let denominator = (background_total + vocabulary as u32).max(1) as f32;
    let prior = |word: u32| SMOOTHING * (background[word as usize] + 1) as f32 / denominator;
    // Who said each word, so a unit only visits the models that know its words, with
    // what the word adds under each model (`gain`): the same for every unit but the
    // speaker's own, so worked out once.
    let gain = |count: u32, prior: f32| ((count as f32 + prior) / prior).ln();
    let mut speakers_of: Vec<Vec<(usize, u32, f32)>> = vec![Vec::new(); vocabulary];
    for (candidate, model) in models.iter().enumerate() {
        for (&word, &count) in model {
            speakers_of[word as usize].push((candidate, count, gain(count, prior(word))));
        }
    }
    // Likewise what every word scores under each whole model.
    let unseen_under = |size: u32| (SMOOTHING / (size as f32 + SMOOTHING)).ln();
    let unseen: Vec<f32> = totals.iter().map(|&total| unseen_under(total)).collect();
    let mut scores = vec![0f32; candidates];
    units
        .iter()
        .zip(anchors)
        .map(|(words, anchor)| {
            if words.len() < MIN_UNIT_WORDS {
                return Vec::new();
            }
            let length = words.len() as u32;
            // A model's size without this unit's own words.
            let size = |candidate: usize| {
                totals[candidate]
                    - if *anchor == Some(candidate) {
                        length
                    } else {
                        0
                    }
            };
            // Every word scores ln(μ·p / (N + μ) / p) under a model that never saw
            // it; the words a model saw add ln((n + μ·p) / (μ·p)) on top.
            for (candidate, score) in scores.iter_mut().enumerate() {
                let unseen = if *anchor == Some(candidate) {
                    unseen_under(size(candidate))
                } else {
                    unseen[candidate]
                };
                *score = length as f32 * unseen;
            }
            let mut sorted = words.clone();
            sorted.sort_unstable();
            for run in sorted.chunk_by(|left, right| left == right) {
                let word = run[0];
                let times = run.len() as u32;
                for &(candidate, count, gain_here) in &speakers_of[word as usize] {
                    if *anchor != Some(candidate) {
                        scores[candidate] += times as f32 * gain_here;
                    } else if count > times {
                        scores[candidate] += times as f32 * gain(count - times, prior(word));
                    }
                }
            }
            let mut ranked: Vec<(usize, f32)> = (0..candidates)
                .filter(|&candidate| size(candidate) >= MIN_MODEL_WORDS)
                .map(|candidate| (candidate, scores[candidate] / length as f32))
                .collect();
            ranked.sort_by(|left, right| right.1.total_cmp(&left.1).then(left.0.cmp(&right.0)));
            ranked
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_sounds_like_who_says_such_words() {
        // Words 0-1 are speaker 0's, 2-3 speaker 1's; 4 is everyone's.
        let mut units = Vec::new();
        let mut anchors = Vec::new();
        for _ in 0..60 {
            units.push(vec![0, 1, 4, 0, 4]);
            anchors.push(Some(0));
            units.push(vec![2, 3, 4, 3, 4]);
            anchors.push(Some(1));
        }
        units.push(vec![3, 2, 4, 2]);
        anchors.push(None);
        units.push(vec![4]);
        anchors.push(None);
        let ranked = rank(&units, &anchors, 5, 2);
        let untagged = &ranked[units.len() - 2];
        assert_eq!(untagged.first().map(|&(candidate, _)| candidate), Some(1));
        assert!(ranked[units.len() - 1].is_empty(), "too short to tell");
    }

    #[test]
    fn too_few_tagged_words_say_nothing() {
        let units = vec![vec![0, 1, 2, 3], vec![0, 1, 2, 3]];
        let ranked = rank(&units, &[Some(0), None], 4, 1);
        assert!(ranked.iter().all(Vec::is_empty));
    }
}
