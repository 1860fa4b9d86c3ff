//! The byte scan: what counts as nesting, what expands, what is refused.

use super::*;

fn wrap(body: &str) -> String {
    format!(r#"<svg xmlns="http://www.w3.org/2000/svg">{body}</svg>"#)
}

#[test]
fn depth_counts_elements_not_comments_text_or_quoted_brackets() {
    let body = format!(
        "<!-- <g><g><g> -->{}<![CDATA[ <g><g> ]]><?pi <g> ?><g title=\"a > b <c\">{}",
        "<g/>".repeat(1000),
        "</g>"
    );
    assert_eq!(check(wrap(&body).as_bytes()), Ok(()));
    let exact = format!(
        "{}{}",
        "<g>".repeat(MAX_DEPTH - 1),
        "</g>".repeat(MAX_DEPTH - 1)
    );
    assert_eq!(check(wrap(&exact).as_bytes()), Ok(()));
    let over = format!("{}{}", "<g>".repeat(MAX_DEPTH), "</g>".repeat(MAX_DEPTH));
    assert_eq!(check(wrap(&over).as_bytes()), Err(Refusal::TooDeep));
    // Unclosed tags count too.
    assert_eq!(
        check(wrap(&"<g>".repeat(MAX_DEPTH)).as_bytes()),
        Err(Refusal::TooDeep)
    );
}

#[test]
fn a_long_use_chain_is_too_deep_even_when_written_flat() {
    let mut body = String::from(r#"<rect id="e0"/>"#);
    for i in 1..1000 {
        body.push_str(&format!(r##"<g id="e{i}"><use href="#e{}"/></g>"##, i - 1));
    }
    assert_eq!(check(wrap(&body).as_bytes()), Err(Refusal::TooDeep));
}

#[test]
fn references_that_loop_are_refused() {
    let body = r##"<g id="a"><use href="#b"/></g><g id="b"><use xlink:href="#a"/></g>"##;
    assert!(matches!(
        check(wrap(body).as_bytes()),
        Err(Refusal::TooComplex(reason)) if reason.contains("refers back to itself")
    ));
    let own = r##"<g id="a"><use href="#a"/></g>"##;
    assert!(check(wrap(own).as_bytes()).is_err());
}

#[test]
fn markers_count_once_per_vertex() {
    let marker = format!(
        r#"<marker id="m">{}</marker>"#,
        "<circle r=\"1\"/>".repeat(100)
    );
    let points: String = (0..5000).map(|i| format!("{i},{i} ")).collect();
    let many = format!(r##"{marker}<polyline points="{points}" marker-mid="url(#m)"/>"##);
    assert!(matches!(
        check(wrap(&many).as_bytes()),
        Err(Refusal::TooComplex(_))
    ));
    let styled = format!(
        r##"{marker}<polyline points="{points}" style="fill:none; marker-mid: url('#m')"/>"##
    );
    assert!(check(wrap(&styled).as_bytes()).is_err());
    let few = format!(r##"{marker}<polyline points="0,0 1,1 2,2" marker-mid="url(#m)"/>"##);
    assert_eq!(check(wrap(&few).as_bytes()), Ok(()));
}

#[test]
fn a_style_sheet_reference_may_apply_to_every_element() {
    let clip = format!(r#"<clipPath id="c">{}</clipPath>"#, "<rect/>".repeat(1000));
    let body = format!(
        "<style>rect {{ clip-path: url(#c) }}</style>{clip}{}",
        "<rect/>".repeat(1000)
    );
    assert!(check(wrap(&body).as_bytes()).is_err());
}

#[test]
fn gradients_cost_nothing_to_refer_to() {
    let body = format!(
        r##"<linearGradient id="g"><stop offset="0"/><stop offset="1"/></linearGradient>{}"##,
        r##"<rect fill="url(#g)"/>"##.repeat(60_000)
    );
    assert_eq!(check(wrap(&body).as_bytes()), Ok(()));
}

#[test]
fn plain_entities_are_allowed_and_bombs_refused() {
    // As some drawing programs write them.
    let plain = r#"<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd" [
        <!ENTITY ns_svg "http://www.w3.org/2000/svg">
        <!-- a comment ] > -->
    ]><svg xmlns="&ns_svg;"><rect/></svg>"#;
    assert_eq!(check(plain.as_bytes()), Ok(()));
    let nested = r#"<!DOCTYPE svg [<!ENTITY a "x"><!ENTITY b "&a;&a;">]><svg/>"#;
    assert!(matches!(
        check(nested.as_bytes()),
        Err(Refusal::Unsupported(_))
    ));
    let parameter = r#"<!DOCTYPE svg [<!ENTITY % a "x">]><svg/>"#;
    assert!(matches!(
        check(parameter.as_bytes()),
        Err(Refusal::Unsupported(_))
    ));
    let wide = format!(
        r#"<!DOCTYPE svg [<!ENTITY a "{}">]><svg><title>{}</title></svg>"#,
        "x".repeat(10_000),
        "&a;".repeat(200)
    );
    assert!(matches!(
        check(wide.as_bytes()),
        Err(Refusal::TooComplex(_))
    ));
}

#[test]
fn too_many_written_elements_are_refused_early() {
    let body = "<rect/>".repeat(MAX_WRITTEN + 1);
    assert!(matches!(
        check(wrap(&body).as_bytes()),
        Err(Refusal::TooComplex(_))
    ));
}

#[test]
fn malformed_markup_ends_the_scan_without_looping() {
    for text in [
        "<",
        "<g",
        "<g a",
        "<g a=",
        "<g a=\"",
        "<!--",
        "<![CDATA[",
        "<!DOCTYPE [",
        "<g / / >",
        "</",
    ] {
        let _ = check(text.as_bytes());
    }
}
