//! Where everything goes in the evidence-map chart, in SVG user units. Pure arithmetic, kept
//! apart from the drawing so the promises the legend makes (area proportional to people, one
//! shape per direction, room for a finger on every mark) are tested natively.

use std::f64::consts::PI;

use super::evidence_map::{EvidenceMap, MapColumn, MapRow};
use crate::evidence::model::Direction;

pub const LABEL_WIDTH: f64 = 172.0;
pub const COLUMN_WIDTH: f64 = 100.0;
pub const HEADER_HEIGHT: f64 = 44.0;
/// The radius of the largest cell's mark; every other mark is scaled from it by area.
pub const MAX_RADIUS: f64 = 26.0;
/// Marks never get smaller than this, or they could not be seen; the legend says so.
pub const MIN_RADIUS: f64 = 2.5;
/// Height of one line of text under a mark.
pub const LINE_HEIGHT: f64 = 13.0;
const PADDING: f64 = 8.0;
/// Room above the text for the smallest marks, so short rows stay a comfortable tap target.
const MIN_MARK_SPACE: f64 = 16.0;
/// Characters per line of a condition's name in the label column.
const LABEL_LINE_CHARS: usize = 19;

#[derive(Debug, Clone, PartialEq)]
pub struct ChartLayout {
    pub width: f64,
    pub height: f64,
    pub rows: Vec<RowLayout>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RowLayout {
    pub top: f64,
    pub height: f64,
    /// The condition's name broken into lines that fit the label column.
    pub name_lines: Vec<String>,
    /// One per non-empty cell.
    pub marks: Vec<MarkLayout>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MarkLayout {
    pub column: MapColumn,
    pub cx: f64,
    pub cy: f64,
    pub radius: f64,
    /// The baseline of the first text line under the mark.
    pub text_y: f64,
}

/// The left edge of a column.
pub fn column_left(column: MapColumn) -> f64 {
    let index = MapColumn::ALL
        .iter()
        .position(|c| *c == column)
        .unwrap_or(0);
    LABEL_WIDTH + COLUMN_WIDTH * index as f64
}

pub fn chart_width() -> f64 {
    LABEL_WIDTH + COLUMN_WIDTH * MapColumn::ALL.len() as f64
}

/// The radius whose circle's area is to the largest mark's as `people` is to `largest`.
pub fn radius_for(people: u32, largest: u32) -> f64 {
    if largest == 0 {
        return MIN_RADIUS;
    }
    (MAX_RADIUS * (f64::from(people) / f64::from(largest)).sqrt()).max(MIN_RADIUS)
}

/// Below this many people a mark is drawn at the smallest size.
pub fn smallest_drawn_to_scale(largest: u32) -> u32 {
    (f64::from(largest) * (MIN_RADIUS / MAX_RADIUS).powi(2)).ceil() as u32
}

pub fn layout(map: &EvidenceMap) -> ChartLayout {
    let mut top = HEADER_HEIGHT;
    let rows = map
        .rows
        .iter()
        .map(|row| {
            let row_layout = layout_row(row, top, map.largest_cell);
            top += row_layout.height;
            row_layout
        })
        .collect();
    ChartLayout {
        width: chart_width(),
        height: top,
        rows,
    }
}

fn layout_row(row: &MapRow, top: f64, largest: u32) -> RowLayout {
    let radii: Vec<(MapColumn, f64)> = row
        .cells
        .iter()
        .flatten()
        .map(|cell| (cell.column, radius_for(cell.participants, largest)))
        .collect();
    let mark_space = radii
        .iter()
        .map(|(_, r)| 2.0 * r)
        .fold(MIN_MARK_SPACE, f64::max);
    let name_lines = wrap_words(&row.name, LABEL_LINE_CHARS);
    // The name, then the grade on its own line.
    let label_height = LINE_HEIGHT * (name_lines.len() + 1) as f64 + 2.0 * PADDING;
    let height = (PADDING + mark_space + 2.0 * LINE_HEIGHT + 2.0 * PADDING).max(label_height);
    let cy = top + PADDING + mark_space / 2.0;
    let marks = radii
        .into_iter()
        .map(|(column, radius)| MarkLayout {
            column,
            cx: column_left(column) + COLUMN_WIDTH / 2.0,
            cy,
            radius,
            text_y: top + PADDING + mark_space + PADDING + LINE_HEIGHT - 2.0,
        })
        .collect();
    RowLayout {
        top,
        height,
        name_lines,
        marks,
    }
}

/// Breaks `text` at spaces into lines of at most `width` characters (longer words stay whole).
pub fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// A coordinate with one decimal, written with integer arithmetic: formatting floats would
/// pull the whole of Rust's float printing into the app for no visible difference.
pub fn svg_number(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.unsigned_abs();
    match tenths % 10 {
        0 => format!("{sign}{}", tenths / 10),
        digit => format!("{sign}{}.{digit}", tenths / 10),
    }
}

/// An SVG path of the shape for `direction`, centred on (cx, cy), with the area of a circle of
/// `radius`: the shape says which way the results went and never changes the apparent size.
/// Benefit is a circle, no difference a square, mixed a diamond, worse a downward triangle.
pub fn mark_path(direction: Direction, cx: f64, cy: f64, radius: f64) -> String {
    let area = PI * radius * radius;
    match direction {
        Direction::Benefit => {
            let (r, left, y) = (svg_number(radius), svg_number(cx - radius), svg_number(cy));
            let across = svg_number(2.0 * radius);
            format!("M{left} {y}a{r} {r} 0 1 0 {across} 0a{r} {r} 0 1 0 -{across} 0z")
        }
        Direction::NoDifference => {
            let half = area.sqrt() / 2.0;
            polygon(&[
                (cx - half, cy - half),
                (cx + half, cy - half),
                (cx + half, cy + half),
                (cx - half, cy + half),
            ])
        }
        Direction::Mixed => {
            let reach = (area / 2.0).sqrt();
            polygon(&[
                (cx, cy - reach),
                (cx + reach, cy),
                (cx, cy + reach),
                (cx - reach, cy),
            ])
        }
        Direction::Worse => {
            let side = (4.0 * area / 3f64.sqrt()).sqrt();
            let height = side * 3f64.sqrt() / 2.0;
            // Centred on the centroid, which sits a third of the height from the base.
            polygon(&[
                (cx - side / 2.0, cy - height / 3.0),
                (cx + side / 2.0, cy - height / 3.0),
                (cx, cy + 2.0 * height / 3.0),
            ])
        }
    }
}

fn polygon(points: &[(f64, f64)]) -> String {
    let mut path = String::new();
    for (index, (x, y)) in points.iter().enumerate() {
        path.push(if index == 0 { 'M' } else { 'L' });
        path.push_str(&format!("{} {}", svg_number(*x), svg_number(*y)));
    }
    path.push('z');
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The area of a polygon path written by `polygon`, by the shoelace formula.
    fn polygon_area(path: &str) -> f64 {
        let points: Vec<(f64, f64)> = path
            .trim_end_matches('z')
            .split(['M', 'L'])
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (x, y) = p.split_once(' ').unwrap();
                (x.parse().unwrap(), y.parse().unwrap())
            })
            .collect();
        let n = points.len();
        let twice: f64 = (0..n)
            .map(|i| {
                let (x1, y1) = points[i];
                let (x2, y2) = points[(i + 1) % n];
                x1 * y2 - x2 * y1
            })
            .sum();
        twice.abs() / 2.0
    }

    #[test]
    fn area_is_proportional_to_people() {
        let largest = 4000;
        let area = |people| PI * radius_for(people, largest).powi(2);
        assert!((area(4000) / area(1000) - 4.0).abs() < 1e-9);
        assert!((area(1000) / area(250) - 4.0).abs() < 1e-9);
        assert_eq!(radius_for(4000, 4000), MAX_RADIUS);
    }

    #[test]
    fn tiny_studies_stay_visible_and_the_legend_knows_from_where() {
        assert_eq!(radius_for(1, 4000), MIN_RADIUS);
        assert_eq!(radius_for(0, 0), MIN_RADIUS);
        let threshold = smallest_drawn_to_scale(4000);
        assert!(radius_for(threshold, 4000) >= MIN_RADIUS);
        assert!(radius_for(threshold - 1, 4000) <= MIN_RADIUS + 1e-9);
    }

    #[test]
    fn every_shape_has_the_area_of_its_circle() {
        let radius = 20.0;
        let circle = PI * radius * radius;
        for direction in [Direction::NoDifference, Direction::Mixed, Direction::Worse] {
            let area = polygon_area(&mark_path(direction, 100.0, 50.0, radius));
            assert!(
                (area / circle - 1.0).abs() < 0.01,
                "{direction:?}: {area} against {circle}"
            );
        }
        assert!(mark_path(Direction::Benefit, 100.0, 50.0, radius).contains("a20 20"));
    }

    #[test]
    fn coordinates_keep_one_decimal() {
        assert_eq!(svg_number(12.0), "12");
        assert_eq!(svg_number(2.34), "2.3");
        assert_eq!(svg_number(-0.26), "-0.3");
        assert_eq!(svg_number(0.04), "0");
        assert_eq!(svg_number(99.96), "100");
    }

    #[test]
    fn long_names_wrap_at_spaces() {
        assert_eq!(
            wrap_words("Complex regional pain syndrome", 20),
            vec!["Complex regional", "pain syndrome"]
        );
        assert_eq!(wrap_words("HIV/AIDS", 20), vec!["HIV/AIDS"]);
        assert_eq!(
            wrap_words("Supercalifragilisticexpialidocious x", 5).len(),
            2
        );
    }

    #[test]
    fn rows_stack_without_overlap_and_every_row_is_a_comfortable_target() {
        use crate::evidence::views::evidence_map::{EvidenceMap, MapOrder};
        let catalogue = crate::embedded_catalogue();
        let map = EvidenceMap::build(&catalogue, MapOrder::Name);
        let chart = layout(&map);
        let mut expected_top = HEADER_HEIGHT;
        for row in &chart.rows {
            assert_eq!(row.top, expected_top);
            assert!(row.height >= 44.0, "row {} px", row.height);
            for mark in &row.marks {
                assert!(mark.cy - mark.radius >= row.top);
                assert!(mark.text_y + LINE_HEIGHT <= row.top + row.height);
            }
            expected_top += row.height;
        }
        assert_eq!(chart.height, expected_top);
        assert_eq!(chart.width, 672.0);
    }
}
