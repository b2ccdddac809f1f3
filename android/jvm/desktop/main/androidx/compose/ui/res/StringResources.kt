// Test-only stand-ins for Android's androidx.compose.ui.res string functions, so the app's screens
// compile and render unchanged on the desktop JVM: an R id is turned back into its resource name
// (the aapt2-generated R class) and looked up in the app's own res/values*/strings.xml and
// messages.xml (the core's messages, generated from the Fluent files), in the language the harness
// picks (LocalResourceLocale), with the CLDR plural forms of the shipped languages; the
// right-to-left pseudo-locale ar-XB is the English words wrapped right to left, as Android's build
// makes it (pseudoLocalesEnabled). Never part of the app: on a phone the real functions read the
// compiled resources.
package androidx.compose.ui.res

import androidx.compose.runtime.Composable
import androidx.compose.runtime.compositionLocalOf
import java.io.File
import java.util.Locale
import java.util.concurrent.ConcurrentHashMap
import javax.xml.parsers.DocumentBuilderFactory
import org.w3c.dom.Element

/** The language the stand-ins read (values-<lang>/ first, then values/). */
val LocalResourceLocale = compositionLocalOf { Locale.ENGLISH }

@Composable
fun stringResource(id: Int): String = DesktopResources.string(LocalResourceLocale.current, id)

@Composable
fun stringResource(
    id: Int,
    vararg formatArgs: Any,
): String = DesktopResources.format(LocalResourceLocale.current, DesktopResources.string(LocalResourceLocale.current, id), formatArgs)

@Composable
fun pluralStringResource(
    id: Int,
    count: Int,
): String = DesktopResources.plural(LocalResourceLocale.current, id, count)

@Composable
fun pluralStringResource(
    id: Int,
    count: Int,
    vararg formatArgs: Any,
): String = DesktopResources.format(LocalResourceLocale.current, DesktopResources.plural(LocalResourceLocale.current, id, count), formatArgs)

/** The app's res/ folder read as Android would resolve it (missing names fail loudly). */
object DesktopResources {
    private val resDir: File by lazy { File(System.getProperty("tend.res.dir") ?: error("set -Dtend.res.dir to android/app/src/main/res")) }
    private val names = ConcurrentHashMap<Int, String>()
    private val tables = ConcurrentHashMap<String, Table>()

    private class Table(val strings: Map<String, String>, val plurals: Map<String, Map<String, String>>)

    private fun name(
        kind: String,
        id: Int,
    ): String =
        names.getOrPut(id) {
            val r = Class.forName("app.tend.android.R\$$kind")
            r.fields.firstOrNull { it.getInt(null) == id }?.name ?: error("no $kind resource with id 0x${id.toString(16)}")
        }

    /** A values folder's strings and plurals: its strings.xml (the screens') and messages.xml (the core's). */
    private fun table(folder: String): Table =
        tables.getOrPut(folder) {
            val strings = mutableMapOf<String, String>()
            val plurals = mutableMapOf<String, Map<String, String>>()
            for (name in listOf("strings.xml", "messages.xml")) read(File(resDir, "$folder/$name"), strings, plurals)
            Table(strings, plurals)
        }

    private fun read(
        file: File,
        strings: MutableMap<String, String>,
        plurals: MutableMap<String, Map<String, String>>,
    ) {
        if (!file.exists()) return
        val doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file)
        val nodes = doc.documentElement.childNodes
        for (i in 0 until nodes.length) {
            val e = nodes.item(i) as? Element ?: continue
            when (e.tagName) {
                "string" -> strings[e.getAttribute("name")] = unescape(e.textContent)
                "plurals" -> {
                    val items = e.getElementsByTagName("item")
                    plurals[e.getAttribute("name")] = (0 until items.length).associate { j ->
                        val item = items.item(j) as Element
                        item.getAttribute("quantity") to unescape(item.textContent)
                    }
                }
            }
        }
    }

    /** Android's right-to-left pseudo-locale: English words, each run of text shown mirrored. */
    val PSEUDO_RTL: Locale = Locale.forLanguageTag("ar-XB")

    private fun pseudoRtl(locale: Locale) = locale.language == "ar" && locale.country == "XB"

    /** A printf placeholder (`%1$s`, `%d`, `%%`): never transformed. */
    private val placeholder = Regex("%(\\d+\\$)?[-#+ 0,(<]*\\d*(\\.\\d+)?[a-zA-Z%]")

    /**
     * [text] as the ar-XB pseudo-locale shows it: each run of words between placeholders forced
     * right to left (RLM RLO … PDF RLM), the placeholders left as they are — the core's CLI does the
     * same (messages/fluent.rs, `pseudo_rtl`).
     */
    fun mirrored(text: String): String {
        val out = StringBuilder()
        var at = 0
        fun run(s: String) {
            out.append(if (s.isBlank()) s else "\u200F\u202E$s\u202C\u200F")
        }
        for (m in placeholder.findAll(text)) {
            run(text.substring(at, m.range.first))
            out.append(m.value)
            at = m.range.last + 1
        }
        run(text.substring(at))
        return out.toString()
    }

    private fun shown(
        locale: Locale,
        text: String,
    ) = if (pseudoRtl(locale)) mirrored(text) else text

    /**
     * The folders Android would look in for [locale], best first: language and region
     * (values-pt-rBR), the language alone (values-de), the language in another region (a pt-PT
     * phone reads values-pt-rBR), then values/.
     */
    private fun folders(locale: Locale): List<String> {
        val lang = locale.language
        if (lang.isEmpty() || lang == "en" || pseudoRtl(locale)) return listOf("values")
        val regional = resDir.list().orEmpty().filter { it.startsWith("values-$lang-r") }.sorted()
        return (listOfNotNull(locale.country.takeIf { it.isNotEmpty() }?.let { "values-$lang-r$it" }, "values-$lang") + regional + "values").distinct()
    }

    /**
     * The CLDR plural category of a whole number in [locale]'s language, for the languages Tend
     * ships: French and Portuguese say "one" for 0 and 1, the others only for 1; Spanish, French
     * and Portuguese have "many" for exact millions.
     */
    fun quantity(
        locale: Locale,
        count: Int,
    ): String =
        when (locale.language) {
            "fr", "pt" -> if (count == 0 || count == 1) "one" else if (count != 0 && count % 1_000_000 == 0) "many" else "other"
            "es" -> if (count == 1) "one" else if (count != 0 && count % 1_000_000 == 0) "many" else "other"
            else -> if (count == 1) "one" else "other"
        }

    fun string(
        locale: Locale,
        id: Int,
    ): String {
        val n = name("string", id)
        return byName(locale, n) ?: error("string $n is in no strings.xml or messages.xml")
    }

    /** The string resource named [n] in [locale], or null when there is none. */
    fun byName(
        locale: Locale,
        n: String,
    ): String? = folders(locale).firstNotNullOfOrNull { table(it).strings[n] }?.let { shown(locale, it) }

    /** The names of the string resources whose English words are [english] (values/). */
    fun namesSaying(english: String): List<String> = table("values").strings.filterValues { it == english }.keys.sorted()

    /** The names of the string resources whose English words, up to the first placeholder, hold [part]. */
    fun namesLeadingWith(part: String): List<String> =
        table("values").strings.filterValues { lead(it).contains(part) }.keys.sorted()

    /** A template's words before its first placeholder. */
    fun lead(template: String): String = template.substring(0, placeholder.find(template)?.range?.first ?: template.length)

    fun plural(
        locale: Locale,
        id: Int,
        count: Int,
    ): String {
        val n = name("plurals", id)
        val forms = folders(locale).firstNotNullOfOrNull { table(it).plurals[n] } ?: error("plurals $n is in no strings.xml")
        return shown(locale, forms[quantity(locale, count)] ?: forms["other"] ?: error("plurals $n has no 'other'"))
    }

    fun format(
        locale: Locale,
        template: String,
        args: Array<out Any>,
    ): String = String.format(locale, template, *args)

    /** aapt2's reading of a string's text: surrounding quotes kept literal, escapes resolved. */
    private fun unescape(raw: String): String {
        val s = raw.trim().let { if (it.length >= 2 && it.startsWith('"') && it.endsWith('"')) it.substring(1, it.length - 1) else it }
        val out = StringBuilder()
        var i = 0
        while (i < s.length) {
            val c = s[i]
            if (c == '\\' && i + 1 < s.length) {
                out.append(
                    when (val e = s[i + 1]) {
                        'n' -> '\n'
                        't' -> '\t'
                        else -> e
                    },
                )
                i += 2
            } else {
                out.append(c)
                i++
            }
        }
        return out.toString()
    }
}
