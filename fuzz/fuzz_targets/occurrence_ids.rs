//! Notification ids as the OS hands them back: never a panic, and only the exact form Tend
//! renders is accepted (an id that came back different would miss its ledger row).
#![no_main]

use libfuzzer_sys::fuzz_target;
use tend_core::reminders::OccurrenceId;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(id) = text.parse::<OccurrenceId>() {
        assert_eq!(id.to_string(), text, "accepted, but rendered differently");
    }
});
