// Test-only stand-ins for Android's androidx.compose.ui.res string functions, so the app's screens
// compile and render unchanged on the desktop JVM: an R id is turned back into its resource name
// (the aapt2-generated R class) and looked up in the app's own res/values*/strings.xml, in the
// language the harness picks (LocalResourceLocale). Never part of the app: on a phone the real
// functions read the compiled resources.
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

    private fun table(folder: String): Table =
        tables.getOrPut(folder) {
            val file = File(resDir, "$folder/strings.xml")
            if (!file.exists()) return@getOrPut Table(emptyMap(), emptyMap())
            val doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file)
            val strings = mutableMapOf<String, String>()
            val plurals = mutableMapOf<String, Map<String, String>>()
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
            Table(strings, plurals)
        }

    private fun folders(locale: Locale): List<String> = listOfNotNull(locale.language.takeIf { it != "en" }?.let { "values-$it" }, "values")

    fun string(
        locale: Locale,
        id: Int,
    ): String {
        val n = name("string", id)
        return folders(locale).firstNotNullOfOrNull { table(it).strings[n] } ?: error("string $n is in no strings.xml")
    }

    fun plural(
        locale: Locale,
        id: Int,
        count: Int,
    ): String {
        val n = name("plurals", id)
        val forms = folders(locale).firstNotNullOfOrNull { table(it).plurals[n] } ?: error("plurals $n is in no strings.xml")
        // English and the harness's pseudo-locales: "one" for 1, else "other".
        return (if (count == 1) forms["one"] else null) ?: forms["other"] ?: error("plurals $n has no 'other'")
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
