// Reads the contact the system picker returned, with no contacts permission: the picker grants
// this app access to the one row it returns and nothing else (not the contact's other rows, not
// its vCard, which the provider guards with READ_CONTACTS), so the pick is of a phone number and
// its row gives the name and that number. Written as a vCard (logic/ContactCard.kt) for the core.
package app.tend.android

import android.content.Context
import android.content.Intent
import android.net.Uri
import android.provider.ContactsContract.CommonDataKinds.Phone
import app.tend.android.logic.ContactCard

object PickedContact {
    /** The picker: a phone number from the phone's contacts, chosen by the user. */
    fun intent(): Intent = Intent(Intent.ACTION_PICK, Phone.CONTENT_URI)

    /** The picked row as vCard text; null when it cannot be read or has no name. */
    fun read(
        context: Context,
        uri: Uri,
    ): String? =
        runCatching {
            context.contentResolver.query(uri, arrayOf(Phone.DISPLAY_NAME, Phone.NUMBER), null, null, null)?.use { c ->
                if (!c.moveToFirst()) return@use null
                val name = c.getString(0)?.takeIf { it.isNotBlank() } ?: return@use null
                ContactCard.of(name, listOfNotNull(c.getString(1)?.takeIf { it.isNotBlank() }))
            }
        }.getOrNull()
}
