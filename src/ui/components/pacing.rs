//! Drawing a long page in several short steps. When the app takes over a pre-rendered page it
//! draws its own copy off screen; drawn in one go, that is one long task that can delay a tap
//! on a slow phone. Parts wrapped in `Paced` wait their turn instead, and the take-over lets
//! them draw a few at a time, giving the browser a turn in between. Outside the take-over, and
//! in the server renderer, `Paced` draws its children at once.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use yew::prelude::*;

/// The parts waiting to be drawn, shared by the take-over and the `Paced` parts.
#[derive(Clone, Default)]
pub struct Pacer(Rc<PacerState>);

#[derive(Default)]
struct PacerState {
    holding: Cell<bool>,
    /// Whether the page around the held-back parts has drawn (and so counted them all).
    page_drawn: Cell<bool>,
    /// Parts held back and not yet told to draw.
    waiting: RefCell<VecDeque<Callback<()>>>,
    /// Parts held back and not yet drawn (waiting, or told to draw but not yet drawn).
    undrawn: Cell<usize>,
}

impl PartialEq for Pacer {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Pacer {
    /// A pacer that holds back every `Paced` part until `draw_next` lets it through.
    pub fn holding() -> Self {
        let pacer = Self::default();
        pacer.0.holding.set(true);
        pacer
    }

    fn is_holding(&self) -> bool {
        self.0.holding.get()
    }

    /// Counts a part as undrawn until the returned token is dropped, and tells it to draw
    /// when its turn comes (at once if nothing is held back any more).
    fn hold(&self, draw: Callback<()>) -> Undrawn {
        self.0.undrawn.set(self.0.undrawn.get() + 1);
        if self.is_holding() {
            self.0.waiting.borrow_mut().push_back(draw);
        } else {
            draw.emit(());
        }
        Undrawn(self.clone())
    }

    /// Tells the next waiting part to draw itself; `false` when none is waiting.
    pub fn draw_next(&self) -> bool {
        let next = self.0.waiting.borrow_mut().pop_front();
        next.map(|draw| draw.emit(())).is_some()
    }

    /// Called by the app once the page around the held-back parts has drawn.
    pub fn page_drawn(&self) {
        self.0.page_drawn.set(true);
    }

    /// Whether the page and every part it held back have drawn (or are gone).
    pub fn all_drawn(&self) -> bool {
        self.0.page_drawn.get() && self.0.undrawn.get() == 0
    }

    /// Stops holding parts back: any still waiting draw now, and new ones at once.
    pub fn release(&self) {
        self.0.holding.set(false);
        while self.draw_next() {}
    }
}

/// A held-back part, counted until it has drawn or is removed.
struct Undrawn(Pacer);

impl Drop for Undrawn {
    fn drop(&mut self) {
        let undrawn = &self.0 .0.undrawn;
        undrawn.set(undrawn.get().saturating_sub(1));
    }
}

#[derive(Properties, PartialEq)]
pub struct PacedProps {
    pub children: Html,
}

/// Its children, drawn when the pacer lets them (at once when nothing holds them back). A
/// struct component rather than hooks: it is used in many places and weighs less this way.
pub struct Paced {
    /// Counted as undrawn from creation, so the take-over cannot miss a part whose turn is
    /// yet to come; dropped once drawn (or when the part goes away).
    undrawn: Option<Undrawn>,
    drawn: bool,
}

impl Component for Paced {
    /// The pacer says it is this part's turn.
    type Message = ();
    type Properties = PacedProps;

    fn create(ctx: &Context<Self>) -> Self {
        let pacer = ctx
            .link()
            .context::<Pacer>(Callback::noop())
            .map(|(pacer, _)| pacer)
            .filter(Pacer::is_holding);
        let undrawn = pacer.map(|pacer| pacer.hold(ctx.link().callback(|()| ())));
        Paced {
            drawn: undrawn.is_none(),
            undrawn,
        }
    }

    fn update(&mut self, _ctx: &Context<Self>, (): ()) -> bool {
        !std::mem::replace(&mut self.drawn, true)
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        if self.drawn {
            ctx.props().children.clone()
        } else {
            Html::default()
        }
    }

    fn rendered(&mut self, _ctx: &Context<Self>, _first_render: bool) {
        if self.drawn {
            self.undrawn = None;
        }
    }
}
