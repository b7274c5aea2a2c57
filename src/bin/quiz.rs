//! Entry point of the `quiz` face.

fn main() {
    carewise::app::start(carewise::app::quiz_routes);
}
