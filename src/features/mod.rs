//! What clinics and classrooms use around the screens: share and embed, the resize message to an
//! embedding page, keyboard shortcuts, the guided tour, and the chart's PNG and CSV export.

pub mod export;
pub mod resize;
pub mod share;
pub mod shortcuts;
pub mod tour;
