//! The History screen's charts (egui_plot): sessions and minutes per week, pain before and after
//! over time. Points are prepared once per history change, not per frame.

use eframe::egui::{self, Color32};
use egui_plot::{Bar, BarChart, Legend, Line, MarkerShape, Plot, PlotPoints, Points};

use crate::report::{self, ChartData};
use crate::t;

/// Pain dots are joined by a line up to this many sessions.
const JOIN_DOTS_UP_TO: usize = 60;

const SESSIONS: Color32 = Color32::from_rgb(0x22, 0xC5, 0x5E);
const MINUTES: Color32 = Color32::from_rgb(0x3B, 0x82, 0xF6);
const BEFORE: Color32 = Color32::from_rgb(0xF5, 0x9E, 0x0B);
const AFTER: Color32 = Color32::from_rgb(0xA8, 0x55, 0xF7);
const PLANNED: Color32 = Color32::from_rgb(0x94, 0xA3, 0xB8);

fn date_label(day: f64) -> String {
    report::date_of_day(day.round() as i64)
        .map(crate::format::date_axis)
        .unwrap_or_default()
}

/// A titled chart that does not pan or zoom, named for screen readers (and tests) as a plot has
/// no label of its own.
fn chart<'a>(
    ui: &mut egui::Ui,
    title: &str,
    top: f64,
    build: impl FnOnce(&mut egui_plot::PlotUi<'a>) + 'a,
) {
    chart_with(ui, title, top, date_label, build);
}

/// A chart as [`chart`], with its own words for the x axis.
fn chart_with<'a>(
    ui: &mut egui::Ui,
    title: &str,
    top: f64,
    x_label: fn(f64) -> String,
    build: impl FnOnce(&mut egui_plot::PlotUi<'a>) + 'a,
) {
    ui.label(egui::RichText::new(title).strong());
    let response = Plot::new(title)
        .height(170.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .x_axis_formatter(move |mark, _| x_label(mark.value))
        .legend(Legend::default())
        .include_y(0.0)
        .include_y(top)
        .show(ui, build)
        .response;
    let label = t!("chart-accessible", title = title);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &label));
}

/// A programme's sessions planned and done, per programme week.
pub fn programme_weeks(ui: &mut egui::Ui, title: &str, weeks: &[crate::programme::WeekCount]) {
    let bars = |offset: f64, value: fn(&crate::programme::WeekCount) -> u32| -> Vec<Bar> {
        weeks
            .iter()
            .map(|w| Bar::new(f64::from(w.week) + offset, f64::from(value(w))).width(0.38))
            .collect()
    };
    let (planned, done) = (bars(-0.2, |w| w.planned), bars(0.2, |w| w.done));
    let top = weeks.iter().map(|w| w.planned).max().unwrap_or(3).max(3);
    let week_label = |x: f64| {
        let week = x.round();
        if (x - week).abs() < 0.01 && week >= 1.0 {
            t!("chart-week", week = week)
        } else {
            String::new()
        }
    };
    chart_with(ui, title, f64::from(top), week_label, |p| {
        p.bar_chart(BarChart::new(t!("chart-planned"), planned).color(PLANNED));
        p.bar_chart(BarChart::new(t!("chart-done"), done).color(SESSIONS));
    });
}

/// Sessions and minutes per week, side by side with pain over time.
/// With a programme's weeks, they come first, planned against done.
pub fn show(
    ui: &mut egui::Ui,
    data: &ChartData,
    programme: Option<&[crate::programme::WeekCount]>,
) {
    let first = usize::from(programme.is_some());
    ui.columns(3 + first, |columns| {
        if let Some(weeks) = programme {
            programme_weeks(&mut columns[0], &t!("chart-programme-weeks"), weeks);
        }
        let bars = |value: fn(&(f64, f64, f64)) -> f64| -> Vec<Bar> {
            data.weeks
                .iter()
                .map(|w| Bar::new(w.0 + 3.0, value(w)).width(5.6))
                .collect()
        };
        let (sessions, minutes) = (bars(|w| w.1), bars(|w| w.2));
        let sessions_title = t!("chart-sessions-per-week");
        chart(&mut columns[first], &sessions_title, 3.0, |p| {
            p.bar_chart(BarChart::new(t!("chart-sessions"), sessions).color(SESSIONS));
        });
        let minutes_title = t!("chart-minutes-per-week");
        chart(&mut columns[first + 1], &minutes_title, 10.0, |p| {
            p.bar_chart(BarChart::new(t!("chart-minutes"), minutes).color(MINUTES));
        });
        let (before, after) = (t!("chart-before"), t!("chart-after"));
        chart(&mut columns[first + 2], &t!("chart-pain"), 10.0, |p| {
            for (label, points, colour, shape) in [
                (before, &data.pain_before, BEFORE, MarkerShape::Circle),
                (after, &data.pain_after, AFTER, MarkerShape::Diamond),
            ] {
                // Joining the dots helps over weeks; over years it only hides them.
                if points.len() > 1 && points.len() <= JOIN_DOTS_UP_TO {
                    p.line(
                        Line::new(label.clone(), PlotPoints::from(points.clone()))
                            .color(colour.gamma_multiply(0.5)),
                    );
                }
                p.points(
                    Points::new(label, PlotPoints::from(points.clone()))
                        .color(colour)
                        .shape(shape)
                        .radius(3.5),
                );
            }
        });
    });
}
