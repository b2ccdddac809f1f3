// The contact picker's answer read as the phone gives it: the picked phone row (name and number,
// the only row the pick grants) becomes a vCard the real core imports as that person with that
// number; a row it cannot read, or one without a name, gives nothing rather than a crash.
package app.tend.android

import android.content.ContentProvider
import android.content.ContentValues
import android.database.Cursor
import android.database.MatrixCursor
import android.net.Uri
import android.provider.ContactsContract
import android.provider.ContactsContract.CommonDataKinds.Phone
import app.tend.core.ContactKind
import app.tend.core.NetworkInput
import app.tend.core.Role
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Test
import org.robolectric.Robolectric

/** The contacts provider as the picker leaves it to the app: one phone row, or a refusal. */
class FakeContacts : ContentProvider() {
    override fun onCreate() = true

    override fun query(
        uri: Uri,
        projection: Array<out String>?,
        selection: String?,
        args: Array<out String>?,
        sort: String?,
    ): Cursor {
        if (uri != granted) throw SecurityException("Permission Denial: requires android.permission.READ_CONTACTS")
        val cursor = MatrixCursor(projection)
        row?.let { r -> cursor.addRow(projection!!.map { r[it] }) }
        return cursor
    }

    override fun getType(uri: Uri) = null

    override fun insert(
        uri: Uri,
        values: ContentValues?,
    ) = null

    override fun delete(
        uri: Uri,
        selection: String?,
        args: Array<out String>?,
    ) = 0

    override fun update(
        uri: Uri,
        values: ContentValues?,
        selection: String?,
        args: Array<out String>?,
    ) = 0

    companion object {
        val granted: Uri = Uri.withAppendedPath(ContactsContract.Data.CONTENT_URI, "7")
        var row: Map<String, String?>? = null
    }
}

class PickedContactTest : RobolectricBase() {
    private fun provider() = Robolectric.buildContentProvider(FakeContacts::class.java).create(ContactsContract.AUTHORITY)

    @Test
    fun the_picked_number_becomes_a_person_with_that_number() {
        provider()
        FakeContacts.row = mapOf(Phone.DISPLAY_NAME to "Sam Lee; the \"Rock\", Jr.", Phone.NUMBER to "+1 (555) 010-0100")
        val card = PickedContact.read(app, FakeContacts.granted)!!
        val store = store()
        val network = store.addNetwork(NetworkInput("Recovery", null, null))
        val report = store.importVcards(card, network.id, Role.SPONSOR)
        assertEquals(1u, report.created)
        val sam = store.people(network.id).single()
        assertEquals("Sam Lee; the \"Rock\", Jr.", sam.name)
        assertEquals(listOf(ContactKind.PHONE to "+1 (555) 010-0100"), sam.contacts.map { it.kind to it.value })
    }

    @Test
    fun a_row_that_cannot_be_read_or_has_no_name_gives_nothing() {
        provider()
        FakeContacts.row = mapOf(Phone.DISPLAY_NAME to "Sam", Phone.NUMBER to "555 0100")
        // Any other row of the provider is refused without the contacts permission.
        assertNull(PickedContact.read(app, Uri.withAppendedPath(ContactsContract.Contacts.CONTENT_VCARD_URI, "key")))
        FakeContacts.row = mapOf(Phone.DISPLAY_NAME to " ", Phone.NUMBER to "555 0100")
        assertNull(PickedContact.read(app, FakeContacts.granted))
        FakeContacts.row = null
        assertNull(PickedContact.read(app, FakeContacts.granted))
    }

    @Test
    fun the_picker_asks_for_a_phone_number() {
        val intent = PickedContact.intent()
        assertEquals(android.content.Intent.ACTION_PICK, intent.action)
        assertEquals(Phone.CONTENT_URI, intent.data)
    }
}
