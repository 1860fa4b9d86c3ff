//! Files that try to take the app down, made on the spot: what the tests and
//! `examples/hostile_media.rs` feed to the real decoding paths.

/// An SVG whose groups are nested `depth` deep.
pub fn deep_svg(depth: usize) -> String {
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">{}<rect width="10" height="10"/>{}</svg>"#, // not translated: SVG test data
        "<g>".repeat(depth),
        "</g>".repeat(depth)
    )
}

/// An SVG that declares a canvas of 1e9 × 1e9 units, filled.
pub fn huge_canvas_svg() -> String {
    r#"<svg xmlns="http://www.w3.org/2000/svg" width="1000000000" height="1000000000" viewBox="0 0 1000000000 1000000000"><rect width="1000000000" height="1000000000" fill="teal"/><circle cx="500000000" cy="500000000" r="300000000" fill="gold"/></svg>"#.into() // not translated: SVG test data
}

/// An SVG with a blur of a huge radius over a filter region far larger than the canvas.
pub fn blur_svg() -> String {
    r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><filter id="f" filterUnits="userSpaceOnUse" x="-200" y="-200" width="500" height="500"><feGaussianBlur stdDeviation="100000"/></filter><rect width="100" height="100" fill="navy" filter="url(#f)"/></svg>"#.into() // not translated: SVG test data
}

/// An SVG whose filter floods a region thousands of times the canvas.
pub fn flood_svg() -> String {
    r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><filter id="f" filterUnits="userSpaceOnUse" x="-5000" y="-5000" width="10000" height="10000"><feFlood flood-color="red"/></filter><rect width="100" height="100" filter="url(#f)"/></svg>"#.into() // not translated: SVG test data
}

/// An SVG with a morphology filter whose window is the whole picture for every pixel.
pub fn morphology_svg() -> String {
    r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><filter id="f"><feMorphology operator="dilate" radius="1000"/></filter><rect width="100" height="100" filter="url(#f)"/></svg>"#.into() // not translated: SVG test data
}

/// An SVG where each of `levels` groups uses the one before ten times: 10^levels copies.
pub fn use_bomb_svg(levels: usize) -> String {
    let mut svg = String::from(
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><defs><rect id="g0" width="1" height="1"/>"#, // not translated: SVG test data
    );
    for level in 1..=levels {
        svg.push_str(&format!(r#"<g id="g{level}">"#));
        for _ in 0..10 {
            svg.push_str(&format!(r##"<use xlink:href="#g{}"/>"##, level - 1)); // not translated: SVG test data
        }
        svg.push_str("</g>");
    }
    svg.push_str(&format!(r##"</defs><use xlink:href="#g{levels}"/></svg>"##)); // not translated: SVG test data
    svg
}

/// An SVG whose XML entities expand ten times at each of nine levels ("billion laughs").
pub fn entity_bomb_svg() -> String {
    let mut svg = String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY l0 \"lol\">\n"); // not translated: SVG test data
    for level in 1..=9 {
        svg.push_str(&format!("<!ENTITY l{level} \"")); // not translated: SVG test data
        for _ in 0..10 {
            svg.push_str(&format!("&l{};", level - 1));
        }
        svg.push_str("\">\n");
    }
    svg.push_str(r#"]><svg xmlns="http://www.w3.org/2000/svg"><title>&l9;</title></svg>"#); // not translated: SVG test data
    svg
}

/// A valid PNG declaring `width` × `height` grey pixels, all zero: a few hundred KB that
/// decode to `width × height` bytes.
pub fn png_bomb(width: u32, height: u32) -> Vec<u8> {
    png_zeros(width, height, 0, 8)
}

/// A valid PNG of zeros with the given PNG colour type (0 grey, 2 RGB, 6 RGBA) and bit depth.
/// Made by hand (a deflate stream of repeated matches), so making it costs no memory.
pub fn png_zeros(width: u32, height: u32, colour: u8, depth: u8) -> Vec<u8> {
    let channels: u64 = match colour {
        2 => 3,
        4 => 2,
        6 => 4,
        _ => 1,
    };
    let row = (u64::from(width) * channels * u64::from(depth)).div_ceil(8);
    let raw = u64::from(height) * (row + 1);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = Vec::new();
    header.extend(width.to_be_bytes());
    header.extend(height.to_be_bytes());
    // Deflate, adaptive filtering, no interlace.
    header.extend([depth, colour, 0, 0, 0]);
    chunk(&mut png, b"IHDR", &header);
    chunk(&mut png, b"IDAT", &zeros_zlib(raw));
    chunk(&mut png, b"IEND", &[]);
    png
}

/// A zlib stream of `count` zero bytes: one literal, then copies of 258 bytes at distance 1.
fn zeros_zlib(count: u64) -> Vec<u8> {
    let mut bits = Bits::default();
    // Final block, fixed Huffman codes.
    bits.push(1, 1);
    bits.push(1, 2);
    // Literal 0 is the 8-bit code 00110000.
    bits.push_code(0b0011_0000, 8);
    let mut left = count.saturating_sub(1);
    while left >= 3 {
        let length = left.min(258);
        // Whole 258-byte copies only, with short literals for the rest.
        if length == 258 {
            // Length 258 is code 285 (8 bits 11000101); distance 1 is code 0 (5 bits).
            bits.push_code(0b1100_0101, 8);
            bits.push_code(0, 5);
            left -= 258;
        } else {
            break;
        }
    }
    for _ in 0..left {
        bits.push_code(0b0011_0000, 8);
    }
    // End of block: code 256 is seven zero bits.
    bits.push_code(0, 7);
    let mut stream = vec![0x78, 0x01];
    stream.extend(bits.finish());
    // Adler-32 of zeros: a stays 1, b grows by 1 per byte.
    let adler = ((count % 65521) << 16) | 1;
    stream.extend((adler as u32).to_be_bytes());
    stream
}

#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    current: u8,
    used: u8,
}

impl Bits {
    /// Pushes `count` bits of `value`, least significant first (deflate's header fields).
    fn push(&mut self, value: u32, count: u8) {
        for bit in 0..count {
            self.bit((value >> bit) & 1 == 1);
        }
    }

    /// Pushes a Huffman code, most significant bit first.
    fn push_code(&mut self, code: u32, count: u8) {
        for bit in (0..count).rev() {
            self.bit((code >> bit) & 1 == 1);
        }
    }

    fn bit(&mut self, set: bool) {
        self.current |= u8::from(set) << self.used;
        self.used += 1;
        if self.used == 8 {
            self.bytes.push(self.current);
            (self.current, self.used) = (0, 0);
        }
    }

    fn finish(mut self) -> Vec<u8> {
        if self.used > 0 {
            self.bytes.push(self.current);
        }
        self.bytes
    }
}

fn chunk(png: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    png.extend((data.len() as u32).to_be_bytes());
    let start = png.len();
    png.extend(kind);
    png.extend(data);
    let crc = crc32(&png[start..]);
    png.extend(crc.to_be_bytes());
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A 16-bit PCM WAV whose header says `rate` Hz, `channels` channels and `claimed` bytes of
/// sound, followed by `samples` (which need not match the claim).
pub fn wav(rate: u32, channels: u16, claimed: u32, samples: &[i16]) -> Vec<u8> {
    let mut wav = b"RIFF".to_vec();
    wav.extend(claimed.saturating_add(36).to_le_bytes());
    wav.extend(b"WAVEfmt ");
    wav.extend(16u32.to_le_bytes());
    wav.extend(1u16.to_le_bytes());
    wav.extend(channels.to_le_bytes());
    wav.extend(rate.to_le_bytes());
    let block = u32::from(channels) * 2;
    wav.extend(rate.saturating_mul(block).to_le_bytes());
    wav.extend((block as u16).to_le_bytes());
    wav.extend(16u16.to_le_bytes());
    wav.extend(b"data");
    wav.extend(claimed.to_le_bytes());
    for sample in samples {
        wav.extend(sample.to_le_bytes());
    }
    wav
}

/// A short, ordinary clip: a 440 Hz tone of `seconds` at 16 kHz, mono.
pub fn tone_wav(seconds: f32) -> Vec<u8> {
    let rate = 16_000;
    let samples: Vec<i16> = (0..(seconds * rate as f32) as usize)
        .map(|i| ((i as f32 * 440.0 * std::f32::consts::TAU / rate as f32).sin() * 8000.0) as i16)
        .collect();
    wav(rate, 1, (samples.len() * 2) as u32, &samples)
}
