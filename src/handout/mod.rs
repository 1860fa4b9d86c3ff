//! The printable handout of a routine, for the patient to take home: one self-contained HTML
//! page (inline CSS, pictures as data: URIs, nothing fetched) that prints on A4 and US Letter —
//! the title, who prescribed it, the schedule, each exercise with its picture and its
//! prescription stage by stage, the pain limit, the warning signs and a grid to tick.

mod grid;
mod pictures;

use std::fmt::Write;

pub use pictures::{Picture, pictures};

use crate::format::html as esc;
use crate::report::{esc_marked, mark};
use crate::routine::{Exercise, Routine, words};
use crate::safety::{self, Warnings};
use crate::t;

const STYLE: &str = "\
@page { size: auto; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font: 10pt/1.35 system-ui, 'Segoe UI', Helvetica, Arial, sans-serif; color: #111;
  max-width: 186mm; margin: 0 auto; padding: 6mm 0; }
h1 { font-size: 20pt; margin: 0 0 1mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid #999; }
h3 { font-size: 12pt; margin: 0 0 1mm; }
p { margin: 1mm 0; }
.muted { color: #555; }
.notes { white-space: pre-line; }
.exercise { display: flex; gap: 5mm; padding: 2mm 0; border-bottom: 1px solid #ddd;
  break-inside: avoid; page-break-inside: avoid; }
.exercise .picture { flex: 0 0 30mm; }
.exercise img { width: 30mm; max-height: 30mm; object-fit: contain; }
.exercise .text { flex: 1; }
.instructions { white-space: pre-line; }
.plan { font-weight: 600; }
.caution { font-weight: bold; color: #8a1c00; }
.stages { margin: 1mm 0; padding-left: 5mm; }
.signs { break-inside: avoid; page-break-inside: avoid; border: 2px solid #8a1c00;
  padding: 2mm 4mm; margin-top: 4mm; }
.signs ul { margin: 1mm 0 2mm; padding-left: 5mm; }
.urgent { color: #8a1c00; }
.grid { break-inside: avoid; page-break-inside: avoid; }
table.ticks { border-collapse: collapse; width: 100%; margin-top: 2mm; }
.ticks th, .ticks td { border: 1px solid #999; padding: 1mm; text-align: center;
  font-size: 9pt; }
.ticks td.off { background: #eee; color: #999; }
.box { display: inline-block; width: 5mm; height: 5mm; border: 1.5px solid #333;
  margin: 0.5mm; vertical-align: middle; }
@media print { body { padding: 0; } }
";

/// The handout of `routine`, with each exercise's picture as [`pictures`] found it.
pub fn html(routine: &Routine, pictures: &[Picture]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n", // not translated: HTML markup
        crate::i18n::current().code(),
        esc(&routine.title),
    );
    let _ = writeln!(
        out,
        "<style>\n{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>",
        esc(&routine.title),
    );
    if let Some(author) = &routine.author {
        let text = t!("handout-prescribed-by", author = mark(0));
        let bold = format!("<b>{}</b>", esc(author));
        let _ = writeln!(out, "<p>{}</p>", esc_marked(&text, &[bold]));
    }
    if let Some(schedule) = &routine.schedule {
        let _ = writeln!(
            out,
            "<p><b>{}</b> {}</p>",
            esc(&t!("handout-when")),
            esc(&words::schedule(schedule))
        );
    }
    if let Some(notes) = &routine.notes {
        let _ = writeln!(out, "<p class=\"notes\">{}</p>", esc(notes.trim())); // not translated: HTML markup
    }
    let _ = writeln!(out, "<h2>{}</h2>", esc(&t!("handout-your-exercises")));
    for (index, exercise) in routine.exercises.iter().enumerate() {
        let picture = pictures.get(index).unwrap_or(&Picture::None);
        exercise_html(&mut out, routine, index, exercise, picture);
    }
    safety_html(&mut out, routine);
    grid::html(&mut out, routine.schedule.as_ref());
    let _ = write!(
        out,
        "<p class=\"muted\">{}</p>\n</body>\n</html>\n", // not translated: HTML markup
        esc(&t!(
            "handout-written-by",
            version = env!("CARGO_PKG_VERSION")
        ))
    );
    out
}

fn exercise_html(
    out: &mut String,
    routine: &Routine,
    index: usize,
    exercise: &Exercise,
    picture: &Picture,
) {
    out.push_str("<div class=\"exercise\">\n<div class=\"picture\">"); // not translated: HTML markup
    match picture {
        Picture::Inline { mime, base64 } => {
            let _ = write!(
                out,
                "<img src=\"data:{mime};base64,{base64}\" alt=\"{}\">", // not translated: HTML markup
                esc(&exercise.name)
            );
        }
        Picture::Missing(note) => {
            let _ = write!(out, "<p class=\"muted\">{}</p>", esc(note)); // not translated: HTML markup
        }
        Picture::None => {}
    }
    let _ = writeln!(
        out,
        "</div>\n<div class=\"text\">\n<h3>{}. {}</h3>", // not translated: HTML markup
        index + 1,
        esc(&exercise.name)
    );
    if let Some(instructions) = &exercise.instructions {
        let _ = writeln!(
            out,
            "<p class=\"instructions\">{}</p>", // not translated: HTML markup
            esc(instructions.trim())
        );
    }
    let stages = stages(routine, exercise);
    if let [(_, only)] = stages.as_slice() {
        let _ = writeln!(out, "<p class=\"plan\">{}</p>", esc(only)); // not translated: HTML markup
    } else {
        out.push_str("<ul class=\"stages\">\n"); // not translated: HTML markup
        for (period, text) in &stages {
            let _ = writeln!(out, "<li><b>{}:</b> {}</li>", esc(period), esc(text)); // not translated: HTML markup
        }
        out.push_str("</ul>\n");
    }
    if let Some(caution) = &exercise.caution {
        let _ = writeln!(out, "<p class=\"caution\">⚠ {}</p>", esc(caution)); // not translated: HTML markup
    }
    out.push_str("</div>\n</div>\n");
}

/// The exercise's prescription in each of its stage periods: ("weeks 1–2", "2 sets × 10 reps ·
/// up 2s / hold 3s / down 2s · rest 2s between reps"), one entry when it has no stages.
fn stages(routine: &Routine, exercise: &Exercise) -> Vec<(String, String)> {
    let mut starts: Vec<u32> = exercise.progress.iter().map(|s| s.from_week).collect();
    starts.insert(0, 1);
    let end = routine.schedule.as_ref().and_then(|s| s.weeks);
    starts
        .iter()
        .enumerate()
        .map(|(i, &first)| {
            let last = starts.get(i + 1).map(|next| next - 1).or(end);
            let plan = exercise.for_week(first);
            let mut text = words::prescription(&plan);
            if let Some(rests) = words::rests(&plan) {
                text.push_str(" · ");
                text.push_str(&rests);
            }
            (words::period(first, last), text)
        })
        .collect()
}

fn safety_html(out: &mut String, routine: &Routine) {
    out.push_str("<div class=\"signs\">\n"); // not translated: HTML markup
    if let Some(limits) = words::pain_limits(routine.pain) {
        let _ = writeln!(
            out,
            "<p><b>{}</b> {}</p>",
            esc(&t!("handout-pain-limit")),
            esc(&limits)
        );
    }
    let warnings = Warnings::of(routine);
    let list = |out: &mut String, heading: &str, class: &str, signs: &[String]| {
        let _ = writeln!(
            out,
            "<p><b class=\"{class}\">{}</b></p>\n<ul>", // not translated: HTML markup
            esc(heading)
        );
        for sign in signs {
            let _ = writeln!(out, "<li>{}</li>", esc(sign));
        }
        out.push_str("</ul>\n");
    };
    list(out, &safety::urgent_heading(), "urgent", &warnings.urgent);
    list(out, &safety::contact_heading(), "", &warnings.contact);
    if let Some(phone) = &warnings.phone {
        let _ = writeln!(out, "<p><b>{}</b></p>", esc(phone));
    }
    out.push_str("</div>\n");
}

#[cfg(test)]
mod tests;
