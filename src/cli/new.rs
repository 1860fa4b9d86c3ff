//! `repcue new` and `repcue schema`: a commented starting routine for the physiotherapist, and
//! the JSON Schema that lets an editor complete its keys and underline mistakes.

use std::io::Write;
use std::path::Path;

use anyhow::Context;

use super::{Outcome, UsageError};
use crate::routine::schema;

/// The routine `repcue new` writes: a warm-up and one exercise, every key explained.
pub const TEMPLATE: &str = include_str!("../../assets/new-routine.toml");

/// Prints the schema on standard output.
pub(super) fn print_schema() -> anyhow::Result<Outcome> {
    std::io::stdout()
        .write_all(schema::text().as_bytes())
        .context("cannot write the schema to standard output")?;
    Ok(Outcome::Done)
}

/// Writes the starting routine at `path` and the schema next to it. Refuses to replace the
/// routine; an existing schema file is kept as it is.
pub(super) fn new_routine(path: &Path) -> anyhow::Result<Outcome> {
    if path.exists() {
        return Err(UsageError(format!(
            "{} already exists; choose a new file name (repcue new never writes over a file)",
            path.display()
        ))
        .into());
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(UsageError(format!(
            "the folder {} does not exist; create it first",
            folder.display()
        ))
        .into());
    }
    write_new(path, TEMPLATE)?;
    println!("Wrote {}", path.display());
    let schema_path = folder.join(schema::FILE_NAME);
    let schema_text = schema::text();
    match std::fs::read_to_string(&schema_path) {
        Ok(existing) if existing == schema_text => {}
        Ok(_) => eprintln!(
            "Kept the existing {}; to update it: repcue schema > {}",
            schema_path.display(),
            schema_path.display()
        ),
        Err(_) if schema_path.exists() => eprintln!("Kept {}", schema_path.display()),
        Err(_) => {
            write_new(&schema_path, &schema_text)?;
            println!("Wrote {}", schema_path.display());
        }
    }
    println!(
        "Edit it, then check it with: repcue check {}",
        path.display()
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
        .with_context(|| format!("cannot write in {}", folder.display()))?;
    file.write_all(text.as_bytes())
        .with_context(|| format!("cannot write {}", path.display()))?;
    file.persist_noclobber(path).map_err(|err| {
        if err.error.kind() == std::io::ErrorKind::AlreadyExists {
            anyhow::Error::new(UsageError(format!(
                "{} already exists; choose a new file name",
                path.display()
            )))
        } else {
            anyhow::Error::new(err.error).context(format!("cannot write {}", path.display()))
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
