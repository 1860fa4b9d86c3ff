//! Drawing SVG pictures: sizes, and every hostile drawing refused or drawn within bounds.

use super::*;
use crate::media::hostile;
/// Half a thread's default stack: what the deepest drawing allowed must fit in, with room.
const STACK: usize = 1024 * 1024;

fn svg(w: u32, h: u32) -> String {
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}"><circle cx="20" cy="15" r="10" fill="red"/></svg>"#
    )
}

fn render_named(svg: &str) -> Result<egui::ColorImage, MediaError> {
    render(svg.as_bytes(), "x.svg")
}

#[test]
fn svg_renders_and_garbage_svg_is_refused() {
    // Small drawings are enlarged at most 4 times; large ones fit the shown size.
    assert_eq!(
        render_svg(svg(40, 30).as_bytes()).expect("renders").size,
        [160, 120]
    );
    assert_eq!(
        render_svg(svg(400, 300).as_bytes()).expect("renders").size,
        [400, 300]
    );
    assert!(matches!(
        render_svg(b"<svg"),
        Err(MediaError::Undecodable { .. })
    ));
}

#[test]
fn a_deeply_nested_drawing_is_refused_before_parsing() {
    let err = render_named(&hostile::deep_svg(20_000)).unwrap_err();
    assert_eq!(
        err,
        MediaError::TooDeep {
            file: "x.svg".into(),
            limit: MAX_DEPTH
        }
    );
    assert!(
        err.to_string()
            .contains("nested more than 256 elements deep")
    );
}

#[test]
fn the_deepest_drawing_allowed_draws_on_a_small_stack() {
    // 254 groups inside the root, with a rect at the bottom: the scan's limit exactly. Drawn
    // on a thread with half the default stack, so the limit leaves room (a debug build was
    // measured to need between 256 and 512 KB).
    assert_eq!(
        on_small_stack(hostile::deep_svg(MAX_DEPTH - 2)),
        Ok([40, 40])
    );
    assert!(matches!(
        render_named(&hostile::deep_svg(MAX_DEPTH)),
        Err(MediaError::TooDeep { .. })
    ));
}

#[test]
fn the_longest_use_chain_allowed_draws_on_a_small_stack() {
    // Each link is a group holding a `use` of the one before: three levels the scan counts.
    let chain = |links: usize| {
        let mut svg = String::from(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><rect id="e0" width="10" height="10"/>"#,
        );
        for i in 1..links {
            svg.push_str(&format!(r##"<g id="e{i}"><use href="#e{}"/></g>"##, i - 1));
        }
        svg.push_str(&format!(r##"</defs><use href="#e{}"/></svg>"##, links - 1));
        svg
    };
    let longest = (1..200)
        .take_while(|links| scan::check(chain(*links).as_bytes()).is_ok())
        .last()
        .expect("short chains pass");
    assert!(longest > 50, "{longest}");
    assert_eq!(on_small_stack(chain(longest)), Ok([40, 40]));
    assert!(matches!(
        render_named(&chain(longest + 1)),
        Err(MediaError::TooDeep { .. })
    ));
}

fn on_small_stack(svg: String) -> Result<[usize; 2], MediaError> {
    std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || render_named(&svg).map(|image| image.size))
        .expect("thread")
        .join()
        .expect("no overflow, no panic")
}

#[test]
fn a_huge_canvas_is_drawn_at_the_shown_size() {
    let image = render_named(&hostile::huge_canvas_svg()).expect("draws");
    assert_eq!(image.size, [400, 400]);
    // A long thin one keeps its proportions within the bound.
    let thin = r#"<svg xmlns="http://www.w3.org/2000/svg" width="1000000000" height="1"><rect width="1000000000" height="1"/></svg>"#;
    assert_eq!(render_named(thin).expect("draws").size, [400, 1]);
}

#[test]
fn a_huge_blur_is_drawn_within_bounds() {
    let image = render_named(&hostile::blur_svg()).expect("draws");
    assert_eq!(image.size, [400, 400]);
}

#[test]
fn filters_that_would_cost_too_much_are_refused() {
    for hostile in [hostile::flood_svg(), hostile::morphology_svg()] {
        let err = render_named(&hostile).unwrap_err();
        assert!(matches!(err, MediaError::TooComplex { .. }), "{err}");
    }
    let err = render_named(&hostile::flood_svg()).unwrap_err().to_string();
    assert!(err.contains("a filter covers 1600 million pixels"), "{err}");
}

#[test]
fn a_pattern_with_a_huge_tile_is_refused() {
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><pattern id="p" patternUnits="userSpaceOnUse" width="100000" height="100000"><rect width="10" height="10"/></pattern><rect width="100" height="100" fill="url(#p)"/></svg>"##;
    let err = render_named(svg).unwrap_err();
    assert!(err.to_string().contains("a pattern tile covers"), "{err}");
}

#[test]
fn many_layers_over_the_whole_canvas_are_refused() {
    // 20,000 half-transparent squares over the whole canvas: each is its own layer.
    let squares = r#"<rect width="100" height="100" opacity="0.5"/>"#.repeat(20_000);
    let svg =
        format!(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">{squares}</svg>"#);
    let err = render_named(&svg).unwrap_err();
    assert!(err.to_string().contains("would take too long"), "{err}");
}

#[test]
fn use_and_entity_bombs_are_refused() {
    assert!(matches!(
        render_named(&hostile::use_bomb_svg(6)),
        Err(MediaError::TooComplex { .. })
    ));
    // Two levels (a hundred copies) is an ordinary drawing.
    assert!(render_named(&hostile::use_bomb_svg(2)).is_ok());
    assert!(matches!(
        render_named(&hostile::entity_bomb_svg()),
        Err(MediaError::Undecodable { .. })
    ));
}

#[test]
fn compressed_and_embedded_drawings_are_not_opened() {
    assert!(matches!(
        render(&[0x1f, 0x8b, 8, 0], "x.svg"),
        Err(MediaError::Undecodable { .. })
    ));
    // An embedded drawing is passed over (it would skip every check), the rest is drawn.
    let inner = hostile::deep_svg(20_000);
    let embedded = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><image width="10" height="10" href="data:image/svg+xml;utf8,{}"/><rect width="5" height="5"/></svg>"#,
        inner
            .replace('<', "%3C")
            .replace('>', "%3E")
            .replace('"', "'")
    );
    assert_eq!(render_named(&embedded).expect("draws").size, [40, 40]);
}
