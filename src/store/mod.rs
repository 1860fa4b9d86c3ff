//! What Repcue keeps on disk: where it lives, and writing it so a crash never leaves half a file.

pub mod history;
pub mod journal;
pub mod recent;
pub mod recorder;
pub mod settings;

use std::io::Write;
use std::path::{Path, PathBuf};

/// Environment variable that moves everything Repcue stores into one folder (tests, portable use).
pub const HOME_ENV: &str = "REPCUE_HOME";

/// The folders Repcue stores its files in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// Settings and the recent-routines list.
    pub config: PathBuf,
    /// The history.
    pub data: PathBuf,
}

impl Paths {
    /// `$REPCUE_HOME` when set, otherwise the platform's folders (e.g. `~/.config/repcue` and
    /// `~/.local/share/repcue` on Linux). `None` when the system has no home folder.
    pub fn from_env() -> Option<Self> {
        if let Some(home) = std::env::var_os(HOME_ENV).filter(|v| !v.is_empty()) {
            return Some(Self::in_folder(Path::new(&home)));
        }
        let dirs = directories::ProjectDirs::from("", "", "repcue")?;
        Some(Self {
            config: dirs.config_dir().to_path_buf(),
            data: dirs.data_dir().to_path_buf(),
        })
    }

    /// `home` when given (the `--home` flag), otherwise as [`Paths::from_env`].
    pub fn resolve(home: Option<&Path>) -> Option<Self> {
        match home {
            Some(home) => Some(Self::in_folder(home)),
            None => Self::from_env(),
        }
    }

    /// Everything inside one folder.
    pub fn in_folder(folder: &Path) -> Self {
        Self {
            config: folder.join("config"),
            data: folder.join("data"),
        }
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so the
/// old content stays whole until the new one is complete on disk.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder)?;
    let mut temp = tempfile::NamedTempFile::new_in(folder)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|err| err.error)?;
    // The rename itself is only durable once the folder is synced (where the system allows it).
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_whole_files_and_makes_folders() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a/b/file.txt");
        write_atomic(&path, b"first").expect("write");
        write_atomic(&path, b"second").expect("rewrite");
        assert_eq!(std::fs::read(&path).expect("read"), b"second");
        let leftovers = std::fs::read_dir(path.parent().expect("parent"))
            .expect("list")
            .count();
        assert_eq!(leftovers, 1, "no temporary files left behind");
    }
}
