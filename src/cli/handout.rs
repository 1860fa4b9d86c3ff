//! `repcue handout ROUTINE --html FILE`: the routine as a printable page for the patient.

use std::path::Path;

use anyhow::Context;

use super::{Outcome, UsageError};
use crate::{handout, routine, t};

/// Writes the handout of the routine at `path` to `out`; never over the routine itself.
pub(super) fn run(path: &Path, out: &Path) -> anyhow::Result<Outcome> {
    let routine = match routine::load_file(path) {
        Ok(routine) => routine,
        Err(err) => {
            eprintln!("{err}");
            return Ok(Outcome::Invalid);
        }
    };
    if same_file(path, out) {
        return Err(UsageError(t!(
            "cli-handout-is-routine",
            file = out.display().to_string()
        ))
        .into());
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let pictures = handout::pictures(&routine, folder);
    for picture in &pictures {
        if let handout::Picture::Missing(note) = picture {
            eprintln!("{note}");
        }
    }
    let page = handout::html(&routine, &pictures);
    crate::store::write_atomic(out, page.as_bytes())
        .with_context(|| t!("cli-cannot-write", file = out.display().to_string()))?;
    println!("{}", t!("cli-wrote", file = out.display().to_string()));
    Ok(Outcome::Done)
}

/// Whether `a` and `b` name one file (`b` need not exist).
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
