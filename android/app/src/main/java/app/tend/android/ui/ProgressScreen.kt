// The Progress tab (rendering only): today's check-in (mood, cravings, a private note), milestones
// celebrated as a moment with the next one ahead, goals with this period's progress and streak,
// and the log with its filters, removal of a mistaken entry, and a meeting, a thank-you or a
// contact logged by hand. Every number and date is the core's; the calls are ProgressRoutes.kt's.
package app.tend.android.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
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
import androidx.compose.material3.ExtendedFloatingActionButton
import androidx.compose.material3.FilterChip
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Slider
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.res.pluralStringResource
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.semantics.stateDescription
import androidx.compose.ui.text.font.FontStyle
import androidx.compose.ui.unit.dp
import app.tend.android.R
import app.tend.core.Channel
import app.tend.core.Checkin
import app.tend.core.CheckinKind
import app.tend.core.Direction
import app.tend.core.Goal
import app.tend.core.GoalProgress
import app.tend.core.MilestoneReport
import app.tend.core.Period
import app.tend.core.Person
import app.tend.core.SupportGroup
import java.time.ZoneId
import java.time.format.DateTimeFormatter
import java.time.format.FormatStyle
import kotlin.math.roundToInt

/** Everything the Progress tab shows, read in one go. */
data class ProgressData(
    /** Today's latest daily check-in, if any. */
    val latestDaily: Checkin?,
    val milestones: List<MilestoneReport>,
    /** Networks exist but none has a start date: milestones cannot be counted yet. */
    val noStartDate: Boolean,
    val goals: List<GoalProgress>,
    val log: List<Checkin>,
    /** Names for the log, by id (everyone, so old entries keep their names). */
    val personNames: Map<Long, String>,
    val groupNames: Map<Long, String>,
    /** Whom and where a hand-logged entry can name. */
    val people: List<Person>,
    val groups: List<SupportGroup>,
)

/** Today's check-in as chosen so far; cravings stay unsaid until the slider is moved. */
data class CheckinForm(
    val mood: Int? = null,
    val craving: Int? = null,
    val note: String = "",
)

/** What the user is logging by hand. */
enum class HandKind { MEETING, GRATITUDE, CONTACT }

data class HandForm(
    val kind: HandKind = HandKind.MEETING,
    val groupId: Long? = null,
    val personId: Long? = null,
    val channel: Channel = Channel.CALL,
    val direction: Direction = Direction.BOTH,
    val note: String = "",
)

data class ProgressState(
    val data: Loaded<ProgressData> = Loaded.Loading,
    val form: CheckinForm = CheckinForm(),
    val checkinRefusal: Refusal? = null,
    /** The check-in was just saved (a thank-you shows). */
    val checkedIn: Boolean = false,
    /** The log's filter; null = everything. */
    val filter: CheckinKind? = null,
    /** The log-by-hand card is open, and what it holds. */
    val hand: HandForm? = null,
    val handRefusal: Refusal? = null,
    /** Something was just logged by hand. */
    val handLogged: Boolean = false,
    val working: Boolean = false,
    /** A removal that failed. */
    val removeFailed: Boolean = false,
)

/** What the user can do on the Progress tab. */
interface ProgressActions {
    fun form(form: CheckinForm)

    fun saveCheckin()

    fun filter(kind: CheckinKind?)

    fun removeCheckin(checkin: Checkin)

    fun removeGoal(goal: Goal)

    fun addGoal()

    fun hand(form: HandForm?)

    fun saveHand()

    fun openNetworks()

    fun openSos()

    fun openData()
}

@Composable
fun ProgressScreen(
    state: ProgressState,
    padding: PaddingValues,
    actions: ProgressActions,
) {
    var confirmCheckin by remember { mutableStateOf<Checkin?>(null) }
    var confirmGoal by remember { mutableStateOf<Goal?>(null) }
    Box(Modifier.fillMaxSize().padding(padding)) {
        LazyColumn(Modifier.fillMaxSize(), contentPadding = withFabRoom(), verticalArrangement = Arrangement.spacedBy(12.dp)) {
            when (val d = state.data) {
                Loaded.Loading -> {}
                is Loaded.Failed -> item { FailureCard(d.failure, actions::openSos, actions::openData) }
                is Loaded.Ready -> {
                    val data = d.value
                    item { CheckinCard(state, data.latestDaily, actions) }
                    item { SectionTitle(stringResource(R.string.milestones_title)) }
                    if (data.milestones.isEmpty()) {
                        item {
                            Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                                Text(stringResource(if (data.noStartDate) R.string.milestones_no_date else R.string.milestones_no_network))
                                OutlinedButton(onClick = actions::openNetworks) { Text(stringResource(R.string.milestones_set_date)) }
                            }
                        }
                    }
                    items(data.milestones, key = { "milestone-${it.networkId}" }) { MilestoneCard(it) }
                    item { SectionTitle(stringResource(R.string.goals_title)) }
                    if (data.goals.isEmpty()) item { Text(stringResource(R.string.goals_empty)) }
                    items(data.goals, key = { "goal-${it.goal.id}" }) { GoalCard(it, onRemove = { confirmGoal = it.goal }) }
                    item { SectionTitle(stringResource(R.string.log_title)) }
                    item { LogFilters(state.filter, actions) }
                    item { HandCard(state, data, actions) }
                    if (state.removeFailed) item { Text(stringResource(R.string.data_failed), color = MaterialTheme.colorScheme.error) }
                    if (data.log.isEmpty()) item { Text(stringResource(R.string.log_empty)) }
                    items(data.log, key = { "log-${it.id}" }) { c -> LogEntry(c, data, onRemove = { confirmCheckin = c }) }
                }
            }
        }
        ExtendedFloatingActionButton(
            onClick = actions::addGoal,
            modifier = Modifier.align(Alignment.BottomEnd).padding(16.dp),
        ) { Text(stringResource(R.string.goal_add)) }
    }
    confirmCheckin?.let { c ->
        ConfirmDialog(
            text = stringResource(R.string.log_remove_confirm),
            confirm = stringResource(R.string.log_remove),
            onConfirm = {
                confirmCheckin = null
                actions.removeCheckin(c)
            },
            onDismiss = { confirmCheckin = null },
        )
    }
    confirmGoal?.let { g ->
        ConfirmDialog(
            text = stringResource(R.string.goal_remove_confirm, g.title),
            confirm = stringResource(R.string.goal_remove),
            onConfirm = {
                confirmGoal = null
                actions.removeGoal(g)
            },
            onDismiss = { confirmGoal = null },
        )
    }
}

@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun CheckinCard(
    state: ProgressState,
    latest: Checkin?,
    actions: ProgressActions,
) {
    val form = state.form
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            val mood = latest?.mood?.toInt()
            if (mood != null && mood in 1..5) {
                Text(stringResource(R.string.checked_in_mood, stringResource(MOOD_LABELS[mood - 1])), style = MaterialTheme.typography.titleMedium)
                Text(stringResource(R.string.progress_checkin_again), style = MaterialTheme.typography.bodySmall)
            } else {
                Text(stringResource(R.string.checkin_question), style = MaterialTheme.typography.titleMedium)
            }
            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                MOOD_LABELS.forEachIndexed { i, label ->
                    FilterChip(selected = form.mood == i + 1, onClick = { actions.form(form.copy(mood = i + 1)) }, label = { Text(stringResource(label)) })
                }
            }
            val craving = form.craving
            Text(
                if (craving == null) stringResource(R.string.progress_craving_unsaid) else stringResource(R.string.progress_craving, craving),
                style = MaterialTheme.typography.titleSmall,
            )
            val cravingLabel = stringResource(R.string.progress_craving_label)
            val cravingState = craving?.let { stringResource(R.string.progress_craving, it) } ?: stringResource(R.string.progress_craving_unsaid)
            Slider(
                value = (craving ?: 0).toFloat(),
                onValueChange = { actions.form(form.copy(craving = it.roundToInt())) },
                valueRange = 0f..10f,
                steps = 9,
                modifier =
                    Modifier.semantics {
                        contentDescription = cravingLabel
                        stateDescription = cravingState
                    },
            )
            Text(stringResource(R.string.progress_craving_scale), style = MaterialTheme.typography.bodySmall)
            OutlinedTextField(
                form.note,
                { actions.form(form.copy(note = it)) },
                label = { Text(stringResource(R.string.progress_note)) },
                isError = state.checkinRefusal?.field == "note",
                modifier = Modifier.fillMaxWidth(),
            )
            RefusalText(state.checkinRefusal)
            if (state.checkedIn) Text(stringResource(R.string.progress_checked_in), color = MaterialTheme.colorScheme.primary, style = MaterialTheme.typography.titleSmall)
            Button(onClick = actions::saveCheckin, enabled = form.mood != null && !state.working) { Text(stringResource(R.string.progress_checkin_save)) }
            if (form.mood == null) Text(stringResource(R.string.progress_pick_mood), style = MaterialTheme.typography.bodySmall)
        }
    }
}

/** A reached milestone as a moment (its name large, warm words), then the next one and how far. */
@Composable
private fun MilestoneCard(m: MilestoneReport) {
    Card(Modifier.fillMaxWidth(), colors = CardDefaults.cardColors(containerColor = MaterialTheme.colorScheme.primaryContainer)) {
        Column(Modifier.padding(20.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            val last = m.last
            if (last != null) {
                Text(
                    stringResource(if (m.todayIsMilestone) R.string.celebrate_today else R.string.celebrate_reached, messageText(last.label)),
                    style = MaterialTheme.typography.headlineSmall,
                    color = MaterialTheme.colorScheme.onPrimaryContainer,
                )
                Text(stringResource(R.string.celebrate_body, messageText(last.label), m.networkName), color = MaterialTheme.colorScheme.onPrimaryContainer)
            } else {
                Text(pluralStringResource(R.plurals.milestone_days, m.days.toInt(), m.days.toInt(), m.networkName), style = MaterialTheme.typography.titleMedium)
            }
            val toGo = (m.next.days - m.days).toInt()
            Text(pluralStringResource(R.plurals.milestone_to_go, toGo, messageText(m.next.label), localDate(m.next.date), toGo), color = MaterialTheme.colorScheme.onPrimaryContainer)
        }
    }
}

@Composable
private fun GoalCard(
    p: GoalProgress,
    onRemove: () -> Unit,
) {
    val g = p.goal
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(6.dp)) {
            Text(g.title, style = MaterialTheme.typography.titleMedium)
            val count = p.count.toInt()
            val target = g.target.toInt()
            LinearProgressIndicator(progress = { (count.toFloat() / target.coerceAtLeast(1)).coerceIn(0f, 1f) }, modifier = Modifier.fillMaxWidth())
            Text(
                stringResource(
                    when (g.period) {
                        Period.DAY -> R.string.goal_count_day
                        Period.WEEK -> R.string.goal_count_week
                        Period.MONTH -> R.string.goal_count_month
                    },
                    count,
                    target,
                ),
            )
            when {
                p.met -> Text(stringResource(R.string.goal_met), color = MaterialTheme.colorScheme.primary, style = MaterialTheme.typography.titleSmall)
                p.atRisk -> Text(stringResource(R.string.goal_still_time))
            }
            val streak = p.streak.toInt()
            if (streak > 0) {
                val plural =
                    when (g.period) {
                        Period.DAY -> R.plurals.goal_streak_days
                        Period.WEEK -> R.plurals.goal_streak_weeks
                        Period.MONTH -> R.plurals.goal_streak_months
                    }
                Text(pluralStringResource(plural, streak, streak))
            }
            p.partner?.let { Text(stringResource(R.string.goal_partner, it.name), style = MaterialTheme.typography.bodyMedium) }
            val removeLabel = stringResource(R.string.goal_remove_named, g.title)
            TextButton(onClick = onRemove, modifier = Modifier.semantics { contentDescription = removeLabel }) { Text(stringResource(R.string.goal_remove)) }
        }
    }
}

/** A check-in kind in plain words, for the log's filters. */
fun kindFilterLabel(kind: CheckinKind): Int =
    when (kind) {
        CheckinKind.DAILY -> R.string.log_kind_daily
        CheckinKind.CONTACT -> R.string.log_kind_contact
        CheckinKind.MEETING -> R.string.log_kind_meeting
        CheckinKind.GRATITUDE -> R.string.log_kind_gratitude
        CheckinKind.SOS -> R.string.log_kind_sos
    }

@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun LogFilters(
    filter: CheckinKind?,
    actions: ProgressActions,
) {
    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
        FilterChip(selected = filter == null, onClick = { actions.filter(null) }, label = { Text(stringResource(R.string.log_kind_all)) })
        for (k in CheckinKind.entries) FilterChip(selected = filter == k, onClick = { actions.filter(k) }, label = { Text(stringResource(kindFilterLabel(k))) })
    }
}

/** One entry in plain words, when it was, its private note, and Remove beside it. */
@Composable
private fun LogEntry(
    c: Checkin,
    data: ProgressData,
    onRemove: () -> Unit,
) {
    val at = entryWhen(c)
    val what = entryText(c, data)
    val detail = entryDetail(c)
    val type = MaterialTheme.typography
    Column {
        // Remove below the entry when a word of it would not fit beside the button.
        BesideOrBelow(
            listOfNotNull(at to type.labelMedium, what to type.bodyLarge, detail?.let { it to type.bodyMedium }, c.note?.let { it to type.bodyMedium }),
            centered = false,
            main = {
                Column(Modifier.padding(vertical = 8.dp), verticalArrangement = Arrangement.spacedBy(2.dp)) {
                    Text(at, style = type.labelMedium, color = MaterialTheme.colorScheme.onSurfaceVariant)
                    Text(what, style = type.bodyLarge)
                    detail?.let { Text(it, style = type.bodyMedium) }
                    c.note?.let { Text(it, style = type.bodyMedium, fontStyle = FontStyle.Italic) }
                }
            },
            side = {
                val removeLabel = stringResource(R.string.log_remove_named, what)
                TextButton(onClick = onRemove, modifier = Modifier.semantics { contentDescription = removeLabel }) { Text(stringResource(R.string.log_remove)) }
            },
        )
        HorizontalDivider()
    }
}

/** When a check-in happened, on the clock of the zone it was logged in. */
private fun entryWhen(c: Checkin): String =
    runCatching { c.at.atZone(ZoneId.of(c.zone)).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)) }.getOrDefault(localDate(c.localDate))

@Composable
private fun entryText(
    c: Checkin,
    data: ProgressData,
): String {
    val person = c.personId?.let { data.personNames[it] } ?: stringResource(R.string.log_someone_gone)
    val group = c.groupId?.let { data.groupNames[it] } ?: stringResource(R.string.log_group_gone)
    return when (c.kind) {
        CheckinKind.DAILY -> c.mood?.toInt()?.takeIf { it in 1..5 }?.let { stringResource(R.string.log_daily, stringResource(MOOD_LABELS[it - 1])) } ?: stringResource(R.string.log_daily_unrated)
        CheckinKind.CONTACT ->
            stringResource(
                when (c.channel) {
                    Channel.CALL -> R.string.log_contact_call
                    Channel.TEXT -> R.string.log_contact_text
                    Channel.MEET -> R.string.log_contact_meet
                    else -> R.string.log_contact_other
                },
                person,
            )
        CheckinKind.MEETING -> stringResource(R.string.log_meeting, group)
        CheckinKind.GRATITUDE -> stringResource(R.string.log_gratitude, person)
        CheckinKind.SOS -> stringResource(R.string.log_sos)
    }
}

@Composable
private fun entryDetail(c: Checkin): String? =
    when (c.kind) {
        CheckinKind.DAILY -> c.craving?.toInt()?.let { stringResource(R.string.progress_craving, it) }
        CheckinKind.CONTACT ->
            when (c.direction) {
                Direction.GAVE -> stringResource(R.string.log_direction_gave)
                Direction.RECEIVED -> stringResource(R.string.log_direction_received)
                Direction.BOTH -> stringResource(R.string.log_direction_both)
                null -> null
            }
        else -> null
    }

/** Log a meeting, a thank-you or a contact by hand: closed, a button; open, the form. */
@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun HandCard(
    state: ProgressState,
    data: ProgressData,
    actions: ProgressActions,
) {
    val hand = state.hand
    if (hand == null) {
        Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
            if (state.handLogged) Text(stringResource(R.string.log_hand_saved), color = MaterialTheme.colorScheme.primary, style = MaterialTheme.typography.titleSmall)
            OutlinedButton(onClick = { actions.hand(HandForm()) }) { Text(stringResource(R.string.log_hand_open)) }
        }
        return
    }
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Text(stringResource(R.string.log_hand_what), style = MaterialTheme.typography.titleSmall)
            Choices(HandKind.entries, hand.kind, { stringResource(handLabel(it)) }) { actions.hand(hand.copy(kind = it)) }
            when (hand.kind) {
                HandKind.MEETING -> {
                    Text(stringResource(R.string.log_hand_which_group), style = MaterialTheme.typography.labelLarge)
                    if (data.groups.isEmpty()) Text(stringResource(R.string.log_hand_no_groups))
                    Choices(data.groups.map { it.id }, hand.groupId, { id -> data.groupNames[id].orEmpty() }) { actions.hand(hand.copy(groupId = it)) }
                    RefusalText(state.handRefusal, "group")
                }
                HandKind.GRATITUDE, HandKind.CONTACT -> {
                    Text(stringResource(R.string.log_hand_who), style = MaterialTheme.typography.labelLarge)
                    if (data.people.isEmpty()) Text(stringResource(R.string.log_hand_no_people))
                    Choices(data.people.map { it.id }, hand.personId, { id -> data.personNames[id].orEmpty() }) { actions.hand(hand.copy(personId = it)) }
                    RefusalText(state.handRefusal, "person")
                    if (hand.kind == HandKind.CONTACT) {
                        Text(stringResource(R.string.log_hand_how), style = MaterialTheme.typography.labelLarge)
                        Choices(Channel.entries, hand.channel, { stringResource(channelLabel(it)) }) { actions.hand(hand.copy(channel = it)) }
                        Text(stringResource(R.string.log_hand_direction), style = MaterialTheme.typography.labelLarge)
                        Choices(Direction.entries, hand.direction, { stringResource(directionLabel(it)) }) { actions.hand(hand.copy(direction = it)) }
                    }
                    OutlinedTextField(
                        hand.note,
                        { actions.hand(hand.copy(note = it)) },
                        label = { Text(stringResource(if (hand.kind == HandKind.GRATITUDE) R.string.log_hand_thanks_for else R.string.progress_note)) },
                        isError = state.handRefusal?.field in setOf("gratitude", "note"),
                        modifier = Modifier.fillMaxWidth(),
                    )
                    RefusalText(state.handRefusal, "gratitude", "note")
                }
            }
            if (state.handRefusal?.field !in setOf("group", "person", "gratitude", "note")) RefusalText(state.handRefusal)
            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                val ready = if (hand.kind == HandKind.MEETING) hand.groupId != null else hand.personId != null
                Button(onClick = actions::saveHand, enabled = ready && !state.working) { Text(stringResource(R.string.log_hand_save)) }
                TextButton(onClick = { actions.hand(null) }) { Text(stringResource(R.string.cancel)) }
            }
        }
    }
}

private fun handLabel(k: HandKind): Int =
    when (k) {
        HandKind.MEETING -> R.string.log_hand_meeting
        HandKind.GRATITUDE -> R.string.log_hand_gratitude
        HandKind.CONTACT -> R.string.log_hand_contact
    }

