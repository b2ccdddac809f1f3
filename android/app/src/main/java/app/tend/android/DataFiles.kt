// The Data screen's file work through the Storage Access Framework: the user picks where a backup
// goes and which one comes in; bytes cross only between that document and the core.
package app.tend.android

import android.content.Context
import android.net.Uri
import java.io.ByteArrayOutputStream
import java.io.IOException

object DataFiles {
    /** Writes [bytes] to the document the user created ("wt": truncate what was there). */
    fun write(
        context: Context,
        uri: Uri,
        bytes: ByteArray,
    ) {
        val out = context.contentResolver.openOutputStream(uri, "wt") ?: throw IOException("cannot open the chosen file")
        out.use { it.write(bytes) }
    }

    /** Reads the document the user opened; refuses anything larger than a backup can be. */
    fun read(
        context: Context,
        uri: Uri,
    ): ByteArray {
        val input = context.contentResolver.openInputStream(uri) ?: throw IOException("cannot open the chosen file")
        // A loop, not InputStream.readNBytes: that one exists only from Android 13 (API 33).
        return input.use { stream ->
            val out = ByteArrayOutputStream()
            val chunk = ByteArray(64 * 1024)
            while (true) {
                val n = stream.read(chunk)
                if (n < 0) break
                out.write(chunk, 0, n)
                if (out.size() > MAX_BACKUP_BYTES) throw IOException("file too large for a backup")
            }
            out.toByteArray()
        }
    }

    /** A generous bound: years of check-ins are a few megabytes. */
    const val MAX_BACKUP_BYTES = 64 * 1024 * 1024
}
