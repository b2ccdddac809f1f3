// The Data screen's decisions: backups out and in, and moving an unreadable store aside. The
// core does the work (TendStore.exportBackup / importBackup, quarantineStore); this file names
// files, reads the passphrase field and turns outcomes into messages.
package app.tend.android.logic

import app.tend.core.BackupSummary
import app.tend.core.TendException
import java.time.LocalDate

/** A message for the Data screen (a string resource name) and the count it may show. */
data class DataMessage(val key: String, val count: Int? = null)

object DataActions {
    /** MIME type the system file picker is given: the backup is JSON, or encrypted bytes. */
    const val MIME = "application/octet-stream"

    /** The name the "save as" dialog suggests: no personal data, sortable by date. */
    fun backupFileName(day: LocalDate): String = "tend-backup-$day.tend"

    /** An empty field means no passphrase (a plain backup); anything else is used exactly as typed. */
    fun passphrase(field: String): String? = field.ifEmpty { null }

    fun exported(result: Result<Unit>): DataMessage = if (result.isSuccess) DataMessage("backup_saved") else failure(result.exceptionOrNull())

    fun imported(result: Result<BackupSummary>): DataMessage =
        result.fold(
            onSuccess = { s -> DataMessage("backup_restored", (s.people + s.checkins + s.groups).toInt()) },
            onFailure = ::failure,
        )

    /**
     * Moving the store aside is offered only when it cannot be opened: a readable store is never
     * moved from this screen. Nothing is deleted either way (the core renames the files).
     */
    fun canQuarantine(failure: LoadFailure?): Boolean = failure?.messageKey == "cannot_open"

    /**
     * The core refuses a backup it cannot use (wrong passphrase, damaged, newer, or a store that
     * already has data without "replace") as InvalidInput, leaving the store as it was; it does
     * not tell a wrong passphrase from a damaged file, so neither does the message.
     */
    private fun failure(e: Throwable?): DataMessage =
        if (e is TendException.InvalidInput) DataMessage("backup_refused") else DataMessage("data_failed")
}
