//! Contact-window specs as a user types them ("mon-fri 09:00-17:00, sat 10-12"): never a panic,
//! and whatever is accepted is a real weekday and real minutes of the day.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(spec) = std::str::from_utf8(data) else { return };
    if let Ok(windows) = tend_core::people::parse_windows(spec) {
        for w in windows {
            assert!(w.weekday < 7 && w.start < 1440 && w.end <= 1440, "{spec:?} gave {w:?}");
        }
    }
});
