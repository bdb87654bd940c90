//! Fitting the ranker's weights: multinomial logistic regression over candidates.
//!
//! In: [`Example`]s, one per dialogue unit of annotated stories: every candidate's
//! sparse features and which candidate is right. Out: [`Weights`] that maximise the
//! softmax probability of the right candidates, with an L2 penalty so rare features
//! stay small. Used by the `evaluate` binary's `--fit`, never at run time.

use super::features::{Weights, COUNT};

/// One unit to learn from.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// Sparse features of the candidates that have any.
    pub candidates: Vec<Vec<(u16, f32)>>,
    /// Candidates with no feature at all (each scores 0).
    pub zero_candidates: usize,
    /// The right candidate in `candidates`; `None` when it is one of the zero candidates.
    pub gold: Option<usize>,
    /// How much the example counts (the number of annotated spans in the unit).
    pub weight: f32,
}

/// How hard to fit.
#[derive(Debug, Clone, PartialEq)]
pub struct FitOptions {
    pub iterations: usize,
    pub learning_rate: f32,
    /// L2 penalty per weight, relative to the mean loss.
    pub l2: f32,
    /// Signal names (any tag class) held at zero, to measure what a signal is worth.
    pub frozen: Vec<String>,
}

impl Default for FitOptions {
    fn default() -> Self {
        FitOptions {
            iterations: 600,
            learning_rate: 0.15,
            l2: 0.0001,
            frozen: Vec::new(),
        }
    }
}

/// Mean negative log-likelihood and its gradient.
fn loss_and_gradient(examples: &[Example], weights: &Weights) -> (f64, Vec<f64>) {
    let mut gradient = vec![0.0f64; COUNT];
    let mut loss = 0.0f64;
    let mut total_weight = 0.0f64;
    for example in examples {
        let example_weight = example.weight as f64;
        total_weight += example_weight;
        let scores: Vec<f64> = example
            .candidates
            .iter()
            .map(|features| weights.score(features) as f64)
            .collect();
        let top = scores.iter().copied().fold(
            if example.zero_candidates > 0 {
                0.0
            } else {
                f64::MIN
            },
            f64::max,
        );
        let total: f64 = scores.iter().map(|score| (score - top).exp()).sum::<f64>()
            + example.zero_candidates as f64 * (-top).exp();
        let gold_score = example.gold.map_or(0.0, |gold| scores[gold]);
        loss += example_weight * (top + total.ln() - gold_score);
        for (features, score) in example.candidates.iter().zip(&scores) {
            let probability = example_weight * (score - top).exp() / total;
            for &(feature, value) in features {
                gradient[feature as usize] += probability * value as f64;
            }
        }
        if let Some(gold) = example.gold {
            for &(feature, value) in &example.candidates[gold] {
                gradient[feature as usize] -= example_weight * value as f64;
            }
        }
    }
    let count = total_weight.max(1e-9);
    for value in &mut gradient {
        *value /= count;
    }
    (loss / count, gradient)
}

/// Fits weights with Adam on the whole batch, starting from `start`.
pub fn fit(examples: &[Example], start: &Weights, options: &FitOptions) -> Weights {
    let mut weights = start.clone();
    let frozen: Vec<bool> = (0..COUNT)
        .map(|feature| {
            let name = super::features::name(feature);
            let signal = name
                .split_once('.')
                .map_or(name.as_str(), |(_, signal)| signal);
            options.frozen.iter().any(|frozen| frozen == signal)
        })
        .collect();
    let mut first_moment = vec![0.0f64; COUNT];
    let mut second_moment = vec![0.0f64; COUNT];
    let (beta1, beta2) = (0.9f64, 0.999f64);
    for step in 1..=options.iterations {
        let (_, mut gradient) = loss_and_gradient(examples, &weights);
        for (feature, value) in gradient.iter_mut().enumerate() {
            *value += 2.0 * options.l2 as f64 * weights.values[feature] as f64;
        }
        for feature in (0..COUNT).filter(|&feature| !frozen[feature]) {
            first_moment[feature] =
                beta1 * first_moment[feature] + (1.0 - beta1) * gradient[feature];
            second_moment[feature] = beta2 * second_moment[feature]
                + (1.0 - beta2) * gradient[feature] * gradient[feature];
            let corrected_first = first_moment[feature] / (1.0 - beta1.powi(step as i32));
            let corrected_second = second_moment[feature] / (1.0 - beta2.powi(step as i32));
            weights.values[feature] -= (options.learning_rate as f64 * corrected_first
                / (corrected_second.sqrt() + 1e-8)) as f32;
        }
    }
    weights
}

/// Mean loss, for reports.
pub fn loss(examples: &[Example], weights: &Weights) -> f64 {
    loss_and_gradient(examples, weights).0
}

/// Share of examples whose right candidate scores highest.
pub fn accuracy(examples: &[Example], weights: &Weights) -> f64 {
    let right = examples
        .iter()
        .filter(|example| {
            let scores: Vec<f32> = example
                .candidates
                .iter()
                .map(|features| weights.score(features))
                .collect();
            let best = scores.iter().copied().fold(f32::MIN, f32::max);
            match example.gold {
                Some(gold) => {
                    scores[gold] >= best && (example.zero_candidates == 0 || scores[gold] >= 0.0)
                }
                None => best < 0.0,
            }
        })
        .count();
    right as f64 / examples.len().max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribute::features::index;

    #[test]
    fn fitting_learns_a_separating_feature() {
        let tag = index("tag_name") as u16;
        let noise = index("salience_rank1") as u16;
        let example = |gold_first: bool| Example {
            candidates: vec![vec![(tag, 1.0)], vec![(noise, 1.0)]],
            zero_candidates: 3,
            gold: Some(if gold_first { 0 } else { 1 }),
            weight: 1.0,
        };
        let mut examples: Vec<Example> = (0..9).map(|_| example(true)).collect();
        examples.push(example(false));
        let weights = fit(&examples, &Weights::default(), &FitOptions::default());
        assert!(weights.values[tag as usize] > weights.values[noise as usize]);
        assert!(accuracy(&examples, &weights) >= 0.9);
        assert!(loss(&examples, &weights) < loss(&examples, &Weights::default()));

        // A frozen signal stays at zero in every tag class; the rest still learn.
        let options = FitOptions {
            frozen: vec!["tag_name".to_string()],
            ..FitOptions::default()
        };
        let frozen = fit(&examples, &Weights::default(), &options);
        assert_eq!(frozen.values[tag as usize], 0.0);
        assert_ne!(frozen.values[noise as usize], 0.0);
    }
}
