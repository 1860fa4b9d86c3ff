//! The routine format as a JSON Schema (draft-07), for editors that complete keys and underline
//! mistakes as the physiotherapist types (`repcue schema`, and the file `repcue new` writes).
//!
//! Each table lists its keys with the words of `docs/routine-format.md`; the tests hold the
//! tables to the reader's own key lists, so a key added to one and not the other fails.

mod kinds;

use kinds::{count, describe, duration, plain_duration, table, text_key};
use serde_json::{Value, json};

use super::programme::{MAX_PER_DAY, MAX_WEEKS};
use super::{Cues, MAX_REPS, MAX_SETS, Safety};

/// The file name `repcue new` gives the schema, next to the routine.
pub const FILE_NAME: &str = "repcue-routine.schema.json";

/// The first line of a routine that tells editors where its schema is.
pub const DIRECTIVE: &str = "#:schema ./repcue-routine.schema.json";

/// The whole routine format, as one JSON Schema document.
pub fn schema() -> Value {
    let mut root = table(
        &[
            ("routine", routine()),
            (
                "exercise",
                json!({
                    "type": "array",
                    "description": "The exercises, performed in the order they appear in the file. At least one [[exercise]] is required.",
                    "minItems": 1,
                    "items": exercise(),
                }),
            ),
            ("safety", safety()),
            ("schedule", schedule()),
            ("pain", pain()),
        ],
        &["routine", "exercise"],
    );
    root["$schema"] = json!("http://json-schema.org/draft-07/schema#");
    root["title"] = json!("Repcue routine");
    describe(
        &mut root,
        "A home physiotherapy routine for Repcue; see docs/routine-format.md.",
    );
    root
}

/// The schema as the text `repcue schema` prints and `repcue new` writes.
pub fn text() -> String {
    let mut text = serde_json::to_string_pretty(&schema()).unwrap_or_default();
    text.push('\n');
    text
}

fn routine() -> Value {
    let mut routine = table(
        &[
            (
                "title",
                text_key("Name of the routine, shown to the patient.", 1, None),
            ),
            (
                "language",
                json!({ "type": "string", "enum": ["en", "es"], "description": "The language the routine is written in (en, es). Its spoken cues use this language whatever the person's; left out, they follow the person's language." }),
            ),
            (
                "author",
                json!({ "type": "string", "description": "Who wrote or prescribed the routine." }),
            ),
            (
                "notes",
                json!({ "type": "string", "description": "Shown before the session starts. Good place for general safety advice." }),
            ),
            (
                "prepare",
                duration("Get-ready countdown before each exercise.", "5s"),
            ),
            (
                "rest_between_exercises",
                duration("Rest before every exercise except the first.", "30s"),
            ),
        ],
        &["title"],
    );
    describe(&mut routine, "Settings for the whole session.");
    routine
}

fn exercise() -> Value {
    table(
        &[
            (
                "name",
                text_key("Exercise name, shown during the session.", 1, None),
            ),
            (
                "instructions",
                json!({ "type": "string", "description": "How to do the exercise. Short sentences work best." }),
            ),
            (
                "caution",
                json!({ "type": "string", "description": "Safety note, shown prominently." }),
            ),
            (
                "image",
                json!({ "type": "string", "description": "Picture shown with the exercise." }),
            ),
            (
                "intro_audio",
                json!({ "type": "string", "description": "Your own recorded clip, played at get-ready instead of the spoken exercise name." }),
            ),
            ("cues", cues()),
            ("sets", count("Number of sets.", MAX_SETS, Some(1))),
            (
                "reps",
                count(
                    "Repetitions per set (per side when each_side = true).",
                    MAX_REPS,
                    Some(1),
                ),
            ),
            (
                "each_side",
                json!({ "type": "boolean", "default": false, "description": "If true, every set is done on the left, then on the right." }),
            ),
            (
                "tempo",
                tempo(
                    "Timing of one guided rep: move into position (up), stay there (hold), return (down).",
                    true,
                ),
            ),
            (
                "hold",
                duration(
                    "Shorthand for tempo.hold. Setting a hold both here and inside tempo is an error.",
                    "0s",
                ),
            ),
            (
                "pace",
                json!({
                    "enum": ["guided", "self"],
                    "default": "guided",
                    "description": "\"guided\": Repcue times every rep. \"self\": the patient presses \"Rep done\" after each rep.",
                }),
            ),
            (
                "rest_between_reps",
                duration("Rest between two reps (within one side).", "0s"),
            ),
            (
                "rest_between_sets",
                duration("Rest between two sets.", "30s"),
            ),
            (
                "switch_sides",
                duration(
                    "Pause between the left and right side. Only used with each_side = true.",
                    "5s",
                ),
            ),
            (
                "progress",
                json!({
                    "type": "array",
                    "description": "Stages that change an exercise's prescription from a given week on.",
                    "items": stage(),
                }),
            ),
        ],
        &["name"],
    )
}

fn stage() -> Value {
    table(
        &[
            (
                "from_week",
                json!({
                    "type": "integer", "minimum": 2, "maximum": MAX_WEEKS,
                    "description": "First week the stage applies.",
                }),
            ),
            ("sets", count("New number of sets.", MAX_SETS, None)),
            (
                "reps",
                count(
                    "New reps per set (per side with each_side).",
                    MAX_REPS,
                    None,
                ),
            ),
            (
                "tempo",
                tempo(
                    "New timing of the phases it names (up, hold, down); the others keep theirs.",
                    false,
                ),
            ),
            (
                "hold",
                plain_duration("Shorthand for the stage's tempo.hold."),
            ),
            (
                "rest_between_reps",
                plain_duration("New rest between reps."),
            ),
            (
                "rest_between_sets",
                plain_duration("New rest between sets."),
            ),
            ("switch_sides", plain_duration("New pause between sides.")),
        ],
        &["from_week"],
    )
}

fn tempo(description: &str, defaults: bool) -> Value {
    let phase = |name: &str, default: &str| {
        let words = format!("Time to {name}.");
        if defaults {
            duration(&words, default)
        } else {
            plain_duration(&words)
        }
    };
    let mut tempo = table(
        &[
            ("up", phase("move into position", "2s")),
            ("hold", phase("stay there", "0s")),
            ("down", phase("return", "2s")),
        ],
        &[],
    );
    describe(&mut tempo, description);
    if defaults {
        tempo["default"] = json!({ "up": "2s", "hold": "0s", "down": "2s" });
    }
    tempo
}

fn cues() -> Value {
    let word = |phase: &str| text_key(&format!("Words for {phase}."), 1, Some(Cues::MAX_CHARS));
    let mut cues = table(
        &[
            ("up", word("the up phase")),
            ("hold", word("the hold phase")),
            ("down", word("the down phase")),
            ("rep", word("a self-paced rep")),
            ("left", word("the left side")),
            ("right", word("the right side")),
        ],
        &[],
    );
    describe(
        &mut cues,
        "The exercise's own words, shown (and spoken) instead of UP / HOLD / DOWN / YOUR PACE and \"Left side\" / \"Right side\" where those would not say what the body does.",
    );
    cues
}

fn safety() -> Value {
    let signs = |description: &str| {
        json!({
            "type": "array",
            "description": description,
            "minItems": 1,
            "maxItems": Safety::MAX_SIGNS,
            "items": { "type": "string", "minLength": 1, "maxLength": Safety::MAX_CHARS },
        })
    };
    let mut safety = table(
        &[
            ("urgent", signs("Signs that need help now.")),
            ("contact", signs("Signs to contact a professional about.")),
            (
                "phone",
                text_key(
                    "Who to call, shown with the warning signs.",
                    1,
                    Some(Safety::MAX_CHARS),
                ),
            ),
        ],
        &[],
    );
    describe(
        &mut safety,
        "The routine's own warning signs and phone number; what it leaves out uses Repcue's own texts.",
    );
    safety
}

fn schedule() -> Value {
    let mut schedule = table(
        &[
            (
                "start",
                json!({
                    "type": "string",
                    "format": "date",
                    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                    "description": "First day of week 1.",
                }),
            ),
            (
                "weeks",
                count(
                    "Length of the programme in weeks. Without it the programme goes on, week after week.",
                    MAX_WEEKS,
                    None,
                ),
            ),
            (
                "days",
                json!({
                    "type": "array",
                    "description": "The weekdays sessions are due, in any order.",
                    "minItems": 1,
                    "uniqueItems": true,
                    "items": { "enum": super::Day::ALL.map(super::Day::as_str) },
                }),
            ),
            (
                "per_week",
                count(
                    "Instead of days: this many days with sessions in each programme week, on whichever days suit the patient. Giving both days and per_week is an error.",
                    7,
                    None,
                ),
            ),
            (
                "per_day",
                count("Sessions due on each of those days.", MAX_PER_DAY, Some(1)),
            ),
            (
                "remind_at",
                json!({
                    "type": "array",
                    "description": "Times of day to remind the patient of the day's sessions.",
                    "maxItems": MAX_PER_DAY,
                    "items": { "type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$" },
                }),
            ),
        ],
        &["start"],
    );
    describe(
        &mut schedule,
        "When the sessions are due, and for how many weeks.",
    );
    schedule["not"] = json!({ "required": ["days", "per_week"] });
    schedule
}

fn pain() -> Value {
    let mut pain = table(
        &[
            (
                "stop_above",
                json!({
                    "type": "integer", "minimum": 0, "maximum": 10,
                    "description": "Pain above this, before or after a session, is too much.",
                }),
            ),
            (
                "rise_alert",
                json!({
                    "type": "integer", "minimum": 1, "maximum": 10,
                    "description": "A pain alert when pain after a session is at least this much higher than before it.",
                }),
            ),
        ],
        &[],
    );
    describe(
        &mut pain,
        "The pain scores that mean \"don't start today\", and the ones you want to hear about.",
    );
    pain
}

#[cfg(test)]
mod tests;
