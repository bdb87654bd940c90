fn main() {
    std::process::exit(ficaudio::app::run().code());
}
