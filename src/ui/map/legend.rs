//! The evidence map's legend: every encoding of the chart explained in words.

use yew::prelude::*;

use crate::ui::hooks::use_catalogue::use_language;

use crate::evidence::model::Direction;
use crate::evidence::views::evidence_map::MapColumn;
use crate::evidence::views::map_layout::{
    mark_path, radius_for, smallest_drawn_to_scale, svg_number,
};
use crate::evidence::words::ui::MapWords;

#[derive(Properties, PartialEq, Clone)]
pub struct MapLegendProps {
    /// People in the largest mark, which sets the scale.
    pub largest: u32,
}

/// Each direction and what it means, in the legend's order.
fn directions(words: &MapWords) -> [(Direction, &'static str); 4] {
    [
        (Direction::Benefit, words.benefit_meaning),
        (Direction::NoDifference, words.no_difference_meaning),
        (Direction::Mixed, words.mixed_meaning),
        (Direction::Worse, words.worse_meaning),
    ]
}

/// A mark drawn alone, `size` pixels square, for the legend.
fn sample(direction: Direction, radius: f64, size: f64) -> Html {
    let centre = size / 2.0;
    html! {
        <svg class={classes!("map-legend__sample", format!("map-mark--{}", direction.slug()))}
            width={svg_number(size)} height={svg_number(size)} aria-hidden="true" focusable="false">
            <path class="map-mark__shape" d={mark_path(direction, centre, centre, radius)} />
        </svg>
    }
}

#[component]
pub fn MapLegend(props: &MapLegendProps) -> Html {
    let largest = props.largest;
    let language = use_language();
    let words = &language.ui().map;
    let sizes: Vec<u32> = [10, 100, 1000]
        .into_iter()
        .filter(|n| *n < largest)
        .chain([largest])
        .collect();
    let diameter = |n: u32| (2.0 * radius_for(n, largest)).ceil() + 4.0;
    html! {
        <section class="map-legend" aria-labelledby="map-legend-heading">
            <h2 id="map-legend-heading">{ words.legend_heading }</h2>
            <h3>{ words.legend_directions }</h3>
            <ul class="map-legend__list">
                for (direction, meaning) in directions(words) {
                    <li>
                        { sample(direction, 9.0, 24.0) }
                        <span><strong>{ language.direction(direction) }</strong>{ format!(": {meaning}.") }</span>
                    </li>
                }
            </ul>
            <h3>{ words.legend_size }</h3>
            <ul class="map-legend__list map-legend__sizes">
                for n in sizes {
                    <li>
                        { sample(Direction::Benefit, radius_for(n, largest), diameter(largest)) }
                        <span>{ (words.people)(n as usize) }</span>
                    </li>
                }
            </ul>
            <p>
                { (words.legend_size_text)(smallest_drawn_to_scale(largest) as usize) }
            </p>
            <h3>{ words.legend_columns }</h3>
            <dl class="map-legend__columns">
                for column in MapColumn::ALL {
                    <dt>{ column.label(words) }</dt>
                    <dd>{ column.explanation(words) }</dd>
                }
            </dl>
            <p>
                { words.legend_blank }
            </p>
        </section>
    }
}
