//! What Repcue keeps on disk: where it lives, and writing it so a crash never leaves half a file.

pub mod history;
pub mod journal;
pub mod recent;
pub mod recorder;
pub mod settings;

use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::t;

/// Environment variable that moves everything Repcue stores into one folder (tests, portable use).
pub const HOME_ENV: &str = "REPCUE_HOME";

/// The folders Repcue stores its files in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// Settings and the recent-routines list.
    pub config: PathBuf,
    /// The history.
    pub data: PathBuf,
    /// What can be made again (the routine's own words, spoken); never anything recorded.
    pub cache: PathBuf,
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
            cache: dirs.cache_dir().to_path_buf(),
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
            cache: folder.join("cache"),
        }
    }
}

/// Why one of the small state files could not be saved; each message says what still holds.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// `settings.toml`.
    #[error("{}", t!("store-settings-not-saved", reason = .0.to_string()))]
    Settings(#[source] std::io::Error),
    /// The recently opened routines.
    #[error("{}", t!("store-recent-not-saved", reason = .0.to_string()))]
    RecentList(#[source] std::io::Error),
    /// The save itself failed in a way nobody expected (a bug); nothing was lost on screen.
    #[error("{}", t!("store-save-unexpected"))]
    Unexpected,
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

/// Appends `line` (ending in a newline) to `path` and waits until it is on disk. A previous
/// line cut short by a crash is closed first, so it never runs into this one.
pub fn append_synced(path: &Path, line: &[u8]) -> std::io::Result<()> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)?;
    }
    let mut file = std::fs::OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .open(path)?;
    let mut bytes = Vec::with_capacity(line.len() + 1);
    if ends_mid_line(&mut file)? {
        bytes.push(b'\n');
    }
    bytes.extend_from_slice(line);
    file.write_all(&bytes)?;
    file.sync_data()
}

/// Whether the file's last byte is something other than a newline.
fn ends_mid_line(file: &mut std::fs::File) -> std::io::Result<bool> {
    let len = file.metadata()?.len();
    if len == 0 {
        return Ok(false);
    }
    file.seek(SeekFrom::Start(len - 1))?;
    let mut last = [0u8];
    file.read_exact(&mut last)?;
    Ok(last[0] != b'\n')
}
/// Keeps a copy of an unreadable file under a name that says so (`NAME.unreadable-DATE-TIME`),
/// never replacing another file, and leaves the original where it is; returns the copy's path.
/// A copy, not a link: whatever later happens to the original, the copy stays as it was.
pub fn keep_aside(path: &Path, now: Timestamp) -> std::io::Result<PathBuf> {
    let stamp = now.strftime("%Y%m%d-%H%M%S").to_string();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let bytes = std::fs::read(path)?;
    for attempt in 0..1000 {
        let suffix = if attempt == 0 {
            String::new()
        } else {
            format!("-{attempt}")
        };
        let target = path.with_file_name(format!("{name}.unreadable-{stamp}{suffix}"));
        let mut copy = match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&target)
        {
            Ok(copy) => copy,
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(err) => return Err(err),
        };
        copy.write_all(&bytes)?;
        copy.sync_all()?;
        return Ok(target);
    }
    Err(std::io::Error::other(t!("store-too-many-copies")))
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

    #[test]
    fn keeping_aside_never_replaces_an_earlier_copy_nor_the_original() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("history.jsonl");
        let now = Timestamp::from_second(1_767_603_600).expect("time");
        std::fs::write(&path, b"first").expect("write");
        let first = keep_aside(&path, now).expect("keep");
        std::fs::write(&path, b"second").expect("write");
        let second = keep_aside(&path, now).expect("keep");
        assert_ne!(first, second);
        assert_eq!(std::fs::read(first).expect("read"), b"first");
        assert_eq!(std::fs::read(second).expect("read"), b"second");
        assert_eq!(std::fs::read(&path).expect("read"), b"second");
    }
}
