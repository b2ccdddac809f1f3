//! What a shell does about the store and its key at launch: open, create a key, wait, or ask the
//! user to restore. One rule for both phones, so neither can ever create a key over a database
//! it cannot read (Tend's data exists nowhere else).

use serde::{Deserialize, Serialize};

/// What the shell found of the store's 32-byte key in the platform keystore.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum KeyState {
    /// A key of the right length could be read.
    Present,
    /// There is no key (a new install, or data restored to a new phone: keys never leave one).
    Missing,
    /// Something is stored but unusable: the wrong length, not unwrappable, or the Keystore key
    /// that wrapped it is gone.
    Damaged,
    /// The keystore cannot be read yet (iOS before the first unlock after a restart).
    Locked,
}

/// Why the store cannot be opened with what this device holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum KeyProblem {
    /// A database exists but no key for it does.
    KeyMissing,
    /// A database exists but its key is unusable.
    KeyDamaged,
}

/// What to do at launch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum LaunchDecision {
    /// Open the store with the key (this creates the database when there is none yet).
    Open,
    /// Make a new random key, keep it in the keystore, then open (a fresh store).
    CreateKey,
    /// Try again once the device is unlocked; create nothing.
    WaitForUnlock,
    /// Show the restore screen: restore a backup, or move the unreadable store aside
    /// (`quarantine`) and start afresh. Never make a new key over it.
    AskToRestore { problem: KeyProblem },
}

/// The launch rule. A key without a database is fine (the app died between keeping the key and
/// creating the store): it is used. A damaged or missing key without a database starts afresh.
pub fn launch_decision(database_exists: bool, key: KeyState) -> LaunchDecision {
    match (key, database_exists) {
        (KeyState::Locked, _) => LaunchDecision::WaitForUnlock,
        (KeyState::Present, _) => LaunchDecision::Open,
        (KeyState::Missing | KeyState::Damaged, false) => LaunchDecision::CreateKey,
        (KeyState::Missing, true) => LaunchDecision::AskToRestore {
            problem: KeyProblem::KeyMissing,
        },
        (KeyState::Damaged, true) => LaunchDecision::AskToRestore {
            problem: KeyProblem::KeyDamaged,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_whole_table() {
        use KeyState::*;
        use LaunchDecision::*;
        let table = [
            (false, Present, Open),
            (true, Present, Open),
            (false, Missing, CreateKey),
            (false, Damaged, CreateKey),
            (
                true,
                Missing,
                AskToRestore {
                    problem: KeyProblem::KeyMissing,
                },
            ),
            (
                true,
                Damaged,
                AskToRestore {
                    problem: KeyProblem::KeyDamaged,
                },
            ),
            (false, Locked, WaitForUnlock),
            (true, Locked, WaitForUnlock),
        ];
        for (db, key, want) in table {
            assert_eq!(launch_decision(db, key), want, "database {db}, key {key:?}");
        }
    }
}
