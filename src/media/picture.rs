//! An exercise's own picture: read from the routine's folder, decoded within fixed limits so a
//! hostile file (a decompression bomb, a file that trips the decoder) becomes a message for the
//! placeholder, and scaled down to the size it is shown at.

use std::io::Cursor;
use std::path::Path;

use eframe::egui;
use image::{ImageError, ImageReader, Limits};

use super::{MediaError, What, drawing};

/// PNG and JPEG pictures may be at most this many pixels on either side (4000 × 4000 RGBA is
/// 64 MB decoded).
pub const MAX_PICTURE_SIDE: u32 = 4000;
/// The most memory one picture may take while it is decoded.
const MAX_DECODE_BYTES: u64 = 64 * 1024 * 1024;
/// Decoded pictures are scaled down to fit this many pixels on their longer side.
pub(crate) const SHOWN_SIDE: u32 = 400;

/// Checks and decodes a routine's picture: inside the routine's folder, a PNG/JPEG/SVG, at most
/// 20 MB, at most [`MAX_PICTURE_SIDE`] pixels on a side (SVG: see [`super::render_svg`]).
pub fn load_image(folder: &Path, relative: &str) -> Result<egui::ColorImage, MediaError> {
    let bytes = super::read_inside(
        folder,
        relative,
        &["png", "jpg", "jpeg", "svg"],
        What::Picture,
    )?;
    if relative.to_ascii_lowercase().ends_with(".svg") {
        return drawing::render(&bytes, relative);
    }
    guarded(relative, || decode(&bytes, relative))
}

/// Runs a decoder so that its panic becomes [`MediaError::DecoderPanicked`] for this file
/// instead of ending the thread.
pub(crate) fn guarded<T>(
    file: &str,
    decode: impl FnOnce() -> Result<T, MediaError>,
) -> Result<T, MediaError> {
    // Nothing the closure borrows is used again after a panic, so no broken state is seen.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(decode)).unwrap_or_else(|payload| {
        log::error!(
            "decoding picture \"{file}\" panicked: {}", // not translated: log line
            super::panic_message(payload.as_ref())
        );
        Err(MediaError::DecoderPanicked { file: file.into() })
    })
}

fn decode(bytes: &[u8], file: &str) -> Result<egui::ColorImage, MediaError> {
    let undecodable = |err: ImageError| MediaError::Undecodable {
        file: file.into(),
        reason: err.to_string(),
    };
    let reader = || {
        ImageReader::new(Cursor::new(bytes))
            .with_guessed_format()
            .map_err(|err| undecodable(err.into()))
    };
    // The header alone first, so a bomb is refused with its size and never allocated.
    let (width, height) = reader()?.into_dimensions().map_err(undecodable)?;
    if width > MAX_PICTURE_SIDE || height > MAX_PICTURE_SIDE {
        return Err(MediaError::TooManyPixels {
            file: file.into(),
            width,
            height,
        });
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_PICTURE_SIDE);
    limits.max_image_height = Some(MAX_PICTURE_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    let mut reader = reader()?;
    reader.limits(limits);
    let decoded = reader.decode().map_err(|err| match err {
        ImageError::Limits(_) => MediaError::TooComplex {
            file: file.into(),
            reason: crate::t!(
                "media-picture-decode-too-large",
                size = (MAX_DECODE_BYTES >> 20).to_string()
            ),
        },
        err => undecodable(err),
    })?;
    let decoded = if decoded.width().max(decoded.height()) > SHOWN_SIDE {
        decoded.thumbnail(SHOWN_SIDE, SHOWN_SIDE)
    } else {
        decoded
    };
    let rgba = decoded.to_rgba8();
    let size = [rgba.width() as usize, rgba.height() as usize];
    Ok(egui::ColorImage::from_rgba_unmultiplied(
        size,
        rgba.as_raw(),
    ))
}
