//! The evidence map drawn as SVG by the app itself: a row per condition, a column per kind of
//! study, and a mark per non-empty cell whose area, shape, word and colour say how many people
//! were studied and which way the results went. Every mark is a button reachable by keyboard.

use std::rc::Rc;

use yew::prelude::*;

use crate::evidence::words::Language;
use crate::ui::hooks::use_catalogue::use_language;

use crate::evidence::views::evidence_map::{EvidenceMap, MapCell, MapColumn, MapRow};
use crate::evidence::views::map_layout::{
    self, column_left, mark_path, svg_number, ChartLayout, MarkLayout, RowLayout, COLUMN_WIDTH,
    HEADER_HEIGHT, LABEL_WIDTH, LINE_HEIGHT,
};
use crate::evidence::words::ui::MapWords;

/// Which mark: a condition and a column.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkId {
    pub condition_id: String,
    pub column: MapColumn,
}

impl MarkId {
    /// The mark's element id, so "back to the map" can return focus to it.
    pub fn element_id(&self) -> String {
        format!("map-mark-{}-{}", self.condition_id, self.column.slug())
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct MapChartProps {
    pub map: Rc<EvidenceMap>,
    pub selected: Option<MarkId>,
    /// A mark got focus: show its studies.
    pub onselect: Callback<MarkId>,
    /// A mark was clicked, tapped or pressed: show its studies and go to them.
    pub onactivate: Callback<MarkId>,
}

#[component]
pub fn MapChart(props: &MapChartProps) -> Html {
    let chart = use_memo(props.map.clone(), |map| map_layout::layout(map));
    let map = &props.map;
    let language = use_language();
    let words = &language.ui().map;
    let description = (words.chart_description)(&(words.studies)(map.study_count()));
    html! {
        <div class="map-chart">
            <div class="map-chart__frame">
                { row_labels(&chart, map, language) }
                <svg class="map-chart__svg" viewBox={format!("{} 0 {} {}", svg_number(LABEL_WIDTH), svg_number(chart.width - LABEL_WIDTH), svg_number(chart.height))}
                    role="group" aria-labelledby="map-chart-title" aria-describedby="map-chart-desc">
                    <title id="map-chart-title">{ (words.chart_title)(map.rows.len()) }</title>
                    <desc id="map-chart-desc">{ description }</desc>
                    { grid(&chart, map, words) }
                    for (row, row_layout) in map.rows.iter().zip(&chart.rows) {
                        for (cell, mark) in row.cells.iter().flatten().zip(&row_layout.marks) {
                            { mark_button(row, cell, mark, row_layout, props, language) }
                        }
                    }
                </svg>
            </div>
        </div>
    }
}

/// The conditions' names and grades, drawn apart from the chart so that they stay in view
/// while a phone reader scrolls sideways to the trials and reviews. Hidden from screen
/// readers, which hear each condition's name in every mark's name.
fn row_labels(chart: &ChartLayout, map: &EvidenceMap, language: Language) -> Html {
    html! {
        <svg class="map-chart__labels" viewBox={format!("0 0 {} {}", svg_number(LABEL_WIDTH), svg_number(chart.height))}
            aria-hidden="true" focusable="false">
            for (index, (row, layout)) in map.rows.iter().zip(&chart.rows).enumerate() {
                <g class={classes!("map-labels__row", stripe(index))}>
                    <rect x="0" y={svg_number(layout.top)} width={svg_number(LABEL_WIDTH)} height={svg_number(layout.height)} />
                    <text class="map-grid__name" x="6">
                        for (line_index, line) in layout.name_lines.iter().enumerate() {
                            <tspan x="6" y={svg_number(layout.top + 8.0 + LINE_HEIGHT * (line_index + 1) as f64)}>{ line }</tspan>
                        }
                        <tspan class="map-grid__grade" x="6"
                            y={svg_number(layout.top + 10.0 + LINE_HEIGHT * (layout.name_lines.len() + 1) as f64)}>
                            { language.grade(row.grade).label }
                        </tspan>
                    </text>
                </g>
            }
            <line class="map-grid__rule" x1="0" x2={svg_number(LABEL_WIDTH)}
                y1={svg_number(HEADER_HEIGHT)} y2={svg_number(HEADER_HEIGHT)} />
            <line class="map-grid__rule" x1={svg_number(LABEL_WIDTH - 0.5)} x2={svg_number(LABEL_WIDTH - 0.5)}
                y1="0" y2={svg_number(chart.height)} />
        </svg>
    }
}

/// Headers, stripes and gap dashes: the frame a sighted reader scans. Hidden from screen
/// readers, which get every fact from the marks' names (and the table view).
fn grid(chart: &ChartLayout, map: &EvidenceMap, words: &MapWords) -> Html {
    html! {
        <g class="map-grid" aria-hidden="true">
            for column in MapColumn::ALL {
                <text class="map-grid__heading" x={svg_number(column_left(column) + COLUMN_WIDTH / 2.0)} text-anchor="middle">
                    for (index, line) in map_layout::wrap_words(column.label(words), 13).iter().enumerate() {
                        <tspan x={svg_number(column_left(column) + COLUMN_WIDTH / 2.0)}
                            y={svg_number(16.0 + LINE_HEIGHT * index as f64)}>{ line }</tspan>
                    }
                </text>
            }
            for (index, (row, layout)) in map.rows.iter().zip(&chart.rows).enumerate() {
                <g class={classes!("map-grid__row", stripe(index))}>
                    <rect x={svg_number(LABEL_WIDTH)} y={svg_number(layout.top)} width={svg_number(chart.width - LABEL_WIDTH)} height={svg_number(layout.height)} />
                    for column in MapColumn::ALL.into_iter().filter(|c| row.cell(*c).is_none()) {
                        <text class="map-grid__gap" x={svg_number(column_left(column) + COLUMN_WIDTH / 2.0)}
                            y={svg_number(layout.top + layout.height / 2.0 + 4.0)} text-anchor="middle">{ "\u{2013}" }</text>
                    }
                </g>
            }
            // The first column's rule is the labels' edge, drawn with them (row_labels).
            for column in MapColumn::ALL.into_iter().skip(1) {
                <line class="map-grid__rule" x1={svg_number(column_left(column))} x2={svg_number(column_left(column))}
                    y1="0" y2={svg_number(chart.height)} />
            }
            <line class="map-grid__rule" x1={svg_number(LABEL_WIDTH)} x2={svg_number(chart.width)}
                y1={svg_number(HEADER_HEIGHT)} y2={svg_number(HEADER_HEIGHT)} />
        </g>
    }
}

/// Every other row is shaded, in the labels and the chart alike, so the eye can follow it across.
fn stripe(row_index: usize) -> Option<&'static str> {
    (row_index % 2 == 1).then_some("map-grid__row--stripe")
}

/// One mark: the whole cell is the button, so even the smallest mark is easy to tap.
fn mark_button(
    row: &MapRow,
    cell: &MapCell,
    mark: &MarkLayout,
    row_layout: &RowLayout,
    props: &MapChartProps,
    language: Language,
) -> Html {
    let id = MarkId {
        condition_id: row.condition_id.clone(),
        column: cell.column,
    };
    let pressed = props.selected.as_ref() == Some(&id);
    let label = format!(
        "{}, {}: {}",
        row.name,
        cell.column.label(&language.ui().map).to_lowercase(),
        cell.summary(&language.ui().map)
    );
    let onfocus = props.onselect.reform({
        let id = id.clone();
        move |_: FocusEvent| id.clone()
    });
    let onclick = props.onactivate.reform({
        let id = id.clone();
        move |_: MouseEvent| id.clone()
    });
    let onkeydown = {
        let onactivate = props.onactivate.clone();
        let id = id.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" || event.key() == " " {
                // Space would otherwise scroll the page.
                event.prevent_default();
                onactivate.emit(id.clone());
            }
        })
    };
    let direction = cell.direction;
    let count = cell.studies.len();
    let x = svg_number;
    // The words sit outside the button and let taps through to it: its name already says
    // everything, and visible text inside it would have to be repeated word for word in the name.
    html! {
        <g key={id.element_id()} class={classes!("map-mark", format!("map-mark--{}", direction.slug()))}>
            <g id={id.element_id()} class="map-mark__button" role="button" tabindex="0"
                aria-label={label} aria-pressed={pressed.to_string()} {onfocus} {onclick} {onkeydown}>
                <rect class="map-mark__target" x={x(column_left(cell.column) + 2.0)} y={x(row_layout.top + 2.0)}
                    width={x(COLUMN_WIDTH - 4.0)} height={x(row_layout.height - 4.0)} rx="6" />
                <path class="map-mark__shape" d={mark_path(direction, mark.cx, mark.cy, mark.radius)} />
            </g>
            <g class="map-mark__text" aria-hidden="true">
                if count > 1 {
                    <text class="map-mark__count" x={x(mark.cx + mark.radius + 3.0)} y={x(mark.cy - mark.radius.max(6.0) + 8.0)}>
                        { format!("\u{d7}{count}") }
                    </text>
                }
                <text class="map-mark__word" x={x(mark.cx)} y={x(mark.text_y)} text-anchor="middle">{ language.direction(direction) }</text>
                <text class="map-mark__people" x={x(mark.cx)} y={x(mark.text_y + LINE_HEIGHT)} text-anchor="middle">{ cell.people_label(&language.ui().map) }</text>
            </g>
        </g>
    }
}
