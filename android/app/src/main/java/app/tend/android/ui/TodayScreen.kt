// Today (rendering only): notices that keep reminders reaching the user, the daily check-in in one
// tap, the next milestone, who to reach out to, needs nobody covers yet with the core's next step,
// today's meetings, goals to keep going and missed reminders. The state comes from the core
// through TendApp; every tap is a callback.
package app.tend.android.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.heightIn
import androidx.compose.ui.semantics.Role
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.CardDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.res.pluralStringResource
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.unit.dp
import app.tend.android.R
import app.tend.android.logic.Notice
import app.tend.core.DuePerson
import app.tend.core.SupportKind
import app.tend.core.Today
import java.time.LocalDate
import java.time.format.DateTimeFormatter
import java.time.format.FormatStyle

/** Everything Today shows. */
data class TodayState(
    val notices: List<Notice> = emptyList(),
    val today: Loaded<Today> = Loaded.Loading,
    /** No network and nobody yet: the welcome instead of empty lists. */
    val firstLaunch: Boolean = false,
    /** The daily check-in is being stored (the mood buttons wait). */
    val checkingIn: Boolean = false,
)

/** The mood scale's words, 1 (very low) to 5 (very good): the core's range. */
val MOOD_LABELS = listOf(R.string.mood_1, R.string.mood_2, R.string.mood_3, R.string.mood_4, R.string.mood_5)

@Composable
fun TodayScreen(
    state: TodayState,
    padding: PaddingValues,
    onNotice: (Notice) -> Unit,
    onMood: (Int) -> Unit,
    onOpen: (Destination) -> Unit,
    onStartGuide: () -> Unit,
) {
    val onOpenSos = { onOpen(Destination.Sos) }
    val onOpenData = { onOpen(Destination.Data) }
    LazyColumn(
        Modifier.fillMaxSize().padding(padding),
        contentPadding = PaddingValues(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        items(state.notices, key = { it.name }) { notice ->
            NoticeCard(stringResource(stringRes(notice.messageKey)), stringResource(stringRes(notice.actionKey))) { onNotice(notice) }
        }
        when (val t = state.today) {
            Loaded.Loading -> {}
            is Loaded.Failed -> item { FailureCard(t.failure, onOpenSos, onOpenData) }
            is Loaded.Ready -> {
                val d = t.value
                if (state.firstLaunch) item { Welcome(onStartGuide, { onOpen(Destination.FindMeeting) }, onOpenSos) }
                item { CheckInCard(d, state.checkingIn, onMood) }
                d.nextMilestone?.let { m ->
                    item {
                        Card(Modifier.fillMaxWidth(), colors = CardDefaults.cardColors(containerColor = MaterialTheme.colorScheme.primaryContainer)) {
                            Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                                val reached = m.last
                                if (m.todayIsMilestone && reached != null) {
                                    Text(stringResource(R.string.milestone_today, messageText(reached.label), m.networkName), style = MaterialTheme.typography.titleMedium)
                                } else {
                                    Text(pluralStringResource(R.plurals.milestone_days, m.days.toInt(), m.days.toInt(), m.networkName), style = MaterialTheme.typography.titleMedium)
                                }
                                Text(stringResource(R.string.milestone_next, messageText(m.next.label), localDate(m.next.date)))
                            }
                        }
                    }
                }
                if (d.due.isNotEmpty()) {
                    item { SectionTitle(stringResource(R.string.due)) }
                    items(d.due, key = { "due-${it.personId}" }) { DueLine(it) { onOpen(Destination.Person(it.personId)) } }
                }
                val gaps = d.gaps.filter { it.coveredBy.isEmpty() }
                if (gaps.isNotEmpty()) {
                    item { SectionTitle(stringResource(R.string.gaps)) }
                    items(gaps, key = { "gap-${it.need.id}" }) { g ->
                        Card(onClick = { onOpen(Destination.People(needs = true)) }, modifier = Modifier.fillMaxWidth()) {
                            Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                                Text(stringResource(R.string.gap_line, stringResource(supportLabel(g.need.kind)), g.networkName), style = MaterialTheme.typography.titleSmall)
                                g.nextStep?.let { Text(messageText(it)) }
                            }
                        }
                    }
                }
                if (d.meetings.isNotEmpty()) {
                    item { SectionTitle(stringResource(R.string.meetings)) }
                    items(d.meetings, key = { "meeting-${it.meetingId}-${it.startsAt}" }) { m ->
                        TapLine(stringResource(if (m.attended) R.string.meeting_attended else R.string.meeting_line, m.localStart, m.groupName)) { onOpen(Destination.Meetings) }
                    }
                }
                if (d.goalsAtRisk.isNotEmpty()) {
                    item { SectionTitle(stringResource(R.string.goals_at_risk)) }
                    items(d.goalsAtRisk, key = { "goal-${it.goal.id}" }) { g ->
                        TapLine(stringResource(R.string.goal_line, g.goal.title, g.count.toInt(), g.goal.target.toInt())) { onOpen(Destination.Progress) }
                    }
                }
                if (d.missed.isNotEmpty()) {
                    item { SectionTitle(stringResource(R.string.missed)) }
                    // The core's words, as the notification would have shown them.
                    items(d.missed, key = { "missed-${it.id}" }) { Text(messageText(it.title)) }
                }
            }
        }
    }
}

/** A line of Today that opens where it can be acted on: the whole row is the target. */
@Composable
private fun TapLine(
    text: String,
    onClick: () -> Unit,
) {
    Text(text, Modifier.fillMaxWidth().heightIn(min = 48.dp).clickable(role = Role.Button, onClick = onClick).padding(vertical = 12.dp))
}

@Composable
private fun DueLine(
    p: DuePerson,
    onClick: () -> Unit,
) {
    val text =
        if (p.lastContact == null) {
            stringResource(R.string.due_never, p.name)
        } else {
            // Days since the last contact: the cadence plus how far past it we are.
            val days = (p.cadenceDays.toLong() + p.daysOverdue).toInt()
            pluralStringResource(R.plurals.due_days, days, p.name, days)
        }
    TapLine(text, onClick)
}

@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun CheckInCard(
    d: Today,
    busy: Boolean,
    onMood: (Int) -> Unit,
) {
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            val mood = d.latestDaily?.mood?.toInt()
            if (d.checkedIn && mood != null && mood in 1..5) {
                Text(stringResource(R.string.checked_in_mood, stringResource(MOOD_LABELS[mood - 1])), style = MaterialTheme.typography.titleMedium)
                Text(stringResource(R.string.checked_in_again), style = MaterialTheme.typography.bodySmall)
            } else {
                Text(stringResource(R.string.checkin_question), style = MaterialTheme.typography.titleMedium)
            }
            // Five words, not numbers or faces: each button says what it logs.
            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                MOOD_LABELS.forEachIndexed { i, label ->
                    if (mood == i + 1) {
                        Button(onClick = { onMood(i + 1) }, enabled = !busy) { Text(stringResource(label)) }
                    } else {
                        OutlinedButton(onClick = { onMood(i + 1) }, enabled = !busy) { Text(stringResource(label)) }
                    }
                }
            }
        }
    }
}

@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun Welcome(
    onStart: () -> Unit,
    onFindMeeting: () -> Unit,
    onOpenSos: () -> Unit,
) {
    Card(Modifier.fillMaxWidth(), colors = CardDefaults.cardColors(containerColor = MaterialTheme.colorScheme.primaryContainer)) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Text(stringResource(R.string.welcome_title), style = MaterialTheme.typography.titleLarge)
            Text(stringResource(R.string.welcome_body))
            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                Button(onClick = onStart) { Text(stringResource(R.string.welcome_start)) }
                OutlinedButton(onClick = onFindMeeting) { Text(stringResource(R.string.search)) }
                OutlinedButton(onClick = onOpenSos) { Text(stringResource(R.string.sos_help)) }
            }
        }
    }
}

/** A core date ("YYYY-MM-DD") as the phone's locale writes it ("21 Dec 2026", "Dec 21, 2026"). */
fun localDate(isoDate: String): String =
    runCatching { LocalDate.parse(isoDate).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)) }.getOrDefault(isoDate)

/** A kind of support in plain words. */
fun supportLabel(kind: SupportKind): Int =
    when (kind) {
        SupportKind.EMOTIONAL -> R.string.support_emotional
        SupportKind.PRACTICAL -> R.string.support_practical
        SupportKind.FINANCIAL -> R.string.support_financial
        SupportKind.ACCOUNTABILITY -> R.string.support_accountability
        SupportKind.INSPIRATION -> R.string.support_inspiration
        SupportKind.PROFESSIONAL_GUIDANCE -> R.string.support_professional
    }
