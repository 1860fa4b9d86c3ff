//! When the sound thread keeps a device open, and when it judges one to have failed: pure
//! rules, so they can be tested without a sound card.

use std::time::Duration;

/// A device that has been asking for sound and then stops for this long has failed.
pub(super) const STALL: Duration = Duration::from_secs(1);
/// A device just opened is given this long: a sound server may take a few seconds to start a
/// new stream (a suspended Bluetooth headset waking up, a server that has only just started)
/// after taking its first buffer, and dropping it meanwhile would lose the first cues.
pub(super) const START_STALL: Duration = Duration::from_secs(5);
/// How long to wait before trying a missing or failed device again; doubled after each
/// failed try, up to [`RETRY_MAX`], so a machine without sound does not keep probing.
pub(super) const RETRY: Duration = Duration::from_secs(2);
pub(super) const RETRY_MAX: Duration = Duration::from_secs(10);
/// With no session under way, the device is closed after this long with nothing to play.
pub(super) const IDLE_CLOSE: Duration = Duration::from_secs(10);

/// Whether the device should be open: while a session is under way; until it has first opened
/// (so the screen can say whether there is sound); and for [`IDLE_CLOSE`] after sound was last
/// asked for (`idle` ago).
pub(super) fn wanted(keep_open: bool, worked: bool, idle: Duration) -> bool {
    keep_open || !worked || idle < IDLE_CLOSE
}

/// Whether a device opened `opened` ago, that last asked for sound `silent` ago, has failed.
/// Errors alone may be passing (an underrun, a busy sound server) and are only logged.
pub(super) fn stalled(opened: Duration, silent: Duration) -> bool {
    let limit = if opened < START_STALL {
        START_STALL
    } else {
        STALL
    };
    silent > limit
}
