//! Small byte-level helpers for the scan: finding, skipping, trimming.

pub(super) fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\r' | b'\n')
}

pub(super) fn local(name: &[u8]) -> &[u8] {
    name.rsplit(|b| *b == b':').next().unwrap_or(name)
}

pub(super) fn trim(bytes: &[u8]) -> &[u8] {
    bytes.trim_ascii()
}

pub(super) fn split_once(bytes: &[u8], separator: u8) -> (&[u8], &[u8]) {
    match bytes.iter().position(|b| *b == separator) {
        Some(at) => (&bytes[..at], &bytes[at + 1..]),
        None => (bytes, &[]),
    }
}

/// Where `needle` next starts at or after `from`.
pub(super) fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let hay = hay.get(from..)?;
    let at = match needle {
        [byte] => hay.iter().position(|b| b == byte),
        _ => hay.windows(needle.len()).position(|w| w == needle),
    };
    at.map(|at| at + from)
}

/// Just past the next `needle` (the end of the document when there is none).
pub(super) fn past(hay: &[u8], from: usize, needle: &[u8]) -> usize {
    find(hay, from, needle).map_or(hay.len(), |at| at + needle.len())
}

/// Steps over one byte, or over a whole quoted string starting here.
pub(super) fn skip_quoted(hay: &[u8], at: usize) -> usize {
    match hay.get(at) {
        Some(&quote @ (b'"' | b'\'')) => past(hay, at + 1, &[quote]),
        _ => at + 1,
    }
}

/// The `#id` targets of every `url(#id)` in an attribute value or style sheet.
pub(super) fn urls(text: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            let start = find(text, at, b"url(")? + 4;
            let end = find(text, start, b")").unwrap_or(text.len());
            at = end;
            let inner = trim(&text[start..end]);
            let inner = inner
                .strip_prefix(b"\"")
                .or_else(|| inner.strip_prefix(b"'"))
                .unwrap_or(inner);
            let inner = inner
                .strip_suffix(b"\"")
                .or_else(|| inner.strip_suffix(b"'"))
                .unwrap_or(inner);
            if let Some(target) = inner.strip_prefix(b"#") {
                return Some(target);
            }
        }
    })
}

/// Roughly how many numbers a path's `d` or a polygon's `points` holds.
pub(super) fn count_numbers(value: &[u8]) -> u64 {
    let mut count = 0u64;
    let mut in_number = false;
    for byte in value {
        let digit = byte.is_ascii_digit() || *byte == b'.';
        if digit && !in_number {
            count += 1;
        }
        in_number = digit;
    }
    count
}
