//! Benchmarks of what runs per frame or per slider move.
#![cfg_attr(target_arch = "wasm32", allow(unused))]

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{criterion_group, Criterion};
    use model::journey::JourneyPlayer;
    use model::skin::{Region, SkinProfile};
    use model::units::Mm;
    use std::hint::black_box;

    fn per_frame(c: &mut Criterion) {
        c.bench_function("journey_at_time", |b| {
            b.iter(|| JourneyPlayer::at_time(black_box(13.7)).stage())
        });
        c.bench_function("skin_side_readouts", |b| {
            use model::channels::Setup;
            use model::device::Device;
            use model::skin::SkinType;
            let s = Setup::for_device(Device::Pen);
            b.iter(|| {
                let s = black_box(&s);
                (
                    model::risk::pain_score(s),
                    model::risk::pih_risk_pct(s, SkinType::new(5)),
                    model::warnings::warnings(s, Region::Forehead).len(),
                )
            })
        });
        c.bench_function("layer_at_all_regions", |b| {
            b.iter(|| Region::ALL.map(|r| SkinProfile::for_region(r).layer_at(black_box(Mm(0.7)))))
        });
    }

    /// Placing every channel of a 1 cm² patch at the densest pen setting (42 needles, 150 Hz,
    /// 0.5 cm/s, 8 passes: about 126,000 channels).
    fn placement(c: &mut Criterion) {
        use model::channels::{Setup, NEEDLE_DIAMETER_MM};
        use model::device::Device;
        let densest = Setup {
            device: Device::Pen,
            needle: Mm(3.0),
            needles: 42,
            hz: 150.0,
            glide_cm_s: 0.5,
            passes: 8,
            pressure: 1.0,
            needle_diameter: Mm(NEEDLE_DIAMETER_MM),
        };
        c.bench_function("place_densest_pen_1cm2", |b| {
            b.iter(|| black_box(&densest).place(black_box(7)).len())
        });
    }

    criterion_group!(benches, per_frame, placement);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
