// A person's page (rendering only): where things stand, how to reach them (call, text, e-mail)
// and when they are glad to hear from you, how they help and which needs they cover, the give and
// take between you, what was logged with them lately; "Log a contact", "Say thank you", Edit and
// Remove (after a confirmation). Everything shown is the core's personPage.
package app.tend.android.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.Card
import androidx.compose.material3.CardDefaults
import androidx.compose.material3.FilterChip
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.tend.android.R
import app.tend.core.Channel
import app.tend.core.Checkin
import app.tend.core.CheckinKind
import app.tend.core.ContactKind
import app.tend.core.ContactMethod
import app.tend.core.ContactWindow
import app.tend.core.Direction
import app.tend.core.Lean
import app.tend.core.PersonPage
import app.tend.core.SupportKind

/** A contact being logged: how, which way, and (if the user says) what kind of support. */
data class ContactLog(
    val channel: Channel? = null,
    val direction: Direction? = null,
    val support: SupportKind? = null,
    /** One key per "Log a contact": a retried call logs once. */
    val key: String,
)

/** A thank-you being written: what the user is grateful for (the core asks for it). */
data class ThankYou(
    val text: String = "",
    /** One key per "Say thank you": a retried call keeps one. */
    val key: String,
    /** The core refused it without words. */
    val empty: Boolean = false,
)

data class PersonState(
    val page: Loaded<PersonPage> = Loaded.Loading,
    val logging: ContactLog? = null,
    val thanking: ThankYou? = null,
    val confirmRemove: Boolean = false,
    /** What the last action said (a string resource), or null. */
    val message: Int? = null,
    val working: Boolean = false,
    /** The person is no longer there (removed elsewhere). */
    val gone: Boolean = false,
)

/** What a person's page can do. */
interface PersonActions {
    fun call(number: String)

    fun text(number: String)

    fun email(address: String)

    fun startLog()

    fun changeLog(log: ContactLog?)

    fun saveLog()

    fun startThanks()

    fun changeThanks(thanks: ThankYou?)

    fun saveThanks()

    fun edit()

    fun askRemove(ask: Boolean)

    fun remove()

    fun openSos()

    fun openData()
}

@OptIn(ExperimentalLayoutApi::class)
@Composable
fun PersonScreen(
    state: PersonState,
    padding: PaddingValues,
    actions: PersonActions,
) {
    Column(
        Modifier.fillMaxSize().padding(padding).verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(16.dp),
    ) {
        if (state.gone) {
            Text(stringResource(R.string.person_gone))
            return@Column
        }
        when (val loaded = state.page) {
            Loaded.Loading -> {}
            is Loaded.Failed -> FailureCard(loaded.failure, actions::openSos, actions::openData)
            is Loaded.Ready -> PersonPageBody(loaded.value, state, actions)
        }
    }
    val page = (state.page as? Loaded.Ready)?.value ?: return
    state.logging?.let { LogContactDialog(it, page.summary.person.support, state.working, actions) }
    state.thanking?.let { ThanksDialog(it, page.summary.person.name, state.working, actions) }
    if (state.confirmRemove) {
        AlertDialog(
            onDismissRequest = { actions.askRemove(false) },
            title = { Text(stringResource(R.string.person_remove_title, page.summary.person.name)) },
            text = { Text(stringResource(R.string.person_remove_body)) },
            confirmButton = {
                TextButton(onClick = actions::remove, enabled = !state.working) {
                    Text(stringResource(R.string.person_remove), color = MaterialTheme.colorScheme.error)
                }
            },
            dismissButton = { TextButton(onClick = { actions.askRemove(false) }) { Text(stringResource(R.string.person_remove_keep)) } },
        )
    }
}

@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun PersonPageBody(
    page: PersonPage,
    state: PersonState,
    actions: PersonActions,
) {
    val p = page.summary.person
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        Text(p.name, style = MaterialTheme.typography.headlineSmall)
        Text(stringResource(roleLabel(p.role)), style = MaterialTheme.typography.bodyMedium)
        StandingLines(page.summary)
    }
    if (p.avoid) {
        Card(Modifier.fillMaxWidth(), colors = CardDefaults.cardColors(containerColor = MaterialTheme.colorScheme.surfaceVariant)) {
            Text(stringResource(R.string.person_avoided, p.name), Modifier.padding(16.dp))
        }
    }
    if (p.emergency) {
        Card(Modifier.fillMaxWidth(), colors = CardDefaults.cardColors(containerColor = MaterialTheme.colorScheme.errorContainer)) {
            Text(stringResource(R.string.person_emergency), Modifier.padding(16.dp), color = MaterialTheme.colorScheme.onErrorContainer)
        }
    }
    // The two things to do here, first.
    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        Button(onClick = actions::startLog, enabled = !state.working) { Text(stringResource(R.string.person_log_contact)) }
        OutlinedButton(onClick = actions::startThanks, enabled = !state.working) { Text(stringResource(R.string.person_thank)) }
    }
    state.message?.let { Text(stringResource(it), color = MaterialTheme.colorScheme.primary) }

    PageCard(R.string.person_reach) {
        if (p.contacts.isEmpty()) Text(stringResource(R.string.person_no_contacts))
        for (c in p.contacts) ContactLine(p.name, c, actions)
        if (p.windows.isNotEmpty()) {
            SectionTitle(stringResource(R.string.person_windows))
            Text(
                stringResource(if (page.windowOpenNow) R.string.person_window_open else R.string.person_window_closed),
                color = if (page.windowOpenNow) MaterialTheme.colorScheme.primary else MaterialTheme.colorScheme.onSurfaceVariant,
            )
            for ((line, _) in windowGroups(p.windows)) Text(line)
        }
    }
    PageCard(R.string.person_gives) {
        if (p.support.isNotEmpty()) Text(p.support.map { stringResource(supportLabel(it)) }.joinToString(" · "))
        Text(
            if (page.covers.isEmpty()) {
                stringResource(R.string.person_covers_none)
            } else {
                stringResource(R.string.person_covers, page.covers.map { stringResource(supportLabel(it)) }.joinToString(" · "))
            },
        )
    }
    if (!p.avoid) {
        PageCard(R.string.person_balance) {
            val b = page.balance
            if (b == null) {
                Text(stringResource(R.string.balance_none))
            } else {
                Text(stringResource(leanText(b.lean)))
                Text(
                    stringResource(R.string.balance_counts, b.gave.toInt(), b.received.toInt(), b.both.toInt()),
                    style = MaterialTheme.typography.bodySmall,
                )
            }
        }
    }
    if (page.recent.isNotEmpty()) {
        PageCard(R.string.person_recent) { for (c in page.recent) RecentLine(c) }
    }
    p.notes?.let { notes -> PageCard(R.string.person_notes) { Text(notes) } }
    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        OutlinedButton(onClick = actions::edit) { Text(stringResource(R.string.person_edit)) }
        TextButton(onClick = { actions.askRemove(true) }, colors = ButtonDefaults.textButtonColors(contentColor = MaterialTheme.colorScheme.error)) {
            Text(stringResource(R.string.person_remove))
        }
    }
}

/** One part of the page, titled, on its own card. */
@Composable
private fun PageCard(
    title: Int,
    content: @Composable () -> Unit,
) {
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            SectionTitle(stringResource(title))
            content()
        }
    }
}

@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun ContactLine(
    name: String,
    c: ContactMethod,
    actions: PersonActions,
) {
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        Text(c.value, style = MaterialTheme.typography.bodyLarge)
        FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            when (c.kind) {
                ContactKind.PHONE -> {
                    val call = stringResource(R.string.call_person, name)
                    val text = stringResource(R.string.text_person, name)
                    Button(onClick = { actions.call(c.value) }, modifier = Modifier.semantics { contentDescription = call }) { Text(stringResource(R.string.call)) }
                    OutlinedButton(onClick = { actions.text(c.value) }, modifier = Modifier.semantics { contentDescription = text }) { Text(stringResource(R.string.text)) }
                }
                ContactKind.EMAIL -> {
                    val mail = stringResource(R.string.person_email_to, name)
                    OutlinedButton(onClick = { actions.email(c.value) }, modifier = Modifier.semantics { contentDescription = mail }) {
                        Text(stringResource(R.string.person_email))
                    }
                }
                ContactKind.OTHER -> {}
            }
        }
    }
}

@Composable
private fun RecentLine(c: Checkin) {
    val day = localDate(c.localDate)
    when (c.kind) {
        CheckinKind.CONTACT -> {
            val how = c.channel?.let { stringResource(channelLabel(it)) } ?: ""
            val way = c.direction?.let { stringResource(directionLabel(it)) } ?: ""
            Text(stringResource(R.string.recent_contact, day, how, way))
        }
        CheckinKind.GRATITUDE ->
            Column {
                Text(stringResource(R.string.recent_thanks, day))
                c.note?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
            }
        else -> {}
    }
}

/** Saying thank you: what the user is grateful for, kept with them. */
@Composable
private fun ThanksDialog(
    thanks: ThankYou,
    name: String,
    working: Boolean,
    actions: PersonActions,
) {
    AlertDialog(
        onDismissRequest = { actions.changeThanks(null) },
        title = { Text(stringResource(R.string.person_thank)) },
        text = {
            Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                Text(stringResource(R.string.thanks_question, name))
                OutlinedTextField(
                    value = thanks.text,
                    onValueChange = { actions.changeThanks(thanks.copy(text = it, empty = false)) },
                    label = { Text(stringResource(R.string.thanks_label)) },
                    isError = thanks.empty,
                    supportingText = if (thanks.empty) ({ Text(stringResource(R.string.thanks_error)) }) else null,
                    minLines = 2,
                    modifier = Modifier.fillMaxWidth(),
                )
            }
        },
        confirmButton = { TextButton(onClick = actions::saveThanks, enabled = !working) { Text(stringResource(R.string.keep_it)) } },
        dismissButton = { TextButton(onClick = { actions.changeThanks(null) }) { Text(stringResource(R.string.cancel)) } },
    )
}

/** Logging a contact: how, which way, and optionally what it was about. */
@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun LogContactDialog(
    log: ContactLog,
    theirSupport: List<SupportKind>,
    working: Boolean,
    actions: PersonActions,
) {
    AlertDialog(
        onDismissRequest = { actions.changeLog(null) },
        title = { Text(stringResource(R.string.person_log_contact)) },
        text = {
            Column(Modifier.verticalScroll(rememberScrollState()), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                SectionTitle(stringResource(R.string.log_how))
                FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    for (ch in Channel.entries) {
                        FilterChip(selected = log.channel == ch, onClick = { actions.changeLog(log.copy(channel = ch)) }, label = { Text(stringResource(channelLabel(ch))) })
                    }
                }
                SectionTitle(stringResource(R.string.log_which_way))
                FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    for (d in Direction.entries) {
                        FilterChip(selected = log.direction == d, onClick = { actions.changeLog(log.copy(direction = d)) }, label = { Text(stringResource(directionLabel(d))) })
                    }
                }
                SectionTitle(stringResource(R.string.log_about))
                FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    // What they give first, then the rest.
                    for (k in theirSupport + SupportKind.entries.filter { it !in theirSupport }) {
                        FilterChip(
                            selected = log.support == k,
                            onClick = { actions.changeLog(log.copy(support = if (log.support == k) null else k)) },
                            label = { Text(stringResource(supportLabel(k))) },
                        )
                    }
                }
            }
        },
        confirmButton = {
            TextButton(onClick = actions::saveLog, enabled = !working && log.channel != null && log.direction != null) {
                Text(stringResource(R.string.log_save))
            }
        },
        dismissButton = { TextButton(onClick = { actions.changeLog(null) }) { Text(stringResource(R.string.cancel)) } },
    )
}

/**
 * Good times with the same hours said once: "Every day, 5:00 PM to 10:00 PM", "Sat, Sun,
 * 10:00 AM to 8:00 PM", "Monday, 9:00 AM to 5:00 PM"; each line with the windows it stands for.
 */
@Composable
fun windowGroups(windows: List<ContactWindow>): List<Pair<String, List<ContactWindow>>> {
    return windows.groupBy { it.start to it.end }.map { (hours, ws) ->
        val from = clockText(hours.first.toInt())
        val until = clockText(hours.second.toInt())
        val days = inARow(ws.map { it.weekday.toInt() }.distinct().sorted())
        val line =
            when {
                days.size == 7 -> stringResource(R.string.window_every_day, from, until)
                days.size == 1 -> stringResource(R.string.window_line, weekdayName(days[0]), from, until)
                else -> stringResource(R.string.window_line, days.joinToString(", ") { weekdayName(it, short = true) }, from, until)
            }
        line to ws
    }
}

/** Days of the week read as a run where they make one ("Sat, Sun", "Fri, Sat, Sun, Mon"). */
private fun inARow(sorted: List<Int>): List<Int> {
    if (sorted.size < 2) return sorted
    // Start after the widest gap in the weekly cycle.
    val start = sorted.indices.maxBy { i -> (sorted[i] - sorted[(i + sorted.size - 1) % sorted.size] + 7) % 7 }
    return sorted.drop(start) + sorted.take(start)
}

fun channelLabel(c: Channel): Int =
    when (c) {
        Channel.CALL -> R.string.via_call
        Channel.TEXT -> R.string.via_text
        Channel.MEET -> R.string.via_meet
        Channel.OTHER -> R.string.via_other
    }

fun directionLabel(d: Direction): Int =
    when (d) {
        Direction.GAVE -> R.string.direction_gave
        Direction.RECEIVED -> R.string.direction_received
        Direction.BOTH -> R.string.direction_both
    }

private fun leanText(l: Lean): Int =
    when (l) {
        Lean.BALANCED -> R.string.lean_balanced
        Lean.MOSTLY_GIVING -> R.string.lean_mostly_giving
        Lean.MOSTLY_RECEIVING -> R.string.lean_mostly_receiving
        Lean.TOO_FEW -> R.string.lean_too_few
    }
