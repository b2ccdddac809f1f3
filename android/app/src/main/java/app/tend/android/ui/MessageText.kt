// The core's messages on screen: worded from res/values*/messages.xml (generated from the Fluent
// files by scripts/l10n-export.py) through stringResource / pluralStringResource, like every other
// string the screens show, so they follow the app's language. Notifications are worded by the
// glue's Resources.text, from the same resources, the same way (logic/MessageText.kt).
package app.tend.android.ui

import androidx.compose.runtime.Composable
import androidx.compose.ui.res.pluralStringResource
import androidx.compose.ui.res.stringResource
import app.tend.android.MessageResources
import app.tend.android.logic.MessageText
import app.tend.core.Message
import java.util.Locale

/**
 * [m] in the app's language: its arguments formatted for the locale (numbers, dates, times), a
 * plural message in the form its count takes. Never throws: a malformed message reads as its
 * catalog key.
 */
@Composable
fun messageText(m: Message): String {
    val locale = Locale.getDefault()
    val args = MessageText.arguments(m, locale, MessageText::plainNames) ?: return MessageText.fallback(m)
    val res = MessageResources.resourceOf(m.id)
    val template =
        if (MessageResources.isPlural(m.id)) {
            pluralStringResource(res, args.count ?: return MessageText.fallback(m))
        } else {
            stringResource(res)
        }
    return MessageText.fill(template, locale, args) ?: MessageText.fallback(m)
}
