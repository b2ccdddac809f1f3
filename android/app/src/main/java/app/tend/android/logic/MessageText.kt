// The core's messages (an id and typed arguments, never a sentence) made ready for a string
// resource: each argument formatted for the reader's locale and put where the resource numbers it,
// the plural count picked out. Plain Kotlin (java.text, java.time), so it is tested on the host;
// the resource lookup itself is the glue's (`Resources.text`, MessageText.kt beside the receivers)
// and the screens' (`ui/MessageText.kt`, through stringResource).
package app.tend.android.logic

import app.tend.core.ArgValue
import app.tend.core.Message
import app.tend.core.MessageId
import app.tend.ffi.messageKey
import app.tend.ffi.messagePluralArg
import java.text.NumberFormat
import java.time.LocalDate
import java.time.LocalTime
import java.time.format.DateTimeFormatter
import java.time.format.FormatStyle
import java.util.Locale
import java.util.concurrent.ConcurrentHashMap

/**
 * A message's arguments for `String.format`, in the order the resource numbers them (`%1$s`…).
 * [count] is the plural quantity when the message varies by one (its resource is `<plurals>`);
 * that argument is passed as a number (its placeholder is `%N$d`), every other one as text.
 */
class FormatArgs(val args: List<Any>, val count: Int?) {
    fun array(): Array<Any> = args.toTypedArray()
}

object MessageText {
    private val pluralArgs = ConcurrentHashMap<MessageId, String>()
    private const val NONE = ""

    /** The number argument [id]'s wording varies by, if any (the core's, asked once per id). */
    fun pluralArg(id: MessageId): String? =
        pluralArgs.getOrPut(id) { runCatching { messagePluralArg(id) }.getOrNull() ?: NONE }.takeIf { it != NONE }

    /** What is shown when a message cannot be worded: its catalog key, never a crash. */
    fun fallback(m: Message): String = runCatching { messageKey(m.id) }.getOrDefault(m.id.name.lowercase())

    /**
     * [m]'s arguments formatted for [locale]: numbers with the locale's digits and grouping, names
     * joined by [joinNames] (the phone's `ListFormatter`), dates long ("12 March 2026"), times
     * short ("9:30 AM" / "09:30"), text as it is. Null when the message is malformed (a plural
     * message without its count, a date that is not one, a minute past the day).
     */
    fun arguments(
        m: Message,
        locale: Locale,
        joinNames: (List<String>) -> String,
    ): FormatArgs? {
        val plural = pluralArg(m.id)
        var count: Int? = null
        val out = ArrayList<Any>(m.args.size)
        for (a in m.args) {
            val v = a.value
            out +=
                when {
                    a.name == plural && v is ArgValue.Number -> {
                        count = v.value.coerceIn(Int.MIN_VALUE.toLong(), Int.MAX_VALUE.toLong()).toInt()
                        v.value
                    }
                    else -> format(v, locale, joinNames) ?: return null
                }
        }
        if (plural != null && count == null) return null
        return FormatArgs(out, count)
    }

    private fun format(
        v: ArgValue,
        locale: Locale,
        joinNames: (List<String>) -> String,
    ): String? =
        runCatching {
            when (v) {
                is ArgValue.Number -> NumberFormat.getIntegerInstance(locale).format(v.value)
                is ArgValue.Text -> v.value
                is ArgValue.Names -> joinNames(v.values)
                is ArgValue.Date -> LocalDate.parse(v.value).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))
                is ArgValue.Time -> {
                    val minute = v.minute.toInt()
                    require(v.minute < 1440u) { "minute $minute" }
                    LocalTime.of(minute / 60, minute % 60).format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale))
                }
            }
        }.getOrNull()

    /**
     * [template] (a resource's raw text, `%1$s` and all) filled with [args]; null when they do not
     * fit it. Always formatted, as Android's `getString(id, …)` does, so an escaped `%%` reads `%`.
     */
    fun fill(
        template: String,
        locale: Locale,
        args: FormatArgs,
    ): String? = runCatching { String.format(locale, template, *args.array()) }.getOrNull()

    /**
     * Names joined without the phone's list formatter: only where `android.icu` cannot be had (the
     * screens, which must also render on the desktop JVM; no screen shows a message with names
     * today — only a bundled reminder's notification body does, and the glue words that).
     */
    fun plainNames(values: List<String>): String = values.joinToString(", ")
}
