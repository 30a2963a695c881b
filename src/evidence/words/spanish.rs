//! The app's words in Spanish.

use super::spanish_ui::UI;
use super::ui::Ui;
use super::{GradeText, Words};
use crate::evidence::data::date::Date;
use crate::evidence::grading::rule::{ControlledResult, EvidenceGrade, Exclusion};
use crate::evidence::grading::wording::{capitalise, lowercase_first, plural};
use crate::evidence::model::{Category, Design, Direction};

pub struct Spanish;

impl Words for Spanish {
    fn code(&self) -> &'static str {
        "es"
    }

    fn ui(&self) -> &'static Ui {
        &UI
    }

    fn date(&self, stored: &str) -> String {
        const MONTHS: [&str; 12] = [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ];
        match Date::parse(stored) {
            Some(date) => format!(
                "{} de {} de {}",
                date.day,
                MONTHS[(date.month - 1) as usize],
                date.year
            ),
            None => stored.to_string(),
        }
    }

    fn join_list(&self, parts: &[String]) -> String {
        match parts {
            [] => String::new(),
            [only] => only.clone(),
            [init @ .., last] => format!("{} y {last}", init.join(", ")),
        }
    }

    fn category(&self, category: Category) -> &'static str {
        match category {
            Category::Rheumatic => "Reumáticas",
            Category::Gastrointestinal => "Digestivas",
            Category::Neurological => "Sistema nervioso",
            Category::Pain => "Dolor",
            Category::Skin => "Piel",
            Category::MentalHealth => "Salud mental",
            Category::Other => "Otras",
        }
    }

    fn design(&self, design: Design) -> &'static str {
        match design {
            Design::Protocol => "protocolo de ensayo",
            Design::NarrativeReview => "revisión narrativa",
            Design::CaseReport => "informe de caso",
            Design::CaseSeries => "serie de casos",
            Design::RetrospectiveCohort => "estudio retrospectivo de registros médicos",
            Design::RegistryStudy => "estudio de base de datos de recetas",
            Design::OpenLabelTrial => "ensayo abierto",
            Design::ControlledTrial => "ensayo controlado (no se indica si fue aleatorizado)",
            Design::SingleBlindCrossover => "ensayo cruzado simple ciego",
            Design::RandomisedCrossover => "ensayo cruzado aleatorizado",
            Design::ParallelRct => "ensayo controlado aleatorizado",
            Design::SystematicReview => "revisión sistemática",
            Design::MetaAnalysis => "metanálisis",
        }
    }

    fn designs(&self, design: Design, n: usize) -> String {
        let noun = if n == 1 {
            self.design(design)
        } else {
            // Each plural written out: Spanish plurals change more than the last word.
            match design {
                Design::Protocol => "protocolos de ensayo",
                Design::NarrativeReview => "revisiones narrativas",
                Design::CaseReport => "informes de casos",
                Design::CaseSeries => "series de casos",
                Design::RetrospectiveCohort => "estudios retrospectivos de registros médicos",
                Design::RegistryStudy => "estudios de bases de datos de recetas",
                Design::OpenLabelTrial => "ensayos abiertos",
                Design::ControlledTrial => {
                    "ensayos controlados (no se indica si fueron aleatorizados)"
                }
                Design::SingleBlindCrossover => "ensayos cruzados simple ciego",
                Design::RandomisedCrossover => "ensayos cruzados aleatorizados",
                Design::ParallelRct => "ensayos controlados aleatorizados",
                Design::SystematicReview => "revisiones sistemáticas",
                Design::MetaAnalysis => "metanálisis",
            }
        };
        format!("{n} {noun}")
    }

    fn direction(&self, direction: Direction) -> &'static str {
        match direction {
            Direction::Benefit => "Beneficio",
            Direction::NoDifference => "Sin diferencia",
            Direction::Worse => "Peor",
            Direction::Mixed => "Mixto",
        }
    }

    fn grade(&self, grade: EvidenceGrade) -> GradeText {
        let (label, meaning, verdict) = match grade {
            EvidenceGrade::Strong => (
                "Sólida",
                "Al menos tres ensayos controlados con placebo de tamaño adecuado encontraron un beneficio, y ningún resultado controlado lo contradice.",
                "La LDN mejora los síntomas, según varios ensayos de buen tamaño que coinciden.",
            ),
            EvidenceGrade::Moderate => (
                "Moderada",
                "Al menos dos ensayos controlados con placebo de tamaño adecuado encontraron un beneficio (o uno, respaldado por una revisión de ensayos controlados), y ninguno lo contradice.",
                "La LDN probablemente ayuda, pero más ensayos podrían cambiar esto.",
            ),
            EvidenceGrade::Preliminary => (
                "Preliminar",
                "Los ensayos controlados con placebo encontraron un beneficio, pero todos son pequeños.",
                "La LDN podría ayudar, pero los ensayos hasta ahora son pequeños.",
            ),
            EvidenceGrade::Mixed => (
                "Contradictoria",
                "Los resultados controlados con placebo se contradicen: algunos muestran un beneficio y otros no.",
                "Los resultados se contradicen, así que no está claro si la LDN ayuda.",
            ),
            EvidenceGrade::Uncontrolled => (
                "Sin control con placebo",
                "Hay estudios, pero ninguno comparó la LDN con un placebo.",
                "No está claro si la LDN ayuda: ningún estudio la comparó con un placebo.",
            ),
            EvidenceGrade::CaseReports => (
                "Solo informes de casos",
                "Solo hay informes de pacientes individuales o de grupos pequeños.",
                "No está claro si la LDN ayuda: solo hay informes de pacientes individuales o de grupos pequeños.",
            ),
            EvidenceGrade::Inconclusive => (
                "Insuficiente para saber",
                "Ensayos pequeños controlados con placebo no encontraron un beneficio claro; son demasiado pequeños para descartar que exista.",
                "No está claro si la LDN ayuda: los ensayos controlados con placebo son demasiado pequeños para saberlo.",
            ),
            EvidenceGrade::NotSupported => (
                "No respaldada",
                "Ensayos de tamaño adecuado o revisiones de ensayos no encontraron ningún beneficio frente al placebo, y ninguno lo encontró.",
                "La LDN probablemente no ayuda más que un placebo, según los ensayos hasta ahora.",
            ),
            EvidenceGrade::NoStudies => (
                "Sin estudios",
                "No encontramos ningún estudio publicado sobre la LDN en dosis bajas.",
                "Ningún estudio publicado ha probado la LDN para esta afección.",
            ),
        };
        GradeText {
            label,
            meaning,
            verdict,
        }
    }

    fn grade_unchanged(&self) -> &'static str {
        "La calificación no cambió."
    }

    fn grade_moved(&self, from: &str, to: &str) -> String {
        format!("La calificación cambió de \u{201c}{from}\u{201d} a \u{201c}{to}\u{201d}.")
    }

    fn exclusion(&self, exclusion: Exclusion) -> &'static str {
        match exclusion {
            Exclusion::Protocol => "un plan de ensayo que aún no tiene resultados",
            Exclusion::NarrativeReview => "una visión general de expertos, no un estudio",
            Exclusion::NotPeerReviewed => "no revisado por pares",
            Exclusion::DoseAboveLow => "dosis por encima del rango de la LDN",
            Exclusion::SameTrial => "más resultados de un ensayo ya contado",
        }
    }

    fn excluded(&self, exclusion: Exclusion, n: usize) -> String {
        match exclusion {
            Exclusion::Protocol => {
                plural(n, "protocolo de ensayo", "protocolos de ensayo") + " (aún sin resultados)"
            }
            Exclusion::NarrativeReview => plural(n, "revisión narrativa", "revisiones narrativas"),
            Exclusion::NotPeerReviewed => plural(
                n,
                "informe no revisado por pares",
                "informes no revisados por pares",
            ),
            Exclusion::DoseAboveLow => {
                plural(n, "estudio", "estudios") + " con dosis por encima del rango de la LDN"
            }
            Exclusion::SameTrial => {
                plural(n, "informe adicional", "informes adicionales") + " de un ensayo ya contado"
            }
        }
    }

    fn controlled_result(&self, result: ControlledResult) -> &'static str {
        match result {
            ControlledResult::Benefit => "encontró un beneficio",
            ControlledResult::Partial => "encontró un beneficio solo en algunas medidas",
            ControlledResult::NoBenefit => "no encontró ningún beneficio",
        }
    }

    fn not_counted(&self, exclusion: Exclusion) -> String {
        format!("no se cuenta: {}", self.exclusion(exclusion))
    }

    fn counted_controlled(&self, result: ControlledResult) -> String {
        format!(
            "se cuenta: controlado con placebo, {}",
            self.controlled_result(result)
        )
    }

    fn counted_uncontrolled(&self) -> &'static str {
        "se cuenta: sin comparación con placebo"
    }

    fn counted_reviews_only(&self, reviews: usize) -> String {
        format!(
            "Contamos: {}, y ningún estudio propio con pacientes.",
            reviews_of_other_studies(reviews)
        )
    }

    fn counted_studies(
        &self,
        studies: usize,
        participants: u32,
        designs: &[String],
        reviews: usize,
    ) -> String {
        let mut sentence = format!(
            "Contamos: {} con {} en total ({})",
            plural(studies, "estudio", "estudios"),
            plural(participants as usize, "participante", "participantes"),
            self.join_list(designs)
        );
        if reviews > 0 {
            sentence.push_str(&format!(", y {}", reviews_of_other_studies(reviews)));
        }
        sentence.push('.');
        sentence
    }

    fn no_placebo_comparison(&self) -> &'static str {
        "Ningún estudio comparó la LDN con un placebo."
    }

    fn placebo_comparisons(
        &self,
        trials: usize,
        results: &[(ControlledResult, usize, u32)],
    ) -> String {
        let parts: Vec<String> = results
            .iter()
            .map(|(result, n, people)| {
                format!(
                    "{n} {} ({})",
                    controlled_results(*result, *n),
                    plural(*people as usize, "participante", "participantes")
                )
            })
            .collect();
        format!(
            "{} {} la LDN con un placebo: {}.",
            capitalise(&plural(trials, "estudio", "estudios")),
            if trials == 1 {
                "comparó"
            } else {
                "compararon"
            },
            self.join_list(&parts)
        )
    }

    fn single_trial_size(&self, participants: u32, adequate_size: u32) -> String {
        let size = if participants >= adequate_size {
            "al menos"
        } else {
            "menos de"
        };
        format!(
            "Tuvo {participants} participantes, {size} los {adequate_size} que necesita un ensayo para que su resultado cuente por sí solo."
        )
    }

    fn largest_trial(&self, participants: u32, result: ControlledResult) -> String {
        format!(
            "El más grande de ellos ({participants} participantes) {}.",
            self.controlled_result(result)
        )
    }

    fn adequate_trials(&self, adequate: usize, adequate_size: u32) -> String {
        let (count, had) = match adequate {
            0 => ("Ninguno".to_string(), "tuvo"),
            1 => ("Uno".to_string(), "tuvo"),
            2 => ("Dos".to_string(), "tuvieron"),
            3 => ("Tres".to_string(), "tuvieron"),
            n => (n.to_string(), "tuvieron"),
        };
        format!("{count} de ellos {had} al menos {adequate_size} participantes.")
    }

    fn pooled_reviews(
        &self,
        reviews: usize,
        benefit: usize,
        partial: usize,
        null: usize,
    ) -> String {
        let found = |n: usize| if n == 1 { "encontró" } else { "encontraron" };
        let mut parts = Vec::new();
        if benefit > 0 {
            parts.push(format!("{benefit} {} un beneficio", found(benefit)));
        }
        if partial > 0 {
            parts.push(format!(
                "{partial} {} un beneficio incierto o parcial",
                found(partial)
            ));
        }
        if null > 0 {
            parts.push(format!("{null} no {} ningún beneficio", found(null)));
        }
        format!(
            "{} {} ensayos controlados con placebo: {}.",
            capitalise(&plural(reviews, "revisión", "revisiones")),
            if reviews == 1 {
                "combinó"
            } else {
                "combinaron"
            },
            self.join_list(&parts)
        )
    }

    fn so_the_grade_is(&self, grade: EvidenceGrade) -> String {
        let text = self.grade(grade);
        format!(
            "Por eso la calificación es \u{201c}{}\u{201d}: {}",
            text.label,
            lowercase_first(text.meaning)
        )
    }

    fn listed_not_counted(&self, phrases: &[String]) -> String {
        format!("Mostramos, pero no contamos: {}.", self.join_list(phrases))
    }
}

fn reviews_of_other_studies(n: usize) -> String {
    plural(n, "revisión", "revisiones") + " de otros estudios"
}

/// What `n` trials with this result found, the verb agreeing with `n`: "1 encontró un
/// beneficio", "2 encontraron un beneficio".
fn controlled_results(result: ControlledResult, n: usize) -> &'static str {
    match (result, n == 1) {
        (ControlledResult::Benefit, true) => "encontró un beneficio",
        (ControlledResult::Benefit, false) => "encontraron un beneficio",
        (ControlledResult::Partial, true) => "encontró un beneficio solo en algunas medidas",
        (ControlledResult::Partial, false) => "encontraron un beneficio solo en algunas medidas",
        (ControlledResult::NoBenefit, true) => "no encontró ningún beneficio",
        (ControlledResult::NoBenefit, false) => "no encontraron ningún beneficio",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_join_with_y() {
        let parts = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(Spanish.join_list(&parts(&[])), "");
        assert_eq!(Spanish.join_list(&parts(&["a"])), "a");
        assert_eq!(Spanish.join_list(&parts(&["a", "b", "c"])), "a, b y c");
    }

    #[test]
    fn designs_are_counted_in_their_plural() {
        assert_eq!(
            Spanish.designs(Design::ParallelRct, 1),
            "1 ensayo controlado aleatorizado"
        );
        assert_eq!(
            Spanish.designs(Design::ParallelRct, 2),
            "2 ensayos controlados aleatorizados"
        );
        assert_eq!(Spanish.designs(Design::CaseSeries, 2), "2 series de casos");
        assert_eq!(Spanish.designs(Design::MetaAnalysis, 2), "2 metanálisis");
        assert_eq!(
            Spanish.designs(Design::RetrospectiveCohort, 3),
            "3 estudios retrospectivos de registros médicos"
        );
        assert_eq!(
            Spanish.designs(Design::ControlledTrial, 2),
            "2 ensayos controlados (no se indica si fueron aleatorizados)"
        );
    }

    #[test]
    fn dates_are_written_in_spanish() {
        assert_eq!(Spanish.date("2026-12-06"), "6 de diciembre de 2026");
        assert_eq!(Spanish.date("2026-02-30"), "2026-02-30");
        assert_eq!(Spanish.date("pending"), "pending");
    }
}
