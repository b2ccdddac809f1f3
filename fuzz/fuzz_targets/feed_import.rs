//! A Meeting Guide feed, both ways it enters the store: as the user's groups
//! (`import_meeting_guide`) and as the meeting directory (`import_directory`, streamed). Never
//! a panic; a refused feed changes nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let zone = Some(chrono_tz::America::Toronto);
    tend_fuzz::import_changes_nothing_when_refused("directory feed", |s| {
        s.import_directory("fuzz feed", data, zone, tend_fuzz::now())
    });
    if let Ok(text) = std::str::from_utf8(data) {
        tend_fuzz::import_changes_nothing_when_refused("group feed", |s| {
            s.import_meeting_guide(text, zone, tend_fuzz::now())
        });
    }
});
