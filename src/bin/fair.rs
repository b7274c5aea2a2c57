//! Entry point of the `fair` face.

fn main() {
    carewise::app::start(carewise::app::fair_routes);
}
