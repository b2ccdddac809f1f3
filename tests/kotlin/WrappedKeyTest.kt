// Host tests: what the shell reports of its key, the wrapped-key file format, and the core's
// launch decision as the shell receives it — never a fresh store over an existing one.
package app.tend.android.logic

import app.tend.core.KeyProblem
import app.tend.core.KeyState
import app.tend.core.LaunchDecision
import app.tend.ffi.launchDecision
import org.junit.Assert.assertArrayEquals
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test
import java.io.File
import javax.xml.parsers.DocumentBuilderFactory

class WrappedKeyTest {
    private val good = WrappedKey.encode(ByteArray(12) { it.toByte() }, ByteArray(48) { (it * 3).toByte() })

    @Test
    fun theFullLaunchTableFromTheCore() {
        val table =
            listOf(
                Triple(false, KeyState.PRESENT, LaunchDecision.Open),
                Triple(true, KeyState.PRESENT, LaunchDecision.Open),
                Triple(false, KeyState.MISSING, LaunchDecision.CreateKey),
                Triple(false, KeyState.DAMAGED, LaunchDecision.CreateKey),
                Triple(true, KeyState.MISSING, LaunchDecision.AskToRestore(KeyProblem.KEY_MISSING)),
                Triple(true, KeyState.DAMAGED, LaunchDecision.AskToRestore(KeyProblem.KEY_DAMAGED)),
                Triple(false, KeyState.LOCKED, LaunchDecision.WaitForUnlock),
                Triple(true, KeyState.LOCKED, LaunchDecision.WaitForUnlock),
            )
        assertEquals(KeyState.entries.size * 2, table.size)
        for ((exists, state, want) in table) assertEquals("database $exists, key $state", want, launchDecision(exists, state))
    }

    @Test
    fun anExistingDatabaseIsNeverGivenANewKeyWhateverTheKeystoreShows() {
        // Every situation the Android glue can observe, through the core's decision.
        for (wrapped in listOf(null, good, good.copyOf(5))) {
            for (keystoreKey in listOf(true, false)) {
                for (unlocked in listOf(true, false)) {
                    val state = WrappedKey.observe(wrapped, keystoreKey, unlocked)
                    val decision = launchDecision(true, state)
                    assertTrue("${wrapped?.size} $keystoreKey $unlocked → $decision", decision != LaunchDecision.CreateKey)
                }
            }
        }
        assertEquals(LaunchDecision.AskToRestore(KeyProblem.KEY_MISSING), launchDecision(true, WrappedKey.observe(null, true, true)))
        // The Keystore key gone (screen lock removed): the wrapped file is useless.
        assertEquals(LaunchDecision.AskToRestore(KeyProblem.KEY_DAMAGED), launchDecision(true, WrappedKey.observe(good, false, true)))
        assertEquals(LaunchDecision.Open, launchDecision(true, WrappedKey.observe(good, true, true)))
        // A key kept but the app died before creating the store: use it, not a new one.
        assertEquals(LaunchDecision.Open, launchDecision(false, WrappedKey.observe(good, true, true)))
        assertEquals(LaunchDecision.WaitForUnlock, launchDecision(true, WrappedKey.observe(good, true, false)))
    }

    @Test
    fun wrappedKeyFormatRoundTripsAndRejectsDamage() {
        val iv = ByteArray(12) { it.toByte() }
        val ct = ByteArray(48) { (it * 3).toByte() }
        val (iv2, ct2) = WrappedKey.decode(WrappedKey.encode(iv, ct))!!
        assertArrayEquals(iv, iv2)
        assertArrayEquals(ct, ct2)
        assertNull(WrappedKey.decode(good.copyOf(good.size - 1)))
        assertNull(WrappedKey.decode(byteArrayOf(2) + good.copyOfRange(1, good.size)))
        assertNull(WrappedKey.decode(ByteArray(0)))
        assertEquals(KeyState.DAMAGED, WrappedKey.observe(byteArrayOf(2) + good.copyOfRange(1, good.size), true, true))
    }

    @Test
    fun everyStoppingDecisionHasAMessageThatExists() {
        val doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(File("android/app/src/main/res/values/strings.xml"))
        val nodes = doc.getElementsByTagName("string")
        val names = (0 until nodes.length).map { nodes.item(it).attributes.getNamedItem("name").nodeValue }.toSet()
        val stopping = listOf(LaunchDecision.WaitForUnlock) + KeyProblem.entries.map { LaunchDecision.AskToRestore(it) }
        val keys = stopping.map { WrappedKey.messageKey(it) }
        assertEquals(stopping.size, keys.filterNotNull().toSet().size)
        for (k in keys) assertTrue("missing string $k", k in names)
        assertNull(WrappedKey.messageKey(LaunchDecision.Open))
        assertNull(WrappedKey.messageKey(LaunchDecision.CreateKey))
    }
}
