// Host JVM tests for the bridge probe: prove the generated Kotlin bindings load the cdylib through
// JNA and that values, typed errors, caught panics and suspend functions all cross the boundary.
package app.tend.core

import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.runBlocking
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Test

class BridgeProbeTest {
    @Test
    fun versionIsNotEmpty() {
        assertTrue(tendFfiVersion().isNotBlank())
    }

    @Test
    fun validNameIsTrimmed() {
        assertEquals("Sam", probeValidateName("  Sam "))
    }

    @Test
    fun blankNameThrowsInvalidInputForTheNameField() {
        for (name in listOf("", "   ")) {
            try {
                probeValidateName(name)
                fail("expected TendException.InvalidInput for \"$name\"")
            } catch (e: TendException.InvalidInput) {
                assertEquals("name", e.field)
            }
        }
    }

    @Test
    fun panicSurfacesAsCatchableStorageError() {
        try {
            probePanic()
            fail("expected TendException.Storage")
        } catch (e: TendException.Storage) {
            assertEquals("internal error", e.reason)
        }
    }

    @Test
    fun asyncEchoWorksAsSuspendFunction() =
        runBlocking {
            assertEquals("hello, tend", probeAsyncEcho("hello, tend"))
        }

    @Test
    fun manyConcurrentAsyncCallsComplete() =
        runBlocking {
            val inputs = (1..50).map { "call-$it" }
            val results = inputs.map { async { probeAsyncEcho(it) } }.awaitAll()
            assertEquals(inputs, results)
        }
}
