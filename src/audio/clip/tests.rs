//! Clips with impossible headers, cut short or far too long are refused with a sentence.

use super::*;
use crate::media::hostile;

#[test]
fn an_ordinary_clip_decodes() {
    let buffer = decode(hostile::tone_wav(0.5)).expect("decodes");
    assert_eq!(buffer.sample_rate().get(), 16_000);
    assert_eq!(buffer.channels().get(), 1);
}

#[test]
fn impossible_headers_are_refused_before_decoding() {
    let tone = [1000i16; 1600];
    assert_eq!(
        decode(hostile::wav(0, 1, 3200, &tone)).unwrap_err(),
        ClipError::BadRate(0)
    );
    assert_eq!(
        decode(hostile::wav(4_000_000_000, 1, 3200, &tone)).unwrap_err(),
        ClipError::BadRate(4_000_000_000)
    );
    assert_eq!(
        decode(hostile::wav(16_000, 0, 3200, &tone)).unwrap_err(),
        ClipError::BadChannels(0)
    );
    let message = ClipError::BadRate(0).to_string();
    assert!(message.contains("sample rate is 0 Hz"), "{message}");
}

#[test]
fn a_cut_short_clip_is_refused() {
    let whole = hostile::tone_wav(0.5);
    let err = decode(whole[..30].to_vec()).unwrap_err();
    assert!(matches!(err, ClipError::Undecodable(_)), "{err}");
    // Cut in the middle of its sound, it plays what is there.
    assert!(decode(whole[..4000].to_vec()).is_ok());
}

#[test]
fn a_clip_claiming_hours_of_sound_is_refused() {
    let tone = [1000i16; 1600];
    let err = decode(hostile::wav(16_000, 1, 1 << 31, &tone)).unwrap_err();
    assert_eq!(err, ClipError::TooLong);
    // Long for real: 31 s.
    assert_eq!(
        decode(hostile::tone_wav(31.0)).unwrap_err(),
        ClipError::TooLong
    );
}

#[test]
fn silence_and_garbage_are_refused() {
    assert!(matches!(
        decode(b"not audio".to_vec()),
        Err(ClipError::Undecodable(_))
    ));
    assert_eq!(
        decode(hostile::wav(16_000, 1, 0, &[])).unwrap_err(),
        ClipError::Silent
    );
}

#[test]
fn an_intro_clip_names_itself_in_its_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("zero.wav"), hostile::wav(0, 1, 0, &[])).expect("write");
    let err = load_intro(dir.path(), "zero.wav").unwrap_err();
    assert_eq!(
        err,
        MediaError::Clip {
            file: "zero.wav".into(),
            problem: ClipError::BadRate(0)
        }
    );
    assert!(
        err.to_string()
            .starts_with("intro clip \"zero.wav\" says its sample rate is 0 Hz")
    );
}

#[test]
fn a_decoder_panic_is_an_error_for_that_clip() {
    // The header check is passed over (no `fmt ` chunk where it looks), so the decoder itself
    // meets the 0 Hz rate; whatever it does, the result is an error, not a dead thread.
    let mut wav = hostile::wav(0, 1, 3200, &[1000i16; 1600]);
    wav.splice(12..12, *b"JUNK\x00\x00\x00\x00");
    let mut bad = wav.clone();
    // Make the JUNK chunk claim to run past the end, so the pre-check finds no format.
    bad[16..20].copy_from_slice(&u32::MAX.to_le_bytes());
    assert!(decode(bad).is_err());
}
