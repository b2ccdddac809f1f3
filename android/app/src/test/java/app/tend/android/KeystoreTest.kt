// The database key: made once and wrapped by a Keystore key, unwrapped at every later start, and
// when the Keystore lost it, the core's launch decision — a message and the Data screen's way on,
// never a new key over the old data and never a crash.
package app.tend.android

import app.tend.android.logic.LoadFailures
import app.tend.android.logic.WrappedKey
import kotlinx.coroutines.runBlocking
import org.junit.Assert.assertArrayEquals
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Test
import java.io.File

class KeystoreTest : RobolectricBase() {
    private val wrapped get() = File(app.noBackupFilesDir, "tend.key.wrapped")

    @Test
    fun the_first_start_makes_a_wrapped_key_and_the_next_one_unwraps_it() {
        runBlocking { app.coldStart?.join() }
        store() // opened with a new key
        assertTrue(wrapped.exists())
        assertTrue(TestKeystore.keys.isNotEmpty())
        val first = KeystoreKey(app).databaseKey()
        val again = KeystoreKey(app).databaseKey()
        assertEquals(32, first.size)
        assertArrayEquals(first, again)
        // The file holds the key wrapped, never the key itself.
        assertTrue(wrapped.readBytes().toList().windowed(32).none { it == first.toList() })
    }

    @Test
    fun a_lost_keystore_key_leads_to_the_message_and_the_data_screen_not_a_crash() {
        runBlocking { app.coldStart?.join() }
        store()
        val dbBefore = KeystoreKey(app).databaseFile.readBytes()
        TestKeystore.keys.clear() // e.g. the screen lock was removed, or a restore onto a new phone
        try {
            KeystoreKey(app).databaseKey()
            fail("a key without its Keystore key must not open")
        } catch (e: KeyUnavailable) {
            val message = WrappedKey.messageKey(e.decision)
            assertNotNull(message)
            val failure = LoadFailures.of(e, message)
            assertNotEquals("cannot_read", failure.messageKey)
            assertEquals(message, failure.messageKey)
        }
        // Nothing was written over: the old data waits for its backup.
        assertArrayEquals(dbBefore, KeystoreKey(app).databaseFile.readBytes())
    }

    @Test
    fun a_damaged_key_file_is_not_replaced_by_a_new_key() {
        runBlocking { app.coldStart?.join() }
        store()
        wrapped.writeBytes(ByteArray(10))
        try {
            KeystoreKey(app).databaseKey()
            fail("a damaged key file must not open or be replaced")
        } catch (e: KeyUnavailable) {
            assertNotNull(WrappedKey.messageKey(e.decision))
        }
        assertEquals(10, wrapped.length())
    }
}
