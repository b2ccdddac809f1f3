// The Meetings tab's "Your groups" and a group's editor (rendering only): each group with its
// weekly meetings at their next start in the user's time (and the meeting's own time when that
// differs), "I went", edit, remove or leave; a way to find a meeting; the editor's name, kind,
// network, place, link and weekly meetings in the group's zone. The times are the core's
// (meetingTimes); the calls are ProgressRoutes.kt's.
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
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.CardDefaults
import androidx.compose.material3.ExtendedFloatingActionButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
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
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.unit.dp
import app.tend.android.R
import app.tend.android.logic.LoadFailure
import app.tend.core.Checkin
import app.tend.core.GroupKind
import app.tend.core.Meeting
import app.tend.core.MeetingTime
import app.tend.core.Network
import app.tend.core.SupportGroup

/** What "Your groups" shows, read in one go. */
data class GroupsData(
    val groups: List<SupportGroup>,
    /** Each scheduled meeting's next start as the user sees it, by meeting id. */
    val times: Map<Long, MeetingTime>,
    /** The last time the user went, by group id. */
    val lastWent: Map<Long, Checkin>,
    val networkNames: Map<Long, String>,
    /** How long before a meeting Tend reminds (the core's setting). */
    val leadMinutes: Int,
)

data class GroupsState(
    val data: Loaded<GroupsData> = Loaded.Loading,
    /** Groups the user said "I went" to on this visit. */
    val went: Set<Long> = emptySet(),
    val working: Boolean = false,
    /** A refused or failed call, and the group it was about. */
    val refusal: Pair<Long, Refusal>? = null,
)

/** What the user can do on "Your groups". */
interface GroupsActions {
    fun went(group: SupportGroup)

    fun edit(group: SupportGroup)

    fun add()

    /** Removes a group the user made, or leaves one joined from a meeting list. */
    fun remove(group: SupportGroup)

    fun findMeeting()

    fun openLink(url: String)

    fun openSos()

    fun openData()
}

/** A group kind in plain words. */
fun groupKindLabel(kind: GroupKind): Int =
    when (kind) {
        GroupKind.TWELVE_STEP -> R.string.group_kind_twelve_step
        GroupKind.SMART -> R.string.group_kind_smart
        GroupKind.PEER -> R.string.group_kind_peer
        GroupKind.THERAPY_GROUP -> R.string.group_kind_therapy
        GroupKind.OTHER -> R.string.group_kind_other
    }

/** Joined from a public meeting list (the core tracks its listing), rather than made here. */
val SupportGroup.joined: Boolean get() = listed != null

@Composable
fun GroupsScreen(
    state: GroupsState,
    padding: PaddingValues,
    actions: GroupsActions,
) {
    var confirm by remember { mutableStateOf<SupportGroup?>(null) }
    Box(Modifier.fillMaxSize().padding(padding)) {
        LazyColumn(Modifier.fillMaxSize(), contentPadding = withFabRoom(), verticalArrangement = Arrangement.spacedBy(12.dp)) {
            item {
                Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                    Text(stringResource(R.string.groups_intro), style = MaterialTheme.typography.bodyMedium)
                    OutlinedButton(onClick = actions::findMeeting) { Text(stringResource(R.string.search)) }
                }
            }
            when (val d = state.data) {
                Loaded.Loading -> {}
                is Loaded.Failed -> item { FailureCard(d.failure, actions::openSos, actions::openData) }
                is Loaded.Ready -> {
                    val data = d.value
                    if (data.groups.isEmpty()) {
                        item { Text(stringResource(R.string.groups_empty)) }
                    } else {
                        item { SectionTitle(stringResource(R.string.groups_title)) }
                        item { Text(pluralStringResource(R.plurals.groups_lead, data.leadMinutes, data.leadMinutes), style = MaterialTheme.typography.bodySmall) }
                    }
                    items(data.groups, key = { it.id }) { g ->
                        GroupCard(g, data, went = g.id in state.went, working = state.working, refusal = state.refusal?.takeIf { it.first == g.id }?.second, actions = actions, onRemove = { confirm = g })
                    }
                }
            }
        }
        ExtendedFloatingActionButton(
            onClick = actions::add,
            modifier = Modifier.align(Alignment.BottomEnd).padding(16.dp),
        ) { Text(stringResource(R.string.group_add)) }
    }
    confirm?.let { g ->
        ConfirmDialog(
            text = stringResource(if (g.joined) R.string.group_leave_confirm else R.string.group_remove_confirm, g.name),
            confirm = stringResource(if (g.joined) R.string.group_leave else R.string.group_remove),
            onConfirm = {
                confirm = null
                actions.remove(g)
            },
            onDismiss = { confirm = null },
        )
    }
}

@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun GroupCard(
    g: SupportGroup,
    data: GroupsData,
    went: Boolean,
    working: Boolean,
    refusal: Refusal?,
    actions: GroupsActions,
    onRemove: () -> Unit,
) {
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(6.dp)) {
            Text(g.name, style = MaterialTheme.typography.titleMedium)
            val kind = stringResource(groupKindLabel(g.kind))
            val network = g.networkId?.let { data.networkNames[it] }
            Text(network?.let { stringResource(R.string.group_kind_in_network, kind, it) } ?: kind, style = MaterialTheme.typography.bodyMedium)
            if (g.meetings.isEmpty()) Text(stringResource(R.string.group_no_meetings), style = MaterialTheme.typography.bodyMedium)
            for (m in g.meetings) MeetingLines(m, data.times[m.id])
            g.address?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
            if (g.joined && g.listed == false) Text(stringResource(R.string.group_unlisted), style = MaterialTheme.typography.bodySmall)
            when {
                went -> Text(stringResource(R.string.group_went_now), color = MaterialTheme.colorScheme.primary, style = MaterialTheme.typography.titleSmall)
                else -> data.lastWent[g.id]?.let { Text(stringResource(R.string.group_last_went, localDate(it.localDate))) }
            }
            RefusalText(refusal)
            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                val wentLabel = stringResource(R.string.group_went_to, g.name)
                Button(onClick = { actions.went(g) }, enabled = !working, modifier = Modifier.semantics { contentDescription = wentLabel }) {
                    Text(stringResource(R.string.group_went))
                }
                g.onlineUrl?.let { url -> OutlinedButton(onClick = { actions.openLink(url) }) { Text(stringResource(R.string.join_online)) } }
                if (!g.joined) {
                    val editLabel = stringResource(R.string.group_edit_named, g.name)
                    OutlinedButton(onClick = { actions.edit(g) }, modifier = Modifier.semantics { contentDescription = editLabel }) { Text(stringResource(R.string.group_edit)) }
                }
                val removeLabel = stringResource(if (g.joined) R.string.group_leave_named else R.string.group_remove_named, g.name)
                TextButton(onClick = onRemove, enabled = !working, modifier = Modifier.semantics { contentDescription = removeLabel }) {
                    Text(stringResource(if (g.joined) R.string.group_leave else R.string.group_remove))
                }
            }
        }
    }
}

/** "Every Tuesday at 7:00 PM (1 h)", and the meeting's own clock when the user's differs. */
@Composable
private fun MeetingLines(
    m: Meeting,
    time: MeetingTime?,
) {
    val minutes = m.durationMinutes.toInt()
    val length = pluralStringResource(R.plurals.group_duration, minutes, minutes)
    if (time == null) {
        Text(stringResource(R.string.group_by_appointment), style = MaterialTheme.typography.bodyMedium)
        return
    }
    Text(stringResource(R.string.group_meeting_line, weekdayName(time.weekday.toInt()), clockText(time.start.toInt()), length))
    val ownDay = m.weekday?.toInt()
    val ownStart = m.start?.toInt()
    if (time.differs && ownDay != null && ownStart != null) {
        Text(stringResource(R.string.group_meeting_own, weekdayName(ownDay), clockText(ownStart), m.timezone), style = MaterialTheme.typography.bodySmall)
    }
}

/** One weekly meeting as typed: a day and a start (both, or neither: by appointment) and a length. */
data class MeetingForm(
    val weekday: Int? = null,
    val start: Int? = null,
    val duration: Int,
)

/** A group as typed in the editor; the meetings' times are in [zone]. */
data class GroupForm(
    val name: String = "",
    val kind: GroupKind = GroupKind.TWELVE_STEP,
    val networkId: Long? = null,
    val address: String = "",
    val onlineUrl: String = "",
    val zone: String,
    val meetings: List<MeetingForm> = emptyList(),
)

data class GroupEditorState(
    /** Null while the group is read. */
    val form: GroupForm? = null,
    val isNew: Boolean = true,
    val networks: List<Network> = emptyList(),
    val refusal: Refusal? = null,
    val saving: Boolean = false,
    val failed: LoadFailure? = null,
)

/** The core's field names a part of the editor shows its refusal under. */
private val NAME_FIELDS = arrayOf("group name")
private val PLACE_FIELDS = arrayOf("address", "online url")
private val MEETING_FIELDS = arrayOf("meeting", "meeting weekday", "meeting start", "meeting duration", "meeting time zone")

@OptIn(ExperimentalLayoutApi::class)
@Composable
fun GroupEditorScreen(
    state: GroupEditorState,
    padding: PaddingValues,
    /** A new meeting row (its length is the route's to propose). */
    newMeeting: () -> MeetingForm,
    onForm: (GroupForm) -> Unit,
    onSave: () -> Unit,
    onCancel: () -> Unit,
) {
    val form = state.form
    Column(
        Modifier.fillMaxSize().padding(padding).verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        state.failed?.let { Text(stringResource(R.string.cannot_read)) }
        if (form == null) return@Column
        OutlinedTextField(
            form.name,
            { onForm(form.copy(name = it)) },
            label = { Text(stringResource(R.string.group_name)) },
            isError = state.refusal?.field in NAME_FIELDS,
            singleLine = true,
            modifier = Modifier.fillMaxWidth(),
        )
        RefusalText(state.refusal, *NAME_FIELDS)
        Text(stringResource(R.string.group_kind_question), style = MaterialTheme.typography.labelLarge)
        Choices(GroupKind.entries, form.kind, { stringResource(groupKindLabel(it)) }) { onForm(form.copy(kind = it)) }
        if (state.networks.isNotEmpty()) {
            Text(stringResource(R.string.group_network_question), style = MaterialTheme.typography.labelLarge)
            Choices(listOf<Long?>(null) + state.networks.map { it.id }, form.networkId, { id -> state.networks.firstOrNull { it.id == id }?.name ?: stringResource(R.string.group_network_none) }) {
                onForm(form.copy(networkId = it))
            }
        }
        OutlinedTextField(form.address, { onForm(form.copy(address = it)) }, label = { Text(stringResource(R.string.group_address)) }, isError = state.refusal?.field == "address", modifier = Modifier.fillMaxWidth())
        OutlinedTextField(
            form.onlineUrl,
            { onForm(form.copy(onlineUrl = it.trim())) },
            label = { Text(stringResource(R.string.group_online_url)) },
            placeholder = { Text("https://") },
            isError = state.refusal?.field == "online url",
            keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Uri),
            singleLine = true,
            modifier = Modifier.fillMaxWidth(),
        )
        RefusalText(state.refusal, *PLACE_FIELDS)
        SectionTitle(stringResource(R.string.group_meetings_title))
        OutlinedTextField(
            form.zone,
            { onForm(form.copy(zone = it.trim())) },
            label = { Text(stringResource(R.string.group_zone)) },
            supportingText = { Text(stringResource(R.string.group_zone_hint)) },
            isError = state.refusal?.field == "meeting time zone",
            singleLine = true,
            modifier = Modifier.fillMaxWidth(),
        )
        form.meetings.forEachIndexed { i, m ->
            fun put(changed: MeetingForm) = onForm(form.copy(meetings = form.meetings.toMutableList().also { it[i] = changed }))
            Card(Modifier.fillMaxWidth(), colors = CardDefaults.cardColors(containerColor = MaterialTheme.colorScheme.surfaceVariant)) {
                Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                    Text(stringResource(R.string.group_meeting_day), style = MaterialTheme.typography.labelLarge)
                    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                        for (day in weekdaysInLocalOrder()) {
                            androidx.compose.material3.FilterChip(
                                selected = m.weekday == day,
                                onClick = { put(m.copy(weekday = day)) },
                                label = { Text(weekdayName(day, short = true)) },
                                modifier = Modifier.semantics { contentDescription = weekdayName(day) },
                            )
                        }
                    }
                    TimeButton(stringResource(R.string.group_meeting_start), m.start, empty = stringResource(R.string.group_meeting_start_choose)) { put(m.copy(start = it)) }
                    Stepper(
                        pluralStringResource(R.plurals.group_duration_long, m.duration, m.duration),
                        stringResource(R.string.group_duration_less),
                        stringResource(R.string.group_duration_more),
                        onLess = { put(m.copy(duration = m.duration - 15)) },
                        onMore = { put(m.copy(duration = m.duration + 15)) },
                    )
                    TextButton(onClick = { onForm(form.copy(meetings = form.meetings.filterIndexed { j, _ -> j != i })) }) {
                        Text(stringResource(R.string.group_meeting_remove))
                    }
                }
            }
        }
        OutlinedButton(onClick = { onForm(form.copy(meetings = form.meetings + newMeeting())) }) { Text(stringResource(R.string.group_meeting_add)) }
        RefusalText(state.refusal, *MEETING_FIELDS)
        if (state.refusal != null && state.refusal.field !in NAME_FIELDS + PLACE_FIELDS + MEETING_FIELDS) RefusalText(state.refusal)
        FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Button(onClick = onSave, enabled = !state.saving) { Text(stringResource(R.string.save)) }
            TextButton(onClick = onCancel) { Text(stringResource(R.string.cancel)) }
        }
    }
}
