//! "Did you mean ...?" for a value or field name that is not allowed: the allowed one closest
//! to what was typed, when one is close enough to be a slip (`randomized-crossover` for
//! `randomised-crossover`, `particpants` for `participants`).

/// The allowed value nearest to `typed`, if it is close enough to be what was meant.
pub fn nearest<'a>(typed: &str, allowed: &'a [String]) -> Option<&'a str> {
    let typed = normalise(typed);
    allowed
        .iter()
        .map(|candidate| {
            let distance = strsim::damerau_levenshtein(&typed, &normalise(candidate));
            (distance, candidate.as_str())
        })
        .filter(|(distance, candidate)| *distance <= tolerance(candidate))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// Case, spaces and underscores are not worth a mistake: `Parallel RCT` is `parallel-rct`.
fn normalise(value: &str) -> String {
    value.trim().to_lowercase().replace([' ', '_'], "-")
}

/// How many slips still count as the same word: about one in four letters, at least one.
fn tolerance(candidate: &str) -> usize {
    (candidate.chars().count() / 4).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allowed(values: &[&str]) -> Vec<String> {
        values.iter().map(|v| v.to_string()).collect()
    }

    #[test]
    fn a_spelling_variant_finds_the_allowed_value() {
        let designs = allowed(&["parallel-rct", "randomised-crossover", "case-report"]);
        assert_eq!(
            nearest("randomized-crossover", &designs),
            Some("randomised-crossover")
        );
        assert_eq!(nearest("Parallel RCT", &designs), Some("parallel-rct"));
        assert_eq!(nearest("case_report", &designs), Some("case-report"));
    }

    #[test]
    fn a_typo_in_a_field_name_finds_the_field() {
        let fields = allowed(&["participants", "dose", "duration"]);
        assert_eq!(nearest("particpants", &fields), Some("participants"));
        assert_eq!(nearest("dsoe", &fields), Some("dose"));
    }

    #[test]
    fn nothing_is_suggested_for_an_unrelated_word() {
        let designs = allowed(&["parallel-rct", "randomised-crossover", "case-report"]);
        assert_eq!(nearest("cohort", &designs), None);
        assert_eq!(nearest("", &designs), None);
    }
}
