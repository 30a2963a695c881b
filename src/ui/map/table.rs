//! The evidence map as a table: the same rows, columns and studies as the chart, for screen
//! readers, for readers who prefer text, and for copying.

use std::rc::Rc;

use yew::prelude::*;

use crate::evidence::views::citation;
use crate::evidence::views::evidence_map::{EvidenceMap, MapCell, MapColumn};
use crate::ui::components::citation_links::external_link;
use crate::ui::hooks::use_catalogue::{reference_language, use_catalogue, use_language};
use crate::ui::route::Route;
use crate::ui::router::Link;

#[derive(Properties, PartialEq, Clone)]
pub struct MapTableProps {
    pub map: Rc<EvidenceMap>,
}

#[component]
pub fn MapTable(props: &MapTableProps) -> Html {
    let language = use_language();
    let words = &language.ui().map;
    html! {
        <div class="map-table-wrap depends-on-query" role="region" aria-labelledby="map-table-caption" tabindex="0">
            <table class="map-table">
                <caption id="map-table-caption">
                    { words.table_caption }
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{ words.condition_column }</th>
                        for column in MapColumn::ALL {
                            <th scope="col">{ column.label(words) }</th>
                        }
                    </tr>
                </thead>
                <tbody>
                    for row in &props.map.rows {
                        <tr key={row.condition_id.clone()}>
                            <th scope="row">
                                <Link to={Route::Condition { id: row.condition_id.clone() }}>{ &row.name }</Link>
                                <span class="map-table__grade">{ (words.grade)(language.grade(row.grade).label) }</span>
                            </th>
                            for column in MapColumn::ALL {
                                <td>
                                    if let Some(cell) = row.cell(column) {
                                        <TableCell cell={cell.clone()} />
                                    } else {
                                        <span class="map-table__gap">{ words.no_studies }</span>
                                    }
                                </td>
                            }
                        </tr>
                    }
                </tbody>
            </table>
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct TableCellProps {
    cell: MapCell,
}

#[component]
fn TableCell(props: &TableCellProps) -> Html {
    let catalogue = use_catalogue();
    let language = catalogue.language;
    let and = language.ui().study.and;
    let cell = &props.cell;
    html! {
        <>
            <p class="map-table__summary">{ cell.summary(&language.ui().map) }</p>
            <ul class="map-table__studies">
                for study in &cell.studies {
                    if let Some(publication) = catalogue.dataset.publication(&study.publication_id) {
                        <li>
                            {{
                                // Without verified authors, the short name is the title.
                                let lang = reference_language(language).filter(|_| publication.authors.is_empty());
                                let name = html! { <span {lang}>{ citation::short_name(publication, and) }</span> };
                                match citation::primary_url(publication) {
                                    Some(href) => external_link(href, name, Some(&publication.title), language),
                                    None => name,
                                }
                            }}
                            { format!(": {}", language.direction(study.direction).to_lowercase()) }
                        </li>
                    }
                }
            </ul>
        </>
    }
}
