//! What a chart shows, as plain data: the screens build it from the model, the chart draws it,
//! the export writes it as CSV.

/// One line on the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub label: String,
    pub points: Vec<(f64, f64)>,
    /// Palette slot: 0 is the accent colour, then `--chart-1`… in the stylesheet.
    pub color: usize,
    pub dashed: bool,
    /// Plotted against the right-hand axis.
    pub right: bool,
}

/// Everything a chart shows; built by a screen from the model.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChartData {
    pub title: String,
    pub x_label: String,
    pub y_label: String,
    /// Right-hand axis label and range, when any series uses it.
    pub y2: Option<(String, (f64, f64))>,
    pub x_range: (f64, f64),
    pub y_range: (f64, f64),
    pub series: Vec<Series>,
    /// Vertical markers (e.g. sessions) at these x values.
    pub markers: Vec<f64>,
}
