// Settings (rendering only): reminders (check-in times, quiet hours, how many reach-out reminders a
// day, how long before a meeting, the thank-you nudge, the first day of the week), what the lock
// screen shows, the country whose crisis lines SOS lists, and the meetings as a calendar file.
// Every value is the core's (settings, settingChoices, defaultSettings); each change goes to
// setSetting and its refusal shows under the setting it names. The calls are ProgressRoutes.kt's.
package app.tend.android.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.selection.toggleable
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.Checkbox
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.res.pluralStringResource
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.tend.android.R
import app.tend.android.logic.LoadFailure
import app.tend.core.Settings
import java.util.Locale

data class SettingsState(
    val settings: Settings? = null,
    /** Where a switched-off setting returns to when turned on again (quiet hours). */
    val defaults: Settings? = null,
    /** The core's choices per key (settingChoices), in its order. */
    val choices: Map<String, List<String>> = emptyMap(),
    /** The phone's region, for "auto" crisis lines. */
    val phoneCountry: String? = null,
    /** The core's refusal, by the setting key it was about. */
    val refusals: Map<String, Refusal> = emptyMap(),
    val failed: LoadFailure? = null,
    val working: Boolean = false,
    val includeReminders: Boolean = false,
    /** After a calendar export: a string resource saying how it went. */
    val calendarNote: Int? = null,
)

/** What the user can do in Settings. */
interface SettingsActions {
    /** Sets one setting to its text form, as setSetting takes it. */
    fun set(
        key: String,
        value: String,
    )

    fun includeReminders(on: Boolean)

    fun exportCalendar()

    fun openSos()

    fun openData()
}

/** The text forms setSetting reads: a time "HH:MM", a range "HH:MM-HH:MM". */
fun hhmm(minutes: Int): String = "%02d:%02d".format(Locale.ROOT, minutes / 60, minutes % 60)

@Composable
fun SettingsScreen(
    state: SettingsState,
    padding: PaddingValues,
    actions: SettingsActions,
) {
    Column(
        Modifier.fillMaxSize().padding(padding).verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        state.failed?.let { FailureCard(it, actions::openSos, actions::openData) }
        val s = state.settings ?: return@Column
        SettingsCard(stringResource(R.string.settings_reminders)) { Reminders(s, state, actions) }
        SettingsCard(stringResource(R.string.settings_privacy)) {
            SwitchRow(stringResource(R.string.settings_discreet), s.discreet, enabled = !state.working) { actions.set("discreet", onOff(it)) }
            Text(stringResource(R.string.settings_discreet_hint), style = MaterialTheme.typography.bodySmall)
            RefusalText(state.refusals["discreet"])
            SwitchRow(stringResource(R.string.settings_unlock), s.doneNeedsUnlock, enabled = !state.working) { actions.set("done_needs_unlock", onOff(it)) }
            Text(stringResource(R.string.settings_unlock_hint), style = MaterialTheme.typography.bodySmall)
            RefusalText(state.refusals["done_needs_unlock"])
        }
        SettingsCard(stringResource(R.string.settings_crisis)) {
            Text(stringResource(R.string.settings_crisis_hint), style = MaterialTheme.typography.bodyMedium)
            val current = s.crisisCountry ?: "auto"
            Choices(state.choices["crisis_country"].orEmpty(), current, { code -> countryLabel(code, state.phoneCountry) }) { actions.set("crisis_country", it) }
            RefusalText(state.refusals["crisis_country"])
        }
        SettingsCard(stringResource(R.string.settings_calendar)) {
            Text(stringResource(R.string.settings_calendar_hint), style = MaterialTheme.typography.bodyMedium)
            Row(
                Modifier.fillMaxWidth().heightIn(min = 48.dp).toggleable(value = state.includeReminders, role = Role.Checkbox, onValueChange = actions::includeReminders),
                verticalAlignment = Alignment.CenterVertically,
            ) {
                Checkbox(checked = state.includeReminders, onCheckedChange = null)
                Text(stringResource(R.string.settings_calendar_reminders), Modifier.padding(start = 8.dp))
            }
            Button(onClick = actions::exportCalendar, enabled = !state.working) { Text(stringResource(R.string.settings_calendar_save)) }
            state.calendarNote?.let { Text(stringResource(it)) }
        }
    }
}

@Composable
private fun SettingsCard(
    title: String,
    content: @Composable () -> Unit,
) {
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            SectionTitle(title)
            content()
        }
    }
}

private fun onOff(on: Boolean) = if (on) "on" else "off"

@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun Reminders(
    s: Settings,
    state: SettingsState,
    actions: SettingsActions,
) {
    val times = s.checkinTimes.map { it.toInt() }
    Text(stringResource(R.string.settings_checkin_times), style = MaterialTheme.typography.labelLarge)
    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(4.dp), itemVerticalAlignment = Alignment.CenterVertically) {
        times.forEachIndexed { i, t ->
            TimeButton(stringResource(R.string.settings_checkin_at), t) { picked ->
                actions.set("checkin_times", times.toMutableList().also { it[i] = picked }.joinToString(",") { m -> hhmm(m) })
            }
            if (times.size > 1) {
                val label = stringResource(R.string.settings_checkin_remove_named, clockText(t))
                TextButton(
                    onClick = { actions.set("checkin_times", times.filterIndexed { j, _ -> j != i }.joinToString(",") { m -> hhmm(m) }) },
                    modifier = Modifier.semantics { contentDescription = label },
                ) { Text(stringResource(R.string.settings_checkin_remove)) }
            }
        }
        TimeButton(stringResource(R.string.settings_checkin_add), null) { picked -> actions.set("checkin_times", (times + picked).joinToString(",") { m -> hhmm(m) }) }
    }
    RefusalText(state.refusals["checkin_times"])

    val quiet = s.quietHours
    SwitchRow(stringResource(R.string.settings_quiet), quiet != null, enabled = !state.working) { on ->
        val q = state.defaults?.quietHours
        actions.set("quiet_hours", if (on && q != null) "${hhmm(q.start.toInt())}-${hhmm(q.end.toInt())}" else "off")
    }
    if (quiet != null) {
        val start = quiet.start.toInt()
        val end = quiet.end.toInt()
        FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            TimeButton(stringResource(R.string.settings_quiet_from), start) { actions.set("quiet_hours", "${hhmm(it)}-${hhmm(end)}") }
            TimeButton(stringResource(R.string.settings_quiet_until), end) { actions.set("quiet_hours", "${hhmm(start)}-${hhmm(it)}") }
        }
    }
    RefusalText(state.refusals["quiet_hours"])

    val cap = s.dailyCap.toInt()
    Text(stringResource(R.string.settings_cap), style = MaterialTheme.typography.labelLarge)
    Stepper(
        pluralStringResource(R.plurals.settings_cap_value, cap, cap),
        stringResource(R.string.settings_cap_less),
        stringResource(R.string.settings_cap_more),
        onLess = { actions.set("daily_cap", (cap - 1).toString()) },
        onMore = { actions.set("daily_cap", (cap + 1).toString()) },
        enabled = !state.working,
    )
    RefusalText(state.refusals["daily_cap"])

    val lead = s.meetingLeadMinutes.toInt()
    Text(stringResource(R.string.settings_lead), style = MaterialTheme.typography.labelLarge)
    Stepper(
        if (lead == 0) stringResource(R.string.settings_lead_zero) else pluralStringResource(R.plurals.settings_lead_value, lead, lead),
        stringResource(R.string.settings_lead_less),
        stringResource(R.string.settings_lead_more),
        onLess = { actions.set("meeting_lead_minutes", (lead - 15).toString()) },
        onMore = { actions.set("meeting_lead_minutes", (lead + 15).toString()) },
        enabled = !state.working,
    )
    RefusalText(state.refusals["meeting_lead_minutes"])

    SwitchRow(stringResource(R.string.settings_gratitude), s.gratitude, enabled = !state.working) { actions.set("gratitude", onOff(it)) }
    RefusalText(state.refusals["gratitude"])

    Text(stringResource(R.string.settings_week_start), style = MaterialTheme.typography.labelLarge)
    val weekStart = s.weekStart.toInt()
    val choices = state.choices["week_start"].orEmpty()
    // The core's words for the days it offers ("mon", "sun", "sat") and its current one (0 = Sunday).
    Choices(choices, choices.firstOrNull { weekStartDay(it) == weekStart }, { weekStartDay(it)?.let(::weekdayName) ?: it }) { actions.set("week_start", it) }
    RefusalText(state.refusals["week_start"])
}

/** The core's short day word as its weekday number (0 = Sunday), or null for a word not known here. */
private fun weekStartDay(word: String): Int? =
    when (word) {
        "sun" -> 0
        "mon" -> 1
        "tue" -> 2
        "wed" -> 3
        "thu" -> 4
        "fri" -> 5
        "sat" -> 6
        else -> null
    }

/** A crisis-line country in the phone's language; "auto" names the phone's own region. */
@Composable
private fun countryLabel(
    code: String,
    phone: String?,
): String {
    if (code == "auto") {
        val name = phone?.let { Locale("", it).getDisplayCountry(Locale.getDefault()) }
        return name?.let { stringResource(R.string.settings_crisis_auto_named, it) } ?: stringResource(R.string.settings_crisis_auto)
    }
    return Locale("", code).getDisplayCountry(Locale.getDefault()).ifBlank { code }
}
