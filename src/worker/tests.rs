//! A hostile picture comes back as a failed image.

use super::*;

#[test]
fn a_hostile_picture_is_a_failed_image_not_a_dead_worker() {
    let dir = tempfile::tempdir().expect("temp dir");
    let deep = "<g>".repeat(20_000);
    std::fs::write(
        dir.path().join("deep.svg"),
        format!(r#"<svg xmlns="http://www.w3.org/2000/svg">{deep}"#),
    )
    .expect("write");
    let worker = InlineWorker::default();
    worker.submit(Job::LoadImage {
        index: 0,
        tag: 1,
        folder: dir.path().to_path_buf(),
        relative: "deep.svg".into(),
    });
    let done = worker.poll();
    assert!(
        matches!(&done[..], [Done::Image { result: Err(message), .. }] if message.contains("nested more than 256")),
    );
}
