// Host tests: the shell never starts a fresh, empty store over an existing one.
package app.tend.android.logic

import org.junit.Assert.assertArrayEquals
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Test

class KeyPolicyTest {
    @Test
    fun anExistingDatabaseIsNeverGivenANewKey() {
        assertEquals(KeyDecision.Refuse(KeyProblem.KEY_MISSING), KeyPolicy.decide(databaseExists = true, wrappedKeyExists = false, keystoreKeyExists = true))
        assertEquals(KeyDecision.Refuse(KeyProblem.KEY_MISSING), KeyPolicy.decide(databaseExists = true, wrappedKeyExists = false, keystoreKeyExists = false))
        assertEquals(KeyDecision.Refuse(KeyProblem.KEYSTORE_KEY_LOST), KeyPolicy.decide(databaseExists = true, wrappedKeyExists = true, keystoreKeyExists = false))
    }

    @Test
    fun firstRunCreatesAndLaterRunsUnwrap() {
        assertEquals(KeyDecision.CreateNew, KeyPolicy.decide(databaseExists = false, wrappedKeyExists = false, keystoreKeyExists = false))
        assertEquals(KeyDecision.Unwrap, KeyPolicy.decide(databaseExists = true, wrappedKeyExists = true, keystoreKeyExists = true))
        assertEquals(KeyDecision.Unwrap, KeyPolicy.decide(databaseExists = false, wrappedKeyExists = true, keystoreKeyExists = true))
        assertEquals(KeyDecision.CreateNew, KeyPolicy.decide(databaseExists = false, wrappedKeyExists = true, keystoreKeyExists = false))
    }

    @Test
    fun wrappedKeyFormatRoundTripsAndRejectsDamage() {
        val iv = ByteArray(12) { it.toByte() }
        val ct = ByteArray(48) { (it * 3).toByte() }
        val bytes = KeyPolicy.encodeWrapped(iv, ct)
        val (iv2, ct2) = KeyPolicy.decodeWrapped(bytes)!!
        assertArrayEquals(iv, iv2)
        assertArrayEquals(ct, ct2)
        assertNull(KeyPolicy.decodeWrapped(bytes.copyOf(bytes.size - 1)))
        assertNull(KeyPolicy.decodeWrapped(byteArrayOf(2) + bytes.copyOfRange(1, bytes.size)))
        assertNull(KeyPolicy.decodeWrapped(ByteArray(0)))
    }
}
