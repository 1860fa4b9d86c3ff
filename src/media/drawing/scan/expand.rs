//! Expanding references: how many elements, and how deep, the parsers will build once every
//! `use`, marker, pattern, clip path and mask is copied where it is used.

use super::{MAX_DEPTH, MAX_EXPANDED, Refusal, Scan};

impl Scan<'_> {
    /// Counts the elements and the depth the parsers will see once every reference is
    /// expanded, refusing loops and anything over the limits.
    pub(super) fn expand(&self) -> Result<(), Refusal> {
        let mut own: Vec<Vec<(u32, u64)>> = vec![Vec::new(); self.elements.len()];
        for reference in &self.references {
            if let Some(target) = self.target(reference.target) {
                own[reference.from as usize].push((target, reference.times));
            }
        }
        let (mut elements, mut depth) = (0u64, 0u32);
        let mut done: Vec<Option<(u64, u32)>> = vec![None; self.elements.len()];
        let mut pending = vec![false; self.elements.len()];
        let mut top = 0;
        while (top as usize) < self.elements.len() {
            let (size, deep) = self.size(top, &own, &mut done, &mut pending)?;
            elements = elements.saturating_add(size);
            depth = depth.max(deep);
            top = self.elements[top as usize].end;
        }
        // A style sheet can point any element, or any vertex for a marker, at its targets.
        let times = (self.elements.len() as u64).saturating_add(self.vertices);
        let written = self.elements.iter().map(|e| e.depth).max().unwrap_or(0);
        let mut everywhere: Vec<u32> = self
            .everywhere
            .iter()
            .filter_map(|t| self.target(t))
            .collect();
        everywhere.sort_unstable();
        everywhere.dedup();
        for target in everywhere {
            let (size, deep) = self.size(target, &own, &mut done, &mut pending)?;
            elements = elements.saturating_add(size.saturating_mul(times));
            depth = depth.max(written.saturating_add(deep).saturating_add(1));
        }
        if depth as usize > MAX_DEPTH {
            return Err(Refusal::TooDeep);
        }
        if elements > MAX_EXPANDED {
            return Err(too_many());
        }
        Ok(())
    }

    /// The element an `#id` reference leads to, when it copies content; gradients only lend
    /// their colours, so references to them cost nothing.
    fn target(&self, id: &[u8]) -> Option<u32> {
        let target = *self.ids.get(id)?;
        let name = self.elements.get(target as usize)?.name;
        let lends_only = matches!(name, b"linearGradient" | b"radialGradient" | b"stop");
        (!lends_only).then_some(target)
    }

    /// Expanded element count and depth of `start`: a depth-first walk with its own stack over
    /// children and references, so neither a deep document nor a long chain recurses here.
    fn size(
        &self,
        start: u32,
        own: &[Vec<(u32, u64)>],
        done: &mut [Option<(u64, u32)>],
        pending: &mut [bool],
    ) -> Result<(u64, u32), Refusal> {
        // (element, whether its successors were pushed already). An element seen again while
        // it is still pending is its own descendant: a loop.
        let mut stack = vec![(start, false)];
        while let Some((element, expanded)) = stack.pop() {
            let index = element as usize;
            if done[index].is_some() {
                continue;
            }
            let children = self.children(element);
            if !expanded {
                pending[index] = true;
                stack.push((element, true));
                let successors = children.chain(own[index].iter().map(|(t, _)| *t));
                for next in successors {
                    if done[next as usize].is_none() {
                        if pending[next as usize] {
                            return Err(Refusal::TooComplex(crate::t!("media-svg-self-reference")));
                        }
                        stack.push((next, false));
                    }
                }
                continue;
            }
            let (mut size, mut depth) = (1u64, 0u32);
            for child in children {
                let (s, d) = done[child as usize].unwrap_or_default();
                size = size.saturating_add(s);
                depth = depth.max(d);
            }
            for (target, times) in &own[index] {
                let (s, d) = done[*target as usize].unwrap_or_default();
                size = size.saturating_add(s.saturating_mul(*times));
                // usvg adds a level for each copy, on top of the copied element's own.
                depth = depth.max(d.saturating_add(1));
            }
            let depth = depth + 1;
            // Over a limit already: no need to walk the rest.
            if depth as usize > MAX_DEPTH {
                return Err(Refusal::TooDeep);
            }
            if size > MAX_EXPANDED {
                return Err(too_many());
            }
            pending[index] = false;
            done[index] = Some((size, depth));
        }
        Ok(done[start as usize].unwrap_or_default())
    }

    fn children(&self, element: u32) -> impl Iterator<Item = u32> + '_ {
        let end = self.elements[element as usize].end;
        let first = (element + 1 < end).then_some(element + 1);
        std::iter::successors(first, move |child| {
            let next = self.elements[*child as usize].end;
            (next < end).then_some(next)
        })
    }
}

fn too_many() -> Refusal {
    Refusal::TooComplex(crate::t!(
        "media-svg-too-many-expanded",
        max = MAX_EXPANDED.to_string()
    ))
}
