//! A byte-level look at an SVG before any XML parser sees it. The parsers behind usvg recurse
//! once per level of nesting (and again for each `use`), so a document nested thousands deep
//! overflows the thread's stack, which no `catch_unwind` can stop. Counting open and close tags
//! with a loop, and expanding references with an explicit stack, cannot overflow; it also
//! catches what makes parsing itself explode: `use` chains that copy a group thousands of times,
//! markers repeated on every vertex of a long path, and XML entities that expand without end.

use std::collections::HashMap;

use bytes::{count_numbers, find, is_space, local, past, skip_quoted, split_once, trim, urls};

use crate::t;

mod bytes;
mod expand;

/// SVG documents nested deeper than this many elements are refused. Real drawings stay
/// under 30; at this depth usvg and resvg need under 512 KB of stack in a debug build, a
/// quarter of a thread's default 2 MB.
pub const MAX_DEPTH: usize = 256;
/// Elements after `use`, markers, patterns, clip paths and masks are expanded.
const MAX_EXPANDED: u64 = 200_000;
/// Elements as written (a drawing with more is refused before expanding anything).
const MAX_WRITTEN: usize = 100_000;
/// Text that entity references may add, in total.
const MAX_ENTITY_BYTES: u64 = 1024 * 1024;
/// Longest entity name looked up.
const MAX_NAME: usize = 64;

/// Why a document is refused before parsing.
#[derive(Debug, PartialEq)]
pub enum Refusal {
    /// Nested deeper than [`MAX_DEPTH`], as written or once references are expanded.
    TooDeep,
    /// Too many elements, entities or references; the sentence says which.
    TooComplex(String),
    /// Something Repcue does not read in a drawing; the sentence says what.
    Unsupported(String),
}

struct Element<'a> {
    /// Local name (after any prefix).
    name: &'a [u8],
    /// One past the last element inside it, in document order.
    end: u32,
    depth: u32,
}

struct Reference<'a> {
    from: u32,
    target: &'a [u8],
    /// How many copies the target makes (a marker is drawn on each vertex).
    times: u64,
}

#[derive(Default)]
struct Scan<'a> {
    elements: Vec<Element<'a>>,
    open: Vec<u32>,
    ids: HashMap<&'a [u8], u32>,
    references: Vec<Reference<'a>>,
    /// References from style sheets, which may apply to any element.
    everywhere: Vec<&'a [u8]>,
    entities: HashMap<&'a [u8], u64>,
    entity_bytes: u64,
    vertices: u64,
}

/// Checks `svg` for what would overflow a stack or explode while it is parsed.
pub fn check(svg: &[u8]) -> Result<(), Refusal> {
    if svg.starts_with(&[0x1f, 0x8b]) {
        return Err(Refusal::Unsupported(t!("media-svg-compressed")));
    }
    let mut scan = Scan::default();
    scan.markup(svg)?;
    scan.expand()
}

impl<'a> Scan<'a> {
    fn markup(&mut self, svg: &'a [u8]) -> Result<(), Refusal> {
        let mut at = 0;
        while at < svg.len() {
            let Some(lt) = find(svg, at, b"<") else {
                return self.text(&svg[at..]);
            };
            self.text(&svg[at..lt])?;
            let rest = &svg[lt..];
            at = if rest.starts_with(b"<!--") {
                past(svg, lt + 4, b"-->")
            } else if rest.starts_with(b"<![CDATA[") {
                let end = find(svg, lt + 9, b"]]>").unwrap_or(svg.len());
                self.text(&svg[lt + 9..end])?;
                end + 3
            } else if rest.starts_with(b"<?") {
                past(svg, lt + 2, b"?>")
            } else if rest.starts_with(b"<!DOCTYPE") {
                self.doctype(svg, lt + 9)?
            } else if rest.starts_with(b"<!") {
                past(svg, lt + 2, b">")
            } else if rest.starts_with(b"</") {
                if let Some(open) = self.open.pop() {
                    self.elements[open as usize].end = self.elements.len() as u32;
                }
                past(svg, lt + 2, b">")
            } else {
                self.tag(svg, lt + 1)?
            };
        }
        let end = self.elements.len() as u32;
        for open in self.open.drain(..) {
            self.elements[open as usize].end = end;
        }
        Ok(())
    }

    /// An opening (or empty) tag starting after its `<`; returns where it ends.
    fn tag(&mut self, svg: &'a [u8], start: usize) -> Result<usize, Refusal> {
        let mut at = start;
        while at < svg.len() && !is_space(svg[at]) && !matches!(svg[at], b'/' | b'>') {
            at += 1;
        }
        let index = self.elements.len() as u32;
        let name = local(&svg[start..at]);
        let mut closed = false;
        let (mut markers, mut vertices) = (Vec::new(), 0);
        loop {
            while at < svg.len() && is_space(svg[at]) {
                at += 1;
            }
            match svg.get(at..) {
                None | Some([]) => break,
                Some([b'>', ..]) => {
                    at += 1;
                    break;
                }
                Some([b'/', b'>', ..]) => {
                    at += 2;
                    closed = true;
                    break;
                }
                _ => {}
            }
            let name_start = at;
            while at < svg.len() && !is_space(svg[at]) && !matches!(svg[at], b'=' | b'>' | b'/') {
                at += 1;
            }
            let attribute = &svg[name_start..at];
            if attribute.is_empty() {
                // A stray character: step over it so the loop always moves on.
                at += 1;
                continue;
            }
            while at < svg.len() && is_space(svg[at]) {
                at += 1;
            }
            if svg.get(at) != Some(&b'=') {
                continue;
            }
            at += 1;
            while at < svg.len() && is_space(svg[at]) {
                at += 1;
            }
            let value = match svg.get(at) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let end = find(svg, at + 1, &[quote]).unwrap_or(svg.len());
                    let value = &svg[at + 1..end];
                    at = end + 1;
                    value
                }
                _ => {
                    let value_start = at;
                    while at < svg.len() && !is_space(svg[at]) && svg[at] != b'>' {
                        at += 1;
                    }
                    &svg[value_start..at]
                }
            };
            self.entity_references(value)?;
            match local(attribute) {
                b"id" => {
                    self.ids.insert(value, index);
                }
                b"href" => {
                    if let Some(target) = trim(value).strip_prefix(b"#") {
                        self.reference(index, target, 1);
                    }
                }
                b"d" | b"points" => vertices = count_numbers(value) / 2 + 1,
                b"style" => {
                    for declaration in value.split(|b| *b == b';') {
                        let (property, value) = split_once(declaration, b':');
                        for target in urls(value) {
                            self.urls_in(index, trim(property), target, &mut markers);
                        }
                    }
                }
                property => {
                    for target in urls(value) {
                        self.urls_in(index, property, target, &mut markers);
                    }
                }
            }
        }
        self.vertices = self.vertices.saturating_add(vertices);
        for target in markers {
            self.reference(index, target, vertices.max(1));
        }
        let depth = self.open.len() as u32 + 1;
        if depth as usize > MAX_DEPTH {
            return Err(Refusal::TooDeep);
        }
        if self.elements.len() >= MAX_WRITTEN {
            return Err(Refusal::TooComplex(t!(
                "media-svg-too-many-elements",
                max = MAX_WRITTEN.to_string()
            )));
        }
        self.elements.push(Element {
            name,
            end: index + 1,
            depth,
        });
        if !closed {
            self.open.push(index);
        }
        Ok(at)
    }

    fn urls_in(
        &mut self,
        index: u32,
        property: &[u8],
        target: &'a [u8],
        markers: &mut Vec<&'a [u8]>,
    ) {
        if property.starts_with(b"marker") {
            markers.push(target);
        } else {
            self.reference(index, target, 1);
        }
    }

    fn reference(&mut self, from: u32, target: &'a [u8], times: u64) {
        self.references.push(Reference {
            from,
            target,
            times,
        });
    }

    /// Text between tags: entity references, and in a style sheet, references to elements.
    fn text(&mut self, text: &'a [u8]) -> Result<(), Refusal> {
        self.entity_references(text)?;
        let in_style = self
            .open
            .last()
            .is_some_and(|open| self.elements[*open as usize].name == b"style");
        if in_style {
            self.everywhere.extend(urls(text));
        }
        Ok(())
    }

    fn entity_references(&mut self, text: &[u8]) -> Result<(), Refusal> {
        if self.entities.is_empty() {
            return Ok(());
        }
        let mut at = 0;
        while let Some(amp) = find(text, at, b"&") {
            // Names are short: looking further for the `;` would make this quadratic.
            let near = &text[amp + 1..text.len().min(amp + 1 + MAX_NAME)];
            let name = near.split(|b| *b == b';').next().unwrap_or(near);
            if let Some(bytes) = self.entities.get(name) {
                self.entity_bytes = self.entity_bytes.saturating_add(*bytes);
                if self.entity_bytes > MAX_ENTITY_BYTES {
                    return Err(Refusal::TooComplex(t!("media-svg-entities-too-large")));
                }
            }
            at = amp + 1;
        }
        Ok(())
    }

    /// A document type declaration starting after `<!DOCTYPE`; returns where it ends. Entities
    /// are kept (name and length) when they are plain text; entities holding markup or other
    /// entities, and parameter entities, are refused: they are how entity bombs are built.
    fn doctype(&mut self, svg: &'a [u8], start: usize) -> Result<usize, Refusal> {
        let mut at = start;
        while at < svg.len() && !matches!(svg[at], b'[' | b'>') {
            at = skip_quoted(svg, at);
        }
        if svg.get(at) != Some(&b'[') {
            return Ok(at + 1);
        }
        at += 1;
        while at < svg.len() {
            let rest = &svg[at..];
            if rest.starts_with(b"]") {
                return Ok(past(svg, at, b">"));
            } else if rest.starts_with(b"<!--") {
                at = past(svg, at + 4, b"-->");
            } else if rest.starts_with(b"<!ENTITY") {
                at = self.entity(svg, at + 8)?;
            } else if rest.starts_with(b"<") {
                at += 1;
                while at < svg.len() && svg[at] != b'>' {
                    at = skip_quoted(svg, at);
                }
                at += 1;
            } else {
                at += 1;
            }
        }
        Ok(at)
    }

    fn entity(&mut self, svg: &'a [u8], start: usize) -> Result<usize, Refusal> {
        let unsupported = |what: String| Err(Refusal::Unsupported(what));
        let mut at = start;
        while at < svg.len() && is_space(svg[at]) {
            at += 1;
        }
        if svg.get(at) == Some(&b'%') {
            return unsupported(t!("media-svg-parameter-entities"));
        }
        let name_start = at;
        while at < svg.len() && !is_space(svg[at]) && svg[at] != b'>' {
            at += 1;
        }
        let name = &svg[name_start..at];
        while at < svg.len() && is_space(svg[at]) {
            at += 1;
        }
        if let Some(&quote @ (b'"' | b'\'')) = svg.get(at) {
            let end = find(svg, at + 1, &[quote]).unwrap_or(svg.len());
            let value = &svg[at + 1..end];
            if value.contains(&b'&') || value.contains(&b'<') {
                return unsupported(t!("media-svg-entities-markup"));
            }
            self.entities.insert(name, value.len() as u64);
            at = end + 1;
        }
        while at < svg.len() && svg[at] != b'>' {
            at = skip_quoted(svg, at);
        }
        Ok(at + 1)
    }
}

#[cfg(test)]
mod tests;
