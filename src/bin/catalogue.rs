//! Entry point of the `catalogue` face.

fn main() {
    carewise::app::start(carewise::app::catalogue_routes);
}
