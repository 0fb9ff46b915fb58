//! Benchmark of the absorption course: 48 simulated hours, intact and needled, as computed on
//! every change of serum, device or covering (once per settings change, never per frame), and the
//! validation table's settings (once per visit).
#![cfg_attr(target_arch = "wasm32", allow(unused))]

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{criterion_group, Criterion};
    use model::absorption::Course;
    use model::channels::Setup;
    use model::device::Device;
    use model::serum::Serum;
    use model::skin::{Region, SkinProfile};
    use std::hint::black_box;

    fn course(c: &mut Criterion) {
        let setup = Setup::for_device(Device::Pen);
        let skin = SkinProfile::for_region(Region::Cheek);
        c.bench_function("absorption_course_48h_default_pen", |b| {
            b.iter(|| {
                Course::new(
                    black_box(Serum::Niacinamide),
                    black_box(false),
                    black_box(&setup),
                    black_box(&skin),
                )
            })
        });
        c.bench_function("absorption_course_48h_vitamin_c_covered", |b| {
            b.iter(|| {
                Course::new(
                    black_box(Serum::VitaminC),
                    black_box(true),
                    black_box(&setup),
                    black_box(&skin),
                )
            })
        });
        let course = Course::new(Serum::HaHigh, true, &setup, &skin);
        c.bench_function("absorption_field_at", |b| {
            b.iter(|| black_box(&course).field_at(black_box(13.3)))
        });
        c.bench_function("absorption_validation_checks", |b| {
            b.iter(model::absorption::checks)
        });
    }

    criterion_group!(benches, course);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
