//! Reading files a routine points at: where they may be, what they may be, how large.

use super::*;

fn routine_folder() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let inner = dir.path().join("routine");
    std::fs::create_dir(&inner).expect("mkdir");
    (dir, inner)
}

fn read(folder: &Path, relative: &str) -> Result<Vec<u8>, MediaError> {
    read_inside(folder, relative, &["ogg", "wav"], What::IntroClip)
}

#[test]
fn refuses_outside_missing_and_other_kinds() {
    let (dir, inner) = routine_folder();
    std::fs::write(dir.path().join("outside.ogg"), b"x").expect("write");
    std::fs::write(inner.join("ok.ogg"), b"abc").expect("write");
    let outside = read(&inner, "../outside.ogg").unwrap_err();
    assert!(matches!(outside, MediaError::OutsideFolder { .. }));
    assert!(outside.to_string().contains("outside the routine's folder"));
    let missing = read(&inner, "missing.ogg").unwrap_err();
    assert!(matches!(missing, MediaError::NotFound { .. }));
    assert!(missing.to_string().contains("not found"));
    let kind = read(&inner, "notes.txt").unwrap_err();
    assert!(matches!(kind, MediaError::NotAllowedKind { .. }));
    assert!(kind.to_string().contains("not one of OGG, WAV"));
    assert_eq!(read(&inner, "ok.ogg").expect("reads"), b"abc");
}

#[cfg(unix)]
#[test]
fn a_link_inside_the_folder_that_leads_out_of_it_is_refused() {
    let (dir, inner) = routine_folder();
    std::fs::write(dir.path().join("secret.wav"), b"x").expect("write");
    std::fs::write(inner.join("real.wav"), b"abc").expect("write");
    std::os::unix::fs::symlink(dir.path().join("secret.wav"), inner.join("link.wav"))
        .expect("symlink");
    std::os::unix::fs::symlink(inner.join("real.wav"), inner.join("inner-link.wav"))
        .expect("symlink");
    std::os::unix::fs::symlink(dir.path(), inner.join("up")).expect("symlink");
    assert!(matches!(
        read(&inner, "link.wav"),
        Err(MediaError::OutsideFolder { .. })
    ));
    assert!(matches!(
        read(&inner, "up/secret.wav"),
        Err(MediaError::OutsideFolder { .. })
    ));
    // A link that stays inside is fine.
    assert_eq!(read(&inner, "inner-link.wav").expect("reads"), b"abc");
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_refused_at_once_without_opening_it() {
    let (_dir, inner) = routine_folder();
    let fifo = inner.join("pipe.wav");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    // Opening it for reading would wait for a writer for ever; the test would hang.
    let err = read(&inner, "pipe.wav").unwrap_err();
    assert!(
        matches!(
            err,
            MediaError::NotRegularFile {
                kind: "a named pipe",
                ..
            }
        ),
        "{err}"
    );
    assert!(
        err.to_string()
            .contains("is a named pipe, not a regular file")
    );
    let err = read_bounded(&fifo, 100).unwrap_err();
    assert!(err.to_string().contains("a named pipe"), "{err}");
}

#[test]
fn folders_and_devices_are_refused() {
    let (_dir, inner) = routine_folder();
    std::fs::create_dir(inner.join("clips.wav")).expect("mkdir");
    assert!(matches!(
        read(&inner, "clips.wav"),
        Err(MediaError::NotRegularFile {
            kind: "a folder",
            ..
        })
    ));
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("/dev/zero", inner.join("zero.wav")).expect("symlink");
        // Outside the folder first of all; read directly, it is still refused.
        assert!(read(&inner, "zero.wav").is_err());
        let err = read_bounded(Path::new("/dev/zero"), 100).unwrap_err();
        assert!(err.to_string().contains("a device"), "{err}");
    }
}

#[test]
fn files_over_the_limit_are_refused_before_reading() {
    let (_dir, inner) = routine_folder();
    let file = std::fs::File::create(inner.join("long.wav")).expect("create");
    file.set_len(MAX_MEDIA_BYTES + 1).expect("grow");
    assert!(matches!(
        read(&inner, "long.wav"),
        Err(MediaError::TooLarge { .. })
    ));
}

#[test]
fn pictures_outside_the_folder_missing_or_of_other_kinds_are_refused() {
    let (dir, inner) = routine_folder();
    std::fs::write(dir.path().join("outside.png"), b"x").expect("write");
    std::fs::write(inner.join("broken.png"), b"not a png").expect("write");
    let refuse = |rel: &str| load_image(&inner, rel).err().map(|e| e.to_string());
    let refuse = |rel: &str| refuse(rel).unwrap_or_default();
    assert!(refuse("../outside.png").contains("outside the routine's folder"));
    assert!(refuse("missing.png").contains("not found"));
    assert!(refuse("notes.txt").contains("not one of PNG, JPG, JPEG, SVG"));
    assert!(refuse("broken.png").contains("could not be read as an image"));
}

#[test]
fn a_png_next_to_the_routine_decodes_and_a_large_one_is_scaled_down() {
    let dir = tempfile::tempdir().expect("temp dir");
    let img = image::RgbaImage::from_pixel(3, 2, image::Rgba([255, 0, 0, 255]));
    img.save(dir.path().join("red.png")).expect("save png");
    let decoded = load_image(dir.path(), "red.png").expect("decodes");
    assert_eq!(decoded.size, [3, 2]);
    let img = image::GrayImage::new(1200, 600);
    img.save(dir.path().join("wide.png")).expect("save png");
    let decoded = load_image(dir.path(), "wide.png").expect("decodes");
    assert_eq!(decoded.size, [400, 200]);
}

#[test]
fn a_decompression_bomb_is_refused_by_its_header() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("bomb.png"),
        hostile::png_bomb(11_000, 11_000),
    )
    .expect("write");
    let err = load_image(dir.path(), "bomb.png").unwrap_err();
    assert_eq!(
        err,
        MediaError::TooManyPixels {
            file: "bomb.png".into(),
            width: 11_000,
            height: 11_000
        }
    );
    assert_eq!(
        err.to_string(),
        "picture \"bomb.png\" is too large (11000 × 11000 pixels); use one under 4000 × 4000"
    );
}

#[test]
fn the_hand_made_png_is_a_real_png() {
    // The bomb generator makes valid files: a small one decodes to the declared size.
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("small.png"), hostile::png_bomb(300, 1000)).expect("write");
    let decoded = load_image(dir.path(), "small.png").expect("decodes");
    assert_eq!(decoded.size, [120, 400]);
}

#[test]
fn a_picture_within_its_sides_but_over_the_memory_limit_is_refused() {
    // 4000 × 4000 at 16 bits per channel, RGBA: 128 MB decoded.
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("deep.png"),
        hostile::png_zeros(4000, 4000, 6, 16),
    )
    .expect("write");
    assert!(matches!(
        load_image(dir.path(), "deep.png"),
        Err(MediaError::TooComplex { .. })
    ));
}

#[test]
fn the_window_icon_decodes_at_its_size() {
    let icon = window_icon().expect("the embedded icon decodes");
    assert_eq!((icon.width, icon.height), (128, 128));
    assert_eq!(icon.rgba.len(), 128 * 128 * 4);
}
