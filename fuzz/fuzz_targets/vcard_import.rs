//! A vCard file imported into a network: never a panic; a refused file changes nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tend_core::model::Role;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    tend_fuzz::import_changes_nothing_when_refused("vCard file", |s| {
        s.import_vcards(text, 1, Role::Friend, tend_fuzz::now())
    });
});
