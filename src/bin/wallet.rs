//! Entry point of the `wallet` face.

fn main() {
    carewise::app::start(carewise::app::wallet_routes);
}
