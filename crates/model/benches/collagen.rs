//! Benchmark of the collagen model: what runs when a visitor moves the sessions or interval slider.
#![cfg_attr(target_arch = "wasm32", allow(unused))]

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{criterion_group, Criterion};
    use model::collagen::{Course, Plan};
    use std::hint::black_box;

    /// A 12-month course of 8 sessions 4 weeks apart at the 1.5 mm pen's stimulus, then the
    /// chart's daily samples.
    fn course(c: &mut Criterion) {
        let plan = Plan {
            sessions: 8,
            interval_weeks: 4.0,
            stimulus: 0.7,
        };
        c.bench_function("collagen_course_8_sessions_12_months", |b| {
            b.iter(|| {
                Course::simulate(black_box(&plan))
                    .at(black_box(6.0))
                    .collagen_pct
            })
        });
        let course = Course::simulate(&plan);
        c.bench_function("collagen_daily_samples", |b| {
            b.iter(|| {
                black_box(&course)
                    .samples()
                    .map(|s| s.collagen_pct)
                    .sum::<f64>()
            })
        });
    }

    criterion_group!(benches, course);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
