//! SVG pictures: looked at byte by byte before parsing (nesting, references, entities), parsed
//! with every outside file refused, checked for what drawing them would cost, then drawn at the
//! size they are shown, all with a decoder panic caught.

mod cost;
mod scan;

use eframe::egui;
use resvg::{tiny_skia, usvg};

pub use scan::MAX_DEPTH;

use super::MediaError;
use super::picture::{SHOWN_SIDE, guarded};

/// Small drawings are enlarged at most this many times.
const MAX_ENLARGE: f32 = 4.0;

/// Rasterises one of the bundled SVG illustrations to at most 400 pixels on its longer side,
/// with the same checks as a routine's own drawings.
pub fn render_svg(svg: &[u8]) -> Result<egui::ColorImage, MediaError> {
    render(svg, &crate::t!("media-built-in-drawing"))
}

/// Rasterises `svg` (named `file` in messages) to at most 400 pixels on its longer side.
pub(crate) fn render(svg: &[u8], file: &str) -> Result<egui::ColorImage, MediaError> {
    scan::check(svg).map_err(|refusal| match refusal {
        scan::Refusal::TooDeep => MediaError::TooDeep {
            file: file.into(),
            limit: MAX_DEPTH,
        },
        scan::Refusal::TooComplex(reason) => MediaError::TooComplex {
            file: file.into(),
            reason,
        },
        scan::Refusal::Unsupported(reason) => MediaError::Undecodable {
            file: file.into(),
            reason,
        },
    })?;
    guarded(file, || draw(svg, file))
}

fn draw(svg: &[u8], file: &str) -> Result<egui::ColorImage, MediaError> {
    // No other file, and no embedded image either: this build draws no raster images, and an
    // embedded drawing would skip the checks above.
    let options = usvg::Options {
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: Box::new(|_, _, _| None),
            resolve_string: Box::new(|_, _| None),
        },
        ..usvg::Options::default()
    };
    let undecodable = |reason: String| MediaError::Undecodable {
        file: file.into(),
        reason,
    };
    let tree = usvg::Tree::from_data(svg, &options)
        .map_err(|err| undecodable(crate::t!("media-svg-invalid", detail = err.to_string())))?;
    // The raster is never larger than it is shown, whatever size the drawing declares.
    let size = tree.size();
    let scale = (SHOWN_SIDE as f32 / size.width().max(size.height())).min(MAX_ENLARGE);
    let width = (size.width() * scale).ceil().clamp(1.0, SHOWN_SIDE as f32) as u32;
    let height = (size.height() * scale).ceil().clamp(1.0, SHOWN_SIDE as f32) as u32;
    cost::check(&tree, scale, (width, height)).map_err(|reason| MediaError::TooComplex {
        file: file.into(),
        reason,
    })?;
    let mut pixmap = tiny_skia::Pixmap::new(width, height)
        .ok_or_else(|| undecodable(crate::t!("media-svg-no-size")))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Ok(egui::ColorImage::from_rgba_premultiplied(
        [width as usize, height as usize],
        pixmap.data(),
    ))
}

#[cfg(test)]
mod tests;
