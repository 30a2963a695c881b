//! The evidence map's legend: every encoding of the chart explained in words.

use yew::prelude::*;

use crate::ui::hooks::use_catalogue::use_language;

use crate::evidence::grading::wording::thousands;
use crate::evidence::model::Direction;
use crate::evidence::views::evidence_map::MapColumn;
use crate::evidence::views::map_layout::{
    mark_path, radius_for, smallest_drawn_to_scale, svg_number,
};

#[derive(Properties, PartialEq, Clone)]
pub struct MapLegendProps {
    /// People in the largest mark, which sets the scale.
    pub largest: u32,
}

const DIRECTIONS: [(Direction, &str); 4] = [
    (
        Direction::Benefit,
        "the studies found that people improved on LDN",
    ),
    (
        Direction::NoDifference,
        "LDN did no better than what it was compared with",
    ),
    (
        Direction::Mixed,
        "results disagree, between studies or between measures",
    ),
    (Direction::Worse, "people did worse on LDN"),
];

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
    let sizes: Vec<u32> = [10, 100, 1000]
        .into_iter()
        .filter(|n| *n < largest)
        .chain([largest])
        .collect();
    let diameter = |n: u32| (2.0 * radius_for(n, largest)).ceil() + 4.0;
    html! {
        <section class="map-legend" aria-labelledby="map-legend-heading">
            <h2 id="map-legend-heading">{ "How to read the map" }</h2>
            <h3>{ "Shape, word and colour: what the studies found" }</h3>
            <ul class="map-legend__list">
                for (direction, meaning) in DIRECTIONS {
                    <li>
                        { sample(direction, 9.0, 24.0) }
                        <span><strong>{ language.direction(direction) }</strong>{ format!(": {meaning}.") }</span>
                    </li>
                }
            </ul>
            <h3>{ "Size: how many people took part" }</h3>
            <ul class="map-legend__list map-legend__sizes">
                for n in sizes {
                    <li>
                        { sample(Direction::Benefit, radius_for(n, largest), diameter(largest)) }
                        <span>{ format!("{} people", thousands(n as usize)) }</span>
                    </li>
                }
            </ul>
            <p>
                { format!(
                    "A mark's area is in proportion to the people in its studies. Marks for fewer than {} people are drawn at the smallest size so they can still be seen. \
                     For reviews, the size is the largest review's pooled number, because reviews share many of the same trials. \
                     A small number such as \u{d7}3 next to a mark counts its studies.",
                    thousands(smallest_drawn_to_scale(largest) as usize)
                ) }
            </p>
            <h3>{ "Columns: kinds of study, weakest on the left" }</h3>
            <dl class="map-legend__columns">
                for column in MapColumn::ALL {
                    <dt>{ column.label() }</dt>
                    <dd>{ column.explanation() }</dd>
                }
            </dl>
            <p>
                { "A blank cell (\u{2013}) means no study of that kind. The map draws the studies the grade counts: trial plans, expert overviews, reports that were not peer reviewed, doses above the LDN range and repeat reports of the same trial are left out, and listed on each condition's page." }
            </p>
        </section>
    }
}
