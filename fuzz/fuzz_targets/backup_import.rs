//! A backup file restored over the store (replacing everything): never a panic, and a refused
//! backup leaves every record as it was. Plain JSON only: an encrypted one is refused before
//! any key derivation when no passphrase is given (the scrypt bound has its own test).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    tend_fuzz::import_changes_nothing_when_refused("backup", |s| s.import_backup(data, None, true));
});
