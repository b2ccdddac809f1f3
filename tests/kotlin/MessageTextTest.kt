// The core's messages as the Android shell words them: each argument formatted for the locale and
// put where the resource numbers it (logic/MessageText.kt), every message of the core's list
// filled into every shipped language's res/values*/messages.xml, the generated MessageId →
// resource table (and the desktop harness's stand-in for it) following one naming rule, the
// per-app language list, and the phone's language in each notification's fingerprint.
package app.tend.android.logic

import app.tend.core.ArgValue
import app.tend.core.DeviceState
import app.tend.core.Message
import app.tend.core.MessageArg
import app.tend.core.MessageId
import app.tend.ffi.TendStore
import app.tend.ffi.crisisLines
import app.tend.ffi.messageKey
import app.tend.ffi.messagePluralArg
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder
import org.w3c.dom.Element
import java.io.File
import java.util.Locale
import javax.xml.parsers.DocumentBuilderFactory

private val RES = File("android/app/src/main/res")

/** The shipped languages and their folders (the core's SHIPPED_LANGUAGES). */
private val FOLDERS = linkedMapOf("en" to "values", "es" to "values-es", "fr" to "values-fr", "pt-BR" to "values-pt-rBR", "de" to "values-de")

private fun msg(
    id: MessageId,
    vararg args: Pair<String, ArgValue>,
) = Message(id, args.map { (n, v) -> MessageArg(n, v) })

/** One folder's messages.xml: each name → its text, or its plural forms by quantity. */
private fun catalog(folder: String): Map<String, Map<String, String>> {
    val doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(File(RES, "$folder/messages.xml"))
    val out = mutableMapOf<String, Map<String, String>>()
    val nodes = doc.documentElement.childNodes
    fun text(e: Element) = e.textContent.trim().replace("\\'", "'").replace("\\\"", "\"").replace("\\\\", "\\")
    for (i in 0 until nodes.length) {
        val e = nodes.item(i) as? Element ?: continue
        out[e.getAttribute("name")] =
            when (e.tagName) {
                "string" -> mapOf("" to text(e))
                else -> {
                    val items = e.getElementsByTagName("item")
                    (0 until items.length).associate { j -> (items.item(j) as Element).let { it.getAttribute("quantity") to text(it) } }
                }
            }
    }
    return out
}

private val ENGLISH by lazy { catalog("values") }

/** [m] in English as the app words it (values/messages.xml), for tests that read a screen's line. */
internal fun english(m: Message): String {
    val args = MessageText.arguments(m, Locale.US) { it.joinToString(", ") } ?: return MessageText.fallback(m)
    val forms = ENGLISH["msg_" + messageKey(m.id).replace('-', '_')] ?: return MessageText.fallback(m)
    val template = forms[""] ?: forms[if (args.count == 1) "one" else "other"] ?: forms.getValue("other")
    return MessageText.fill(template, Locale.US, args) ?: MessageText.fallback(m)
}

/** The core's message list (crates/tend-core/src/messages/mod.rs): key → [(arg, kind)]. */
private fun spec(): Map<String, List<Pair<String, String>>> {
    val pat = Regex("""^\s*(\w+) = "([a-z0-9-]+)" \(([^)]*)\)(?: plural (\w+))?;""", RegexOption.MULTILINE)
    return pat.findAll(File("crates/tend-core/src/messages/mod.rs").readText()).associate { m ->
        m.groupValues[2] to m.groupValues[3].split(",").filter { it.isNotBlank() }.map { a -> a.split(":").let { it[0].trim() to it[1].trim() } }
    }
}

class MessageTextTest {
    @get:Rule
    val tmp = TemporaryFolder()

    private lateinit var store: TendStore

    @Before
    fun open() {
        store = TendStore.open(File(tmp.root, "tend.db").path, ByteArray(32) { (it * 5).toByte() })
    }

    @After
    fun close() {
        store.close()
    }

    private val names: (List<String>) -> String = { it.joinToString(" + ") }

    @Test
    fun argumentsAreFormattedForTheLocaleInTheMessagesOrder() {
        val goal = msg(MessageId.REMINDER_GOAL_WEEK, "count" to ArgValue.Number(1234), "target" to ArgValue.Number(5000), "ends" to ArgValue.Date("2026-03-12"))
        val de = MessageText.arguments(goal, Locale.GERMAN, names)!!
        assertNull("not a plural message", de.count)
        assertEquals(listOf("1.234", "5.000", "12. März 2026"), de.args)
        assertEquals(listOf("1,234", "5,000", "March 12, 2026"), MessageText.arguments(goal, Locale.US, names)!!.args)

        val meeting = msg(MessageId.REMINDER_MEETING_BODY, "time" to ArgValue.Time(1170u))
        assertEquals("19:30", MessageText.arguments(meeting, Locale.GERMAN, names)!!.args.single())
        assertTrue(MessageText.arguments(meeting, Locale.US, names)!!.args.single().toString().matches(Regex("""7:30\s?PM""")))

        val many = msg(MessageId.REMINDER_KEEP_IN_TOUCH_MANY_BODY, "names" to ArgValue.Names(listOf("Sam", "Alex")))
        assertEquals(listOf("Sam + Alex"), MessageText.arguments(many, Locale.FRENCH, names)!!.args)
        val title = msg(MessageId.REMINDER_KEEP_IN_TOUCH_TITLE, "name" to ArgValue.Text("Sam"))
        assertEquals(listOf("Sam"), MessageText.arguments(title, Locale.GERMAN, names)!!.args)
    }

    @Test
    fun thePluralCountIsPassedAsANumberAndTheRestAsText() {
        val m = msg(MessageId.REMINDER_MEETING_MINUTES, "group" to ArgValue.Text("Thursday group"), "minutes" to ArgValue.Number(1))
        val a = MessageText.arguments(m, Locale.ENGLISH, names)!!
        assertEquals(1, a.count)
        assertEquals(listOf<Any>("Thursday group", 1L), a.args)
        assertEquals("Thursday group in 1 minute", MessageText.fill("%1\$s in %2\$d minute", Locale.ENGLISH, a))
        assertEquals("minutes", messagePluralArg(MessageId.REMINDER_MEETING_MINUTES))
        assertEquals("minutes", MessageText.pluralArg(MessageId.REMINDER_MEETING_MINUTES))
        assertNull(MessageText.pluralArg(MessageId.REMINDER_DAILY_TITLE))
    }

    @Test
    fun aMalformedMessageIsRefusedNotThrownAndReadsAsItsKey() {
        // A plural message without its count, a date that is not one, a minute past the day.
        assertNull(MessageText.arguments(msg(MessageId.MILESTONE_DAYS), Locale.ENGLISH, names))
        assertNull(MessageText.arguments(msg(MessageId.MILESTONE_DAYS, "days" to ArgValue.Text("30")), Locale.ENGLISH, names))
        assertNull(MessageText.arguments(msg(MessageId.REMINDER_GOAL_WEEK, "count" to ArgValue.Number(1), "target" to ArgValue.Number(2), "ends" to ArgValue.Date("soon")), Locale.ENGLISH, names))
        assertNull(MessageText.arguments(msg(MessageId.REMINDER_MEETING_BODY, "time" to ArgValue.Time(1440u)), Locale.ENGLISH, names))
        // Too few arguments for the template, or of the wrong type for %d: no text, no exception.
        val none = MessageText.arguments(msg(MessageId.REMINDER_KEEP_IN_TOUCH_TITLE), Locale.ENGLISH, names)!!
        assertNull(MessageText.fill("Reach out to %1\$s", Locale.ENGLISH, none))
        assertNull(MessageText.fill("%1\$d days", Locale.ENGLISH, FormatArgs(listOf("three"), null)))
        assertEquals("reminder-daily-title", MessageText.fallback(msg(MessageId.REMINDER_DAILY_TITLE)))
        // Always formatted, as Android's getString(id, …) does: an escaped percent reads as one.
        assertEquals("100% there", MessageText.fill("100%% there", Locale.ENGLISH, FormatArgs(emptyList(), null)))
    }

    @Test
    fun everyMessageFillsEveryFormOfItsTemplateInEveryShippedLanguage() {
        val spec = spec()
        assertEquals(MessageId.entries.size, spec.size)
        val sample =
            mapOf(
                "Number" to ArgValue.Number(3),
                "Text" to ArgValue.Text("Sam"),
                "Names" to ArgValue.Names(listOf("Sam", "Alex")),
                "Date" to ArgValue.Date("2026-03-12"),
                "Time" to ArgValue.Time(1170u),
            )
        for ((lang, folder) in FOLDERS) {
            val cat = catalog(folder)
            val locale = Locale.forLanguageTag(lang)
            for (id in MessageId.entries) {
                val key = messageKey(id)
                val params = spec.getValue(key)
                val m = Message(id, params.map { (n, k) -> MessageArg(n, sample.getValue(k)) })
                val args = MessageText.arguments(m, locale, names)
                assertNotNull("$lang $key", args)
                val forms = cat["msg_" + key.replace('-', '_')]
                assertNotNull("$lang: $key missing", forms)
                assertEquals("$lang $key: plural or not", messagePluralArg(id) != null, "" !in forms!!)
                if (messagePluralArg(id) != null) assertTrue("$lang $key: an 'other' form", "other" in forms)
                for ((q, template) in forms) {
                    val text = MessageText.fill(template, locale, args!!)
                    assertNotNull("$lang $key [$q]: '$template' does not take its arguments", text)
                    assertFalse("$lang $key [$q]: $text", Regex("""%\d""").containsMatchIn(text!!))
                }
            }
        }
    }

    @Test
    fun theGeneratedResourceTableFollowsTheNamingRuleTheDesktopStandInUses() {
        val generated = File("android/app/src/main/java/app/tend/android/MessageResources.kt").readText()
        val rows = Regex("""MessageId\.(\w+) -> R\.(string|plurals)\.(\w+)""").findAll(generated).associate { it.groupValues[1] to (it.groupValues[2] to it.groupValues[3]) }
        assertEquals(MessageId.entries.map { it.name }.toSet(), rows.keys)
        for (id in MessageId.entries) {
            val (kind, name) = rows.getValue(id.name)
            assertEquals(id.name, "msg_" + messageKey(id).replace('-', '_'), name)
            assertEquals(id.name, if (messagePluralArg(id) != null) "plurals" else "string", kind)
        }
        val standIn = File("android/jvm/desktop/main/androidx/compose/ui/res/MessageResources.kt").readText()
        assertTrue(standIn.contains("\"msg_\" + messageKey(id).replace('-', '_')"))
    }

    @Test
    fun theAppOffersExactlyTheShippedLanguages() {
        val doc = DocumentBuilderFactory.newInstance().apply { isNamespaceAware = true }.newDocumentBuilder().parse(File(RES, "xml/locales_config.xml"))
        val locales = doc.getElementsByTagName("locale")
        val listed = (0 until locales.length).map { (locales.item(it) as Element).getAttributeNS("http://schemas.android.com/apk/res/android", "name") }
        assertEquals(FOLDERS.keys.toList(), listed)
        for (folder in FOLDERS.values) {
            assertTrue("$folder/strings.xml", File(RES, "$folder/strings.xml").exists())
            assertTrue("$folder/messages.xml", File(RES, "$folder/messages.xml").exists())
        }
        val manifest = File("android/app/src/main/AndroidManifest.xml").readText()
        assertTrue(manifest.contains("android:localeConfig=\"@xml/locales_config\""))
    }

    @Test
    fun aNewLanguageGivesEveryPendingReminderANewFingerprint() {
        store.seedDemo("UTC")
        fun device(language: String) = ReplanTriggers.deviceState("UTC", true, true, 7, language, Trigger.SYNC, lossUnreported = false)
        val first = store.sync(device("en-US"))
        assertTrue(first.schedule.isNotEmpty())
        val same = store.sync(device("en-US"))
        assertTrue("nothing changed", same.schedule.isEmpty() && same.cancel.isEmpty())
        val german = store.sync(device("de-DE"))
        val before = first.schedule.associate { it.id to it.fingerprint }
        val after = german.schedule.associate { it.id to it.fingerprint }
        assertEquals("every pending reminder again", before.keys, after.keys)
        for ((id, fp) in after) assertTrue("$id kept its fingerprint", fp != before[id])
        // The shell replaces each one (same id, same request code), cancelling nothing else.
        val applier = ReminderApplier()
        val pending = ReminderApplier().apply(first, emptyMap(), emptyMap(), System.currentTimeMillis(), true)
        val replaced = applier.apply(german, pending.pending, pending.codes, System.currentTimeMillis(), true)
        val scheduled = replaced.ops.filterIsInstance<AlarmOp.Schedule>()
        assertEquals(pending.pending.keys, scheduled.map { it.notification.id }.toSet())
        for (s in scheduled) assertEquals(pending.codes[s.notification.id], s.requestCode)
    }

    @Test
    fun theCoresOtherMessagesWordInEveryLanguage() {
        store.seedDemo("UTC")
        val messages =
            crisisLines(null).flatMap { listOf(it.name, it.hours, it.description) } +
                store.coverage(null).mapNotNull { it.nextStep } +
                store.milestones("UTC").flatMap { listOfNotNull(it.last?.label, it.next.label) } +
                store.plan("UTC", 14u, 60u).let { p -> p.notifications.flatMap { listOf(it.title, it.body) } + p.held.map { it.reason } }
        assertTrue(messages.size > 20)
        for ((lang, folder) in FOLDERS) {
            val cat = catalog(folder)
            val locale = Locale.forLanguageTag(lang)
            for (m in messages) {
                val args = MessageText.arguments(m, locale, names)
                assertNotNull("$lang $m", args)
                val forms = cat.getValue("msg_" + messageKey(m.id).replace('-', '_'))
                val template = forms[""] ?: forms.getValue("other")
                assertNotNull("$lang $m", MessageText.fill(template, locale, args!!))
            }
        }
    }
}
