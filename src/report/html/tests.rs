//! The report: escaping, the sessions list, and a programme's section.

use super::*;
use crate::report::tests::{in_programme, session, six_weeks};
use crate::session::Ending;
use jiff::civil::date;

#[test]
fn the_report_escapes_what_people_typed_and_lists_sessions() {
    let mut a = session("a", date(2026, 11, 2), 10);
    a.note = "<script>alert(1)</script>".into();
    let page = html(
        &[&a],
        &[],
        &Period::default(),
        date(2026, 11, 26),
        &TimeZone::UTC,
    );
    assert!(page.contains("&lt;script&gt;"));
    assert!(!page.contains("<script>"));
    assert!(page.contains("10 of 12 reps"));
    assert!(page.contains("4 → 2"));
    assert!(page.contains("<svg"));
    // No programme: no programme section, no week column, no alerts.
    assert!(!page.contains("Programme"));
    assert!(!page.contains("Week</th>"));
    assert!(!page.contains("class=\"alert\""));
}

/// Four weeks of a Monday, Wednesday, Friday programme from Mon 7 Dec 2026, as of Wed 30 Dec:
/// two missed days, two sessions on one day, a pain stop, a rise in pain and a start above the
/// limit.
pub(crate) fn four_weeks() -> Vec<SessionEntry> {
    let s = six_weeks(date(2026, 12, 7));
    let mut out: Vec<SessionEntry> = [
        (7, "a"),
        (9, "b"),
        (14, "c"),
        (16, "d"),
        (18, "e"),
        (21, "f"),
        (23, "g"),
        (23, "h"),
        (28, "i"),
        (30, "j"),
    ]
    .into_iter()
    .map(|(day, id)| in_programme(id, date(2026, 12, day), &s))
    .collect();
    out[3].ending = Ending::StoppedForPain;
    out[3].pain_before = Some(3);
    out[3].pain_after = Some(6);
    out[3].pain_where = "Left hip".into();
    out[8].pain_before = Some(2);
    out[8].pain_after = Some(4);
    out[9].pain_before = Some(7);
    out[9].started_above_limit = true;
    out
}

#[test]
fn a_programme_section_leads_with_adherence_then_weeks_then_pain_alerts() {
    let all = four_weeks();
    let today = date(2026, 12, 30);
    let period = Period::last_days(today, 30);
    let sessions = period.select(&all, &TimeZone::UTC);
    let programmes = crate::report::programmes(&all, &period, today, &TimeZone::UTC);
    let page = html(&sessions, &programmes, &period, today, &TimeZone::UTC);
    let adherence = "Adherence: 8 of 11 planned sessions done (72 %), 1 partly done";
    let at = |text: &str| {
        page.find(text)
            .unwrap_or_else(|| panic!("{text} in the report"))
    };
    assert!(at("Programme: Hip &amp; low back") < at(adherence));
    assert!(
        at(adherence) < at("<div class=\"numbers\">"),
        "adherence first"
    );
    assert!(page.contains("Mon, Wed, Fri · week 4 of 6 · pain limits"));
    assert!(page.contains("pain limits: stop above 5, alert on a rise of 2"));
    assert!(page.contains(
        "<tr><td>2</td><td>14–20 Dec 2026</td><td class=\"n\">3</td><td class=\"n\">2</td>\
         <td class=\"n\">1</td><td class=\"n\">1</td></tr>"
    ));
    assert!(page.contains("<td>4 <span class=\"muted\">(so far)</span></td>"));
    assert!(page.contains("pain 3 → 6 · pain after above 5 · pain rose by 3"));
    assert!(page.contains("Left hip"));
    assert!(page.contains("started anyway with pain 7 (limit 5)"));
    // The sessions list names each session's week and flags the alert and the start.
    assert!(page.contains("<th class=\"n\">Week</th>"));
    assert!(page.contains("2 → 4 <span class=\"alert\">alert</span>"));
    assert!(page.contains("<span class=\"alert\">· started anyway</span>"));
    assert!(
        page.contains("5 earlier sessions"),
        "5 listed with a programme"
    );
}

#[test]
fn a_programme_without_sessions_in_the_period_still_shows_what_was_missed() {
    let all = four_weeks();
    let today = date(2027, 1, 8);
    let period = Period::last_days(today, 7);
    let sessions = period.select(&all, &TimeZone::UTC);
    assert!(sessions.is_empty());
    let programmes = crate::report::programmes(&all, &period, today, &TimeZone::UTC);
    let page = html(&sessions, &programmes, &period, today, &TimeZone::UTC);
    assert!(page.contains("No sessions were recorded in this period."));
    assert!(page.contains("Adherence: 8 of 14 planned sessions done (57 %), 1 partly done"));
    assert!(page.contains("None in this period."));
}

#[test]
fn a_spanish_page_reads_as_spanish() {
    crate::i18n::with(crate::i18n::Lang::Es, || {
        let s = six_weeks(date(2026, 12, 7));
        let all = [in_programme("a", date(2026, 12, 7), &s)];
        let period = Period::default();
        let sessions: Vec<&SessionEntry> = all.iter().collect();
        let today = date(2026, 12, 9);
        let found = crate::report::programmes(&all, &period, today, &TimeZone::UTC);
        let page = html(&sessions, &found, &period, today, &TimeZone::UTC);
        assert!(page.contains("<html lang=\"es\">"));
        assert!(page.contains("<p>Periodo: <b>todas las sesiones</b> · generado por Repcue"));
        assert!(page.contains("Dolor antes → después<b>4,0 → 2,0</b>"));
        assert!(page.contains("<title>semana del 7 dic 2026: 10 min, 1 sesión</title>"));
    });
}
