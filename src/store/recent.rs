//! The short list of recently opened routines, newest first, one path per line.

use std::path::{Path, PathBuf};

/// How many routines the list keeps.
pub const MAX_RECENT: usize = 8;
const FILE_NAME: &str = "recent-routines.txt";

/// The file the list lives in.
pub fn file(config: &Path) -> PathBuf {
    config.join(FILE_NAME)
}

/// Reads the list; a missing or unreadable file is an empty list (it is only a convenience).
pub fn load(config: &Path) -> Vec<PathBuf> {
    let text = std::fs::read_to_string(file(config)).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(PathBuf::from)
        .take(MAX_RECENT)
        .collect()
}

/// Puts `path` first, without duplicates, keeping at most [`MAX_RECENT`].
pub fn remember(list: &mut Vec<PathBuf>, path: &Path) {
    let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    list.retain(|p| p != &path);
    list.insert(0, path);
    list.truncate(MAX_RECENT);
}

/// Writes the list atomically.
pub fn save(config: &Path, list: &[PathBuf]) -> std::io::Result<()> {
    let text: String = list.iter().map(|p| format!("{}\n", p.display())).collect();
    super::write_atomic(&file(config), text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_first_without_duplicates_and_bounded() {
        let mut list = Vec::new();
        for i in 0..10 {
            remember(&mut list, Path::new(&format!("/nowhere/r{i}.toml")));
        }
        remember(&mut list, Path::new("/nowhere/r5.toml"));
        assert_eq!(list.len(), MAX_RECENT);
        assert_eq!(list[0], Path::new("/nowhere/r5.toml"));
        assert_eq!(list.iter().filter(|p| p.ends_with("r5.toml")).count(), 1);
    }

    #[test]
    fn round_trips_through_the_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let list = vec![PathBuf::from("/a/b.toml"), PathBuf::from("/c d/e.toml")];
        save(dir.path(), &list).expect("save");
        assert_eq!(load(dir.path()), list);
        assert!(load(&dir.path().join("missing")).is_empty());
    }
}
