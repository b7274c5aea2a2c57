//! Entry point of the `home` face.

fn main() {
    carewise::app::start(carewise::app::home_routes);
}
