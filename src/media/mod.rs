//! Files a routine points at (pictures, intro clips): they must stay inside the routine's
//! folder, be of a known kind and not too large, and decoding them must never take the app
//! down. Every refusal is a [`MediaError`], whose message is a sentence for the screen.

mod drawing;
mod error;
pub mod hostile;
mod picture;

use std::path::Path;

pub use drawing::render_svg;
pub use error::{ClipError, MediaError, What};
pub use picture::load_image;

/// Pictures and clips larger than this are refused before reading.
pub const MAX_MEDIA_BYTES: u64 = 20 * 1024 * 1024;

/// Reads `relative` (as written in the routine) from inside `folder`, if its extension is one
/// of `kinds` (lower case). `what` names it in messages.
pub fn read_inside(
    folder: &Path,
    relative: &str,
    kinds: &[&str],
    what: What,
) -> Result<Vec<u8>, MediaError> {
    let file = relative.to_string();
    let extension = Path::new(relative)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if !kinds.contains(&extension.as_str()) {
        let kinds = kinds
            .iter()
            .map(|k| k.to_uppercase())
            .collect::<Vec<_>>()
            .join(", ");
        return Err(MediaError::NotAllowedKind { what, file, kinds });
    }
    let folder = folder
        .canonicalize()
        .map_err(|err| MediaError::Unreadable {
            what,
            file: file.clone(),
            reason: crate::t!("media-folder-unreadable", detail = err.to_string()),
        })?;
    // Resolving links first means a link cannot lead outside the folder either.
    let Ok(path) = folder.join(relative).canonicalize() else {
        return Err(MediaError::NotFound { what, file });
    };
    if !path.starts_with(&folder) {
        return Err(MediaError::OutsideFolder { what, file });
    }
    // Looked at before opening: opening a named pipe waits for a writer, for ever.
    let metadata = std::fs::metadata(&path).map_err(|err| MediaError::Unreadable {
        what,
        file: file.clone(),
        reason: err.to_string(),
    })?;
    if let Some(kind) = not_regular(&metadata) {
        return Err(MediaError::NotRegularFile { what, file, kind });
    }
    match read_bounded(&path, MAX_MEDIA_BYTES) {
        Ok(Some(bytes)) => Ok(bytes),
        Ok(None) => Err(MediaError::TooLarge { what, file }),
        Err(err) => Err(MediaError::Unreadable {
            what,
            file,
            reason: err.to_string(),
        }),
    }
}

/// Reads a regular file of at most `limit` bytes; `Ok(None)` when it is larger. Devices, pipes
/// and folders are refused before they are opened, so a read can never block or run without
/// end.
pub fn read_bounded(path: &Path, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    if let Some(kind) = not_regular(&std::fs::metadata(path)?) {
        return Err(not_regular_error(kind));
    }
    let file = open_without_waiting(path)?;
    // Checked again on what was opened: the path may have been swapped in between.
    let metadata = file.metadata()?;
    if let Some(kind) = not_regular(&metadata) {
        return Err(not_regular_error(kind));
    }
    if metadata.len() > limit {
        return Ok(None);
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    // The file may grow while it is read: never take more than the limit allows.
    file.take(limit + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

fn not_regular_error(kind: &str) -> std::io::Error {
    std::io::Error::other(crate::t!(
        "media-not-regular",
        kind = error::kind_text(kind)
    ))
}

/// Opens for reading without waiting: a named pipe swapped in after the kind was checked opens
/// at once (and is then refused) instead of blocking until something writes to it.
fn open_without_waiting(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Only changes how pipes and devices open; reads of a regular file are unaffected.
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// What a file is when it is not a regular file ("a folder", "a named pipe"): the English words
/// also name the kind in [`MediaError::NotRegularFile`], and [`error::kind_text`] puts them in
/// the person's language.
fn not_regular(metadata: &std::fs::Metadata) -> Option<&'static str> {
    let kind = metadata.file_type();
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some("a folder"); // not translated: the kind's key, see error::kind_text
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some("a named pipe"); // not translated: the kind's key
        }
        if kind.is_socket() {
            return Some("a socket"); // not translated: the kind's key
        }
        if kind.is_block_device() || kind.is_char_device() {
            return Some("a device"); // not translated: the kind's key
        }
    }
    Some("a special file") // not translated: the kind's key
}

/// The message of a caught panic, for logs.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "no message".into()) // not translated: for logs
}

/// The app's icon (128×128, embedded), for the window and the task switcher; `None` if it
/// cannot be decoded (a build error, caught by the tests).
pub fn window_icon() -> Option<eframe::egui::IconData> {
    const PNG: &[u8] =
        include_bytes!("../../assets/icons/hicolor/128x128/apps/org.repcue.Repcue.png");
    let pixels = image::load_from_memory_with_format(PNG, image::ImageFormat::Png)
        .ok()?
        .into_rgba8();
    Some(eframe::egui::IconData {
        width: pixels.width(),
        height: pixels.height(),
        rgba: pixels.into_raw(),
    })
}

#[cfg(test)]
mod tests;
