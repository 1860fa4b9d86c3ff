//! Files a routine points at (pictures, intro clips): they must stay inside the routine's
//! folder, be of a known kind and not too large. Every refusal is a sentence for the screen.

use std::path::Path;

/// Pictures and clips larger than this are refused before reading.
pub const MAX_MEDIA_BYTES: u64 = 20 * 1024 * 1024;

/// Reads `relative` (as written in the routine) from inside `folder`, if its extension is one
/// of `kinds` (lower case). `what` names it in messages ("image", "intro clip").
pub fn read_inside(
    folder: &Path,
    relative: &str,
    kinds: &[&str],
    what: &str,
) -> Result<Vec<u8>, String> {
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
        return Err(format!("{what} \"{relative}\" is not one of {kinds}"));
    }
    let folder = folder
        .canonicalize()
        .map_err(|err| format!("cannot open the routine's folder: {err}"))?;
    // Resolving links first means a link cannot lead outside the folder either.
    let path = folder
        .join(relative)
        .canonicalize()
        .map_err(|_| format!("{what} \"{relative}\" not found next to the routine"))?;
    if !path.starts_with(&folder) {
        return Err(format!(
            "{what} \"{relative}\" is outside the routine's folder"
        ));
    }
    let too_large = || format!("{what} \"{relative}\" is over 20 MB");
    read_bounded(&path, MAX_MEDIA_BYTES)
        .map_err(|err| format!("cannot read {what} \"{relative}\": {err}"))?
        .ok_or_else(too_large)
}

/// Reads a regular file of at most `limit` bytes; `Ok(None)` when it is larger. Devices, pipes
/// and folders are refused, so a read can never block or run without end.
pub fn read_bounded(path: &Path, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let metadata = file.metadata()?;
    if !metadata.is_file() {
        return Err(std::io::Error::other("not a regular file"));
    }
    if metadata.len() > limit {
        return Ok(None);
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    // The file may grow while it is read: never take more than the limit allows.
    file.take(limit + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_outside_missing_and_other_kinds() {
        let dir = tempfile::tempdir().expect("temp dir");
        let inner = dir.path().join("routine");
        std::fs::create_dir(&inner).expect("mkdir");
        std::fs::write(dir.path().join("outside.ogg"), b"x").expect("write");
        std::fs::write(inner.join("ok.ogg"), b"abc").expect("write");
        let read = |rel: &str| read_inside(&inner, rel, &["ogg", "wav"], "intro clip");
        assert!(
            read("../outside.ogg")
                .unwrap_err()
                .contains("outside the routine's folder")
        );
        assert!(read("missing.ogg").unwrap_err().contains("not found"));
        assert!(
            read("notes.txt")
                .unwrap_err()
                .contains("not one of OGG, WAV")
        );
        assert_eq!(read("ok.ogg").expect("reads"), b"abc");
    }
}
