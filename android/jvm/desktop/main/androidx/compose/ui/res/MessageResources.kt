// Test-only stand-in for the generated app/tend/android/MessageResources.kt (scripts/
// l10n-export.py), which the desktop build of the screens does not compile (it is glue): the same
// rule — MessageId → R.string.msg_<key> or, for a message that varies by a count, R.plurals.
// msg_<key>, `-` written `_` — read from the aapt2-generated R. tests/kotlin/MessageTextTest.kt
// checks the generated table follows that rule for every message. Never part of the app.
package app.tend.android

import app.tend.core.MessageId
import app.tend.ffi.messageKey
import app.tend.ffi.messagePluralArg

object MessageResources {
    fun resourceOf(id: MessageId): Int {
        val kind = if (isPlural(id)) "plurals" else "string"
        return Class.forName("app.tend.android.R\$$kind").getField("msg_" + messageKey(id).replace('-', '_')).getInt(null)
    }

    fun isPlural(id: MessageId): Boolean = messagePluralArg(id) != null
}
