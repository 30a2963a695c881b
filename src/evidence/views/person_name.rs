//! An author as the dataset writes one, "Surname AB" (Vancouver), taken apart for the formats
//! and labels that want the family name, the initials and a suffix ("2nd", "Jr") separately.

/// Words that end a name after the initials; only taken as a suffix when initials precede them,
/// so that "Smith II" stays a surname with initials.
const SUFFIXES: [&str; 8] = ["Jr", "Sr", "2nd", "3rd", "4th", "II", "III", "IV"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName {
    /// "Younger", "van der Woude", or the whole text when it is not in "Surname AB" form
    /// (a group of authors, say).
    pub family: String,
    /// The initials as written, "JE"; `None` when the name has none.
    pub initials: Option<String>,
    pub suffix: Option<String>,
}

fn are_initials(word: &str) -> bool {
    (1..=4).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

impl PersonName {
    pub fn parse(text: &str) -> PersonName {
        let mut words: Vec<&str> = text.split_whitespace().collect();
        let mut suffix = None;
        if words.len() >= 3
            && SUFFIXES.contains(&words[words.len() - 1])
            && are_initials(words[words.len() - 2])
        {
            suffix = words.pop().map(str::to_string);
        }
        let initials = match words.as_slice() {
            [_, .., last] if are_initials(last) => words.pop().map(str::to_string),
            _ => None,
        };
        let mut family = words.join(" ");
        if initials.is_none() {
            // Not "Surname AB": keep every word, suffix included, as one name.
            if let Some(suffix) = suffix.take() {
                family = format!("{family} {suffix}");
            }
        }
        PersonName {
            family,
            initials,
            suffix,
        }
    }

    /// The initials spelt out for reference managers, "J. E."; `None` when there are none.
    pub fn given(&self) -> Option<String> {
        self.initials.as_ref().map(|initials| {
            initials
                .chars()
                .map(|c| format!("{c}."))
                .collect::<Vec<_>>()
                .join(" ")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> (String, Option<String>, Option<String>) {
        let name = PersonName::parse(text);
        (name.family.clone(), name.given(), name.suffix)
    }

    #[test]
    fn surname_and_initials_come_apart() {
        assert_eq!(
            parts("Younger J"),
            ("Younger".into(), Some("J.".into()), None)
        );
        assert_eq!(
            parts("Seifrabiei MA"),
            ("Seifrabiei".into(), Some("M. A.".into()), None)
        );
    }

    #[test]
    fn particles_and_several_words_stay_in_the_family_name() {
        assert_eq!(parts("van der Woude CJ").0, "van der Woude");
        assert_eq!(parts("Del Pino-Gaya B").0, "Del Pino-Gaya");
        assert_eq!(parts("Rodríguez-Freire C").0, "Rodríguez-Freire");
    }

    #[test]
    fn a_suffix_after_the_initials_is_kept_apart() {
        assert_eq!(
            parts("Herndon JE 2nd"),
            ("Herndon".into(), Some("J. E.".into()), Some("2nd".into()))
        );
        assert_eq!(
            parts("Smith II"),
            ("Smith".into(), Some("I. I.".into()), None)
        );
    }

    #[test]
    fn a_name_not_in_vancouver_form_is_kept_whole() {
        assert_eq!(
            parts("LDN Research Group"),
            ("LDN Research Group".into(), None, None)
        );
        assert_eq!(parts("Plato"), ("Plato".into(), None, None));
    }
}
