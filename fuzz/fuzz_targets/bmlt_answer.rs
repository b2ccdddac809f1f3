//! A BMLT root server's answer, as a refresh reads it: the body as JSON, each meeting rewritten as
//! a Meeting Guide record, then the streamed directory import. Never a panic; a refused list
//! changes nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tend_core::directory::sources::bmlt;

fuzz_target!(|data: &[u8]| {
    let Ok(body) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    let Some(records) = bmlt::records(&body) else {
        return;
    };
    let list: Vec<serde_json::Value> = records.iter().map(bmlt::to_meeting_guide).collect();
    let Ok(bytes) = serde_json::to_vec(&list) else {
        return;
    };
    tend_fuzz::import_changes_nothing_when_refused("bmlt answer", |s| {
        s.import_directory("fuzz bmlt", &bytes[..], Some(chrono_tz::America::New_York), tend_fuzz::now())
    });
});
