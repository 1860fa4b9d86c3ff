//! The CSV export: one row per session, then one per exercise of it, in one table a
//! spreadsheet can filter by its first column.

use jiff::tz::TimeZone;

use crate::store::history::SessionEntry;

const HEADER: [&str; 25] = [
    "row",
    "session",
    "date",
    "start",
    "end",
    "routine",
    "routine_sha256",
    "ending",
    "stopped_during",
    "exercise",
    "sets_done",
    "sets_prescribed",
    "reps_done",
    "reps_prescribed",
    "holds_done",
    "holds_prescribed",
    "steps_skipped",
    "active_min",
    "paused_min",
    "pauses",
    "pain_before",
    "pain_after",
    "pain_where",
    "note",
    "routine_file",
];

/// The CSV text for `sessions` (times in `tz`).
pub fn csv(sessions: &[&SessionEntry], tz: &TimeZone) -> Result<Vec<u8>, ::csv::Error> {
    let mut out = ::csv::Writer::from_writer(Vec::new());
    out.write_record(HEADER)?;
    for s in sessions {
        let start = s.started.to_zoned_datetime(tz.clone());
        let end = s.ended.to_zoned_datetime(tz.clone());
        let date = start.strftime("%Y-%m-%d").to_string();
        let minutes = |ms: u64| format!("{:.1}", ms as f64 / 60_000.0);
        let pain = |p: Option<u8>| p.map(|p| p.to_string()).unwrap_or_default();
        let (reps_done, reps_prescribed) = s.reps();
        let (holds_done, holds_prescribed) = s.holds();
        let sets_done: u64 = s.exercises.iter().map(|e| e.sets_done).sum();
        let sets_prescribed: u64 = s.exercises.iter().map(|e| e.sets_prescribed).sum();
        out.write_record([
            "session".to_string(),
            s.id.clone(),
            date.clone(),
            // Whole local times with their UTC offset: unambiguous across midnight and
            // daylight-saving changes.
            start.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
            end.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
            safe(&s.routine),
            s.routine_hash.clone(),
            s.ending.as_str().to_string(),
            safe(s.stopped_during.as_deref().unwrap_or("")),
            String::new(),
            sets_done.to_string(),
            sets_prescribed.to_string(),
            reps_done.to_string(),
            reps_prescribed.to_string(),
            holds_done.to_string(),
            holds_prescribed.to_string(),
            s.steps_skipped.to_string(),
            minutes(s.active_ms()),
            minutes(s.paused_ms),
            s.pauses.to_string(),
            pain(s.pain_before),
            pain(s.pain_after),
            safe(&s.pain_where),
            safe(&s.note),
            safe(&s.routine_file),
        ])?;
        for e in &s.exercises {
            out.write_record([
                "exercise".to_string(),
                s.id.clone(),
                date.clone(),
                String::new(),
                String::new(),
                safe(&s.routine),
                s.routine_hash.clone(),
                s.ending.as_str().to_string(),
                String::new(),
                safe(&e.name),
                e.sets_done.to_string(),
                e.sets_prescribed.to_string(),
                e.reps_done.to_string(),
                e.reps_prescribed.to_string(),
                e.holds_done.to_string(),
                e.holds_prescribed.to_string(),
                e.steps_skipped.to_string(),
                minutes(e.active_ms),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ])?;
        }
    }
    out.into_inner().map_err(|err| err.into_error().into())
}

/// Text a spreadsheet would run as a formula gets a leading apostrophe.
fn safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::Date;

    #[test]
    fn one_row_per_session_and_per_exercise() {
        let mut a = crate::report::tests::session("a", Date::constant(2026, 11, 2), 10);
        a.note = "=cmd()".into();
        let b = crate::report::tests::session("b", Date::constant(2026, 11, 3), 12);
        let bytes = csv(&[&a, &b], &TimeZone::UTC).expect("csv");
        let mut reader = ::csv::Reader::from_reader(bytes.as_slice());
        let rows: Vec<::csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
        assert_eq!(rows.len(), 4);
        assert_eq!(&rows[0][0], "session");
        assert_eq!(&rows[0][2], "2026-11-02");
        assert_eq!(&rows[0][12], "10");
        assert_eq!(&rows[0][23], "'=cmd()");
        assert_eq!(&rows[1][0], "exercise");
        assert_eq!(&rows[1][9], "Hip bridge");
        assert_eq!(&rows[3][1], "b");
    }
}
