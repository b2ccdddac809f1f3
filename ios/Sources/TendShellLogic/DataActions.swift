// The Data screen's decisions: which of export / restore / move aside it offers, what a failed
// restore asks next, and writing the backup file handed to the share sheet. The backup itself,
// its encryption, the restore and the quarantine are the core's (exportBackupAsync,
// importBackupAsync, quarantineStore).
import Foundation
import TendCore

/// What the Data screen offers.
public struct DataActions: Equatable, Sendable {
    public let export: Bool
    public let restore: Bool
    /// Move the unreadable store aside (`quarantineStore`) and start afresh.
    public let moveAside: Bool

    public init(export: Bool, restore: Bool, moveAside: Bool) {
        self.export = export
        self.restore = restore
        self.moveAside = moveAside
    }

    /// `storeOpen`: the store opened. Otherwise `launch` is the core's launch decision when
    /// that stopped it, or nil when opening the file failed, and then `failure` says why.
    public static func offered(storeOpen: Bool, launch: LaunchDecision?, failure: OpenFailure?) -> DataActions {
        if storeOpen { return DataActions(export: true, restore: true, moveAside: false) }
        switch launch {
        case .waitForUnlock:
            // The data is fine; the phone is locked. Nothing to do but unlock.
            return DataActions(export: false, restore: false, moveAside: false)
        case .askToRestore, .open, .createKey:
            // A restore needs a store to restore into: move the unreadable one aside first
            // (nothing is deleted), then restore into the fresh one.
            return DataActions(export: false, restore: false, moveAside: true)
        case .none:
            // Only a file its key cannot use is moved aside (the core refuses the others too): a
            // newer Tend's data is healthy, and one out of reach is not the file's fault.
            return DataActions(export: false, restore: false, moveAside: failure == .unreadable)
        }
    }
}

/// Why the store did not open, in the terms the app acts on (from the core's `TendError`).
public enum OpenFailure: Equatable, Sendable {
    /// The key does not open it (`WrongKey`) or part of it cannot be read (`Corrupt`): salvage
    /// what is left, then it may be moved aside.
    case unreadable
    /// Written by a newer Tend (`NewerSchema`): update the app; the data is healthy and is never
    /// moved aside.
    case newerVersion
    /// Out of reach just now (`CannotOpen`: no permission, a missing folder; or a storage error):
    /// nothing to move aside, try again later.
    case unavailable

    public static func of(_ error: Error) -> OpenFailure {
        switch error as? TendError {
        case .WrongKey?, .Corrupt?: return .unreadable
        case .NewerSchema?: return .newerVersion
        default: return .unavailable
        }
    }
}

/// After a restore attempt.
public enum RestoreStep: Equatable, Sendable {
    case restored(BackupSummary)
    /// The file is encrypted and no passphrase was given: ask for it and try again.
    case askPassphrase
    /// The core refused the file (not a backup, damaged, newer, the wrong passphrase, data
    /// already here): say its message, worded in the user's language; the store is unchanged.
    case refused(Message)
    /// Say this (the core's words: no names or notes in them); the store is unchanged.
    case problem(String)
}

public enum Restore {
    public static func step(after result: Result<BackupSummary, Error>) -> RestoreStep {
        switch result {
        case let .success(summary):
            return .restored(summary)
        case let .failure(error):
            switch error as? TendError {
            case let .InvalidInput(field, _, message)?:
                return field == "passphrase" ? .askPassphrase : .refused(message)
            case let .Storage(reason)?, let .CannotOpen(reason)?, let .WrongKey(reason)?, let .NewerSchema(reason)?,
                 let .Corrupt(reason)?, let .Channel(reason)?:
                return .problem(reason)
            case .NotFound?, nil:
                return .problem(NSLocalizedString("the file could not be read", comment: ""))
            }
        }
    }
}

public enum BackupFile {
    /// "Tend backup 2026-12-02.tendbackup" (the day in the device's zone, in the app's language),
    /// never a person's name.
    public static func name(at date: Date, zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        let day = String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
        return String(format: NSLocalizedString("Tend backup %@.tendbackup", comment: ""), day)
    }

    /// Writes `bytes` to `directory/name`, readable by the owner only (0600) from its first
    /// byte, synced, then renamed into place: the file is whole or absent, never half-written.
    public static func write(_ bytes: Data, named name: String, in directory: URL) throws -> URL {
        let final = directory.appendingPathComponent(name)
        let temp = directory.appendingPathComponent(".\(name).\(UUID().uuidString).partial")
        guard FileManager.default.createFile(atPath: temp.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
        do {
            let handle = try FileHandle(forWritingTo: temp)
            defer { try? handle.close() }
            try handle.write(contentsOf: bytes)
            try handle.synchronize()
            guard rename(temp.path, final.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw error
        }
        return final
    }
}
