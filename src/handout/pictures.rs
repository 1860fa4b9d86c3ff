//! Each exercise's picture for the handout, as a data: URI: the routine's own PNG or JPEG from
//! next to it (read bounded, never fetched), or Repcue's own drawing.

use std::path::Path;

use crate::media::{self, What};
use crate::routine::Routine;
use crate::t;

/// An exercise's picture on the handout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picture {
    /// Embedded in the page.
    Inline {
        /// `image/png`, `image/jpeg` or `image/svg+xml`.
        mime: &'static str,
        /// The file, base64-encoded.
        base64: String,
    },
    /// The routine names a picture the handout leaves out, and why.
    Missing(String),
    /// No picture.
    None,
}

/// The picture of each exercise of `routine`, whose own files are in `folder`.
pub fn pictures(routine: &Routine, folder: &Path) -> Vec<Picture> {
    routine
        .exercises
        .iter()
        .map(|exercise| match &exercise.image {
            Some(image) => own(folder, image),
            None => match crate::catalogue::drawing(&exercise.name) {
                Some(svg) => Picture::Inline {
                    mime: "image/svg+xml",
                    base64: base64(svg),
                },
                None => Picture::None,
            },
        })
        .collect()
}

/// A routine's own picture: PNG or JPEG only, checked by its first bytes.
fn own(folder: &Path, image: &str) -> Picture {
    let left_out = |why: String| Picture::Missing(t!("handout-picture-left-out", reason = why));
    match media::read_inside(folder, image, &["png", "jpg", "jpeg"], What::Picture) {
        Ok(bytes) if bytes.starts_with(b"\x89PNG\r\n\x1a\n") => Picture::Inline {
            mime: "image/png",
            base64: base64(&bytes),
        },
        Ok(bytes) if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) => Picture::Inline {
            mime: "image/jpeg",
            base64: base64(&bytes),
        },
        Ok(_) => left_out(t!("handout-picture-not-png-jpeg", file = image)),
        Err(err) => left_out(err.to_string()),
    }
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> shift) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::base64;

    #[test]
    fn base64_pads_like_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foob"), "Zm9vYg==");
    }
}
