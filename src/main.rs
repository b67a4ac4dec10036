//! The widget binary Trunk builds: the embed's loader calls into it once.
fn main() {
    newsgloss_widget::start();
}
