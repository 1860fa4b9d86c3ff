//! The worker survives a job that panics, on a thread and inline alike.

use std::path::PathBuf;
use std::sync::mpsc::channel;
use std::time::Duration;

use super::*;

fn panicking_export() -> Job {
    Job::Export {
        path: PathBuf::from("report.html"),
        make: Box::new(|| panic!("a bug while making the export")),
    }
}

fn failing_save() -> Job {
    Job::Save(Box::new(|| {
        Err(crate::store::SaveError::Settings(std::io::Error::other(
            "disk full",
        )))
    }))
}

/// Waits (without sleeping) until the worker has woken us `count` times, then takes the results.
fn results(
    worker: &ThreadWorker,
    woken: &std::sync::mpsc::Receiver<()>,
    count: usize,
) -> Vec<Done> {
    for _ in 0..count {
        woken
            .recv_timeout(Duration::from_secs(20))
            .expect("the worker answers");
    }
    worker.poll()
}

fn check(done: &[Done]) {
    assert_eq!(done.len(), 2);
    assert!(
        matches!(&done[0], Done::Exported(Err(err)) if err.to_string().contains("nothing was written")),
        "a panicking export is reported as a failed export"
    );
    assert!(
        matches!(&done[1], Done::SaveFailed(err) if err.to_string().contains("disk full")),
        "a failed save says why"
    );
}

#[test]
fn a_panicking_job_fails_alone_and_the_thread_goes_on() {
    let (wake, woken) = channel();
    let worker = ThreadWorker::spawn(move || {
        let _ = wake.send(());
    });
    worker.submit(panicking_export());
    worker.submit(failing_save());
    check(&results(&worker, &woken, 2));
}

#[test]
fn the_inline_worker_turns_a_panic_into_the_same_failure() {
    let worker = InlineWorker::default();
    worker.submit(panicking_export());
    worker.submit(failing_save());
    check(&worker.poll());
}

#[test]
fn every_kind_of_job_has_a_failure_of_its_own_kind() {
    let save = Failed::of(&Job::Save(Box::new(|| panic!("bug")))).done();
    assert!(matches!(save, Done::SaveFailed(_)));
    let routine = Failed::of(&Job::LoadRoutine("a.toml".into())).done();
    assert!(
        matches!(routine, Done::Routine { result: Err(_), ref path } if path == &PathBuf::from("a.toml"))
    );
    let image = Failed::of(&Job::RenderSvg {
        index: 3,
        tag: 7,
        svg: b"",
    })
    .done();
    assert!(matches!(
        image,
        Done::Image {
            index: 3,
            tag: 7,
            result: Err(_)
        }
    ));
    let picked = Failed::of(&Job::PickRoutine).done();
    assert!(matches!(picked, Done::Picked(None)));
    let kind = ExportKind::Csv;
    let save_picked = Failed::of(&Job::PickSave {
        kind,
        suggested: "x.csv".into(),
    })
    .done();
    assert!(matches!(
        save_picked,
        Done::SavePicked(ExportKind::Csv, None)
    ));
}

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
