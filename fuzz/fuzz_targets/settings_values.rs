//! A setting's text form (the first byte picks the key): never a panic, and an accepted value
//! reads back in a form that sets the same thing again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tend_core::settings::{KEYS, Settings};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(value) = std::str::from_utf8(rest) else { return };
    let key = KEYS[usize::from(pick) % KEYS.len()];
    let mut set = Settings::default();
    if set.set(key, value).is_ok() {
        let shown = set.get(key).expect("a known key reads");
        let mut again = Settings::default();
        again.set(key, &shown).expect("what a setting shows is accepted back");
        assert_eq!(again, set, "{key} = {value:?} shown as {shown:?}");
    }
});
