//! Benchmark of the Compare screen's model: the four tools' columns (Treatment, Absorption and
//! Collagen models each), as computed on every change of goal, region or course.
#![cfg_attr(target_arch = "wasm32", allow(unused))]

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{criterion_group, Criterion};
    use model::compare::{compare, Comparison, Goal};
    use model::device::Device;
    use model::skin::Region;
    use std::hint::black_box;

    fn columns(c: &mut Criterion) {
        c.bench_function("compare_all_four_columns_acne_scars", |b| {
            b.iter(|| {
                Device::ALL.map(|d| {
                    compare(
                        black_box(Goal::AcneScars),
                        d,
                        black_box(Region::Cheek),
                        black_box(3),
                        black_box(4),
                    )
                })
            })
        });
        c.bench_function("comparison_three_columns_fine_lines", |b| {
            b.iter(|| {
                Comparison::new(
                    black_box(Goal::FineLines),
                    black_box(Device::HomeStamp),
                    black_box(Region::Cheek),
                    black_box(3),
                    black_box(4),
                )
            })
        });
    }

    criterion_group!(benches, columns);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
