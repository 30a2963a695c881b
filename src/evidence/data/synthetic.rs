//! A larger stand-in for the real dataset, for measuring search at scale (benchmarks only).

use crate::evidence::model::Dataset;

/// The dataset repeated `factor` times: copy `n` of a condition gets the id `<id>-copy-<n>`
/// and the name `<name> (copy <n>)`, and its publications are copied along with it.
pub fn scaled(dataset: &Dataset, factor: usize) -> Dataset {
    let mut scaled = dataset.clone();
    for copy in 1..factor {
        let rename = |id: &str| format!("{id}-copy-{copy}");
        for condition in &dataset.conditions {
            let mut clone = condition.clone();
            clone.id = rename(&condition.id);
            clone.name = format!("{} (copy {copy})", condition.name);
            scaled.conditions.push(clone);
        }
        for publication in &dataset.publications {
            let mut clone = publication.clone();
            clone.id = rename(&publication.id);
            clone.conditions = publication.conditions.iter().map(|c| rename(c)).collect();
            scaled.publications.push(clone);
        }
    }
    scaled
}
