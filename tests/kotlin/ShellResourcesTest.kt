// Host checks of the Android glue that cannot be compiled here: the manifest registers every
// system event the logic resets on, every string the logic and glue name exists, and the
// decision code stays free of Android imports (so it can keep being tested on the host).
package app.tend.android.logic

import app.tend.core.ActionKind
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test
import java.io.File
import javax.xml.parsers.DocumentBuilderFactory

private val ANDROID = File("android/app/src/main")
private const val NS = "http://schemas.android.com/apk/res/android"

private fun xml(path: String) =
    DocumentBuilderFactory.newInstance().apply { isNamespaceAware = true }.newDocumentBuilder().parse(File(ANDROID, path))

class ShellResourcesTest {
    /** The names of [tag] resources in res/values: the screens' strings.xml and the core's messages.xml. */
    private fun resourceNames(tag: String): Set<String> =
        listOf("res/values/strings.xml", "res/values/messages.xml").flatMap { path ->
            val nodes = xml(path).getElementsByTagName(tag)
            (0 until nodes.length).map { nodes.item(it).attributes.getNamedItem("name").nodeValue }
        }.toSet()

    private fun stringNames(): Set<String> = resourceNames("string")

    @Test
    fun theManifestListensForEveryEventThatMeansReset() {
        val receivers = xml("AndroidManifest.xml").getElementsByTagName("receiver")
        val system =
            (0 until receivers.length).map { receivers.item(it) as org.w3c.dom.Element }
                .single { it.getAttributeNS(NS, "name") == ".SystemEventReceiver" }
        val actions = system.getElementsByTagName("action")
        val listed = (0 until actions.length).map { (actions.item(it) as org.w3c.dom.Element).getAttributeNS(NS, "name") }.toSet()
        assertEquals(ReplanTriggers.SYSTEM_ACTIONS.toSet(), listed)
        // Receivers for our own PendingIntents are not exported.
        for (name in listOf(".AlarmReceiver", ".ActionReceiver", ".ReplanReceiver")) {
            val r = (0 until receivers.length).map { receivers.item(it) as org.w3c.dom.Element }.single { it.getAttributeNS(NS, "name") == name }
            assertEquals("false", r.getAttributeNS(NS, "exported"))
        }
    }

    @Test
    fun everyStringTheShellNamesExists() {
        val names = stringNames()
        val keys =
            NotificationText.CHANNELS.flatMap { listOf(it.nameKey, it.descriptionKey) } + ActionKind.entries.map(NotificationText::labelKey) +
                Notice.entries.flatMap { listOf(it.messageKey, it.actionKey) } +
                listOf("cannot_open", "cannot_read", "newer_version", "backup_saved", "backup_restored", "backup_refused", "data_failed", "quarantine_done")
        for (k in keys) assertTrue("missing string $k", k in names)
        val glue = ANDROID.resolve("java/app/tend/android").walk().filter { it.extension == "kt" }.toList()
        val used = glue.flatMap { f -> Regex("""R\.string\.(\w+)""").findAll(f.readText()).map { it.groupValues[1] }.toList() }
        assertTrue(used.isNotEmpty())
        for (k in used) assertTrue("missing string $k", k in names)
        val plurals = resourceNames("plurals")
        val usedPlurals = glue.flatMap { f -> Regex("""R\.plurals\.(\w+)""").findAll(f.readText()).map { it.groupValues[1] }.toList() }
        assertTrue(usedPlurals.isNotEmpty())
        for (k in usedPlurals) assertTrue("missing plurals $k", k in plurals)
    }

    @Test
    fun decisionCodeHasNoPlatformImports() {
        for (f in ANDROID.resolve("java/app/tend/android/logic").listFiles { f -> f.extension == "kt" }!!) {
            val bad = f.readLines().filter { it.startsWith("import android") || it.startsWith("import androidx") }
            assertTrue("${f.name}: $bad", bad.isEmpty())
        }
    }

    @Test
    fun screensTakeStateAndCallbacksNotTheAndroidPlatform() {
        // ui/ renders on the desktop JVM too: no Context, no Activity, no android.* at all.
        val screens = ANDROID.resolve("java/app/tend/android/ui").listFiles { f -> f.extension == "kt" }!!
        assertTrue(screens.size >= 8)
        for (f in screens) {
            val bad = f.readLines().filter { it.startsWith("import android.") || it.contains("LocalContext") || it.startsWith("import androidx.activity") }
            assertTrue("${f.name}: $bad", bad.isEmpty())
        }
    }
}
