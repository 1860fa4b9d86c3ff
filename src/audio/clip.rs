//! Decoding a clip (bundled, or a routine's own intro clip) so that a hostile file cannot take
//! the sound down: the header is checked before the decoder sees it, the decoder runs with its
//! panics caught, and no clip may decode to more than a short intro's worth of samples.

use std::io::Cursor;
use std::path::Path;
use std::time::Duration;

use rodio::Source;
use rodio::buffer::SamplesBuffer;

use crate::media::{MediaError, What};

/// Clips longer than this are refused: an intro says an exercise's name and a hint.
pub const MAX_CLIP: Duration = Duration::from_secs(30);
/// Sample rates Repcue plays, in Hz.
const RATES: std::ops::RangeInclusive<u32> = 1_000..=192_000;
/// The most channels a clip may have.
const MAX_CHANNELS: u16 = 8;
/// The most samples a clip may decode to: 30 s of 96 kHz stereo (23 MB).
const MAX_SAMPLES: usize = 30 * 96_000 * 2;

pub use crate::media::ClipError;

/// Decodes audio bytes (WAV, Ogg Vorbis, FLAC, MP3) to a buffer in its own format, refusing
/// impossible headers, clips over [`MAX_CLIP`], and turning a decoder panic into an error.
pub fn decode(bytes: Vec<u8>) -> Result<SamplesBuffer, ClipError> {
    if let Some((channels, rate)) = wav_format(&bytes) {
        check_format(channels, rate)?;
    }
    // Nothing the decoder borrows is looked at after a panic.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| decode_checked(bytes))).unwrap_or_else(
        |payload| {
            log::error!(
                "decoding a clip panicked: {}",
                crate::media::panic_message(payload.as_ref())
            );
            Err(ClipError::DecoderPanicked)
        },
    )
}

/// Reads and decodes an exercise's own intro clip from inside the routine's folder.
pub fn load_intro(folder: &Path, relative: &str) -> Result<SamplesBuffer, MediaError> {
    let bytes = crate::media::read_inside(
        folder,
        relative,
        &["wav", "ogg", "flac", "mp3"],
        What::IntroClip,
    )?;
    decode(bytes).map_err(|problem| MediaError::Clip {
        file: relative.into(),
        problem,
    })
}

fn decode_checked(bytes: Vec<u8>) -> Result<SamplesBuffer, ClipError> {
    let decoder = rodio::Decoder::new(Cursor::new(bytes))
        .map_err(|err| ClipError::Undecodable(err.to_string()))?;
    let (channels, rate) = (decoder.channels(), decoder.sample_rate());
    check_format(channels.get(), rate.get())?;
    if decoder.total_duration().is_some_and(|d| d > MAX_CLIP) {
        return Err(ClipError::TooLong);
    }
    let most = MAX_SAMPLES
        .min((MAX_CLIP.as_secs() as usize) * rate.get() as usize * usize::from(channels.get()));
    // One more than allowed tells a clip that is too long from one that just fits.
    let samples: Vec<f32> = decoder.take(most + 1).collect();
    if samples.len() > most {
        return Err(ClipError::TooLong);
    }
    if samples.is_empty() {
        return Err(ClipError::Silent);
    }
    Ok(SamplesBuffer::new(channels, rate, samples))
}

fn check_format(channels: u16, rate: u32) -> Result<(), ClipError> {
    if !RATES.contains(&rate) {
        return Err(ClipError::BadRate(rate));
    }
    if channels == 0 || channels > MAX_CHANNELS {
        return Err(ClipError::BadChannels(channels));
    }
    Ok(())
}

/// Channels and sample rate from a WAV file's `fmt ` chunk, when it is a WAV file with one:
/// read here because a decoder may panic on values it does not expect.
fn wav_format(bytes: &[u8]) -> Option<(u16, u32)> {
    if bytes.get(0..4)? != b"RIFF" || bytes.get(8..12)? != b"WAVE" {
        return None;
    }
    let mut at = 12;
    while let Some(header) = bytes.get(at..at + 8) {
        let size = u32::from_le_bytes(header[4..8].try_into().ok()?) as usize;
        if &header[0..4] == b"fmt " {
            let body = bytes.get(at + 8..at + 16)?;
            let channels = u16::from_le_bytes(body[2..4].try_into().ok()?);
            let rate = u32::from_le_bytes(body[4..8].try_into().ok()?);
            return Some((channels, rate));
        }
        // Chunks are padded to an even size.
        at = at
            .checked_add(8)?
            .checked_add(size)?
            .checked_add(size % 2)?;
    }
    None
}

#[cfg(test)]
mod tests;
