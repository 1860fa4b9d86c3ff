//! `repcue new` and `repcue schema`: a commented starting routine for the physiotherapist, and
//! the JSON Schema that lets an editor complete its keys and underline mistakes.

use std::io::Write;
use std::path::Path;

use anyhow::Context;

use super::{Outcome, UsageError};
use crate::routine::schema;
use crate::t;

/// The routine `repcue new` writes: a warm-up and one exercise, every key explained.
pub const TEMPLATE: &str = include_str!("../../assets/new-routine.toml");

/// Prints the schema on standard output.
pub(super) fn print_schema() -> anyhow::Result<Outcome> {
    std::io::stdout()
        .write_all(schema::text().as_bytes())
        .with_context(|| t!("cli-cannot-write-schema"))?;
    Ok(Outcome::Done)
}

/// Writes the starting routine at `path` and the schema next to it. Refuses to replace the
/// routine; an existing schema file is kept as it is.
pub(super) fn new_routine(path: &Path) -> anyhow::Result<Outcome> {
    if path.exists() {
        return Err(UsageError(t!(
            "cli-file-exists-never-overwrite",
            file = path.display().to_string()
        ))
        .into());
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(UsageError(t!(
            "cli-folder-missing",
            folder = folder.display().to_string()
        ))
        .into());
    }
    write_new(path, TEMPLATE)?;
    println!("{}", t!("cli-wrote", file = path.display().to_string()));
    let schema_path = folder.join(schema::FILE_NAME);
    let schema_text = schema::text();
    match std::fs::read_to_string(&schema_path) {
        Ok(existing) if existing == schema_text => {}
        Ok(_) => eprintln!(
            "{}",
            t!(
                "cli-kept-existing-schema",
                file = schema_path.display().to_string()
            )
        ),
        Err(_) if schema_path.exists() => eprintln!(
            "{}",
            t!("cli-kept", file = schema_path.display().to_string())
        ),
        Err(_) => {
            write_new(&schema_path, &schema_text)?;
            println!(
                "{}",
                t!("cli-wrote", file = schema_path.display().to_string())
            );
        }
    }
    println!(
        "{}",
        t!("cli-edit-then-check", file = path.display().to_string())
    );
    Ok(Outcome::Done)
}

/// Writes `text` to `path` through a temporary file, failing if `path` appears meanwhile.
fn write_new(path: &Path, text: &str) -> anyhow::Result<()> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut file = tempfile::NamedTempFile::new_in(folder)
        .with_context(|| t!("cli-cannot-write-in", folder = folder.display().to_string()))?;
    file.write_all(text.as_bytes())
        .with_context(|| t!("cli-cannot-write", file = path.display().to_string()))?;
    file.persist_noclobber(path).map_err(|err| {
        if err.error.kind() == std::io::ErrorKind::AlreadyExists {
            anyhow::Error::new(UsageError(t!(
                "cli-file-exists",
                file = path.display().to_string()
            )))
        } else {
            anyhow::Error::new(err.error)
                .context(t!("cli-cannot-write", file = path.display().to_string()))
        }
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_template_is_a_valid_routine_that_names_its_schema() {
        let routine = crate::routine::parse_str(super::TEMPLATE, "new.toml").expect("valid");
        assert_eq!(routine.exercises.len(), 2);
        assert!(super::TEMPLATE.starts_with(crate::routine::schema::DIRECTIVE));
    }
}
