//! What drawing a parsed SVG will cost, estimated from its tree before resvg draws anything.
//! resvg bounds a group's layer to five times the canvas, but not a filter's region (a flood or
//! noise fills all of it), a pattern's tile, the results a filter keeps, or the work of a
//! morphology, convolution or noise filter, which grows with its radius, kernel or octaves.
//! So each is estimated here in pixels, and a drawing over the limits is refused.

use resvg::usvg::{self, Node, Transform};

use crate::t;

/// Nodes visited, counting shared patterns and clip paths once per use.
const MAX_NODES: u64 = 200_000;
/// Pixels in one filter region or pattern tile (16 MB at 4 bytes each).
const MAX_SURFACE: f64 = 4_000_000.0;
/// Bytes of layers, masks and filter results alive at once.
const MAX_BYTES: f64 = 64.0 * 1024.0 * 1024.0;
/// Pixel operations in all (one is about a nanosecond on the slow machines we aim at), so a
/// drawing takes well under 2 s.
const MAX_WORK: f64 = 600_000_000.0;

/// Refuses a drawing that would take too long or too much memory to draw at `scale`, with a
/// phrase saying what is too much.
pub fn check(tree: &usvg::Tree, scale: f32, canvas: (u32, u32)) -> Result<(), String> {
    let canvas_px = f64::from(canvas.0) * f64::from(canvas.1);
    let mut walk = Walk {
        to_pixels: Transform::from_scale(scale, scale),
        // resvg's limit on a layer: the canvas and twice its size on each side.
        layer_max: 25.0 * canvas_px,
        nodes: 0,
        work: 0.0,
    };
    // Groups still to visit, each with the bytes its ancestors hold while it is drawn.
    let mut stack = vec![(tree.root(), 0.0)];
    while let Some((group, held)) = stack.pop() {
        let held = held + walk.group(group)?;
        if held > MAX_BYTES {
            return Err(t!(
                "media-svg-layers-too-large",
                size = (held / 1_048_576.0).ceil().to_string()
            ));
        }
        for node in group.children() {
            walk.nodes += 1;
            if walk.nodes > MAX_NODES {
                return Err(t!("media-svg-too-many-nodes", max = MAX_NODES.to_string()));
            }
            let mut extra = 0.0;
            if let Node::Path(path) = node {
                extra = walk.path(path)?;
            }
            if let Node::Group(child) = node {
                stack.push((child, held));
            }
            stack.extend(subroots(node).into_iter().map(|sub| (sub, held + extra)));
        }
        if walk.work > MAX_WORK {
            return Err(t!("media-svg-too-slow"));
        }
    }
    Ok(())
}

struct Walk {
    to_pixels: Transform,
    layer_max: f64,
    nodes: u64,
    work: f64,
}

impl Walk {
    /// Pixels `rect` (in the coordinates `transform` leads from) covers on the canvas.
    fn pixels(&self, rect: usvg::Rect, transform: Transform) -> f64 {
        rect.transform(self.to_pixels.pre_concat(transform))
            .map_or(0.0, |r| f64::from(r.width()) * f64::from(r.height()))
    }

    /// The bytes this group's layer, mask and filters hold while it is drawn; adds its work.
    fn group(&mut self, group: &usvg::Group) -> Result<f64, String> {
        if !group.should_isolate() {
            return Ok(0.0);
        }
        let layer = self
            .pixels(
                group.abs_layer_bounding_box().to_rect(),
                Transform::identity(),
            )
            .min(self.layer_max);
        // The layer, plus a mask or clip of the same size.
        let copies = 1.0
            + f64::from(u8::from(
                group.mask().is_some() || group.clip_path().is_some(),
            ));
        let mut bytes = 4.0 * layer * copies;
        self.work += 4.0 * layer * copies;
        let scale = self.to_pixels.pre_concat(group.abs_transform()).get_scale();
        for filter in group.filters() {
            let region = self.pixels(filter.rect().to_rect(), group.abs_transform());
            if region > MAX_SURFACE {
                return Err(t!(
                    "media-svg-filter-too-large",
                    millions = format!("{:.0}", region / 1_000_000.0)
                ));
            }
            // resvg keeps every primitive's result until the filter is done.
            let results = filter.primitives().len() as f64 + 2.0;
            bytes += 4.0 * region * results;
            for primitive in filter.primitives() {
                self.work += region * per_pixel(primitive.kind(), scale, region);
            }
        }
        Ok(bytes)
    }

    /// A path's work; returns the bytes of a pattern tile it is painted with.
    fn path(&mut self, path: &usvg::Path) -> Result<f64, String> {
        let covered = self
            .pixels(path.abs_stroke_bounding_box(), Transform::identity())
            .min(self.layer_max);
        self.work += covered + 50.0 * path.data().len() as f64;
        let mut tiles = 0.0;
        let paints = [
            path.fill().map(|f| f.paint()),
            path.stroke().map(|s| s.paint()),
        ];
        for paint in paints.into_iter().flatten() {
            if let usvg::Paint::Pattern(pattern) = paint {
                let to_tile = path.abs_transform().pre_concat(pattern.transform());
                let tile = self.pixels(pattern.rect().to_rect(), to_tile);
                if tile > MAX_SURFACE {
                    return Err(t!(
                        "media-svg-pattern-too-large",
                        millions = format!("{:.0}", tile / 1_000_000.0)
                    ));
                }
                tiles += 4.0 * tile;
                self.work += tile + covered;
            }
        }
        Ok(tiles)
    }
}

/// The groups drawn on the side for `node`: its clip paths, masks, filter images, patterns.
fn subroots(node: &Node) -> Vec<&usvg::Group> {
    let mut roots = Vec::new();
    match node {
        Node::Group(group) => {
            let mut clip = group.clip_path();
            while let Some(path) = clip {
                roots.push(path.root());
                clip = path.clip_path();
            }
            let mut mask = group.mask();
            while let Some(layer) = mask {
                roots.push(layer.root());
                mask = layer.mask();
            }
            for filter in group.filters() {
                for primitive in filter.primitives() {
                    if let usvg::filter::Kind::Image(image) = primitive.kind() {
                        roots.push(image.root());
                    }
                }
            }
        }
        Node::Path(path) => {
            let paints = [
                path.fill().map(|f| f.paint()),
                path.stroke().map(|s| s.paint()),
            ];
            for paint in paints.into_iter().flatten() {
                if let usvg::Paint::Pattern(pattern) = paint {
                    roots.push(pattern.root());
                }
            }
        }
        // Embedded images are refused when parsing; this build draws no text.
        Node::Image(_) | Node::Text(_) => {}
    }
    roots
}

/// Rough work per pixel of the region for one filter primitive.
fn per_pixel(kind: &usvg::filter::Kind, scale: (f32, f32), region: f64) -> f64 {
    use usvg::filter::Kind;
    let side = region.sqrt();
    match kind {
        // A box blur for large radii: the same work whatever the radius.
        Kind::GaussianBlur(_) | Kind::DropShadow(_) => 12.0,
        // Every pixel looks at every pixel of its window, up to the whole region.
        Kind::Morphology(fe) => {
            let rx = (f64::from(fe.radius_x().get() * scale.0) * 2.0).clamp(1.0, side);
            let ry = (f64::from(fe.radius_y().get() * scale.1) * 2.0).clamp(1.0, side);
            rx * ry
        }
        Kind::ConvolveMatrix(fe) => {
            f64::from(fe.matrix().columns()) * f64::from(fe.matrix().rows()) * 4.0
        }
        // Four channels, about thirty operations per octave each.
        Kind::Turbulence(fe) => f64::from(fe.num_octaves().max(1)) * 120.0,
        Kind::DiffuseLighting(_) | Kind::SpecularLighting(_) => 40.0,
        _ => 4.0,
    }
}
