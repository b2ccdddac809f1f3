// Small form pieces the Meetings, Progress and Settings screens share (issue 18): a time chosen
// with the platform's time input, a value stepped up or down, a row of choices, a confirmation,
// the core's refusal under the field it names, and the clock and weekday in the phone's words.
// Layout only: what a value may be is the core's to say when it is saved.
package app.tend.android.ui

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.defaultMinSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.selection.toggleable
import androidx.compose.foundation.shape.CircleShape
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.FilterChip
import androidx.compose.material3.LocalTextStyle
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Surface
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.material3.TimeInput
import androidx.compose.material3.rememberTimePickerState
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.role
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.tend.android.R
import app.tend.core.Message
import app.tend.core.TendException
import java.text.DateFormat
import java.text.SimpleDateFormat
import java.time.DayOfWeek
import java.time.LocalTime
import java.time.format.DateTimeFormatter
import java.time.format.FormatStyle
import java.time.format.TextStyle
import java.time.temporal.WeekFields
import java.util.Locale

/** What the core refused and why, to show under the input it names; null field: no input named. */
data class Refusal(val field: String?, val reason: Message?)

/** A failed call as a [Refusal]: the core's field and its refusal message, or nothing to name (a storage failure). */
fun refusalOf(e: Throwable): Refusal = if (e is TendException.InvalidInput) Refusal(e.field, e.problem) else Refusal(null, null)

/** Minutes after midnight as the phone writes a time ("7:30 PM", "19:30"). */
fun clockText(minutes: Int): String = LocalTime.of(minutes / 60 % 24, minutes % 60).format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT))

/** The core's weekday (0 = Sunday … 6 = Saturday) as java.time's. */
fun dayOfWeek(weekday: Int): DayOfWeek = if (weekday == 0) DayOfWeek.SUNDAY else DayOfWeek.of(weekday)

/** A weekday's name in the phone's language ("Tuesday", or "Tue" when [short]). */
fun weekdayName(
    weekday: Int,
    short: Boolean = false,
): String = dayOfWeek(weekday).getDisplayName(if (short) TextStyle.SHORT else TextStyle.FULL, Locale.getDefault())

/** The core's weekday numbers in the order the phone's calendar shows a week. */
fun weekdaysInLocalOrder(): List<Int> {
    val first = WeekFields.of(Locale.getDefault()).firstDayOfWeek
    return (0 until 7).map { first.plus(it.toLong()).value % 7 }
}

private fun phoneUses24Hours(): Boolean = (DateFormat.getTimeInstance(DateFormat.SHORT) as? SimpleDateFormat)?.toPattern()?.contains('a') != true

/** The core's refusal in the error colour, or nothing. */
@Composable
fun RefusalText(
    refusal: Refusal?,
    vararg fields: String,
) {
    val r = refusal ?: return
    if (fields.isNotEmpty() && r.field !in fields) return
    Text(r.reason?.let { messageText(it) } ?: stringResource(R.string.data_failed), color = MaterialTheme.colorScheme.error, style = MaterialTheme.typography.bodyMedium)
}

/** A time of day: a button showing it ("Starts: 7:30 PM", or [empty] before one is chosen), which opens the platform's time input. */
@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun TimeButton(
    label: String,
    minutes: Int?,
    empty: String = label,
    onPick: (Int) -> Unit,
) {
    var picking by remember { mutableStateOf(false) }
    OutlinedButton(onClick = { picking = true }) { Text(minutes?.let { stringResource(R.string.time_button, label, clockText(it)) } ?: empty) }
    if (picking) {
        val state = rememberTimePickerState(initialHour = (minutes ?: 19 * 60) / 60, initialMinute = (minutes ?: 0) % 60, is24Hour = phoneUses24Hours())
        AlertDialog(
            onDismissRequest = { picking = false },
            title = { Text(label) },
            text = { TimeInput(state) },
            confirmButton = {
                TextButton(onClick = {
                    picking = false
                    onPick(state.hour * 60 + state.minute)
                }) { Text(stringResource(R.string.time_set)) }
            },
            dismissButton = { TextButton(onClick = { picking = false }) { Text(stringResource(R.string.cancel)) } },
        )
    }
}

/** A number stepped with − and +: the words say what it is ("60 minutes before"). */
@Composable
fun Stepper(
    text: String,
    lessLabel: String,
    moreLabel: String,
    onLess: () -> Unit,
    onMore: () -> Unit,
    enabled: Boolean = true,
) {
    Row(horizontalArrangement = Arrangement.spacedBy(12.dp), verticalAlignment = Alignment.CenterVertically) {
        RoundButton("−", lessLabel, enabled, onLess)
        Text(text, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f, fill = false))
        RoundButton("+", moreLabel, enabled, onMore)
    }
}

/** A round 48 dp button with a sign, named for TalkBack; it grows with the sign at the largest text sizes. */
@Composable
private fun RoundButton(
    sign: String,
    label: String,
    enabled: Boolean,
    onClick: () -> Unit,
) {
    val color = if (enabled) MaterialTheme.colorScheme.primary else MaterialTheme.colorScheme.onSurface.copy(alpha = 0.38f)
    Surface(
        onClick = onClick,
        enabled = enabled,
        shape = CircleShape,
        border = BorderStroke(1.dp, MaterialTheme.colorScheme.outline),
        modifier =
            Modifier.semantics {
                contentDescription = label
                role = Role.Button
            },
    ) {
        Box(Modifier.defaultMinSize(minWidth = 48.dp, minHeight = 48.dp), contentAlignment = Alignment.Center) {
            Text(sign, style = MaterialTheme.typography.titleLarge, color = color)
        }
    }
}

/** One choice among a few, as chips that wrap on a narrow phone. */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun <T> Choices(
    options: List<T>,
    selected: T?,
    label: @Composable (T) -> String,
    onPick: (T) -> Unit,
) {
    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
        for (o in options) FilterChip(selected = o == selected, onClick = { onPick(o) }, label = { Text(label(o)) })
    }
}

/** A labelled switch whose whole row toggles (TalkBack reads the words with it). */
@Composable
fun SwitchRow(
    text: String,
    on: Boolean,
    enabled: Boolean = true,
    onChange: (Boolean) -> Unit,
) {
    // The switch below the words when a word would not fit beside it (German at the largest text size).
    BesideOrBelow(
        listOf(text to LocalTextStyle.current),
        Modifier.fillMaxWidth().heightIn(min = 48.dp).toggleable(value = on, enabled = enabled, role = Role.Switch, onValueChange = onChange),
        main = { Text(text) },
        side = { Switch(checked = on, onCheckedChange = null, enabled = enabled) },
    )
}

/** "Are you sure?" with what happens said first; the confirming word names the act. */
@Composable
fun ConfirmDialog(
    text: String,
    confirm: String,
    onConfirm: () -> Unit,
    onDismiss: () -> Unit,
) {
    AlertDialog(
        onDismissRequest = onDismiss,
        text = { Text(text) },
        confirmButton = { TextButton(onClick = onConfirm) { Text(confirm, color = MaterialTheme.colorScheme.error) } },
        dismissButton = { TextButton(onClick = onDismiss) { Text(stringResource(R.string.keep_it)) } },
    )
}

/** Space at the end of a list so the last item clears a floating button. */
val FAB_CLEARANCE = 96.dp

/** A list's content padding with room for a floating button below the last item. */
fun withFabRoom() = PaddingValues(start = 16.dp, top = 16.dp, end = 16.dp, bottom = FAB_CLEARANCE)
