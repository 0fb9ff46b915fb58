//! Benchmarks of what runs per frame or per slider move.
#![cfg_attr(target_arch = "wasm32", allow(unused))]

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{criterion_group, Criterion};
    use microneedling_explorer::model::journey::JourneyPlayer;
    use microneedling_explorer::model::skin::{Region, SkinProfile};
    use microneedling_explorer::model::units::Mm;
    use microneedling_explorer::settings;
    use std::hint::black_box;

    fn per_frame(c: &mut Criterion) {
        c.bench_function("journey_at_time", |b| {
            b.iter(|| JourneyPlayer::at_time(black_box(13.7)).stage())
        });
        c.bench_function("layer_at_all_regions", |b| {
            b.iter(|| Region::ALL.map(|r| SkinProfile::for_region(r).layer_at(black_box(Mm(0.7)))))
        });
        c.bench_function("parse_settings", |b| {
            b.iter(|| {
                settings::parse(black_box([
                    ("device", "roller"),
                    ("depth", "1.5"),
                    ("region", "eyelid"),
                    ("lang", "es"),
                ]))
            })
        });
    }

    criterion_group!(benches, per_frame);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
