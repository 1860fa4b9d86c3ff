use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// Every message (and attribute) of a language: id → the variables it uses.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    for (area, source) in AREAS.iter().zip(sources(lang)) {
        let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| {
            panic!("{}/{area}.ftl does not parse: {errors:?}", lang.code())
        });
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let id = message.id.name.to_string();
                let mut vars = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_vars(value, &mut vars);
                }
                for attribute in &message.attributes {
                    pattern_vars(&attribute.value, &mut vars);
                }
                let before = all.insert(id.clone(), vars);
                assert!(
                    before.is_none(),
                    "{id} twice in {} ({area}.ftl)",
                    lang.code()
                );
            }
        }
    }
    all
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_vars(argument, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn every_message_is_in_every_language_with_the_same_arguments() {
    let english = messages(Lang::En);
    assert!(
        english.len() > 50,
        "English has only {} messages",
        english.len()
    );
    for lang in Lang::ALL {
        let other = messages(lang);
        for (id, vars) in &english {
            let theirs = other
                .get(id)
                .unwrap_or_else(|| panic!("{id} is missing in {}", lang.code()));
            assert_eq!(
                theirs,
                vars,
                "{id} takes other arguments in {}",
                lang.code()
            );
        }
        for id in other.keys() {
            assert!(english.contains_key(id), "{id} is only in {}", lang.code());
        }
    }
}

#[test]
fn every_message_formats_without_errors_in_every_language() {
    for lang in Lang::ALL {
        let bundle = bundle(lang);
        for (id, vars) in messages(lang) {
            let mut args = FluentArgs::new();
            for var in &vars {
                args.set(var.as_str(), FluentValue::from(2));
            }
            let pattern = bundle.get_message(&id).and_then(|m| m.value());
            let Some(pattern) = pattern else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{id} in {}: {errors:?}", lang.code());
            assert!(
                !text.trim().is_empty() || id.ends_with("-empty"),
                "{id} is empty"
            );
        }
    }
}

#[test]
fn plurals_follow_each_language() {
    let es = |n: u32| text_in(Lang::Es, "count-sessions", &[("count", Arg::from(n))]);
    let en = |n: u32| text_in(Lang::En, "count-sessions", &[("count", Arg::from(n))]);
    assert_eq!(en(1), "1 session");
    assert_eq!(en(2), "2 sessions");
    assert_eq!(en(0), "0 sessions");
    assert_eq!(es(1), "1 sesión");
    assert_eq!(es(0), "0 sesiones");
    assert_eq!(es(5), "5 sesiones");
}

#[test]
fn a_thread_can_speak_another_language_for_a_while() {
    assert_eq!(current(), Lang::En);
    with(Lang::Es, || {
        assert_eq!(current(), Lang::Es);
        assert_eq!(crate::t!("count-sessions", count = 1), "1 sesión");
    });
    assert_eq!(current(), Lang::En);
}

#[test]
fn locale_names_map_to_languages() {
    assert_eq!(Lang::parse("es_ES.UTF-8"), Some(Lang::Es));
    assert_eq!(Lang::parse("es-MX"), Some(Lang::Es));
    assert_eq!(Lang::parse("Español"), Some(Lang::Es));
    assert_eq!(Lang::parse("en_GB.UTF-8"), Some(Lang::En));
    assert_eq!(Lang::parse("C"), None);
    assert_eq!(Lang::parse("fr_FR.UTF-8"), None);
    assert_eq!(Lang::first_known(["fr_FR", "es_AR"]), Lang::Es);
    assert_eq!(Lang::first_known(["C", "POSIX"]), Lang::En);
    assert_eq!(Lang::first_known(Vec::<String>::new()), Lang::En);
}

#[test]
fn a_missing_message_falls_back_to_english_then_the_id() {
    assert_eq!(text_in(Lang::Es, "no-such-message", &[]), "no-such-message");
}
